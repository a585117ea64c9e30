// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "conditionevaluator.h"

namespace fw {

namespace {

    bool isNumber(const QVariant& v)
    {
        const int type = v.typeId();
        return type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::Double;
    }

    // <0, 0, >0; nullopt when the values cannot be ordered against each other.
    std::optional<int> compareValues(const QVariant& left, const QVariant& right)
    {
        if (!left.isValid() || !right.isValid())
            return std::nullopt;
        if (isNumber(left) && isNumber(right)) {
            const double l = left.toDouble();
            const double r = right.toDouble();
            return l < r ? -1 : (l > r ? 1 : 0);
        }
        if (left.typeId() == QMetaType::Bool || right.typeId() == QMetaType::Bool) {
            if (left.typeId() != right.typeId())
                return std::nullopt;
            return int(left.toBool()) - int(right.toBool());
        }
        if (left.typeId() == QMetaType::QString && right.typeId() == QMetaType::QString)
            return left.toString().compare(right.toString());
        return std::nullopt;
    }

    bool equals(const QVariant& left, const QVariant& right)
    {
        return compareValues(left, right) == 0;
    }

    bool contains(const QVariant& list, const QVariant& value)
    {
        const QVariantList values = list.toList();
        return std::any_of(values.begin(), values.end(), [&](const QVariant& v) { return equals(value, v); });
    }

} // namespace

bool evaluateCondition(const Condition& condition, const FieldContext& context)
{
    switch (condition.kind) {
    case Condition::Kind::Always:
        return true;
    case Condition::Kind::All:
        return std::all_of(condition.children.begin(), condition.children.end(),
                           [&](const Condition& c) { return evaluateCondition(c, context); });
    case Condition::Kind::Any:
        return std::any_of(condition.children.begin(), condition.children.end(),
                           [&](const Condition& c) { return evaluateCondition(c, context); });
    case Condition::Kind::Not:
        return !condition.children.empty() && !evaluateCondition(condition.children.front(), context);
    case Condition::Kind::Compare:
        break;
    }
    const QVariant value = resolveField(context, condition.field);
    const auto ordering = compareValues(value, condition.value);
    switch (condition.op) {
    case Condition::Op::Eq:
        return ordering == 0;
    case Condition::Op::Ne:
        return ordering != 0;
    case Condition::Op::In:
        return value.isValid() && contains(condition.value, value);
    case Condition::Op::NotIn:
        return !value.isValid() || !contains(condition.value, value);
    case Condition::Op::Exists:
        return value.isValid();
    case Condition::Op::NotExists:
        return !value.isValid();
    case Condition::Op::Gt:
        return ordering && *ordering > 0;
    case Condition::Op::Gte:
        return ordering && *ordering >= 0;
    case Condition::Op::Lt:
        return ordering && *ordering < 0;
    case Condition::Op::Lte:
        return ordering && *ordering <= 0;
    }
    return false;
}

} // namespace fw
