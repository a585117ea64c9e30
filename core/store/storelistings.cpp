// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storelistings.h"

#include "common/clock.h"
#include "queryerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace fw {

namespace {
    // Prepares, binds and runs a listing's statement; the first failure with SQLite's reason.
    Result<Listing> listing(QSqlQuery& query, const QString& sql, const QVariantList& values, const QStringList& columns)
    {
        if (Status ran = runQuery(query, sql, values, QStringLiteral("store: cannot list")); !ran)
            return ran.error();
        Listing result { columns, {} };
        while (query.next()) {
            QVariantList row;
            row.reserve(columns.size());
            for (int c = 0; c < columns.size(); ++c)
                row << query.value(c);
            result.rows.push_back(std::move(row));
        }
        return result;
    }
} // namespace

StoreListings::StoreListings(QSqlDatabase database)
    : m_database(std::move(database))
{
}

Result<Listing> StoreListings::orders() const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    return listing(query,
                   QStringLiteral("SELECT o.id, o.account_name, CASE WHEN o.set_aside_reason IS NULL THEN o.state ELSE 'set-aside' END, "
                                  "o.catalog_id, o.requested_date, (SELECT COUNT(*) FROM steps s WHERE s.order_id = o.id), "
                                  "COALESCE(o.set_aside_reason, '') FROM orders o ORDER BY o.id"),
                   {},
                   { QStringLiteral("id"), QStringLiteral("account"), QStringLiteral("state"), QStringLiteral("catalog"),
                     QStringLiteral("requestedDate"), QStringLiteral("steps"), QStringLiteral("setAsideReason") });
}

Result<std::optional<OrderStanding>> StoreListings::orderStanding(const QString& orderId) const
{
    QSqlQuery query(m_database);
    if (!query.prepare(QStringLiteral("SELECT state, on_hold, (SELECT COUNT(*) FROM fallout_cases f WHERE f.order_id = o.id AND "
                                      "f.state = 'open'), set_aside_reason FROM orders o WHERE id = ?")))
        return queryError(query, QStringLiteral("read the standing of"), QStringLiteral("order ") + orderId);
    query.addBindValue(orderId);
    if (!query.exec())
        return queryError(query, QStringLiteral("read the standing of"), QStringLiteral("order ") + orderId);
    if (!query.next())
        return std::optional<OrderStanding>();
    OrderStanding standing { query.value(0).toString(), query.value(1).toBool(), query.value(2).toInt(), std::nullopt };
    if (!query.value(3).isNull())
        standing.setAsideReason = query.value(3).toString();
    return std::optional<OrderStanding>(std::move(standing));
}

Result<Listing> StoreListings::steps(const QString& orderId) const
{
    QSqlQuery query(m_database);
    // A skipped step without an error shows why it was skipped (its condition, an operator's reason)
    // from the journal entry of the skip.
    return listing(
        query,
        QStringLiteral("SELECT id, lane, type, state, attempts, COALESCE(NULLIF(last_error, ''), CASE WHEN state = 'skipped' THEN "
                       "(SELECT json_extract(j.payload, '$.reason') FROM journal j WHERE j.order_id = steps.order_id "
                       "AND j.step_id = steps.id AND j.after_state = 'skipped' AND json_valid(j.payload) "
                       "ORDER BY j.seq DESC LIMIT 1) END, last_error) FROM steps WHERE order_id = ? ORDER BY seq"),
        { orderId },
        { QStringLiteral("id"), QStringLiteral("lane"), QStringLiteral("type"), QStringLiteral("state"), QStringLiteral("attempts"),
          QStringLiteral("lastError") });
}

Result<Listing> StoreListings::tasks(const QString& queue, bool includeCompleted, qint64 limit) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    return listing(
        query,
        QStringLiteral("SELECT id, queue, state, COALESCE(claimed_by, ''), COALESCE(claimed_at, ''), order_id, step_id FROM tasks "
                       "WHERE (COALESCE(?, '') = '' OR queue = ?) AND (? = 1 OR state IN ('open', 'claimed')) ORDER BY id LIMIT ?"),
        { queue, queue, includeCompleted ? 1 : 0, limit > 0 ? limit : qint64(-1) },
        { QStringLiteral("id"), QStringLiteral("queue"), QStringLiteral("state"), QStringLiteral("claimedBy"), QStringLiteral("claimedAt"),
          QStringLiteral("order"), QStringLiteral("step") });
}

Result<Listing> StoreListings::openFallout(const QString& queue) const
{
    QSqlQuery query(m_database);
    return listing(query,
                   QStringLiteral("SELECT id, queue, order_id, step_id, classification, attempts, error FROM fallout_cases "
                                  "WHERE state = 'open' AND (COALESCE(?, '') = '' OR queue = ?) ORDER BY id"),
                   { queue, queue },
                   { QStringLiteral("id"), QStringLiteral("queue"), QStringLiteral("order"), QStringLiteral("step"),
                     QStringLiteral("classification"), QStringLiteral("attempts"), QStringLiteral("error") });
}

Result<std::optional<StoredChangeOrder>> StoreListings::changeOrder(const QString& orderId, const QString& changeId) const
{
    QSqlQuery query(m_database);
    if (!query.prepare(QStringLiteral("SELECT state, outcome, preview FROM change_orders WHERE order_id = ? AND id = ?")))
        return queryError(query, QStringLiteral("read change order %1 of").arg(changeId), QStringLiteral("order ") + orderId);
    query.addBindValue(orderId);
    query.addBindValue(changeId);
    if (!query.exec())
        return queryError(query, QStringLiteral("read change order %1 of").arg(changeId), QStringLiteral("order ") + orderId);
    if (!query.next())
        return std::optional<StoredChangeOrder>();
    return std::optional<StoredChangeOrder>(
        StoredChangeOrder { query.value(0).toString(), query.value(1).toString(), query.value(2).toString() });
}

Result<QDateTime> StoreListings::newestJournalEntry() const
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT MAX(at) FROM journal")) || !query.next())
        return queryError(query, QStringLiteral("read the newest journal entry"));
    if (query.value(0).isNull())
        return QDateTime();
    return fromStoreTimeText(query.value(0).toString());
}

Result<std::vector<OrderCount>> StoreListings::orderCounts() const
{
    std::vector<OrderCount> counts;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT COALESCE(replica_of, ''), state, COUNT(*) FROM orders GROUP BY 1, 2 ORDER BY 1, 2")))
        return queryError(query, QStringLiteral("count the orders"));
    while (query.next())
        counts.push_back({ query.value(0).toString(), query.value(1).toString(), query.value(2).toInt() });
    return counts;
}

} // namespace fw
