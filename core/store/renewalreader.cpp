// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "renewalreader.h"

#include "sqlitequery.h"

#include <string>

namespace fw {

namespace {
    constexpr char renewalColumns[]
        = "SELECT id, asset_id, account_id, product, term_start, term_end, term_months, due_date, state, claimed_by, claimed_at, "
          "value, currency, decided_by, decided_at, reason, opened_at, updated_at FROM renewals ";

    QString renewalOptionalText(const SqliteQuery& query, int column)
    {
        return query.isNull(column) ? QString() : query.text(column);
    }

    Status renewalFrom(const SqliteQuery& query, Renewal& renewal)
    {
        renewal.id = query.integer(0);
        renewal.assetId = query.text(1);
        renewal.accountId = query.text(2);
        renewal.product = query.text(3);
        renewal.termStart = QDate::fromString(query.text(4), Qt::ISODate);
        renewal.termEnd = QDate::fromString(query.text(5), Qt::ISODate);
        renewal.termMonths = int(query.integer(6));
        renewal.dueDate = QDate::fromString(query.text(7), Qt::ISODate);
        const auto state = renewalStateFromString(query.text(8));
        if (!state)
            return failure(QStringLiteral("unknown state '%1'").arg(query.text(8)), QString::number(renewal.id),
                           QStringLiteral("read renewal"));
        renewal.state = *state;
        renewal.claimedBy = renewalOptionalText(query, 9);
        renewal.claimedAt = query.time(10);
        renewal.value = query.isNull(11) ? 0.0 : query.real(11);
        renewal.currency = renewalOptionalText(query, 12);
        renewal.decidedBy = renewalOptionalText(query, 13);
        renewal.decidedAt = query.time(14);
        renewal.reason = renewalOptionalText(query, 15);
        renewal.openedAt = query.time(16);
        renewal.updatedAt = query.time(17);
        return {};
    }
} // namespace

RenewalReader::RenewalReader(QSqlDatabase database)
    : m_database(std::move(database))
{
}

Result<std::vector<Renewal>> RenewalReader::list(const RenewalFilter& filter) const
{
    const QString what = QStringLiteral("read the renewals");
    sqlite3* handle = SqliteQuery::handleOf(m_database);
    if (!handle)
        return failure(QStringLiteral("the store connection is not an open SQLite database"), {}, what);
    std::string sql = std::string(renewalColumns) + "WHERE (?1 IS NULL OR due_date <= ?1) AND (?2 IS NULL OR account_id = ?2)";
    if (!filter.states.empty()) {
        sql += " AND state IN (";
        for (std::size_t i = 0; i < filter.states.size(); ++i)
            sql += (i ? ", '" : "'") + toString(filter.states[i]).toStdString() + "'";
        sql += ")";
    }
    sql += " ORDER BY due_date, id";
    SqliteQuery query(handle, sql);
    query.bind(1, filter.dueBy.isValid() ? filter.dueBy.toString(Qt::ISODate) : QString());
    query.bind(2, filter.accountId.isEmpty() ? QString() : filter.accountId);
    std::vector<Renewal> renewals;
    while (query.next()) {
        Renewal renewal;
        if (Status read = renewalFrom(query, renewal); !read)
            return read.error();
        renewals.push_back(std::move(renewal));
    }
    if (!query.error().isEmpty())
        return failure(query.error(), {}, what);
    return renewals;
}

Result<std::optional<Renewal>> RenewalReader::find(qint64 id) const
{
    const QString what = QStringLiteral("read renewal");
    sqlite3* handle = SqliteQuery::handleOf(m_database);
    if (!handle)
        return failure(QStringLiteral("the store connection is not an open SQLite database"), QString::number(id), what);
    SqliteQuery query(handle, std::string(renewalColumns) + "WHERE id = ?1");
    query.bind(1, id);
    if (!query.next()) {
        if (!query.error().isEmpty())
            return failure(query.error(), QString::number(id), what);
        return std::optional<Renewal>();
    }
    Renewal renewal;
    if (Status read = renewalFrom(query, renewal); !read)
        return read.error();
    return std::optional<Renewal>(std::move(renewal));
}

} // namespace fw
