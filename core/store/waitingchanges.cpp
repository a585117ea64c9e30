// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "waitingchanges.h"

#include "queryerror.h"

namespace fw {

WaitingChangesReader::WaitingChangesReader(QSqlDatabase database)
    : m_database(std::move(database))
{
}

Result<std::vector<WaitingChangeRow>> WaitingChangesReader::read() const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, order_id, document, submitted_by FROM change_orders WHERE state = 'waiting' "
                                   "ORDER BY submitted_at, revision")))
        return queryError(query, QStringLiteral("read the change orders waiting for replies"));
    std::vector<WaitingChangeRow> rows;
    while (query.next())
        rows.push_back({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString() });
    return rows;
}

} // namespace fw
