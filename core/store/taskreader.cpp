// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "taskreader.h"

#include "common/clock.h"
#include "queryerror.h"

namespace fw {

TaskReader::TaskReader(QSqlDatabase database)
    : m_database(std::move(database))
{
}

TaskReader::~TaskReader() = default;

Result<std::optional<TaskRow>> TaskReader::task(qint64 taskId)
{
    const QString what = QStringLiteral("read task %1").arg(taskId);
    if (!m_taskQuery) {
        auto query = std::make_unique<QSqlQuery>(m_database);
        query->setForwardOnly(true);
        if (!query->prepare(
                QStringLiteral("SELECT order_id, step_id, state, claimed_by, claimed_at, claim_touched_at FROM tasks WHERE id = ?")))
            return queryError(*query, what);
        m_taskQuery = std::move(query);
    }
    QSqlQuery& query = *m_taskQuery;
    query.bindValue(0, taskId);
    if (!query.exec())
        return queryError(query, what);
    std::optional<TaskRow> row;
    if (query.next())
        row = TaskRow { taskId,
                        query.value(0).toString(),
                        query.value(1).toString(),
                        query.value(2).toString(),
                        query.value(3).toString(),
                        fromStoreTimeText(query.value(4).toString()),
                        fromStoreTimeText(query.value(5).toString()) };
    query.finish(); // no read snapshot left open between actions
    return row;
}

Result<std::vector<TaskRow>> TaskReader::claimsTouchedBy(const QDateTime& cutoff) const
{
    const QString what = QStringLiteral("look for idle claims");
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT id, order_id, step_id, claimed_by, claimed_at, claim_touched_at FROM tasks "
                                      "WHERE state = 'claimed' AND claim_touched_at <= ? ORDER BY id")))
        return queryError(query, what);
    query.addBindValue(toStoreTime(cutoff));
    if (!query.exec())
        return queryError(query, what);
    std::vector<TaskRow> rows;
    while (query.next())
        rows.push_back({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(), QStringLiteral("claimed"),
                         query.value(3).toString(), fromStoreTimeText(query.value(4).toString()),
                         fromStoreTimeText(query.value(5).toString()) });
    return rows;
}

Result<std::optional<QString>> TaskReader::setting(const QString& name) const
{
    QSqlQuery query(m_database);
    if (!query.prepare(QStringLiteral("SELECT value FROM store_settings WHERE name = ?")))
        return queryError(query, QStringLiteral("read the store setting"), name);
    query.addBindValue(name);
    if (!query.exec())
        return queryError(query, QStringLiteral("read the store setting"), name);
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

} // namespace fw
