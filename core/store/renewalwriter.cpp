// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "renewalwriter.h"

#include "common/clock.h"
#include "journal.h"
#include "sqlitequery.h"
#include "transactionguard.h"

#include <QSqlError>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

namespace fw {

namespace {
    QString renewalDateText(const QDate& date)
    {
        return date.toString(Qt::ISODate);
    }

    nlohmann::json renewalPayload(const Renewal& renewal)
    {
        return { { "renewal", renewal.id },
                 { "asset", renewal.assetId.toStdString() },
                 { "account", renewal.accountId.toStdString() },
                 { "termEnd", renewalDateText(renewal.termEnd).toStdString() },
                 { "dueDate", renewalDateText(renewal.dueDate).toStdString() },
                 { "value", renewal.value },
                 { "currency", renewal.currency.toStdString() } };
    }

    Status journalRenewal(QSqlDatabase& database, const Renewal& renewal, const char* kind, const QString& actor, const QDateTime& now,
                          const QString& before, const QString& after, nlohmann::json payload)
    {
        JournalEvent event;
        event.at = now;
        event.kind = QString::fromLatin1(kind);
        event.actor = actor;
        event.beforeState = before;
        event.afterState = after;
        event.payload = QString::fromStdString(payload.dump());
        if (Status recorded = Journal::record(database, event); !recorded)
            return recorded.error().in(QStringLiteral("journal %1").arg(event.kind), QString::number(renewal.id));
        return {};
    }
} // namespace

RenewalWriter::RenewalWriter(QSqlDatabase database)
    : m_database(std::move(database))
{
}

Result<std::vector<Renewal>> RenewalWriter::open(const std::vector<Renewal>& renewals, const QDateTime& now, const QString& actor)
{
    const QString what = QStringLiteral("open renewals");
    sqlite3* handle = SqliteQuery::handleOf(m_database);
    if (!handle)
        return failure(QStringLiteral("the store connection is not an open SQLite database"), {}, what);
    TransactionGuard transaction(m_database);
    if (!transaction.isActive())
        return failure(m_database.lastError().text(), {}, what);
    std::vector<Renewal> opened;
    {
        SqliteQuery insert(handle,
                           "INSERT OR IGNORE INTO renewals (asset_id, account_id, product, term_start, term_end, term_months, due_date, "
                           "state, value, currency, opened_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'open', ?8, ?9, ?10, ?10)");
        for (const Renewal& renewal : renewals) {
            const std::vector<SqlValue> row { SqlValue::of(renewal.assetId),
                                              SqlValue::of(renewal.accountId),
                                              SqlValue::of(renewal.product),
                                              SqlValue::of(renewalDateText(renewal.termStart)),
                                              SqlValue::of(renewalDateText(renewal.termEnd)),
                                              SqlValue::of(qint64(renewal.termMonths)),
                                              SqlValue::of(renewalDateText(renewal.dueDate)),
                                              SqlValue::of(QString::number(renewal.value, 'f', 2)),
                                              SqlValue::nullable(renewal.currency),
                                              SqlValue::of(toStoreTime(now)) };
            if (!insert.run(row.data(), int(row.size())))
                return failure(insert.error(), renewal.assetId, what);
            if (sqlite3_changes(handle) == 0)
                continue; // opened before: once per asset and term end
            Renewal added = renewal;
            added.id = sqlite3_last_insert_rowid(handle);
            added.state = Renewal::State::Open;
            added.openedAt = now;
            added.updatedAt = now;
            if (Status journalled
                = journalRenewal(m_database, added, "renewal.opened", actor, now, {}, QStringLiteral("open"), renewalPayload(added));
                !journalled)
                return journalled.error();
            opened.push_back(std::move(added));
        }
    }
    if (!transaction.commit())
        return failure(m_database.lastError().text(), {}, what);
    return opened;
}

Status RenewalWriter::claim(const Renewal& renewal, const QString& user, const QDateTime& now)
{
    const QString what = QStringLiteral("claim renewal");
    const QString id = QString::number(renewal.id);
    sqlite3* handle = SqliteQuery::handleOf(m_database);
    if (!handle)
        return failure(QStringLiteral("the store connection is not an open SQLite database"), id, what);
    TransactionGuard transaction(m_database);
    if (!transaction.isActive())
        return failure(m_database.lastError().text(), id, what);
    {
        SqliteQuery update(handle,
                           "UPDATE renewals SET state = 'claimed', claimed_by = ?2, claimed_at = ?3, updated_at = ?3 "
                           "WHERE id = ?1 AND (state = 'open' OR (state = 'claimed' AND claimed_by = ?2))");
        const std::vector<SqlValue> row { SqlValue::of(renewal.id), SqlValue::of(user), SqlValue::of(toStoreTime(now)) };
        if (!update.run(row.data(), int(row.size())))
            return failure(update.error(), id, what);
        if (sqlite3_changes(handle) == 0)
            return failure(QStringLiteral("renewal %1 is no longer open").arg(id), id, what);
    }
    if (Status journalled = journalRenewal(m_database, renewal, "renewal.claimed", user, now, toString(renewal.state),
                                           QStringLiteral("claimed"), renewalPayload(renewal));
        !journalled)
        return journalled;
    if (!transaction.commit())
        return failure(m_database.lastError().text(), id, what);
    return {};
}

Status RenewalWriter::renew(const Renewal& renewal, const QString& user, const QDateTime& now)
{
    return decide(renewal, Renewal::State::Renewed, user, {}, now);
}

Status RenewalWriter::decline(const Renewal& renewal, const QString& user, const QString& reason, const QDateTime& now)
{
    return decide(renewal, Renewal::State::Declined, user, reason, now);
}

Status RenewalWriter::decide(const Renewal& renewal, Renewal::State to, const QString& user, const QString& reason, const QDateTime& now)
{
    const bool renewed = to == Renewal::State::Renewed;
    const QString what = renewed ? QStringLiteral("renew") : QStringLiteral("decline renewal");
    const QString id = QString::number(renewal.id);
    sqlite3* handle = SqliteQuery::handleOf(m_database);
    if (!handle)
        return failure(QStringLiteral("the store connection is not an open SQLite database"), id, what);
    TransactionGuard transaction(m_database);
    if (!transaction.isActive())
        return failure(m_database.lastError().text(), id, what);
    const QString at = toStoreTime(now);
    const QDate nextEnd = renewal.termEnd.addMonths(renewal.termMonths);
    {
        SqliteQuery update(handle,
                           "UPDATE renewals SET state = ?2, claimed_by = COALESCE(claimed_by, ?3), claimed_at = COALESCE(claimed_at, ?5), "
                           "decided_by = ?3, decided_at = ?5, reason = ?4, updated_at = ?5 "
                           "WHERE id = ?1 AND (state = 'open' OR (state = 'claimed' AND claimed_by = ?3))");
        const std::vector<SqlValue> row { SqlValue::of(renewal.id), SqlValue::of(toString(to)), SqlValue::of(user),
                                          SqlValue::nullable(reason), SqlValue::of(at) };
        if (!update.run(row.data(), int(row.size())))
            return failure(update.error(), id, what);
        if (sqlite3_changes(handle) == 0)
            return failure(QStringLiteral("renewal %1 is no longer open").arg(id), id, what);
    }
    // The asset and the components that share its term; a decline touches the root's history only.
    std::vector<QString> assets;
    {
        SqliteQuery select(
            handle, "SELECT id FROM assets WHERE (id = ?1 OR parent_asset = ?1) AND term_end = ?2 ORDER BY parent_asset IS NOT NULL, id");
        select.bind(1, renewal.assetId);
        select.bind(2, renewalDateText(renewal.termEnd));
        while (select.next())
            assets.push_back(select.text(0));
        if (!select.error().isEmpty())
            return failure(select.error(), renewal.assetId, what);
        if (!renewed && assets.size() > 1)
            assets.resize(1);
    }
    const nlohmann::json before { { "term",
                                    { { "start", renewalDateText(renewal.termStart).toStdString() },
                                      { "end", renewalDateText(renewal.termEnd).toStdString() } } } };
    nlohmann::json after = before;
    if (renewed)
        after = { { "term",
                    { { "start", renewalDateText(renewal.termEnd).toStdString() }, { "end", renewalDateText(nextEnd).toStdString() } } } };
    else
        after["reason"] = reason.toStdString();
    {
        SqliteQuery term(handle,
                         "UPDATE assets SET term_start = ?2, term_end = ?3, revision = revision + 1, updated_at = ?4 WHERE id = ?1");
        SqliteQuery event(
            handle,
            "INSERT INTO asset_events (asset_id, seq, at, kind, order_id, change_orders, actor, before, after, revision) "
            "VALUES (?1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM asset_events WHERE asset_id = ?1), ?2, ?3, NULL, '[]', ?4, ?5, ?6, "
            "(SELECT revision FROM assets WHERE id = ?1))"); // a renewal's: the revision it made; a decline's: the one it saw
        for (const QString& asset : assets) {
            if (renewed) {
                const std::vector<SqlValue> row { SqlValue::of(asset), SqlValue::of(renewalDateText(renewal.termEnd)),
                                                  SqlValue::of(renewalDateText(nextEnd)), SqlValue::of(at) };
                if (!term.run(row.data(), int(row.size())))
                    return failure(term.error(), asset, what);
            }
            const std::vector<SqlValue> row { SqlValue::of(asset),
                                              SqlValue::of(at),
                                              renewed ? SqlValue::of(QStringLiteral("renewed"))
                                                      : SqlValue::of(QStringLiteral("renewal declined")),
                                              SqlValue::of(user),
                                              SqlValue::of(QString::fromStdString(before.dump())),
                                              SqlValue::of(QString::fromStdString(after.dump())) };
            if (!event.run(row.data(), int(row.size())))
                return failure(event.error(), asset, what);
        }
    }
    nlohmann::json payload = renewalPayload(renewal);
    if (renewed)
        payload["newTermEnd"] = renewalDateText(nextEnd).toStdString();
    else
        payload["reason"] = reason.toStdString();
    if (Status journalled = journalRenewal(m_database, renewal, renewed ? "renewal.renewed" : "renewal.declined", user, now,
                                           toString(renewal.state), toString(to), payload);
        !journalled)
        return journalled;
    if (!transaction.commit())
        return failure(m_database.lastError().text(), id, what);
    return {};
}

} // namespace fw
