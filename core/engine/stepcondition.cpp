// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "stepcondition.h"

#include "common/jsonvariant.h"
#include "decomposition/conditionevaluator.h"
#include "decomposition/conditiontext.h"
#include "domain/catalog.h"
#include "orderruntime.h"

#include <nlohmann/json.hpp>

namespace fw {

StepConditionVerdict evaluateStepCondition(const OrderRuntime& order, const StepRuntime& step)
{
    if (!step.definition || step.definition->when.isAlways())
        return {};
    const Condition& when = step.definition->when;
    nlohmann::json seen = nlohmann::json::object();
    FieldContext context;
    context.order = &order.order;
    if (step.lines.empty() || step.lines.front() < 0) {
        if (evaluateCondition(when, context))
            return {};
        seen["order"] = variantToJson(conditionValues(when, context));
    }
    for (int index : step.lines) {
        if (index < 0)
            continue;
        const FulfillmentLine& line = order.lines[std::size_t(index)];
        context.line = &line;
        context.deliveryGroup = order.order.deliveryGroup(line.deliveryGroup);
        if (evaluateCondition(when, context))
            return {};
        seen[line.id.toStdString()] = variantToJson(conditionValues(when, context));
    }
    const QString text = conditionText(when);
    const QString reason = QStringLiteral("condition false: ") + text;
    nlohmann::json payload = nlohmann::json::object();
    payload["reason"] = reason.toStdString();
    payload["by"] = "condition";
    payload["condition"] = conditionToJson(when);
    payload["conditionText"] = text.toStdString();
    payload["values"] = std::move(seen);
    return { false, QString::fromStdString(payload.dump()) };
}

} // namespace fw
