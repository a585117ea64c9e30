// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "taskbrowser.h"

#include "operationsreader.h"
#include "queryerror.h"

#include <QSqlQuery>

namespace fw {

namespace {

    // The columns of a TaskSummary, for `tasks t`, `steps s` and `orders o` joined.
    const QLatin1String taskColumns("t.id, t.queue, t.state, COALESCE(t.claimed_by, ''), t.order_id, t.step_id, s.name, s.lane, "
                                    "o.account_name, t.created_at, t.updated_at, COALESCE(o.replica_of, ''), t.claimed_at, "
                                    "o.priority, o.jeopardy, s.estimated_seconds");
    // The task's step and order, read after the tasks (CROSS JOIN keeps SQLite from starting with them).
    const QLatin1String taskJoins(" CROSS JOIN steps s ON s.order_id = t.order_id AND s.id = t.step_id "
                                  "CROSS JOIN orders o ON o.id = t.order_id");
    // What a search word must occur in (lower case).
    const QLatin1String searchText("lower(t.id || ' ' || t.order_id || ' ' || t.queue || ' ' || COALESCE(t.claimed_by, '') || ' ' "
                                   "|| s.name || ' ' || o.account_name)");

    TaskSummary taskOf(const QSqlQuery& query)
    {
        TaskSummary task;
        task.id = query.value(0).toLongLong();
        task.queue = query.value(1).toString();
        task.state = query.value(2).toString();
        task.claimedBy = query.value(3).toString();
        task.orderId = query.value(4).toString();
        task.stepId = query.value(5).toString();
        task.stepName = query.value(6).toString();
        task.lane = query.value(7).toString();
        task.account = query.value(8).toString();
        task.createdAt = fromStoreTime(query.value(9));
        task.updatedAt = fromStoreTime(query.value(10));
        task.runsOn = query.value(11).toString();
        task.claimedAt = fromStoreTime(query.value(12));
        task.priority = query.value(13).toInt();
        task.jeopardy = query.value(14).toString();
        task.due = task.createdAt.isValid() ? task.createdAt.addSecs(query.value(15).toLongLong()) : QDateTime();
        return task;
    }

    Result<std::vector<TaskSummary>> readTasks(const QSqlDatabase& database, const QString& sql, const QVariantList& values,
                                               const QString& what)
    {
        QSqlQuery query(database);
        query.setForwardOnly(true);
        if (const Status ran = runQuery(query, sql, values, what); !ran)
            return ran.error();
        std::vector<TaskSummary> rows;
        while (query.next())
            rows.push_back(taskOf(query));
        return rows;
    }

    // The tasks of orders at risk come first in the urgency order. They are read starting from the
    // orders (a scan of orders, ~10 ms at 100,000; a partial index on orders at risk would make it an
    // index walk, see docs/architecture.md), then each order's tasks by tasks' UNIQUE (order_id, ...).
    const QLatin1String
        atRiskFrom(" FROM orders o CROSS JOIN tasks t ON t.order_id = o.id "
                   "CROSS JOIN steps s ON s.order_id = t.order_id AND s.id = t.step_id WHERE (o.jeopardy <> '' OR o.priority > 0) AND ");
    const QLatin1String
        notAtRisk(" AND NOT EXISTS (SELECT 1 FROM orders r WHERE r.id = t.order_id AND (r.jeopardy <> '' OR r.priority > 0))");
    // The most urgent first: SLA level, priority, due (when the task opened plus its step's estimate), id.
    const QLatin1String urgency(" ORDER BY CASE o.jeopardy WHEN 'critical' THEN 2 WHEN 'warning' THEN 1 ELSE 0 END DESC, o.priority DESC, "
                                "julianday(t.created_at) + s.estimated_seconds / 86400.0, t.id");

} // namespace

TaskBrowser::TaskBrowser(QSqlDatabase database)
    : m_database(std::move(database))
{
}

TaskBrowser::Filter TaskBrowser::filterOf(const TaskQuery& query) const
{
    Filter filter;
    // Word for word the condition of tasks_active (schema v22), so INDEXED BY can use it: ORs, not an
    // IN list, which SQLite would evaluate through a temporary b-tree at every task written.
    QStringList conditions { QStringLiteral("(t.state = 'open' OR t.state = 'claimed')") };
    if (!query.queues.isEmpty()) {
        QStringList marks;
        for (const QString& queue : query.queues) {
            marks << QStringLiteral("?");
            filter.values << queue;
        }
        conditions << QStringLiteral("t.queue IN (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    switch (query.assignment) {
    case TaskQuery::Assignment::Mine:
        conditions << QStringLiteral("t.claimed_by = ?");
        filter.values << query.user;
        break;
    case TaskQuery::Assignment::Unassigned:
        conditions << QStringLiteral("COALESCE(t.claimed_by, '') = ''");
        break;
    case TaskQuery::Assignment::All:
        break;
    }
    const QStringList words = query.search.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        conditions << QStringLiteral("instr(") + searchText + QStringLiteral(", ?) > 0");
        filter.values << word;
    }
    filter.conditions = conditions.join(QLatin1String(" AND "));
    filter.where = (words.isEmpty() ? QString() : QString(taskJoins)) + QStringLiteral(" WHERE ") + filter.conditions;
    return filter;
}

Result<qint64> TaskBrowser::count(const TaskQuery& query, qint64 limit) const
{
    Filter filter = filterOf(query);
    QString text = QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM tasks t") + filter.where;
    if (limit > 0) {
        text += QStringLiteral(" LIMIT ?");
        filter.values << limit;
    }
    text += QLatin1Char(')');
    QSqlQuery sql(m_database);
    sql.setForwardOnly(true);
    if (const Status ran = runQuery(sql, text, filter.values, QStringLiteral("count the open tasks")); !ran)
        return ran.error();
    if (!sql.next())
        return failure(QStringLiteral("the count gave no row"), {}, QStringLiteral("count the open tasks"));
    return sql.value(0).toLongLong();
}

Result<qint64> TaskBrowser::atRiskCount(const TaskQuery& query) const
{
    Filter filter = filterOf(query);
    const QString text = QStringLiteral("SELECT COUNT(*)") + atRiskFrom + filter.conditions;
    QSqlQuery sql(m_database);
    sql.setForwardOnly(true);
    if (const Status ran = runQuery(sql, text, filter.values, QStringLiteral("count the tasks of orders at risk")); !ran)
        return ran.error();
    return sql.next() ? sql.value(0).toLongLong() : 0;
}

Result<std::vector<TaskSummary>> TaskBrowser::atRiskPage(const TaskQuery& query, qint64 offset, int limit) const
{
    Filter filter = filterOf(query);
    // Sorts the tasks of orders at risk only (a temporary b-tree of those rows, not of every task).
    const QString text
        = QStringLiteral("SELECT ") + taskColumns + atRiskFrom + filter.conditions + urgency + QStringLiteral(" LIMIT ? OFFSET ?");
    filter.values << limit << offset;
    return readTasks(m_database, text, filter.values, QStringLiteral("read a page of tasks of orders at risk"));
}

Result<std::vector<TaskSummary>> TaskBrowser::page(const TaskQuery& query, qint64 offset, int limit) const
{
    std::vector<TaskSummary> first; // Urgency: the tasks of orders at risk on this page
    qint64 atRiskTotal = 0;
    if (query.order == TaskQuery::Order::Urgency) {
        const auto total = atRiskCount(query);
        if (!total)
            return total.error();
        atRiskTotal = *total;
        if (offset < atRiskTotal) {
            auto rows = atRiskPage(query, offset, limit);
            if (!rows)
                return rows.error();
            first = std::move(*rows);
            if (qint64(first.size()) >= limit)
                return first;
        }
        limit -= int(first.size());
        offset = std::max<qint64>(0, offset - atRiskTotal);
    }
    Filter filter = filterOf(query);
    if (query.order == TaskQuery::Order::Urgency)
        filter.where += notAtRisk;
    qint64 skip = offset;
    // The page right after the one read last: the tasks after its last id, so scrolling on reads
    // each row once instead of walking past `offset` rows.
    if (offset > 0 && m_keysetQuery == query && m_keysetEnd == offset) {
        filter.where += query.descending ? QStringLiteral(" AND t.id < ?") : QStringLiteral(" AND t.id > ?");
        filter.values << m_keysetId;
        skip = 0;
    }
    const QLatin1String dir(query.descending ? " DESC" : " ASC");
    // The inner query finds the page's ids walking tasks_active (schema v22: the open and claimed
    // tasks' ids), 200 index entries for a page; only those rows are joined with their step and order.
    // INDEXED BY: without statistics SQLite would take tasks_claims and sort every open task.
    const QString text = QStringLiteral("SELECT ") + taskColumns
        + QStringLiteral(" FROM (SELECT t.id AS tid FROM tasks t INDEXED BY tasks_active") + filter.where + QStringLiteral(" ORDER BY t.id")
        + dir + QStringLiteral(" LIMIT ? OFFSET ?) p CROSS JOIN tasks t ON t.id = p.tid") + taskJoins + QStringLiteral(" ORDER BY t.id")
        + dir;
    filter.values << limit << skip;
    auto rows = readTasks(m_database, text, filter.values, QStringLiteral("read a page of open tasks"));
    if (!rows)
        return rows.error();
    m_keysetQuery = query;
    m_keysetEnd = rows->empty() ? -1 : offset + qint64(rows->size()); // Urgency: offsets among the others
    m_keysetId = rows->empty() ? 0 : rows->back().id;
    if (first.empty())
        return rows;
    first.insert(first.end(), std::make_move_iterator(rows->begin()), std::make_move_iterator(rows->end()));
    return first;
}

Result<std::optional<TaskSummary>> TaskBrowser::task(qint64 taskId) const
{
    auto rows = readTasks(m_database,
                          QStringLiteral("SELECT ") + taskColumns + QStringLiteral(" FROM tasks t") + taskJoins
                              + QStringLiteral(" WHERE t.id = ?"),
                          { taskId }, QStringLiteral("read task %1").arg(taskId));
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<TaskSummary>();
    return std::optional<TaskSummary>(std::move(rows->front()));
}

Result<std::vector<TaskSummary>> TaskBrowser::ofOrder(const QString& orderId) const
{
    auto rows = readTasks(m_database,
                          QStringLiteral("SELECT ") + taskColumns + QStringLiteral(" FROM tasks t") + taskJoins
                              + QStringLiteral(" WHERE t.order_id = ? AND t.state IN ('open', 'claimed') ORDER BY t.id"),
                          { orderId }, QStringLiteral("read the open tasks of"));
    if (!rows)
        return rows.error().in(QStringLiteral("read the open tasks of"), QStringLiteral("order ") + orderId);
    return rows;
}

Result<TaskCounts> TaskBrowser::counts() const
{
    TaskCounts counts;
    QSqlQuery sql(m_database);
    sql.setForwardOnly(true);
    // Each queue found by a seek in tasks_queue (queue, state), then its open and claimed ranges
    // counted there: the cost grows with the open tasks and the queues, not with the finished tasks.
    const QString byQueue
        = QStringLiteral("WITH RECURSIVE q(queue) AS (SELECT (SELECT MIN(queue) FROM tasks) "
                         "UNION ALL SELECT (SELECT MIN(t.queue) FROM tasks t WHERE t.queue > q.queue) FROM q WHERE q.queue IS NOT NULL) "
                         "SELECT queue, (SELECT COUNT(*) FROM tasks t WHERE t.queue = q.queue AND t.state = 'open'), "
                         "(SELECT COUNT(*) FROM tasks t WHERE t.queue = q.queue AND t.state = 'claimed') FROM q WHERE queue IS NOT NULL");
    if (const Status ran = runQuery(sql, byQueue, {}, QStringLiteral("count the open tasks by queue")); !ran)
        return ran.error();
    while (sql.next()) {
        const qint64 open = sql.value(1).toLongLong();
        const qint64 claimed = sql.value(2).toLongLong();
        if (open + claimed == 0)
            continue;
        counts.open += open;
        counts.claimed += claimed;
        counts.byQueue.insert(sql.value(0).toString(), open + claimed);
    }
    if (counts.claimed == 0)
        return counts;
    const QString byHolder = QStringLiteral("SELECT claimed_by, COUNT(*) FROM tasks WHERE state = 'claimed' GROUP BY claimed_by");
    if (const Status ran = runQuery(sql, byHolder, {}, QStringLiteral("count the claimed tasks")); !ran)
        return ran.error();
    while (sql.next())
        counts.claimedBy.insert(sql.value(0).toString(), sql.value(1).toLongLong());
    return counts;
}

} // namespace fw
