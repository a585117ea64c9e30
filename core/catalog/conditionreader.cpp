// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "conditionreader.h"

#include "common/jsoncursor.h"
#include "common/jsonvariant.h"

#include <array>

namespace fw {

namespace {
    constexpr std::array<std::pair<Condition::Op, const char*>, 10> opNames { {
        { Condition::Op::Eq, "eq" },
        { Condition::Op::Ne, "ne" },
        { Condition::Op::In, "in" },
        { Condition::Op::NotIn, "notIn" },
        { Condition::Op::Exists, "exists" },
        { Condition::Op::NotExists, "notExists" },
        { Condition::Op::Gt, "gt" },
        { Condition::Op::Gte, "gte" },
        { Condition::Op::Lt, "lt" },
        { Condition::Op::Lte, "lte" },
    } };

    QString allOpNames()
    {
        QStringList names;
        for (const auto& entry : opNames)
            names << QString::fromLatin1(entry.second);
        return names.join(QStringLiteral(", "));
    }
} // namespace

QString toString(Condition::Op op)
{
    for (const auto& [value, name] : opNames) {
        if (value == op)
            return QString::fromLatin1(name);
    }
    return {};
}

bool isKnownFieldPath(const QString& path)
{
    static const QStringList roots { QStringLiteral("order"),  QStringLiteral("account"), QStringLiteral("item"),
                                     QStringLiteral("parent"), QStringLiteral("bundle"),  QStringLiteral("deliveryGroup"),
                                     QStringLiteral("line"),   QStringLiteral("asset") };
    if (path == QLatin1String("action"))
        return true; // the item's (rules) or the line's (scenarios) action
    const QString root = path.section(QLatin1Char('.'), 0, 0);
    return path.contains(QLatin1Char('.')) && roots.contains(root) && !path.endsWith(QLatin1Char('.'));
}

namespace {
    // A step's condition sees the step's line, its order and account, its delivery group and the
    // line's action; the item roots exist only while decomposing.
    bool stepSees(const QString& path)
    {
        static const QStringList roots { QStringLiteral("order"), QStringLiteral("account"), QStringLiteral("deliveryGroup"),
                                         QStringLiteral("line") };
        return path == QLatin1String("action") || roots.contains(path.section(QLatin1Char('.'), 0, 0));
    }
} // namespace

Condition readCondition(const JsonCursor& cursor)
{
    return readCondition(cursor, ConditionOwner::RuleOrScenario);
}

Condition readCondition(const JsonCursor& cursor, ConditionOwner owner)
{
    Condition condition;
    if (!cursor.expectObject())
        return condition;
    const auto readList = [&](const char* key, Condition::Kind kind) {
        condition.kind = kind;
        cursor.rejectUnknownKeys({ key });
        cursor.forEach(key, true,
                       [&](const JsonCursor& element, std::size_t) { condition.children.push_back(readCondition(element, owner)); });
        if (condition.children.empty() && cursor.node().at(key).is_array())
            cursor.errorAt(key, QStringLiteral("needs at least one condition"));
    };
    if (cursor.has("all")) {
        readList("all", Condition::Kind::All);
    } else if (cursor.has("any")) {
        readList("any", Condition::Kind::Any);
    } else if (cursor.has("not")) {
        condition.kind = Condition::Kind::Not;
        cursor.rejectUnknownKeys({ "not" });
        condition.children.push_back(readCondition(cursor.child("not"), owner));
    } else if (cursor.has("field")) {
        condition.kind = Condition::Kind::Compare;
        cursor.rejectUnknownKeys({ "field", "op", "value" });
        condition.field = cursor.string("field", true);
        if (!condition.field.isEmpty() && !isKnownFieldPath(condition.field))
            cursor.errorAt("field",
                           QStringLiteral("'%1' is not a field path (start with order., account., item., parent., "
                                          "bundle., deliveryGroup., line. or asset., or be 'action')")
                               .arg(condition.field));
        else if (!condition.field.isEmpty() && owner == ConditionOwner::Step && !stepSees(condition.field))
            cursor.errorAt("field",
                           QStringLiteral("'%1' is not available to a step condition (a step sees line., order., account., "
                                          "deliveryGroup. and 'action'; map item values onto the line in the decomposition rule)")
                               .arg(condition.field));
        const QString op = cursor.string("op", true);
        bool known = false;
        for (const auto& [value, name] : opNames) {
            if (op == QLatin1String(name)) {
                condition.op = value;
                known = true;
            }
        }
        if (!op.isEmpty() && !known)
            cursor.errorAt("op", QStringLiteral("unknown operator '%1' (expected one of %2)").arg(op, allOpNames()));
        const bool needsValue = condition.op != Condition::Op::Exists && condition.op != Condition::Op::NotExists;
        if (known && needsValue && !cursor.has("value"))
            cursor.errorAt("value", QStringLiteral("required field is missing"));
        condition.value = cursor.scalarOrTree("value");
        const bool listOp = condition.op == Condition::Op::In || condition.op == Condition::Op::NotIn;
        if (known && listOp && cursor.has("value") && !cursor.node().at("value").is_array())
            cursor.errorAt("value", QStringLiteral("'%1' needs an array of values").arg(op));
    } else {
        cursor.error(QStringLiteral("a condition needs one of 'field', 'all', 'any' or 'not'"));
    }
    return condition;
}

Condition readOptionalCondition(const JsonCursor& owner, const char* key)
{
    if (!owner.has(key))
        return {};
    return readCondition(owner.child(key));
}

Condition readStepCondition(const JsonCursor& step)
{
    if (!step.has("when"))
        return {};
    return readCondition(step.child("when"), ConditionOwner::Step);
}

} // namespace fw
