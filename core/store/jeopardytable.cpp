// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jeopardytable.h"

#include "common/clock.h"
#include "queryerror.h"
#include "textcolumn.h"

namespace fw {

namespace {
    // Empty text, never NULL: the order's own entry has step '' (part of the key); rule and reason are required.
    QString storeTimeOrNull(const QDateTime& time)
    {
        return time.isValid() ? toStoreTime(time) : QString();
    }
} // namespace

JeopardyTable::JeopardyTable(QSqlDatabase database)
    : m_database(std::move(database))
    , m_upsert(m_database)
    , m_remove(m_database)
    , m_mark(m_database)
{
}

Result<std::vector<JeopardyRow>> JeopardyTable::readAll() const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT order_id, step_id, level, cause, rule, reason FROM jeopardy")))
        return queryError(query, QStringLiteral("cannot read the jeopardy table"));
    std::vector<JeopardyRow> rows;
    while (query.next())
        rows.push_back({ query.value(0).toString(),
                         query.value(1).toString(),
                         query.value(2).toString(),
                         query.value(3).toString(),
                         query.value(4).toString(),
                         query.value(5).toString(),
                         {},
                         {},
                         {},
                         {} });
    return rows;
}

Status JeopardyTable::upsert(const JeopardyRow& row)
{
    const QString what = QStringLiteral("cannot record jeopardy of %1").arg(row.orderId);
    if (m_upsert.lastQuery().isEmpty()
        && !m_upsert.prepare(
            QStringLiteral("INSERT INTO jeopardy (order_id, step_id, level, cause, rule, reason, breach_at, forecast_at, due_at, since) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (order_id, step_id) DO UPDATE SET "
                           "level = excluded.level, cause = excluded.cause, rule = excluded.rule, reason = excluded.reason, "
                           "breach_at = excluded.breach_at, forecast_at = excluded.forecast_at, due_at = excluded.due_at, "
                           "since = CASE WHEN jeopardy.level = excluded.level THEN jeopardy.since ELSE excluded.since END")))
        return queryError(m_upsert, what);
    for (const QVariant& value :
         { QVariant(row.orderId), QVariant(textColumn(row.stepId)), QVariant(row.level), QVariant(row.cause),
           QVariant(textColumn(row.rule)), QVariant(textColumn(row.reason)), QVariant(storeTimeOrNull(row.breachAt)),
           QVariant(storeTimeOrNull(row.forecastAt)), QVariant(storeTimeOrNull(row.dueAt)), QVariant(toStoreTime(row.since)) })
        m_upsert.addBindValue(value);
    if (!m_upsert.exec())
        return queryError(m_upsert, what);
    return {};
}

Status JeopardyTable::remove(const QString& orderId, const QString& stepId)
{
    const QString what = QStringLiteral("cannot clear jeopardy of %1").arg(orderId);
    if (m_remove.lastQuery().isEmpty() && !m_remove.prepare(QStringLiteral("DELETE FROM jeopardy WHERE order_id = ? AND step_id = ?")))
        return queryError(m_remove, what);
    m_remove.addBindValue(orderId);
    m_remove.addBindValue(textColumn(stepId));
    if (!m_remove.exec())
        return queryError(m_remove, what);
    return {};
}

Status JeopardyTable::markOrder(const QString& orderId, const QString& level)
{
    const QString what = QStringLiteral("cannot mark order %1").arg(orderId);
    if (m_mark.lastQuery().isEmpty() && !m_mark.prepare(QStringLiteral("UPDATE orders SET jeopardy = ? WHERE id = ? AND jeopardy <> ?")))
        return queryError(m_mark, what);
    m_mark.addBindValue(level);
    m_mark.addBindValue(orderId);
    m_mark.addBindValue(level);
    if (!m_mark.exec())
        return queryError(m_mark, what);
    return {};
}

} // namespace fw
