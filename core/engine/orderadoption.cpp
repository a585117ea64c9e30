#include "orderadoption.h"

#include "common/clock.h"
#include "executioncontext.h"
#include "runningorders.h"
#include "store/database.h"
#include "store/enginewriter.h"
#include "store/neworders.h"
#include "store/runtimeloader.h"

namespace fw {

OrderAdoption::OrderAdoption(ExecutionContext& context, RunningOrders& orders)
    : m_context(context)
    , m_orders(orders)
{
}

Status OrderAdoption::markSeen()
{
    const Result<qint64> newest = NewOrdersReader(m_context.database().connection()).newestRow();
    if (!newest)
        return newest.error();
    m_seenUpTo = *newest;
    return {};
}

int OrderAdoption::adoptNew(QStringList& errors)
{
    const auto rows = NewOrdersReader(m_context.database().connection()).runnableAfter(m_seenUpTo);
    if (!rows) {
        errors << rows.message();
        return 0;
    }
    int adopted = 0;
    for (const NewOrderRow& row : *rows) {
        m_seenUpTo = std::max(m_seenUpTo, row.rowid);
        if (m_orders.find(row.orderId))
            continue;
        if (const Status status = adopt(row.orderId); !status)
            errors << status.message();
        else
            ++adopted;
    }
    return adopted;
}

Status OrderAdoption::adopt(const QString& orderId)
{
    if (m_orders.find(orderId))
        return {};
    bool unreadable = false;
    auto order = RuntimeLoader::load(m_context.database().connection(), orderId, &unreadable);
    if (!order && unreadable) {
        setAside(orderId, order.message());
        if (Status flushed = m_context.flush(); !flushed)
            return flushed;
        return failure(QStringLiteral("order %1 set aside, not run: %2").arg(orderId, order.message()));
    }
    if (!order)
        return order.error();
    OrderRuntime& added = m_orders.add(std::move(*order));
    for (const auto& t : added.execution->promoteReady())
        m_context.writer().stepChanged(added, t.step, t.from, t.to, m_context.clock().now(), ExecutionContext::engineActor);
    m_context.rollUp(added);
    return m_context.flush();
}

void OrderAdoption::setAside(const QString& orderId, const QString& reason)
{
    // Written with the next flush; the order is never loaded again (set_aside_reason), so this is
    // journalled once. An operator repairs the row and clears the reason (docs/store.md).
    m_context.writer().orderSetAside(orderId, reason, m_context.clock().now(), ExecutionContext::engineActor);
    m_orders.noteSetAside({ orderId, reason });
}

} // namespace fw
