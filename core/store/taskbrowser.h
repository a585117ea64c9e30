// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "engine/enginesnapshot.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>
#include <vector>

namespace fw {

// What the task inbox asks for: open and claimed tasks of some queues, all of them or only those
// the user holds or nobody holds, whose text holds every search word, oldest first or newest first,
// or most urgent first.
struct TaskQuery {
    enum class Assignment { All, Mine, Unassigned };
    // Urgency: first the tasks of orders at risk (SLA critical, then warning, then by priority, due
    // and id; they are few, so sorting them is cheap), then every other task oldest first (by id,
    // walking tasks_active: no sort). Ordering the others by due as well would need a due column on
    // tasks and an index (a migration), see docs/tasks.md.
    enum class Order { Id, Urgency };
    QStringList queues; // empty: any
    Assignment assignment = Assignment::All;
    QString user; // whose tasks "mine" are
    QString search; // words, each in the task id, order id, queue, holder, step name or account (case-insensitive)
    bool descending = false; // by task id, which is by age: ascending is the oldest first
    Order order = Order::Id;
    bool operator==(const TaskQuery&) const = default;
};

// Reads the open and claimed manual tasks a page at a time, for the task inbox on stores with
// 100,000 waiting tasks: a count, one page (the rows after the previous page's last id when it is
// the next page: a keyset), one task, one order's tasks, and the counts the engine's snapshot
// carries. Rows carry no ManualTaskSpec (the catalog form): ReplicaTaskForms fills that for the one
// task an operator opens. Read-only; use it on the calling thread's own connection.
class TaskBrowser {
public:
    explicit TaskBrowser(QSqlDatabase database);

    // With a limit > 0 counting stops at `limit` matches (searches read every open task).
    Result<qint64> count(const TaskQuery& query, qint64 limit = 0) const;
    Result<std::vector<TaskSummary>> page(const TaskQuery& query, qint64 offset, int limit) const;
    // One task in any state; nullopt when there is no such task.
    Result<std::optional<TaskSummary>> task(qint64 taskId) const;
    // The order's open and claimed tasks, by id.
    Result<std::vector<TaskSummary>> ofOrder(const QString& orderId) const;
    // Open and claimed tasks counted by state, queue and holder, over the indexes only.
    Result<TaskCounts> counts() const;

private:
    struct Filter {
        QString where;
        QString conditions; // where's conditions alone, for a query that starts elsewhere
        QVariantList values;
    };
    Filter filterOf(const TaskQuery& query) const;
    Result<qint64> atRiskCount(const TaskQuery& query) const; // Urgency: how many tasks come first
    Result<std::vector<TaskSummary>> atRiskPage(const TaskQuery& query, qint64 offset, int limit) const;

    QSqlDatabase m_database;
    mutable std::optional<TaskQuery> m_keysetQuery; // the query of the last page read
    mutable qint64 m_keysetEnd = -1; // the offset right after it
    mutable qint64 m_keysetId = 0; // its last task's id
};

} // namespace fw
