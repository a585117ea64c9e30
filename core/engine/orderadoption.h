// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "store/runtimeloader.h"

#include <QSet>
#include <QStringList>

namespace fw {

class ExecutionContext;
class RunningOrders;
struct ActiveOrder;
struct OrderRuntime;

// Takes orders of the store into a running engine: the active ones at start-up (held as waiting in
// the store, read into memory when due), those imported (by another process or connection) after
// the newest one it has seen, single orders on request (an order just imported, one taken over by
// sync), and a waiting order when it is due or an action concerns it. An order whose stored data
// cannot be read is set aside (orders.set_aside_reason, journal "order.set-aside") and not run; one
// whose catalog is not in the store is left out (RunningOrders::leftOut) until the next start.
// Catalogs are read once and kept.
class OrderAdoption {
public:
    OrderAdoption(ExecutionContext& context, RunningOrders& orders);

    // Remembers the newest order of the store: adoptNew() takes those imported after it.
    Status markSeen();
    // Start-up: holds every active order of the store as waiting, with when it is due
    // (ActiveOrdersReader), without reading one; reads each catalog they need once. newOnly: only
    // those not started yet (a quick first step; the others follow with a second call). Orders held
    // already are left as they are.
    Status holdActive(bool newOnly = false);
    // Reads a held waiting order into memory (repairing an interrupted promotion; the writes are
    // queued, the caller flushes). nullptr when it cannot run (set aside or left out, with the reason).
    // loader: one kept for a slice of orders (its statements prepared once); else one for this order.
    OrderRuntime* wake(const QString& orderId, RuntimeLoader* loader = nullptr);
    // A loader over the engine's store and catalogs, for a slice of wake() calls.
    RuntimeLoader loader();
    const CatalogCache& catalogs() const { return m_catalogs; }
    // Loads the orders imported since the newest seen; returns how many now run. An order that
    // cannot be taken up (its catalog gone, its data unreadable) is reported in errors and left out.
    int adoptNew(QStringList& errors);
    // Loads one order of the store and runs it from now on. Held already: nothing.
    Status adopt(const QString& orderId);
    // The same for many (a committed import group): one loader, one flush. Those that cannot run
    // go to notRun (order id, why); the error is the flush's.
    Status adoptAll(const std::vector<QString>& orderIds, std::vector<std::pair<QString, QString>>& notRun);
    // Records that an order cannot be run (written with the next flush; never loaded again).
    void setAside(const QString& orderId, const QString& reason);

private:
    void hold(const std::vector<ActiveOrder>& active);
    Status take(const QString& orderId, RuntimeLoader& loader); // adopt() without the flush

    ExecutionContext& m_context;
    RunningOrders& m_orders;
    qint64 m_seenUpTo = 0; // orders.rowid of the newest order seen
    CatalogCache m_catalogs;
    QSet<QString> m_notedAtStart; // set aside or left out by the first holdActive(true): not again
};

} // namespace fw
