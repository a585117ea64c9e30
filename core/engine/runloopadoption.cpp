// RunLoop: picking up orders imported while the engine runs.
#include "runloop.h"

#include "common/clock.h"
#include "store/database.h"
#include "store/enginewriter.h"
#include "store/runtimeloader.h"

#include <QSqlQuery>

namespace fw {

qint64 RunLoop::newestOrderRow() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM orders")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

int RunLoop::adoptNewOrders(QStringList& errors)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT rowid, id FROM orders WHERE rowid > ? AND state NOT IN ('completed', 'cancelled') AND replica_of IS NULL "
                       "AND set_aside_reason IS NULL ORDER BY rowid"));
    query.addBindValue(m_adoptedUpTo);
    if (!query.exec())
        return 0;
    std::vector<QString> fresh;
    while (query.next()) {
        m_adoptedUpTo = std::max(m_adoptedUpTo, query.value(0).toLongLong());
        const QString id = query.value(1).toString();
        if (!findOrder(id))
            fresh.push_back(id);
    }
    query.finish();
    int adopted = 0;
    for (const QString& id : fresh) {
        if (auto error = adoptOrder(id))
            errors << *error;
        else
            ++adopted;
    }
    return adopted;
}

std::optional<QString> RunLoop::adoptOrder(const QString& orderId)
{
    if (findOrder(orderId))
        return std::nullopt;
    bool unreadable = false;
    auto order = RuntimeLoader::load(m_database.connection(), orderId, &unreadable);
    if (!order && unreadable) {
        setAside(orderId, order.message());
        if (const auto failed = m_writer->flush())
            return *failed;
        return QStringLiteral("order %1 set aside, not run: %2").arg(orderId, order.message());
    }
    if (!order)
        return order.message();
    m_orderIndex.insert(order->orderId, m_orders.size());
    m_orders.push_back(std::move(*order));
    OrderRuntime& added = m_orders.back();
    for (const auto& t : added.execution->promoteReady())
        m_writer->stepChanged(added, t.step, t.from, t.to, m_clock.now(), QStringLiteral("engine"));
    rollUp(added);
    return m_writer->flush();
}

bool RunLoop::dropOrder(const QString& orderId)
{
    const auto found = m_orderIndex.constFind(orderId);
    if (found == m_orderIndex.constEnd())
        return false;
    const std::size_t index = *found;
    m_orderIndex.erase(found);
    if (index + 1 != m_orders.size()) {
        std::swap(m_orders[index], m_orders.back());
        m_orderIndex.insert(m_orders[index].orderId, index);
    }
    m_orders.pop_back();
    return true;
}

} // namespace fw
