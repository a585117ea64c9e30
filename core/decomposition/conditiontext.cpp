// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "conditiontext.h"

#include "common/jsonvariant.h"
#include "fieldresolver.h"

#include <nlohmann/json.hpp>

namespace fw {

namespace {
    QString valueText(const QVariant& value)
    {
        if (!value.isValid() || value.isNull())
            return QStringLiteral("null");
        return QString::fromStdString(variantToJson(value).dump());
    }

    QString joinedText(const std::vector<Condition>& children)
    {
        QStringList parts;
        for (const Condition& child : children)
            parts << conditionText(child);
        return parts.join(QStringLiteral("; "));
    }
} // namespace

nlohmann::json conditionToJson(const Condition& condition)
{
    const auto list = [&condition] {
        auto array = nlohmann::json::array();
        for (const Condition& child : condition.children)
            array.push_back(conditionToJson(child));
        return array;
    };
    switch (condition.kind) {
    case Condition::Kind::Always:
        return nlohmann::json::object();
    case Condition::Kind::All:
        return { { "all", list() } };
    case Condition::Kind::Any:
        return { { "any", list() } };
    case Condition::Kind::Not:
        return { { "not", condition.children.empty() ? nlohmann::json::object() : conditionToJson(condition.children.front()) } };
    case Condition::Kind::Compare:
        break;
    }
    nlohmann::json compare { { "field", condition.field.toStdString() }, { "op", toString(condition.op).toStdString() } };
    if (condition.op != Condition::Op::Exists && condition.op != Condition::Op::NotExists)
        compare["value"] = variantToJson(condition.value);
    return compare;
}

QString conditionText(const Condition& condition)
{
    switch (condition.kind) {
    case Condition::Kind::Always:
        return QStringLiteral("always");
    case Condition::Kind::All:
        return QStringLiteral("all(") + joinedText(condition.children) + QLatin1Char(')');
    case Condition::Kind::Any:
        return QStringLiteral("any(") + joinedText(condition.children) + QLatin1Char(')');
    case Condition::Kind::Not:
        return QStringLiteral("not(") + joinedText(condition.children) + QLatin1Char(')');
    case Condition::Kind::Compare:
        break;
    }
    const QString head = condition.field + QLatin1Char(' ') + toString(condition.op);
    if (condition.op == Condition::Op::Exists || condition.op == Condition::Op::NotExists)
        return head;
    return head + QLatin1Char(' ') + valueText(condition.value);
}

QVariantMap conditionValues(const Condition& condition, const FieldContext& context)
{
    QVariantMap values;
    if (condition.kind == Condition::Kind::Compare) {
        values.insert(condition.field, resolveField(context, condition.field));
        return values;
    }
    for (const Condition& child : condition.children)
        values.insert(conditionValues(child, context));
    return values;
}

} // namespace fw
