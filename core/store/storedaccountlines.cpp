#include "storedaccountlines.h"

#include <QSqlQuery>

namespace fw {

QString StoredAccountLines::ownerOf(const QString& accountId, const QString& product) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT owner_order FROM fulfillment_lines WHERE account_id = ? AND product = ? "
                                 "AND scope = 'account' LIMIT 1"));
    query.addBindValue(accountId);
    query.addBindValue(product);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

} // namespace fw
