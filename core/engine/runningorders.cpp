// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runningorders.h"

namespace fw {

void RunningOrders::reset(std::vector<OrderRuntime> orders)
{
    m_orders.clear();
    m_index.clear();
    m_waiting.clear();
    m_wakeups.clear();
    m_index.reserve(qsizetype(orders.size()));
    for (OrderRuntime& order : orders)
        add(std::move(order));
}

OrderRuntime& RunningOrders::add(OrderRuntime order)
{
    stopWaiting(order.orderId);
    if (const auto held = m_index.constFind(order.orderId); held != m_index.cend()) {
        *m_orders[*held] = std::move(order);
        return *m_orders[*held];
    }
    m_index.insert(order.orderId, m_orders.size());
    m_orders.push_back(std::make_unique<OrderRuntime>(std::move(order)));
    return *m_orders.back();
}

bool RunningOrders::drop(const QString& id)
{
    const QString orderId = id; // id may be the runtime's own
    const bool waited = m_waiting.contains(orderId);
    stopWaiting(orderId);
    const auto found = m_index.constFind(orderId);
    if (found == m_index.constEnd())
        return waited;
    const std::size_t index = *found;
    m_index.erase(found);
    if (index + 1 != m_orders.size()) {
        std::swap(m_orders[index], m_orders.back());
        m_index.insert(m_orders[index]->orderId, index);
    }
    m_orders.pop_back();
    return true;
}

OrderRuntime* RunningOrders::find(const QString& orderId)
{
    const auto it = m_index.constFind(orderId);
    return it == m_index.cend() ? nullptr : m_orders[*it].get();
}

const OrderRuntime* RunningOrders::find(const QString& orderId) const
{
    const auto it = m_index.constFind(orderId);
    return it == m_index.cend() ? nullptr : m_orders[*it].get();
}

std::vector<QString> RunningOrders::ids() const
{
    std::vector<QString> ids;
    ids.reserve(size());
    for (const auto& order : m_orders)
        ids.push_back(order->orderId);
    for (auto it = m_waiting.cbegin(); it != m_waiting.cend(); ++it)
        ids.push_back(it.key());
    return ids;
}

std::vector<OrderRuntime*> RunningOrders::resident() const
{
    std::vector<OrderRuntime*> orders;
    orders.reserve(m_orders.size());
    for (const auto& order : m_orders)
        orders.push_back(order.get());
    return orders;
}

void RunningOrders::wait(const QString& id, const QDateTime& wakeAt)
{
    const QString orderId = id; // id may be the runtime's own, which drop() frees
    if (const auto found = m_index.constFind(orderId); found != m_index.cend())
        drop(orderId);
    stopWaiting(orderId);
    m_waiting.insert(orderId, wakeAt);
    if (wakeAt.isValid())
        m_wakeups.emplace(wakeAt.toMSecsSinceEpoch(), orderId);
}

std::vector<QString> RunningOrders::due(const QDateTime& now, std::size_t limit) const
{
    std::vector<QString> due;
    const qint64 until = now.toMSecsSinceEpoch();
    for (auto it = m_wakeups.cbegin(); it != m_wakeups.cend() && it->first <= until && due.size() < limit; ++it)
        due.push_back(it->second);
    return due;
}

bool RunningOrders::anyDue(const QDateTime& now) const
{
    return !m_wakeups.empty() && m_wakeups.cbegin()->first <= now.toMSecsSinceEpoch();
}

void RunningOrders::noteSetAside(UnreadableOrder order)
{
    drop(QString(order.orderId));
    m_setAside.push_back(std::move(order));
}

void RunningOrders::noteLeftOut(UnreadableOrder order)
{
    drop(QString(order.orderId));
    m_leftOut.push_back(std::move(order));
}

void RunningOrders::stopWaiting(const QString& orderId)
{
    const auto found = m_waiting.constFind(orderId);
    if (found == m_waiting.cend())
        return;
    if (found->isValid()) {
        const auto [first, last] = m_wakeups.equal_range(found->toMSecsSinceEpoch());
        for (auto it = first; it != last; ++it) {
            if (it->second == orderId) {
                m_wakeups.erase(it);
                break;
            }
        }
    }
    m_waiting.erase(found);
}

} // namespace fw
