// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activeorders.h"

#include "activesteps.h"
#include "sqlitequery.h"

#include <QHash>

namespace fw {

ActiveOrdersReader::ActiveOrdersReader(QSqlDatabase database)
    : m_database(std::move(database))
{
}

Result<std::vector<ActiveOrder>> ActiveOrdersReader::read() const
{
    sqlite3* handle = SqliteQuery::handleOf(m_database);
    if (!handle)
        return failure(QStringLiteral("the store is not open"), {}, QStringLiteral("read the orders to run"));
    std::vector<ActiveOrder> orders;
    QHash<QString, std::size_t> index;
    index.reserve(4096);
    SqliteQuery active(handle,
                       "SELECT id, catalog_id, catalog_version, cancel_requested FROM orders WHERE state NOT IN ('completed', "
                       "'cancelled') AND replica_of IS NULL AND set_aside_reason IS NULL ORDER BY created_at, id");
    while (active.next()) {
        ActiveOrder order;
        order.id = active.text(0);
        order.catalogId = active.text(1);
        order.catalogVersion = active.text(2);
        order.wake = active.integer(3) != 0 ? ActiveOrder::Wake::Now : ActiveOrder::Wake::Look;
        index.insert(order.id, orders.size());
        orders.push_back(std::move(order));
    }
    if (!active.error().isEmpty())
        return failure(active.error(), {}, QStringLiteral("read the orders to run"));
    // Only the steps that have started and not finished (the index steps_active_lane): a step waiting
    // for a person or in fallout leaves its order to an event; a pause must be read (its condition).
    SqliteQuery steps(handle, std::string("SELECT order_id, state, type, next_attempt_at FROM steps WHERE ") + stepHasWork);
    std::vector<bool> pausing(orders.size(), false);
    std::vector<bool> started(orders.size(), false);
    while (steps.next()) {
        const auto found = index.constFind(steps.text(0));
        if (found == index.cend())
            continue; // finished, a replica or set aside
        ActiveOrder& order = orders[*found];
        started[*found] = true;
        if (order.wake == ActiveOrder::Wake::Now)
            continue;
        const std::string_view state = steps.utf8(1);
        if (state == "ready" || state == "running") {
            order.wake = ActiveOrder::Wake::Now;
        } else if (state == "retrying") {
            const QDateTime at = steps.time(3);
            if (!at.isValid()) {
                order.wake = ActiveOrder::Wake::Now;
            } else if (order.wake != ActiveOrder::Wake::At || at < order.at) {
                order.wake = ActiveOrder::Wake::At;
                order.at = at;
            }
        } else {
            if (state == "waiting" && steps.utf8(2) == "pause")
                pausing[*found] = true;
            if (order.wake == ActiveOrder::Wake::Look)
                order.wake = ActiveOrder::Wake::Event;
        }
    }
    if (!steps.error().isEmpty())
        return failure(steps.error(), {}, QStringLiteral("read the steps of the orders to run"));
    for (std::size_t i = 0; i < orders.size(); ++i) {
        if (!started[i])
            orders[i].wake = ActiveOrder::Wake::Now; // new (its first steps to promote), or a promotion to repair
        else if (pausing[i] && orders[i].wake != ActiveOrder::Wake::Now)
            orders[i].wake = ActiveOrder::Wake::Look; // the pause's date or condition is known once read
    }
    return orders;
}

Result<std::vector<ActiveOrder>> ActiveOrdersReader::readNew() const
{
    sqlite3* handle = SqliteQuery::handleOf(m_database);
    if (!handle)
        return failure(QStringLiteral("the store is not open"), {}, QStringLiteral("read the new orders to run"));
    std::vector<ActiveOrder> orders;
    SqliteQuery fresh(handle,
                      "SELECT id, catalog_id, catalog_version FROM orders WHERE state = 'pending' AND replica_of IS NULL AND "
                      "set_aside_reason IS NULL ORDER BY created_at, id");
    while (fresh.next())
        orders.push_back({ fresh.text(0), fresh.text(1), fresh.text(2), ActiveOrder::Wake::Now, {} });
    if (!fresh.error().isEmpty())
        return failure(fresh.error(), {}, QStringLiteral("read the new orders to run"));
    return orders;
}

} // namespace fw
