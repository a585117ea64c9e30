#include "runningorders.h"

namespace fw {

void RunningOrders::reset(std::vector<OrderRuntime> orders)
{
    m_orders = std::move(orders);
    m_index.clear();
    m_index.reserve(qsizetype(m_orders.size()));
    for (std::size_t i = 0; i < m_orders.size(); ++i)
        m_index.insert(m_orders[i].orderId, i);
}

OrderRuntime& RunningOrders::add(OrderRuntime order)
{
    m_index.insert(order.orderId, m_orders.size());
    m_orders.push_back(std::move(order));
    return m_orders.back();
}

bool RunningOrders::drop(const QString& orderId)
{
    const auto found = m_index.constFind(orderId);
    if (found == m_index.constEnd())
        return false;
    const std::size_t index = *found;
    m_index.erase(found);
    if (index + 1 != m_orders.size()) {
        std::swap(m_orders[index], m_orders.back());
        m_index.insert(m_orders[index].orderId, index);
    }
    m_orders.pop_back();
    return true;
}

OrderRuntime* RunningOrders::find(const QString& orderId)
{
    const auto it = m_index.constFind(orderId);
    return it == m_index.cend() ? nullptr : &m_orders[*it];
}

const OrderRuntime* RunningOrders::find(const QString& orderId) const
{
    const auto it = m_index.constFind(orderId);
    return it == m_index.cend() ? nullptr : &m_orders[*it];
}

std::vector<QString> RunningOrders::ids() const
{
    std::vector<QString> ids;
    ids.reserve(m_orders.size());
    for (const auto& order : m_orders)
        ids.push_back(order.orderId);
    return ids;
}

} // namespace fw
