// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storedaccountlines.h"

#include <QSqlError>
#include <QSqlQuery>

namespace fw {

QString StoredAccountLines::ownerOf(const QString& accountId, const QString& product) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT owner_order FROM fulfillment_lines WHERE account_id = ? AND product = ? "
                                 "AND scope = 'account' LIMIT 1"));
    query.addBindValue(accountId);
    query.addBindValue(product);
    if (!query.exec()) {
        if (!m_failure)
            m_failure = failure(query.lastError().text(), QStringLiteral("account %1").arg(accountId),
                                QStringLiteral("look up the account lines of"));
        return {};
    }
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace fw
