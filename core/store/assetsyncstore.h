// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fw {

// One entry of an asset's history on its way to or from the remote store: the asset_events row as
// a JSON object of its columns, and the fields the remote store indexes.
struct SyncAssetEvent {
    qint64 seq = 0;
    QString orderId;
    QString at;
    QString kind;
    QString json;
};

// An asset on its way to or from the remote store (docs/assets.md, "Sync"): its assets row as a JSON
// object of its columns (every column, so columns added later travel too) and its history entries.
struct SyncAsset {
    QString id;
    QString accountId;
    qint64 revision = 0;
    QString orderId; // the order of its latest change: its newest event's order, else the source order
    QString workstation; // who wrote it (pulled assets)
    QString json; // empty: the store has no such asset
    std::vector<SyncAssetEvent> events; // a push: those after `pushedEventSeq`; a pull: its whole history
};

// An asset changed here since its last push, as read for the next push.
struct PendingAsset {
    SyncAsset asset;
    qint64 baseRevision = 0; // the revision the remote store had when this store last synced it (0: never)
    qint64 pushedEventSeq = 0; // the newest history entry the remote store has (0: none)
    qint64 changes = 0; // asset_outbox.changes as read: a change made after the read keeps it queued
    // The order named by the newest history entry pushed (empty: none names one, e.g. a renewal):
    // the push is fenced by its lease.
    QString fencingOrder;
};

// The local side of the assets' sync (schema v27): asset_outbox, filled by triggers whenever an
// asset or its history is written here, is the queue of assets to push; asset_sync keeps the
// revision and the newest history entry the remote store has of each asset, and which workstation
// wrote the copy this store has (empty: this one). Failures name what was
// read or written and SQLite's reason.
class AssetSyncStore {
public:
    explicit AssetSyncStore(QSqlDatabase database);

    // Up to `limit` queued assets, oldest change first, read as one state of the store.
    Result<std::vector<PendingAsset>> pending(int limit);
    Result<qint64> queued() const; // assets waiting to be pushed
    // The remote store has these assets of the batch (indexes) as pushed, in one transaction:
    // asset_sync moves on; an asset's queue entry goes unless it changed again since it was read.
    Status markPushed(const std::vector<PendingAsset>& batch, const std::vector<std::size_t>& pushed);

    // In the caller's transaction. An asset pulled from another workstation: written here unless
    // this store has a change of it not pushed yet (the push decides that conflict) or already has
    // that revision or a newer one. True when written.
    Result<bool> applyPulled(const SyncAsset& remote);
    // In the caller's transaction. The remote store's copy replaces this store's (a refused push:
    // the remote copy wins); nullopt deletes the asset here (the remote store has none). Answers
    // this store's copy as it was (the row and its history entries not in the remote store, as
    // JSON), for the conflict record.
    Result<QString> replaceWithRemote(const QString& assetId, const std::optional<SyncAsset>& remote);

private:
    Status writeRemote(const SyncAsset& remote);
    Status setSynced(const QString& assetId, qint64 revision, qint64 eventSeq, const QString& writtenBy);

    QSqlDatabase m_database;
    QStringList m_assetColumns;
    QStringList m_eventColumns;
};

} // namespace fw
