// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "syncledger.h"

#include "common/logging.h"
#include "common/clock.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace fw {

namespace {
    // What failed, in the local store, and SQLite's reason.
    Error ledgerError(const QSqlQuery& query, const QString& what)
    {
        return Error { what, QStringLiteral("in the local store"), query.lastError().text() };
    }

    // Prepares `sql`, binds `values` and runs it: a statement that cannot be prepared (a table
    // missing) is reported with SQLite's reason as well as one that fails to run.
    Status execute(QSqlQuery& query, const QString& sql, const QVariantList& values, const QString& what)
    {
        if (!query.prepare(sql))
            return ledgerError(query, what);
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec())
            return ledgerError(query, what);
        return {};
    }

    Result<bool> runOnQueued(QSqlQuery& query, const QString& sql, const QVariantList& values, const QString& what)
    {
        if (const Status done = execute(query, sql, values, what); !done)
            return done.error();
        return query.numRowsAffected() == 1;
    }

    QueuedCommand queuedAt(const QSqlQuery& query)
    {
        return { query.value(0).toLongLong(),
                 query.value(1).toString(),
                 query.value(2).toString(),
                 query.value(3).toString(),
                 query.value(4).toString(),
                 query.value(5).toString(),
                 fromStoreTimeText(query.value(6).toString()) };
    }

    QVariant nullIfEmpty(const QString& text)
    {
        return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
    }
} // namespace

SyncLedger::SyncLedger(QSqlDatabase database)
    : m_database(std::move(database))
{
}

Result<QString> SyncLedger::value(const QString& key, const QString& fallback) const
{
    QSqlQuery query(m_database);
    if (const Status done = execute(query, QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), { QVariant(key) },
                                    QStringLiteral("read sync_state %1").arg(key));
        !done)
        return done.error();
    return query.next() ? query.value(0).toString() : fallback;
}

Status SyncLedger::setValue(const QString& key, const QString& value)
{
    QSqlQuery query(m_database);
    return execute(
        query, QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        { QVariant(key), QVariant(value) }, QStringLiteral("write sync_state %1").arg(key));
}

Result<qint64> SyncLedger::number(const QString& key) const
{
    Result<QString> text = value(key, QStringLiteral("0"));
    if (!text)
        return text.error();
    bool ok = false;
    const qint64 n = text->toLongLong(&ok);
    if (!ok)
        return Error { QStringLiteral("read sync_state %1").arg(key), QStringLiteral("in the local store"),
                       QStringLiteral("'%1' is not a number").arg(*text) };
    return n;
}

Result<QHash<QString, qint64>> SyncLedger::leases() const
{
    QHash<QString, qint64> held;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT order_id, fencing_token FROM sync_leases")))
        return ledgerError(query, QStringLiteral("read the leases held"));
    while (query.next())
        held.insert(query.value(0).toString(), query.value(1).toLongLong());
    return held;
}

Status SyncLedger::holdLease(const QString& orderId, qint64 fencingToken, const QDateTime& expiresAt)
{
    QSqlQuery query(m_database);
    return execute(
        query,
        QStringLiteral("INSERT INTO sync_leases (order_id, fencing_token, expires_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (order_id) DO UPDATE SET fencing_token = excluded.fencing_token, expires_at = excluded.expires_at"),
        { QVariant(orderId), QVariant(fencingToken), QVariant(toStoreTime(expiresAt)) },
        QStringLiteral("keep the lease of order %1").arg(orderId));
}

Status SyncLedger::dropLease(const QString& orderId)
{
    QSqlQuery query(m_database);
    return execute(query, QStringLiteral("DELETE FROM sync_leases WHERE order_id = ?"), { QVariant(orderId) },
                   QStringLiteral("drop the lease of order %1").arg(orderId));
}

Status SyncLedger::addConflict(const QDateTime& at, const QString& orderId, const QString& kind, const QString& detail,
                               const QString& events)
{
    qCInfo(lcSync, "sync: conflict (%s) on order %s: %s", qPrintable(kind), qPrintable(orderId), qPrintable(detail));
    QSqlQuery query(m_database);
    return execute(query, QStringLiteral("INSERT INTO sync_conflicts (at, order_id, kind, detail, events) VALUES (?, ?, ?, ?, ?)"),
                   { QVariant(toStoreTime(at)), QVariant(orderId), QVariant(kind), QVariant(detail), nullIfEmpty(events) },
                   QStringLiteral("record a %1 conflict of order %2").arg(kind, orderId));
}

std::vector<SyncConflict> SyncLedger::conflicts(bool includeAcknowledged) const
{
    std::vector<SyncConflict> found;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT id, at, COALESCE(order_id, ''), kind, detail, COALESCE(events, '') FROM sync_conflicts %1 ORDER BY id")
                .arg(includeAcknowledged ? QString() : QStringLiteral("WHERE acknowledged = 0")))) {
        qCWarning(lcStore).noquote() << ledgerError(query, QStringLiteral("read the sync conflicts")).message();
        return found;
    }
    while (query.next()) {
        found.push_back({ query.value(0).toLongLong(), fromStoreTimeText(query.value(1).toString()), query.value(2).toString(),
                          query.value(3).toString(), query.value(4).toString(), query.value(5).toString() });
    }
    return found;
}

int SyncLedger::openConflicts() const
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sync_conflicts WHERE acknowledged = 0"))) {
        qCWarning(lcStore).noquote() << ledgerError(query, QStringLiteral("count the open sync conflicts")).message();
        return 0;
    }
    return query.next() ? query.value(0).toInt() : 0;
}

Status SyncLedger::acknowledgeConflict(qint64 id)
{
    QSqlQuery query(m_database);
    return execute(query, QStringLiteral("UPDATE sync_conflicts SET acknowledged = 1 WHERE id = ?"), { QVariant(id) },
                   QStringLiteral("acknowledge conflict %1").arg(id));
}

Result<qint64> SyncLedger::queueCommand(const QDateTime& at, const QString& orderId, const QString& request, const QString& actor)
{
    QSqlQuery query(m_database);
    if (const Status done = execute(query, QStringLiteral("INSERT INTO sync_outbox (at, order_id, request, actor) VALUES (?, ?, ?, ?)"),
                                    { QVariant(toStoreTime(at)), QVariant(orderId), QVariant(request), QVariant(actor) },
                                    QStringLiteral("queue a command for order %1").arg(orderId));
        !done)
        return done.error();
    return query.lastInsertId().toLongLong();
}

Result<std::vector<QueuedCommand>> SyncLedger::readCommands(const QString& state) const
{
    std::vector<QueuedCommand> found;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (const Status done
        = execute(query,
                  QStringLiteral(
                      "SELECT id, order_id, request, actor, state, COALESCE(error, ''), at FROM sync_outbox WHERE state = ? ORDER BY id"),
                  { QVariant(state) }, QStringLiteral("read the %1 commands").arg(state));
        !done)
        return done.error();
    while (query.next())
        found.push_back(queuedAt(query));
    return found;
}

std::vector<QueuedCommand> SyncLedger::commands(const QString& state) const
{
    Result<std::vector<QueuedCommand>> found = readCommands(state);
    if (!found) {
        qCWarning(lcStore).noquote() << found.message();
        return {};
    }
    return std::move(found).value();
}

std::optional<QueuedCommand> SyncLedger::command(qint64 id) const
{
    QSqlQuery query(m_database);
    if (const Status done = execute(
            query, QStringLiteral("SELECT id, order_id, request, actor, state, COALESCE(error, ''), at FROM sync_outbox WHERE id = ?"),
            { QVariant(id) }, QStringLiteral("read queued command %1").arg(id));
        !done) {
        qCWarning(lcStore).noquote() << done.message();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return queuedAt(query);
}

Status SyncLedger::setCommandState(qint64 id, const QString& state, const QString& error, const QDateTime& at)
{
    QSqlQuery query(m_database);
    return execute(query, QStringLiteral("UPDATE sync_outbox SET state = ?, error = ?, finished_at = ? WHERE id = ?"),
                   { QVariant(state), nullIfEmpty(error),
                     state == QStringLiteral("done") || state == QStringLiteral("failed") ? QVariant(toStoreTime(at))
                                                                                          : QVariant(QMetaType(QMetaType::QString)),
                     QVariant(id) },
                   QStringLiteral("mark queued command %1 %2").arg(id).arg(state));
}

Result<int> SyncLedger::queuedCommands() const
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE state IN ('queued', 'sent')")))
        return ledgerError(query, QStringLiteral("count the queued commands"));
    return query.next() ? query.value(0).toInt() : 0;
}

Result<qint64> SyncLedger::unpushedEvents() const
{
    const Result<qint64> pushedThrough = number(QStringLiteral("pushed_through"));
    if (!pushedThrough)
        return pushedThrough.error();
    QSqlQuery query(m_database);
    if (const Status done
        = execute(query, QStringLiteral("SELECT COUNT(*) FROM journal WHERE seq > ? AND origin = 'local' AND order_id IS NOT NULL"),
                  { QVariant(*pushedThrough) }, QStringLiteral("count the journal entries not pushed yet"));
        !done)
        return done.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

Status SyncLedger::markReplica(const QString& orderId, const QString& owner)
{
    QSqlQuery query(m_database);
    return execute(query, QStringLiteral("UPDATE orders SET replica_of = ? WHERE id = ?"), { QVariant(owner), QVariant(orderId) },
                   QStringLiteral("mark order %1 a replica of %2").arg(orderId, owner));
}

Result<bool> SyncLedger::supersede(qint64 id, const QDateTime& at)
{
    QSqlQuery query(m_database);
    return runOnQueued(query,
                       QStringLiteral("UPDATE sync_outbox SET state = 'superseded', finished_at = ? WHERE id = ? AND state = 'queued'"),
                       { QVariant(toStoreTime(at)), QVariant(id) }, QStringLiteral("supersede queued command %1").arg(id));
}

Result<bool> SyncLedger::rewriteQueued(qint64 id, const QString& request)
{
    QSqlQuery query(m_database);
    return runOnQueued(query, QStringLiteral("UPDATE sync_outbox SET request = ? WHERE id = ? AND state = 'queued'"),
                       { QVariant(request), QVariant(id) }, QStringLiteral("rewrite queued command %1").arg(id));
}

Result<bool> SyncLedger::failUndecidedClaim(qint64 id, const QString& error, const QDateTime& at)
{
    QSqlQuery query(m_database);
    return runOnQueued(query,
                       QStringLiteral("UPDATE sync_outbox SET state = 'failed', error = ?, finished_at = ? "
                                      "WHERE id = ? AND state = 'queued' AND request LIKE '%\"decideFirst\"%'"),
                       { QVariant(error), QVariant(toStoreTime(at)), QVariant(id) }, QStringLiteral("fail queued claim %1").arg(id));
}

QString SyncLedger::replicaOwner(const QString& orderId) const
{
    QSqlQuery query(m_database);
    if (const Status done = execute(query, QStringLiteral("SELECT replica_of FROM orders WHERE id = ?"), { QVariant(orderId) },
                                    QStringLiteral("read the owner of order %1").arg(orderId));
        !done) {
        qCWarning(lcStore).noquote() << done.message();
        return {};
    }
    if (query.next() && !query.value(0).isNull())
        return query.value(0).toString();
    return {};
}

} // namespace fw
