// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <vector>

namespace fw {

// A row of the jeopardy table: one step's (or, with an empty step, the order's) jeopardy.
struct JeopardyRow {
    QString orderId;
    QString stepId; // empty: the order's own entry
    QString level; // jeopardyLevelName
    QString cause;
    QString rule;
    QString reason;
    QDateTime breachAt; // invalid: none
    QDateTime forecastAt;
    QDateTime dueAt;
    QDateTime since; // when it reached its level
};

// The SQL of the jeopardy the SLA monitor keeps (JeopardyMonitor): the jeopardy table and
// orders.jeopardy. The caller holds the transaction; the statements are prepared once per table.
class JeopardyTable {
public:
    explicit JeopardyTable(QSqlDatabase database);

    Result<std::vector<JeopardyRow>> readAll() const; // level, cause, rule and reason of every row
    // Inserts or updates a row; `since` stays as stored while the level does not change.
    Status upsert(const JeopardyRow& row);
    Status remove(const QString& orderId, const QString& stepId);
    // orders.jeopardy: an order's highest level ("" for none).
    Status markOrder(const QString& orderId, const QString& level);

private:
    QSqlDatabase m_database;
    QSqlQuery m_upsert;
    QSqlQuery m_remove;
    QSqlQuery m_mark;
};

} // namespace fw
