// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "unrunnableorders.h"

#include "sqlitequery.h"

namespace fw {

Result<std::vector<UnreadableOrder>> readUnrunnableOrders(const QSqlDatabase& database)
{
    sqlite3* handle = SqliteQuery::handleOf(database);
    if (!handle)
        return failure(QStringLiteral("the store is not open"), {}, QStringLiteral("read the orders that cannot run"));
    // The message for a missing catalog is RuntimeLoader's, so the engine's and this list agree.
    SqliteQuery query(handle,
                      "SELECT o.id, o.set_aside_reason, o.catalog_id, o.catalog_version FROM orders o WHERE o.state NOT IN "
                      "('completed', 'cancelled') AND o.replica_of IS NULL AND (o.set_aside_reason IS NOT NULL OR NOT EXISTS "
                      "(SELECT 1 FROM catalogs c WHERE c.id = o.catalog_id AND c.version = o.catalog_version)) "
                      "ORDER BY o.created_at, o.id");
    std::vector<UnreadableOrder> orders;
    while (query.next()) {
        QString reason = query.text(1);
        if (query.isNull(1))
            reason = QStringLiteral("catalog '%1' version '%2' is not in the store").arg(query.text(2), query.text(3));
        orders.push_back({ query.text(0), reason });
    }
    if (!query.error().isEmpty())
        return failure(query.error(), {}, QStringLiteral("read the orders that cannot run"));
    return orders;
}

} // namespace fw
