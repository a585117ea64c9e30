// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// AssetSyncStore: the assets' sync on the local side (docs/assets.md, "Sync"; docs/sync.md, "Assets").
#include "assetsyncstore.h"

#include "transactionguard.h"

#include <nlohmann/json.hpp>

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace fw {

namespace {
    Error assetSyncError(const QSqlQuery& query, const QString& what)
    {
        return Error { what, QStringLiteral("in the local store"), query.lastError().text() };
    }

    Status runAssetSync(QSqlQuery& query, const QString& sql, const QVariantList& values, const QString& what)
    {
        if (!query.prepare(sql))
            return assetSyncError(query, what);
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec())
            return assetSyncError(query, what);
        return {};
    }

    // The current row as a JSON object of its columns.
    nlohmann::json rowObject(const QSqlQuery& query)
    {
        nlohmann::json object = nlohmann::json::object();
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i) {
            const QVariant value = query.value(i);
            const std::string name = record.fieldName(i).toStdString();
            if (value.isNull())
                object[name] = nullptr;
            else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
                object[name] = value.toLongLong();
            else if (value.typeId() == QMetaType::Double)
                object[name] = value.toDouble();
            else
                object[name] = value.toString().toStdString();
        }
        return object;
    }

    // A JSON value as a bind value, read without exceptions (typed pointers, never get<>()).
    QVariant boundValue(const nlohmann::json& value)
    {
        if (const auto* integer = value.get_ptr<const nlohmann::json::number_integer_t*>())
            return QVariant(qint64(*integer));
        if (const auto* unsignedInteger = value.get_ptr<const nlohmann::json::number_unsigned_t*>())
            return QVariant(qint64(*unsignedInteger));
        if (const auto* real = value.get_ptr<const nlohmann::json::number_float_t*>())
            return QVariant(double(*real));
        if (const auto* text = value.get_ptr<const nlohmann::json::string_t*>())
            return QVariant(QString::fromStdString(*text));
        if (value.is_null())
            return QVariant(QMetaType(QMetaType::QString));
        return QVariant(QString::fromStdString(value.dump()));
    }

    QString text(const nlohmann::json& object)
    {
        return QString::fromStdString(object.dump());
    }

    QStringList columnsOf(const QSqlDatabase& database, const QString& table)
    {
        QStringList columns;
        const QSqlRecord record = database.record(table);
        for (int i = 0; i < record.count(); ++i)
            columns << record.fieldName(i);
        return columns;
    }

    // INSERT ... ON CONFLICT DO UPDATE of the JSON object's keys that are columns of the table.
    Status upsertObject(QSqlDatabase& database, const QString& table, const QStringList& columns, const QString& key, const QString& json,
                        const QString& what)
    {
        const nlohmann::json object = nlohmann::json::parse(json.toStdString(), nullptr, false);
        if (object.is_discarded() || !object.is_object())
            return failure(QStringLiteral("not a JSON object"), what);
        QStringList names, marks, updates;
        QVariantList values;
        for (const QString& column : columns) {
            const auto found = object.find(column.toStdString());
            if (found == object.end())
                continue;
            names << column;
            marks << QStringLiteral("?");
            updates << column + QStringLiteral(" = excluded.") + column;
            values << boundValue(*found);
        }
        if (names.isEmpty())
            return failure(QStringLiteral("names none of the table's columns"), what);
        QSqlQuery query(database);
        return runAssetSync(
            query,
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5")
                .arg(table, names.join(QLatin1Char(',')), marks.join(QLatin1Char(',')), key, updates.join(QLatin1Char(','))),
            values, what);
    }
} // namespace

AssetSyncStore::AssetSyncStore(QSqlDatabase database)
    : m_database(std::move(database))
    , m_assetColumns(columnsOf(m_database, QStringLiteral("assets")))
    , m_eventColumns(columnsOf(m_database, QStringLiteral("asset_events")))
{
}

Result<std::vector<PendingAsset>> AssetSyncStore::pending(int limit)
{
    // One read transaction: each asset's row and history as one state of the store.
    if (!m_database.transaction())
        return failure(m_database.lastError().text(), QStringLiteral("in the local store"), QStringLiteral("read the assets to push"));
    struct EndRead {
        QSqlDatabase& database;
        ~EndRead() { database.rollback(); }
    } endRead { m_database };
    std::vector<PendingAsset> found;
    QSqlQuery queue(m_database);
    if (const Status read = runAssetSync(queue,
                                         QStringLiteral("SELECT o.asset_id, o.changes, COALESCE(s.revision, 0), COALESCE(s.event_seq, 0) "
                                                        "FROM asset_outbox o LEFT JOIN asset_sync s ON s.asset_id = o.asset_id "
                                                        "ORDER BY o.rowid LIMIT ?"),
                                         { QVariant(limit) }, QStringLiteral("read the asset outbox"));
        !read)
        return read.error();
    while (queue.next()) {
        PendingAsset p;
        p.asset.id = queue.value(0).toString();
        p.changes = queue.value(1).toLongLong();
        p.baseRevision = queue.value(2).toLongLong();
        p.pushedEventSeq = queue.value(3).toLongLong();
        found.push_back(std::move(p));
    }
    QSqlQuery row(m_database);
    QSqlQuery events(m_database);
    for (PendingAsset& p : found) {
        const QString what = QStringLiteral("read asset %1 to push").arg(p.asset.id);
        if (const Status read = runAssetSync(row, QStringLiteral("SELECT * FROM assets WHERE id = ?"), { QVariant(p.asset.id) }, what);
            !read)
            return read.error();
        if (!row.next())
            continue; // gone here: nothing to push (markPushed drops it from the queue)
        const nlohmann::json object = rowObject(row);
        p.asset.json = text(object);
        p.asset.accountId = row.value(QStringLiteral("account_id")).toString();
        p.asset.revision = row.value(QStringLiteral("revision")).toLongLong();
        p.asset.orderId = row.value(QStringLiteral("source_order")).toString();
        if (const Status read
            = runAssetSync(events, QStringLiteral("SELECT * FROM asset_events WHERE asset_id = ? AND seq > ? ORDER BY seq"),
                           { QVariant(p.asset.id), QVariant(p.pushedEventSeq) }, what);
            !read)
            return read.error();
        while (events.next()) {
            SyncAssetEvent e;
            e.seq = events.value(QStringLiteral("seq")).toLongLong();
            e.orderId = events.value(QStringLiteral("order_id")).toString();
            e.at = events.value(QStringLiteral("at")).toString();
            e.kind = events.value(QStringLiteral("kind")).toString();
            e.json = text(rowObject(events));
            if (!e.orderId.isEmpty())
                p.asset.orderId = p.fencingOrder = e.orderId;
            p.asset.events.push_back(std::move(e));
        }
    }
    return found;
}

Result<qint64> AssetSyncStore::queued() const
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM asset_outbox")) || !query.next())
        return assetSyncError(query, QStringLiteral("count the assets to push"));
    return query.value(0).toLongLong();
}

Status AssetSyncStore::setSynced(const QString& assetId, qint64 revision, qint64 eventSeq, const QString& writtenBy)
{
    QSqlQuery query(m_database);
    return runAssetSync(query,
                        QStringLiteral("INSERT INTO asset_sync (asset_id, revision, event_seq, written_by) VALUES (?, ?, ?, ?) "
                                       "ON CONFLICT (asset_id) DO UPDATE SET revision = excluded.revision, "
                                       "event_seq = MAX(event_seq, excluded.event_seq), written_by = excluded.written_by"),
                        { QVariant(assetId), QVariant(revision), QVariant(eventSeq), QVariant(writtenBy) },
                        QStringLiteral("note asset %1 as synced").arg(assetId));
}

Status AssetSyncStore::markPushed(const std::vector<PendingAsset>& batch, const std::vector<std::size_t>& pushed)
{
    const QString what = QStringLiteral("note %1 assets as pushed").arg(pushed.size());
    TransactionGuard transaction(m_database); // one commit for the batch
    if (!transaction.isActive())
        return failure(m_database.lastError().text(), QStringLiteral("in the local store"), what);
    QSqlQuery query(m_database);
    for (std::size_t index : pushed) {
        const PendingAsset& p = batch[index];
        if (!p.asset.json.isEmpty()) {
            const qint64 newest = p.asset.events.empty() ? p.pushedEventSeq : p.asset.events.back().seq;
            if (const Status kept = setSynced(p.asset.id, p.asset.revision, newest, QStringLiteral("")); !kept)
                return kept;
        }
        if (const Status done
            = runAssetSync(query, QStringLiteral("DELETE FROM asset_outbox WHERE asset_id = ? AND changes = ?"),
                           { QVariant(p.asset.id), QVariant(p.changes) }, QStringLiteral("note asset %1 as pushed").arg(p.asset.id));
            !done)
            return done;
    }
    if (!transaction.commit())
        return failure(m_database.lastError().text(), QStringLiteral("in the local store"), what);
    return {};
}

Status AssetSyncStore::writeRemote(const SyncAsset& remote)
{
    const QString what = QStringLiteral("write asset %1 from %2").arg(remote.id, remote.workstation);
    if (const Status written = upsertObject(m_database, QStringLiteral("assets"), m_assetColumns, QStringLiteral("id"), remote.json, what);
        !written)
        return written;
    // Its history as the remote store has it (an entry of a refused change made here goes).
    QSqlQuery query(m_database);
    if (const Status cleared
        = runAssetSync(query, QStringLiteral("DELETE FROM asset_events WHERE asset_id = ?"), { QVariant(remote.id) }, what);
        !cleared)
        return cleared;
    qint64 newest = 0;
    for (const SyncAssetEvent& e : remote.events) {
        if (const Status written
            = upsertObject(m_database, QStringLiteral("asset_events"), m_eventColumns, QStringLiteral("asset_id, seq"), e.json, what);
            !written)
            return written;
        newest = std::max(newest, e.seq);
    }
    if (const Status kept = setSynced(remote.id, remote.revision, newest, remote.workstation); !kept)
        return kept;
    // Written by the sync, not changed here: nothing to push (the triggers queued it).
    return runAssetSync(query, QStringLiteral("DELETE FROM asset_outbox WHERE asset_id = ?"), { QVariant(remote.id) }, what);
}

Result<bool> AssetSyncStore::applyPulled(const SyncAsset& remote)
{
    QSqlQuery query(m_database);
    if (const Status read = runAssetSync(
            query,
            QStringLiteral("SELECT a.revision, EXISTS (SELECT 1 FROM asset_outbox o WHERE o.asset_id = a.id) FROM assets a WHERE a.id = ?"),
            { QVariant(remote.id) }, QStringLiteral("read asset %1").arg(remote.id));
        !read)
        return read.error();
    if (query.next()) {
        if (query.value(1).toBool())
            return false; // changed here, not pushed yet: the push decides (a conflict if the remote copy moved on)
        if (query.value(0).toLongLong() >= remote.revision)
            return false;
    }
    if (const Status written = writeRemote(remote); !written)
        return written.error();
    return true;
}

Result<QString> AssetSyncStore::replaceWithRemote(const QString& assetId, const std::optional<SyncAsset>& remote)
{
    const QString what = QStringLiteral("replace asset %1 with the remote store's copy").arg(assetId);
    // This store's copy as it is now (a change made since the push read it included), for the record.
    nlohmann::json mine = nlohmann::json::object();
    QSqlQuery query(m_database);
    if (const Status read = runAssetSync(query, QStringLiteral("SELECT * FROM assets WHERE id = ?"), { QVariant(assetId) }, what); !read)
        return read.error();
    mine["asset"] = query.next() ? rowObject(query) : nlohmann::json();
    if (const Status read = runAssetSync(query,
                                         QStringLiteral("SELECT e.* FROM asset_events e WHERE e.asset_id = ? AND e.seq > "
                                                        "COALESCE((SELECT s.event_seq FROM asset_sync s WHERE s.asset_id = e.asset_id), 0) "
                                                        "ORDER BY e.seq"),
                                         { QVariant(assetId) }, what);
        !read)
        return read.error();
    nlohmann::json history = nlohmann::json::array();
    while (query.next())
        history.push_back(rowObject(query));
    mine["history"] = history;
    if (remote) {
        if (const Status written = writeRemote(*remote); !written)
            return written.error();
        return text(mine);
    }
    for (const QString& sql :
         { QStringLiteral("DELETE FROM asset_events WHERE asset_id = ?"), QStringLiteral("DELETE FROM assets WHERE id = ?"),
           QStringLiteral("DELETE FROM asset_sync WHERE asset_id = ?"), QStringLiteral("DELETE FROM asset_outbox WHERE asset_id = ?") }) {
        if (const Status done = runAssetSync(query, sql, { QVariant(assetId) }, what); !done)
            return done.error();
    }
    return text(mine);
}

} // namespace fw
