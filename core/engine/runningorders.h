#pragma once

#include "orderruntime.h"
#include "store/runtimeloader.h"

#include <QHash>

#include <vector>

namespace fw {

// The orders a run loop executes, by id, and those it set aside because their stored data cannot
// be read. Pure bookkeeping: no store, no clock.
class RunningOrders {
public:
    void reset(std::vector<OrderRuntime> orders); // after a load: replaces every order
    OrderRuntime& add(OrderRuntime order);
    bool drop(const QString& orderId); // false if no such order runs
    OrderRuntime* find(const QString& orderId);
    const OrderRuntime* find(const QString& orderId) const;
    std::vector<QString> ids() const;
    std::vector<OrderRuntime>& all() { return m_orders; }

    const std::vector<UnreadableOrder>& setAside() const { return m_setAside; }
    void noteSetAside(UnreadableOrder order) { m_setAside.push_back(std::move(order)); }

private:
    std::vector<OrderRuntime> m_orders;
    std::vector<UnreadableOrder> m_setAside;
    QHash<QString, std::size_t> m_index; // order id -> index into m_orders
};

} // namespace fw
