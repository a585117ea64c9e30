#pragma once

#include "common/result.h"

#include <QStringList>

namespace fw {

class ExecutionContext;
class RunningOrders;

// Takes orders of the store into a running engine: those imported (by another process or
// connection) after the newest one it has seen, and single orders on request (an order just
// imported, one taken over by sync). An order whose stored data cannot be read is set aside
// (orders.set_aside_reason, journal "order.set-aside") and not run.
class OrderAdoption {
public:
    OrderAdoption(ExecutionContext& context, RunningOrders& orders);

    // Remembers the newest order of the store: adoptNew() takes those imported after it.
    Status markSeen();
    // Loads the orders imported since the newest seen; returns how many now run. An order that
    // cannot be taken up (its catalog gone, its data unreadable) is reported in errors and left out.
    int adoptNew(QStringList& errors);
    // Loads one order of the store and runs it from now on. Held already: nothing.
    Status adopt(const QString& orderId);
    // Records that an order cannot be run (written with the next flush; never loaded again).
    void setAside(const QString& orderId, const QString& reason);

private:
    ExecutionContext& m_context;
    RunningOrders& m_orders;
    qint64 m_seenUpTo = 0; // orders.rowid of the newest order seen
};

} // namespace fw
