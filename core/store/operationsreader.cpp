// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "operationsreader.h"

#include "queryerror.h"

#include "common/clock.h"
#include "orderbrowser.h"
#include "taskbrowser.h"

#include <QJsonArray>
#include <QSet>
#include <QTimeZone>
#include <QJsonDocument>
#include <QSqlQuery>

namespace fw {

QDateTime fromStoreTime(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime time = fromStoreTimeText(value.toString());
    time.setTimeZone(QTimeZone::utc());
    return time;
}

namespace {
    QStringList stringList(const QVariant& jsonText)
    {
        QStringList result;
        const QJsonArray array = QJsonDocument::fromJson(jsonText.toString().toUtf8()).array();
        for (const auto& value : array)
            result << value.toString();
        return result;
    }
} // namespace

OperationsReader::OperationsReader(QSqlDatabase database)
    : m_database(std::move(database))
{
}

Result<EngineSnapshot> OperationsReader::snapshot(qint64 sinceJournalSeq) const
{
    EngineSnapshot result;
    if (Status read = readOrders(result, sinceJournalSeq); !read)
        return read.error();
    const Result<TaskCounts> tasks = TaskBrowser(m_database).counts(); // the inbox pages through the tasks themselves
    if (!tasks)
        return tasks.error();
    result.taskCounts = *tasks;
    if (Status read = readFallout(result); !read)
        return read.error();
    QSqlQuery users(m_database);
    if (!users.exec(QStringLiteral("SELECT COUNT(*) || '/' || COALESCE(MAX(updated_at), '') || '/' || COALESCE(SUM(active), 0) FROM users"))
        || !users.next())
        return queryError(users, QStringLiteral("read the users' stamp"));
    result.usersStamp = users.value(0).toString();
    return result;
}

Result<qint64> OperationsReader::journalPosition() const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM journal")) || !query.next())
        return queryError(query, QStringLiteral("read the journal position"));
    return query.value(0).toLongLong();
}

Status OperationsReader::readOrders(EngineSnapshot& result, qint64 sinceJournalSeq) const
{
    const OrderBrowser browser(m_database);
    const Result<OrderCounts> counts = browser.counts();
    if (!counts)
        return counts.error();
    result.orderCounts = *counts;
    result.journalSeq = sinceJournalSeq;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT seq, order_id FROM journal WHERE seq > ? ORDER BY seq")))
        return queryError(query, QStringLiteral("read the changed orders"));
    query.addBindValue(sinceJournalSeq);
    if (!query.exec())
        return queryError(query, QStringLiteral("read the changed orders"));
    QStringList changed;
    QSet<QString> seen;
    while (query.next()) {
        result.journalSeq = query.value(0).toLongLong();
        const QString id = query.value(1).toString();
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            changed << id;
        }
    }
    Result<std::vector<OrderSummary>> rows = browser.orders(changed);
    if (!rows)
        return rows.error();
    result.changedOrders = std::move(*rows);
    return {};
}

Status OperationsReader::readFallout(EngineSnapshot& result) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT f.id, f.queue, f.order_id, f.step_id, f.classification, f.error, f.attempts, "
                                   "s.name, s.type, s.lane, COALESCE(f.rule, ''), COALESCE(f.request, ''), "
                                   "COALESCE(f.response, ''), f.opened_at, COALESCE(o.replica_of, ''), "
                                   "COALESCE((SELECT a.certainty FROM attempts a WHERE a.order_id = f.order_id AND a.step_id = f.step_id "
                                   "ORDER BY a.series DESC, a.attempt DESC LIMIT 1), '') = 'unknown' FROM fallout_cases f "
                                   "JOIN steps s ON s.order_id = f.order_id AND s.id = f.step_id "
                                   "JOIN orders o ON o.id = f.order_id "
                                   "WHERE f.state = 'open' ORDER BY f.id")))
        return queryError(query, QStringLiteral("read the open fallout cases"));
    while (query.next()) {
        FalloutSummary c;
        c.id = query.value(0).toLongLong();
        c.queue = query.value(1).toString();
        c.orderId = query.value(2).toString();
        c.stepId = query.value(3).toString();
        c.classification = query.value(4).toString();
        c.error = query.value(5).toString();
        c.attempts = query.value(6).toInt();
        c.stepName = query.value(7).toString();
        c.stepType = query.value(8).toString();
        c.lane = query.value(9).toString();
        c.rule = query.value(10).toString();
        c.request = query.value(11).toString();
        c.response = query.value(12).toString();
        c.openedAt = fromStoreTime(query.value(13));
        c.runsOn = query.value(14).toString();
        c.outcomeUnknown = query.value(15).toBool();
        result.fallout.push_back(std::move(c));
    }
    return {};
}

Result<std::optional<OrderDetail>> OperationsReader::orderDetail(const QString& orderId) const
{
    const QString where = QStringLiteral("order ") + orderId;
    OrderDetail detail;
    const Result<std::vector<OrderSummary>> summary = OrderBrowser(m_database).orders({ orderId }); // the Orders view's row
    if (!summary)
        return summary.error();
    if (summary->empty())
        return std::optional<OrderDetail>();
    detail.order = summary->front();
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT catalog_id, catalog_version FROM orders WHERE id = ?")))
        return queryError(query, QStringLiteral("read the catalog of"), where);
    query.addBindValue(orderId);
    if (!query.exec())
        return queryError(query, QStringLiteral("read the catalog of"), where);
    if (!query.next())
        return std::optional<OrderDetail>(); // gone since
    detail.catalogId = query.value(0).toString();
    detail.catalogVersion = query.value(1).toString();

    if (!query.prepare(QStringLiteral("SELECT id, name, type, scope, lane, state, attempts, depth, point_of_no_return, "
                                      "estimated_seconds, depends_on, COALESCE(last_error, ''), updated_at, completed_at, "
                                      "plan_definition, lines, change, compensates FROM steps WHERE order_id = ? ORDER BY seq")))
        return queryError(query, QStringLiteral("read the steps of"), where);
    query.addBindValue(orderId);
    if (!query.exec())
        return queryError(query, QStringLiteral("read the steps of"), where);
    while (query.next()) {
        StepStatus step;
        step.id = query.value(0).toString();
        step.name = query.value(1).toString();
        step.type = query.value(2).toString();
        step.scope = query.value(3).toString();
        step.lane = query.value(4).toString();
        step.state = query.value(5).toString();
        step.attempts = query.value(6).toInt();
        step.depth = query.value(7).toInt();
        step.pointOfNoReturn = query.value(8).toBool();
        step.estimatedSeconds = query.value(9).toLongLong();
        step.dependsOn = stringList(query.value(10));
        step.lastError = query.value(11).toString();
        step.updatedAt = fromStoreTime(query.value(12));
        step.completedAt = fromStoreTime(query.value(13));
        step.planDefinition = query.value(14).toString();
        step.lines = stringList(query.value(15));
        step.change = query.value(16).toString();
        step.compensates = query.value(17).toString();
        if (std::none_of(detail.lanes.begin(), detail.lanes.end(), [&](const auto& lane) { return lane.first == step.lane; }))
            detail.lanes.emplace_back(step.lane, step.lane); // named from the catalog by the engine
        detail.steps.push_back(std::move(step));
    }

    // The sites (delivery groups) of its lines: the plan graph labels and groups steps by them.
    if (!query.prepare(QStringLiteral("SELECT id, delivery_group FROM fulfillment_lines WHERE order_id = ? AND delivery_group <> ''")))
        return queryError(query, QStringLiteral("read the lines of"), where);
    query.addBindValue(orderId);
    if (!query.exec())
        return queryError(query, QStringLiteral("read the lines of"), where);
    while (query.next())
        detail.lineSites.insert(query.value(0).toString(), query.value(1).toString());

    if (!query.prepare(QStringLiteral("SELECT step_id, series, attempt, idempotency_key, started_at, finished_at, "
                                      "COALESCE(http_status, 0), COALESCE(outcome, ''), COALESCE(request, ''), "
                                      "COALESCE(response, ''), COALESCE(error, ''), COALESCE(certainty, '') = 'unknown' FROM attempts "
                                      "WHERE order_id = ? "
                                      "ORDER BY started_at, step_id, series, attempt")))
        return queryError(query, QStringLiteral("read the attempts of"), where);
    query.addBindValue(orderId);
    if (!query.exec())
        return queryError(query, QStringLiteral("read the attempts of"), where);
    while (query.next()) {
        detail.attempts.push_back({ query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt(), query.value(3).toString(),
                                    fromStoreTime(query.value(4)), fromStoreTime(query.value(5)), query.value(6).toInt(),
                                    query.value(7).toString(), query.value(8).toString(), query.value(9).toString(),
                                    query.value(10).toString(), query.value(11).toBool() });
    }

    if (!query.prepare(QStringLiteral("SELECT name FROM signals WHERE order_id = ? ORDER BY received_at")))
        return queryError(query, QStringLiteral("read the signals of"), where);
    query.addBindValue(orderId);
    if (!query.exec())
        return queryError(query, QStringLiteral("read the signals of"), where);
    while (query.next())
        detail.signalsReceived << query.value(0).toString();

    auto tasks = TaskBrowser(m_database).ofOrder(orderId);
    if (!tasks)
        return tasks.error();
    detail.tasks = std::move(*tasks);

    auto events = Journal::forOrder(m_database, orderId);
    if (!events)
        return events.error();
    detail.events = std::move(*events);
    return std::optional<OrderDetail>(std::move(detail));
}

} // namespace fw
