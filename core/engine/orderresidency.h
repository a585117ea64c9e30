// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "store/runtimeloader.h"

#include <QDateTime>

#include <optional>

namespace fw {

class CalloutDispatcher;
class Clock;
class OrderAdoption;
class RunningOrders;
struct OrderRuntime;

// Which of a run loop's orders are in memory. At start-up it holds the store's active orders without
// reading them (OrderAdoption::holdActive; with a load slice the orders not started yet first, the
// others at the second run); before each run it reads the due ones, at most a slice; after a run it
// lets those that nothing can move now wait in the store (with the date of a retry or a time pause);
// find() reads a waiting order back when an action or a callout's reply concerns it. Memory grows
// with the orders being worked, not with the orders stored.
class OrderResidency {
public:
    OrderResidency(const Clock& clock, RunningOrders& orders, OrderAdoption& adoption, CalloutDispatcher& callouts);

    // At most this many due orders are read per run (0: every due one).
    void setLoadSlice(int orders) { m_loadSlice = orders; }
    Status start(); // RunLoop::load
    Status beforeRun(); // the rest of a sliced start-up (from the second run on), then the due orders
    bool moreDue() const; // due orders are still waiting to be read
    // The order in memory, read back from the store if it waits there; nullptr if not held.
    OrderRuntime* find(const QString& orderId);
    // Lets every resident order nothing can move now wait in the store; pointers to them are invalid
    // afterwards. How many left memory.
    int releaseIdle();
    const CatalogCache& catalogs() const;

private:
    std::optional<QDateTime> idleUntil(const OrderRuntime& order) const; // nullopt: it must stay
    OrderRuntime* find(const QString& orderId, RuntimeLoader* loader);
    Status holdRest();

    const Clock& m_clock;
    RunningOrders& m_orders;
    OrderAdoption& m_adoption;
    CalloutDispatcher& m_callouts;
    int m_loadSlice = 0;
    bool m_restToHold = false; // a sliced start-up held the new orders only: the others at the next run
    bool m_ranOnce = false;
};

} // namespace fw
