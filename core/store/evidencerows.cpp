// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "evidencerows.h"

#include "common/clock.h"
#include "common/jsonvariant.h"
#include "queryerror.h"

#include <QHash>
#include <QScopeGuard>

namespace fw {

namespace {
    QDateTime evidenceTime(const QVariant& value)
    {
        return value.isNull() ? QDateTime() : fromStoreTimeText(value.toString());
    }

    Status readEvidenceOrder(QSqlQuery& query, const QString& orderId, const QString& what, std::optional<EvidenceOrderRow>& order)
    {
        if (Status ran = runQuery(query,
                                  QStringLiteral("SELECT id, account_id, account_name, state, requested_date, ordered_at, created_at, "
                                                 "updated_at, catalog_id, catalog_version, revision FROM orders WHERE id = ?"),
                                  { orderId }, what);
            !ran)
            return ran;
        if (!query.next())
            return {};
        order = EvidenceOrderRow { query.value(0).toString(),    query.value(1).toString(),    query.value(2).toString(),
                                   query.value(3).toString(),    query.value(4).toString(),    evidenceTime(query.value(5)),
                                   evidenceTime(query.value(6)), evidenceTime(query.value(7)), query.value(8).toString(),
                                   query.value(9).toString(),    query.value(10).toInt() };
        return {};
    }

    Status readEvidenceSteps(QSqlQuery& query, const QString& orderId, const QString& what, EvidenceRows& rows)
    {
        // When each step started: its first move to running or waiting in the journal.
        QHash<QString, QDateTime> started;
        if (Status ran = runQuery(query,
                                  QStringLiteral("SELECT step_id, MIN(at) FROM journal WHERE order_id = ? AND kind = 'step.state' "
                                                 "AND after_state IN ('running', 'waiting') GROUP BY step_id"),
                                  { orderId }, what);
            !ran)
            return ran;
        while (query.next())
            started.insert(query.value(0).toString(), evidenceTime(query.value(1)));
        if (Status ran
            = runQuery(query,
                       QStringLiteral("SELECT id, name, type, lane, step_key, state, lines, first_attempt_at, completed_at, compensates "
                                      "FROM steps WHERE order_id = ? ORDER BY seq"),
                       { orderId }, what);
            !ran)
            return ran;
        while (query.next()) {
            EvidenceStepRow step { query.value(0).toString(),
                                   query.value(1).toString(),
                                   query.value(2).toString(),
                                   query.value(3).toString(),
                                   query.value(4).toString(),
                                   query.value(5).toString(),
                                   fromJsonArrayText(query.value(6).toString()),
                                   started.value(query.value(0).toString()),
                                   evidenceTime(query.value(8)),
                                   query.value(9).toString() };
            if (!step.startedAt.isValid())
                step.startedAt = evidenceTime(query.value(7));
            rows.steps.push_back(std::move(step));
        }
        return {};
    }

    Status readEvidenceWork(QSqlQuery& query, const QString& orderId, const QString& what, EvidenceRows& rows)
    {
        if (Status ran = runQuery(query,
                                  QStringLiteral("SELECT id, step_id, queue, claimed_by, updated_at, data, comment FROM tasks "
                                                 "WHERE order_id = ? AND state = 'completed' ORDER BY updated_at, id"),
                                  { orderId }, what);
            !ran)
            return ran;
        while (query.next())
            rows.tasks.push_back({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                                   query.value(3).toString(), evidenceTime(query.value(4)), query.value(5).toString(),
                                   query.value(6).toString() });
        // Who sent each signal: the first journal event that carried its name.
        if (Status ran
            = runQuery(query,
                       QStringLiteral("SELECT s.name, s.received_at, (SELECT j.actor FROM journal j WHERE j.order_id = s.order_id "
                                      "AND j.kind = 'signal' AND json_extract(j.payload, '$.name') = s.name ORDER BY j.seq "
                                      "LIMIT 1) FROM signals s WHERE s.order_id = ? ORDER BY s.received_at, s.name"),
                       { orderId }, what);
            !ran)
            return ran;
        while (query.next())
            rows.signalsReceived.push_back({ query.value(0).toString(), evidenceTime(query.value(1)), query.value(2).toString() });
        if (Status ran = runQuery(query,
                                  QStringLiteral("SELECT step_id, series, attempt, idempotency_key, started_at, finished_at, http_status, "
                                                 "outcome, certainty, request, response, error FROM attempts WHERE order_id = ? "
                                                 "ORDER BY started_at, step_id, series, attempt"),
                                  { orderId }, what);
            !ran)
            return ran;
        while (query.next())
            rows.attempts.push_back({ query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt(), query.value(3).toString(),
                                      evidenceTime(query.value(4)), evidenceTime(query.value(5)), query.value(6).toInt(),
                                      query.value(7).toString(), query.value(8).toString(), query.value(9).toString(),
                                      query.value(10).toString(), query.value(11).toString() });
        return {};
    }
} // namespace

Result<std::optional<EvidenceRows>> readEvidenceRows(const QSqlDatabase& database, const QString& orderId)
{
    const QString what = QStringLiteral("read the evidence of order %1").arg(orderId);
    QSqlDatabase connection = database;
    const bool ownTransaction = connection.transaction(); // one consistent view (false: the caller's transaction runs)
    const auto finish = qScopeGuard([&] {
        if (ownTransaction)
            connection.commit();
    });
    QSqlQuery query(database);
    query.setForwardOnly(true);
    std::optional<EvidenceOrderRow> order;
    if (Status read = readEvidenceOrder(query, orderId, what, order); !read)
        return read.error();
    if (!order)
        return std::optional<EvidenceRows>();
    EvidenceRows rows;
    rows.order = std::move(*order);
    if (Status ran = runQuery(query,
                              QStringLiteral("SELECT id, product, scope, quantity, delivery_group, source_items, fields, removed_by "
                                             "FROM fulfillment_lines WHERE order_id = ? ORDER BY rowid"),
                              { orderId }, what);
        !ran)
        return ran.error();
    while (query.next())
        rows.lines.push_back({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toInt(),
                               query.value(4).toString(), fromJsonArrayText(query.value(5).toString()), query.value(6).toString(),
                               query.value(7).toString() });
    if (Status read = readEvidenceSteps(query, orderId, what, rows); !read)
        return read.error();
    if (Status read = readEvidenceWork(query, orderId, what, rows); !read)
        return read.error();
    return std::optional<EvidenceRows>(std::move(rows));
}

} // namespace fw
