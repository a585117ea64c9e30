// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "stepfallout.h"

#include "common/clock.h"
#include "common/logging.h"
#include "executioncontext.h"
#include "orderruntime.h"
#include "store/enginewriter.h"

#include <nlohmann/json.hpp>

namespace fw {

void openFallout(ExecutionContext& context, OrderRuntime& order, int step, const FalloutFacts& facts)
{
    StepRuntime& s = order.steps[std::size_t(step)];
    s.lastError = facts.error;
    const QString queue = !facts.queue.isEmpty() ? facts.queue
        : s.definition->falloutQueue.isEmpty()   ? QStringLiteral("fallout")
                                                 : s.definition->falloutQueue;
    const QDateTime now = context.clock().now();
    // The error, not the request or response (they may hold customer data).
    qCInfo(lcEngine, "fallout: order %s step %s (attempt %d) into queue %s, %s: %s", qPrintable(order.orderId), qPrintable(s.id),
           s.attempts, qPrintable(queue), qPrintable(facts.classification), qPrintable(facts.error));
    context.move(
        order, step, StepState::Fallout, ExecutionContext::engineActor,
        QString::fromStdString(nlohmann::json { { "error", facts.error.toStdString() }, { "queue", queue.toStdString() } }.dump()));
    context.writer().falloutOpened(order.orderId, s.id, queue, facts.classification, facts.error, s.attempts, facts.rule, now,
                                   facts.request, facts.response);
    if (!order.onHold) {
        order.onHold = true;
        context.writer().orderHoldChanged(
            order.orderId, true, now, ExecutionContext::engineActor,
            QString::fromStdString(nlohmann::json { { "step", s.id.toStdString() }, { "reason", "fallout" } }.dump()));
    }
}

FieldContext fieldContextOf(const OrderRuntime& order, const StepRuntime& step)
{
    FieldContext context;
    context.order = &order.order;
    context.lines = &order.lines;
    if (!step.lines.empty() && step.lines.front() >= 0) {
        context.line = &order.lines[std::size_t(step.lines.front())];
        context.deliveryGroup = order.order.deliveryGroup(context.line->deliveryGroup);
    }
    return context;
}

} // namespace fw
