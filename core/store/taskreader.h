// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QSqlQuery;

namespace fw {

// A manual task's row as the task commands see it.
struct TaskRow {
    qint64 id = 0;
    QString orderId;
    QString stepId;
    QString state; // open, claimed, completed, cancelled
    QString claimedBy;
    QDateTime claimedAt;
    QDateTime claimTouchedAt; // when its holder last acted on the claim
};

// Reads the tasks table and the task settings for the task commands (TaskCommands). Read-only;
// the statement reading one task is prepared once per reader (parsing it cost as much as running it).
class TaskReader {
public:
    explicit TaskReader(QSqlDatabase database);
    ~TaskReader();
    TaskReader(const TaskReader&) = delete;
    TaskReader& operator=(const TaskReader&) = delete;

    // One task by id; nullopt when there is no such task.
    Result<std::optional<TaskRow>> task(qint64 taskId);
    // Claimed tasks whose holder last acted at or before `cutoff`, by id.
    Result<std::vector<TaskRow>> claimsTouchedBy(const QDateTime& cutoff) const;
    // A store setting's text (store_settings), nullopt when it is not set.
    Result<std::optional<QString>> setting(const QString& name) const;

private:
    QSqlDatabase m_database;
    std::unique_ptr<QSqlQuery> m_taskQuery;
};

} // namespace fw
