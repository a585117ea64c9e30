#include "syncledger.h"

#include "common/clock.h"

#include <QSqlError>
#include <QSqlQuery>

namespace fw {

namespace {
    std::optional<QString> run(QSqlQuery& query)
    {
        if (query.exec())
            return std::nullopt;
        return QStringLiteral("local store: ") + query.lastError().text();
    }
} // namespace

SyncLedger::SyncLedger(QSqlDatabase database)
    : m_database(std::move(database))
{
}

QString SyncLedger::value(const QString& key, const QString& fallback) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

std::optional<QString> SyncLedger::setValue(const QString& key, const QString& value)
{
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return run(query);
}

QHash<QString, qint64> SyncLedger::leases() const
{
    QHash<QString, qint64> held;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT order_id, fencing_token FROM sync_leases"))) {
        while (query.next())
            held.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    return held;
}

std::optional<QString> SyncLedger::holdLease(const Lease& lease)
{
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("INSERT INTO sync_leases (order_id, fencing_token, expires_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (order_id) DO UPDATE SET fencing_token = excluded.fencing_token, expires_at = excluded.expires_at"));
    query.addBindValue(lease.orderId);
    query.addBindValue(lease.fencingToken);
    query.addBindValue(toStoreTime(lease.expiresAt));
    return run(query);
}

std::optional<QString> SyncLedger::dropLease(const QString& orderId)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM sync_leases WHERE order_id = ?"));
    query.addBindValue(orderId);
    return run(query);
}

std::optional<QString> SyncLedger::addConflict(const QDateTime& at, const QString& orderId, const QString& kind, const QString& detail,
                                               const QString& events)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO sync_conflicts (at, order_id, kind, detail, events) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(toStoreTime(at));
    query.addBindValue(orderId);
    query.addBindValue(kind);
    query.addBindValue(detail);
    query.addBindValue(events.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(events));
    return run(query);
}

std::vector<SyncConflict> SyncLedger::conflicts(bool includeAcknowledged) const
{
    std::vector<SyncConflict> found;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.exec(
        QStringLiteral("SELECT id, at, COALESCE(order_id, ''), kind, detail, COALESCE(events, '') FROM sync_conflicts %1 ORDER BY id")
            .arg(includeAcknowledged ? QString() : QStringLiteral("WHERE acknowledged = 0")));
    while (query.next()) {
        found.push_back({ query.value(0).toLongLong(), fromStoreTimeText(query.value(1).toString()), query.value(2).toString(),
                          query.value(3).toString(), query.value(4).toString(), query.value(5).toString() });
    }
    return found;
}

int SyncLedger::openConflicts() const
{
    QSqlQuery query(m_database);
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM sync_conflicts WHERE acknowledged = 0")) && query.next())
        return query.value(0).toInt();
    return 0;
}

std::optional<QString> SyncLedger::acknowledgeConflict(qint64 id)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE sync_conflicts SET acknowledged = 1 WHERE id = ?"));
    query.addBindValue(id);
    return run(query);
}

std::variant<qint64, QString> SyncLedger::queueCommand(const QDateTime& at, const QString& orderId, const QString& request,
                                                       const QString& actor)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO sync_outbox (at, order_id, request, actor) VALUES (?, ?, ?, ?)"));
    query.addBindValue(toStoreTime(at));
    query.addBindValue(orderId);
    query.addBindValue(request);
    query.addBindValue(actor);
    if (auto error = run(query))
        return *error;
    return query.lastInsertId().toLongLong();
}

std::vector<QueuedCommand> SyncLedger::commands(const QString& state) const
{
    std::vector<QueuedCommand> found;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, order_id, request, actor, state, COALESCE(error, ''), at FROM sync_outbox WHERE state = ? ORDER BY id"));
    query.addBindValue(state);
    if (query.exec()) {
        while (query.next()) {
            found.push_back({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                              query.value(4).toString(), query.value(5).toString(), fromStoreTimeText(query.value(6).toString()) });
        }
    }
    return found;
}

std::optional<QueuedCommand> SyncLedger::command(qint64 id) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT id, order_id, request, actor, state, COALESCE(error, ''), at FROM sync_outbox WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return QueuedCommand { query.value(0).toLongLong(),
                           query.value(1).toString(),
                           query.value(2).toString(),
                           query.value(3).toString(),
                           query.value(4).toString(),
                           query.value(5).toString(),
                           fromStoreTimeText(query.value(6).toString()) };
}

std::optional<QString> SyncLedger::setCommandState(qint64 id, const QString& state, const QString& error, const QDateTime& at)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE sync_outbox SET state = ?, error = ?, finished_at = ? WHERE id = ?"));
    query.addBindValue(state);
    query.addBindValue(error.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(error));
    query.addBindValue(state == QStringLiteral("done") || state == QStringLiteral("failed") ? QVariant(toStoreTime(at))
                                                                                            : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(id);
    return run(query);
}

int SyncLedger::queuedCommands() const
{
    QSqlQuery query(m_database);
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE state IN ('queued', 'sent')")) && query.next())
        return query.value(0).toInt();
    return 0;
}

qint64 SyncLedger::unpushedEvents() const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM journal WHERE seq > ? AND origin = 'local' AND order_id IS NOT NULL"));
    query.addBindValue(number(QStringLiteral("pushed_through")));
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return 0;
}

std::optional<QString> SyncLedger::markReplica(const QString& orderId, const QString& owner)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE orders SET replica_of = ? WHERE id = ?"));
    query.addBindValue(owner);
    query.addBindValue(orderId);
    return run(query);
}

bool SyncLedger::supersede(qint64 id, const QDateTime& at)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE sync_outbox SET state = 'superseded', finished_at = ? WHERE id = ? AND state = 'queued'"));
    query.addBindValue(toStoreTime(at));
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

bool SyncLedger::rewriteQueued(qint64 id, const QString& request)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE sync_outbox SET request = ? WHERE id = ? AND state = 'queued'"));
    query.addBindValue(request);
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

bool SyncLedger::failUndecidedClaim(qint64 id, const QString& error, const QDateTime& at)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE sync_outbox SET state = 'failed', error = ?, finished_at = ? "
                                 "WHERE id = ? AND state = 'queued' AND request LIKE '%\"decideFirst\"%'"));
    query.addBindValue(error);
    query.addBindValue(toStoreTime(at));
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

QString SyncLedger::replicaOwner(const QString& orderId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT replica_of FROM orders WHERE id = ?"));
    query.addBindValue(orderId);
    if (query.exec() && query.next() && !query.value(0).isNull())
        return query.value(0).toString();
    return {};
}

} // namespace fw
