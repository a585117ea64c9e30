// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "orderruntime.h"
#include "store/runtimeloader.h"

#include <QDateTime>
#include <QHash>

#include <map>
#include <memory>
#include <vector>

namespace fw {

// The orders a run loop executes, by id, and those it set aside because their stored data cannot
// be read. An order it runs is either resident (its OrderRuntime in memory, being worked) or
// waiting in the store (only its id and when it wants to run again: a retry or a pause's date;
// none when only an event wakes it, e.g. a person at its manual task). The run loop reads a waiting
// order back when it is due or when an action concerns it, and lets a resident order wait again
// when nothing of it can move. Pure bookkeeping: no store, no clock. A resident order's address
// stays the same until it leaves memory (drop, wait).
class RunningOrders {
public:
    void reset(std::vector<OrderRuntime> orders); // replaces every order, all resident
    OrderRuntime& add(OrderRuntime order); // resident from now on (no longer waiting)
    bool drop(const QString& orderId); // forgets it, resident or waiting; false if not held
    OrderRuntime* find(const QString& orderId); // resident only
    const OrderRuntime* find(const QString& orderId) const;
    bool holds(const QString& orderId) const { return m_index.contains(orderId) || m_waiting.contains(orderId); }
    std::vector<QString> ids() const; // every order held: the resident ones, then the waiting ones
    std::size_t size() const { return m_orders.size() + m_waiting.size(); }
    std::size_t residentCount() const { return m_orders.size(); }
    // The resident orders, for a pass of the run loop (the list is a copy: orders may come and go).
    std::vector<OrderRuntime*> resident() const;

    // The order leaves memory (or was never read: start-up) and waits in the store until wakeAt
    // (invalid: until an event concerns it).
    void wait(const QString& orderId, const QDateTime& wakeAt);
    void reserve(std::size_t waiting) { m_waiting.reserve(qsizetype(waiting)); }
    bool isWaiting(const QString& orderId) const { return m_waiting.contains(orderId); }
    // Up to `limit` waiting orders whose time has come (wakeAt <= now), the earliest first; they stay
    // waiting until add() makes them resident.
    std::vector<QString> due(const QDateTime& now, std::size_t limit) const;
    bool anyDue(const QDateTime& now) const;

    const std::vector<UnreadableOrder>& setAside() const { return m_setAside; }
    void noteSetAside(UnreadableOrder order);
    // Orders not run because something outside their data is missing (their catalog): why.
    const std::vector<UnreadableOrder>& leftOut() const { return m_leftOut; }
    void noteLeftOut(UnreadableOrder order);

private:
    void stopWaiting(const QString& orderId);

    std::vector<std::unique_ptr<OrderRuntime>> m_orders;
    QHash<QString, std::size_t> m_index; // order id -> index into m_orders
    QHash<QString, QDateTime> m_waiting; // order id -> when it wants to run again (invalid: on an event)
    std::multimap<qint64, QString> m_wakeups; // msecs since epoch -> waiting order with a time
    std::vector<UnreadableOrder> m_setAside;
    std::vector<UnreadableOrder> m_leftOut;
};

} // namespace fw
