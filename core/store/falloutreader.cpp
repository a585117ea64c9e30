// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "falloutreader.h"

#include "queryerror.h"

namespace fw {

FalloutReader::FalloutReader(QSqlDatabase database)
    : m_database(std::move(database))
{
}

Result<std::optional<FalloutCaseRow>> FalloutReader::fallout(qint64 caseId) const
{
    const QString what = QStringLiteral("read fallout case %1").arg(caseId);
    QSqlQuery query(m_database);
    if (!query.prepare(QStringLiteral("SELECT order_id, step_id, state FROM fallout_cases WHERE id = ?")))
        return queryError(query, what);
    query.addBindValue(caseId);
    if (!query.exec())
        return queryError(query, what);
    if (!query.next())
        return std::optional<FalloutCaseRow>();
    return std::optional<FalloutCaseRow>(
        FalloutCaseRow { query.value(0).toString(), query.value(1).toString(), query.value(2).toString() });
}

Result<std::optional<LastAttemptRow>> FalloutReader::lastAttempt(const QString& orderId, const QString& stepId) const
{
    const QString what = QStringLiteral("read the last attempt of order %1 step %2").arg(orderId, stepId);
    QSqlQuery query(m_database);
    if (!query.prepare(QStringLiteral("SELECT idempotency_key, COALESCE(request, ''), COALESCE(certainty, '') FROM attempts "
                                      "WHERE order_id = ? AND step_id = ? ORDER BY series DESC, attempt DESC LIMIT 1")))
        return queryError(query, what);
    query.addBindValue(orderId);
    query.addBindValue(stepId);
    if (!query.exec())
        return queryError(query, what);
    if (!query.next())
        return std::optional<LastAttemptRow>();
    return std::optional<LastAttemptRow>(
        LastAttemptRow { query.value(0).toString(), query.value(1).toString(), query.value(2).toString() == QStringLiteral("unknown") });
}

Result<std::optional<QString>> FalloutReader::orderState(const QString& orderId) const
{
    const QString what = QStringLiteral("read the state of order %1").arg(orderId);
    QSqlQuery query(m_database);
    if (!query.prepare(QStringLiteral("SELECT state FROM orders WHERE id = ?")))
        return queryError(query, what);
    query.addBindValue(orderId);
    if (!query.exec())
        return queryError(query, what);
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

} // namespace fw
