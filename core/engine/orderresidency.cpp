// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "orderresidency.h"

#include "calloutdispatcher.h"
#include "common/clock.h"
#include "orderadoption.h"
#include "orderruntime.h"
#include "pausecondition.h"
#include "runningorders.h"

#include <limits>

namespace fw {

OrderResidency::OrderResidency(const Clock& clock, RunningOrders& orders, OrderAdoption& adoption, CalloutDispatcher& callouts)
    : m_clock(clock)
    , m_orders(orders)
    , m_adoption(adoption)
    , m_callouts(callouts)
{
}

Status OrderResidency::start()
{
    // Sliced (the workbench): the orders not started yet first, with one index search, so they move
    // at once; the others are read at the next run. Else all now.
    m_restToHold = m_loadSlice > 0;
    m_ranOnce = false;
    return m_adoption.holdActive(m_restToHold);
}

Status OrderResidency::beforeRun()
{
    if (m_ranOnce) {
        if (Status held = holdRest(); !held)
            return held;
    }
    m_ranOnce = true;
    const std::size_t limit = m_loadSlice > 0 ? std::size_t(m_loadSlice) : std::numeric_limits<std::size_t>::max();
    const auto due = m_orders.due(m_clock.now(), limit);
    if (due.empty())
        return {};
    RuntimeLoader loader = m_adoption.loader(); // one set of prepared statements for the slice
    for (const QString& id : due)
        find(id, &loader);
    return {};
}

bool OrderResidency::moreDue() const
{
    return m_restToHold || m_orders.anyDue(m_clock.now());
}

Status OrderResidency::holdRest()
{
    if (!m_restToHold)
        return {};
    m_restToHold = false;
    return m_adoption.holdActive();
}

OrderRuntime* OrderResidency::find(const QString& orderId)
{
    return find(orderId, nullptr);
}

OrderRuntime* OrderResidency::find(const QString& orderId, RuntimeLoader* loader)
{
    if (OrderRuntime* resident = m_orders.find(orderId))
        return resident;
    if (m_restToHold && !m_orders.holds(orderId))
        (void)holdRest(); // an action before the start-up has held every order: hold them now (an error: not held)
    OrderRuntime* order = m_adoption.wake(orderId, loader); // a waiting order is read back; nullptr if not held
    if (order)
        m_callouts.markOut(*order); // a request still out is not sent again: its reply comes
    return order;
}

int OrderResidency::releaseIdle()
{
    int released = 0;
    for (OrderRuntime* order : m_orders.resident()) {
        if (const std::optional<QDateTime> until = idleUntil(*order)) {
            m_orders.wait(order->orderId, *until);
            ++released;
        }
    }
    return released;
}

const CatalogCache& OrderResidency::catalogs() const
{
    return m_adoption.catalogs();
}

std::optional<QDateTime> OrderResidency::idleUntil(const OrderRuntime& order) const
{
    const PlanExecution& execution = *order.execution;
    if (order.frozen)
        return std::nullopt; // a change order waits for its callouts
    for (int step : execution.stepsIn(StepState::Running)) {
        const StepRuntime& s = order.steps[std::size_t(step)];
        if (!s.inFlight || s.definition->type == StepType::AutoTask)
            return std::nullopt; // a callout to send again; a command stays resident until it ends
    }
    if (order.onHold)
        return QDateTime(); // an operator resolves the fallout and resumes it
    if (execution.count(StepState::Ready) > 0)
        return std::nullopt; // a callout without a transport
    QDateTime wake;
    const auto earlier = [&wake](const QDateTime& at) {
        if (at.isValid() && (!wake.isValid() || at < wake))
            wake = at;
    };
    for (int step : execution.stepsIn(StepState::FailedRetrying)) {
        if (m_callouts.hasTransport() || order.steps[std::size_t(step)].definition->type == StepType::AutoTask) // commands retry too
            earlier(order.steps[std::size_t(step)].nextAttemptAt);
    }
    for (int step : execution.stepsIn(StepState::Waiting)) {
        const StepDefinition* definition = order.steps[std::size_t(step)].definition;
        if (definition->type != StepType::Pause || definition->pause.kind != PauseSpec::Kind::Time)
            continue; // a person, a signal or a field: an action wakes it
        const Result<QDateTime> due = pauseDate(order, step);
        if (!due)
            return std::nullopt; // the next pass opens its fallout
        earlier(*due);
    }
    return wake;
}

} // namespace fw
