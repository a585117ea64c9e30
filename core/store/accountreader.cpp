// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accountreader.h"

#include "sqlitequery.h"

namespace fw {

namespace {
    const QString accountReaderNotSqlite = QStringLiteral("the store connection is not an open SQLite database");
} // namespace

AccountReader::AccountReader(QSqlDatabase database)
    : m_database(std::move(database))
{
}

Result<std::vector<AccountListing>> AccountReader::accounts() const
{
    const QString what = QStringLiteral("list the accounts");
    sqlite3* handle = SqliteQuery::handleOf(m_database);
    if (!handle)
        return failure(accountReaderNotSqlite, QString(), what);
    SqliteQuery query(
        handle,
        "SELECT a.account_id, "
        "(SELECT o.account_name FROM orders o WHERE o.account_id = a.account_id ORDER BY o.created_at DESC, o.id DESC LIMIT 1), "
        "(SELECT COUNT(*) FROM orders o WHERE o.account_id = a.account_id), "
        "(SELECT COUNT(*) FROM assets s WHERE s.account_id = a.account_id) "
        "FROM (SELECT account_id FROM orders UNION SELECT account_id FROM assets) a");
    std::vector<AccountListing> accounts;
    while (query.next()) {
        const QString id = query.text(0);
        const QString name = query.isNull(1) || query.text(1).isEmpty() ? id : query.text(1);
        accounts.push_back({ id, name, int(query.integer(2)), int(query.integer(3)) });
    }
    if (!query.error().isEmpty())
        return failure(query.error(), QString(), what);
    std::sort(accounts.begin(), accounts.end(), [](const AccountListing& a, const AccountListing& b) {
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return accounts;
}

Result<std::optional<AccountHeader>> AccountReader::header(const QString& accountId) const
{
    const QString what = QStringLiteral("read account");
    sqlite3* handle = SqliteQuery::handleOf(m_database);
    if (!handle)
        return failure(accountReaderNotSqlite, accountId, what);
    SqliteQuery query(handle,
                      "SELECT (SELECT COUNT(*) FROM orders WHERE account_id = ?1), (SELECT COUNT(*) FROM assets WHERE account_id = ?1), "
                      "o.account_name, json_extract(o.document, '$.account.region'), json_extract(o.document, '$.account.segment'), "
                      "json_extract(o.document, '$.account.country') "
                      "FROM (SELECT 1) LEFT JOIN (SELECT account_name, document FROM orders WHERE account_id = ?1 "
                      "ORDER BY created_at DESC, id DESC LIMIT 1) o");
    query.bind(1, accountId);
    if (!query.next())
        return failure(query.error().isEmpty() ? QStringLiteral("no answer") : query.error(), accountId, what);
    const int orders = int(query.integer(0));
    const int assets = int(query.integer(1));
    if (orders == 0 && assets == 0)
        return std::optional<AccountHeader>();
    const auto text = [&query](int column) { return query.isNull(column) ? QString() : query.text(column); };
    AccountHeader header { accountId, text(2), text(3), text(4), text(5), orders, assets };
    if (header.name.isEmpty())
        header.name = accountId;
    return std::optional<AccountHeader>(std::move(header));
}

Result<std::vector<AccountOrder>> AccountReader::orders(const QString& accountId) const
{
    const QString what = QStringLiteral("read the orders of account");
    sqlite3* handle = SqliteQuery::handleOf(m_database);
    if (!handle)
        return failure(accountReaderNotSqlite, accountId, what);
    SqliteQuery query(handle,
                      "SELECT id, state, created_at, ordered_at, requested_date, catalog_id FROM orders WHERE account_id = ?1 "
                      "ORDER BY created_at DESC, id DESC");
    query.bind(1, accountId);
    std::vector<AccountOrder> orders;
    while (query.next()) {
        AccountOrder order;
        order.id = query.text(0);
        order.state = query.text(1);
        order.createdAt = query.time(2);
        order.orderedAt = query.isNull(3) ? QDateTime() : QDateTime::fromString(query.text(3), Qt::ISODate);
        order.requestedDate = query.isNull(4) ? QDate() : QDate::fromString(query.text(4).left(10), Qt::ISODate);
        order.catalogId = query.text(5);
        orders.push_back(std::move(order));
    }
    if (!query.error().isEmpty())
        return failure(query.error(), accountId, what);
    return orders;
}

Result<bool> AccountReader::hasOrder(const QString& orderId) const
{
    auto catalog = catalogOf(orderId);
    if (!catalog)
        return catalog.error();
    return !catalog->isNull();
}

Result<QString> AccountReader::catalogOf(const QString& orderId) const
{
    const QString what = QStringLiteral("read order");
    sqlite3* handle = SqliteQuery::handleOf(m_database);
    if (!handle)
        return failure(accountReaderNotSqlite, orderId, what);
    SqliteQuery query(handle, "SELECT catalog_id FROM orders WHERE id = ?1");
    query.bind(1, orderId);
    if (query.next())
        return query.text(0).isNull() ? QStringLiteral("") : query.text(0);
    if (!query.error().isEmpty())
        return failure(query.error(), orderId, what);
    return QString();
}

Result<QString> AccountReader::accountOf(const QString& orderId) const
{
    const QString what = QStringLiteral("read the account of order");
    sqlite3* handle = SqliteQuery::handleOf(m_database);
    if (!handle)
        return failure(accountReaderNotSqlite, orderId, what);
    SqliteQuery query(handle, "SELECT account_id FROM orders WHERE id = ?1");
    query.bind(1, orderId);
    if (query.next())
        return query.text(0);
    if (!query.error().isEmpty())
        return failure(query.error(), orderId, what);
    return QString();
}

} // namespace fw
