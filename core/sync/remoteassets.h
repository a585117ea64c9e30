// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "store/assetsyncstore.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fw {

class PgConnection;

// A pushed asset change the remote store did not take, and what it has instead.
struct RefusedAsset {
    std::size_t index = 0; // in the pushed batch
    QString reason; // one sentence: what here was not applied, who changed it there, when
    std::optional<SyncAsset> remote; // the remote store's copy (nullopt: it has none)
};

struct AssetPushOutcome {
    std::vector<std::size_t> accepted; // indexes in the pushed batch: in the remote store now (or already)
    std::vector<RefusedAsset> refused;
};

// Where a puller stands in fw.assets: rows in the order of their writing transaction, then version,
// from ended transactions only, as for order snapshots (docs/sync.md, "Pull").
struct AssetCursor {
    qint64 tx = 0;
    qint64 version = 0;
    bool operator==(const AssetCursor&) const = default;
};

struct PulledAssets {
    std::vector<SyncAsset> assets; // each with its whole history
    AssetCursor through;
    bool more = false;
};

// The installed base in the remote store (fw.assets, fw.asset_events; remote schema 5; docs/sync.md,
// "Assets"), for one workstation. An asset row carries its revision; a change is taken only on the
// revision it was made on (or one this workstation wrote since: a push resent after a lost answer),
// never under an order another workstation runs; a history entry is kept once per (asset, seq).
// A push is a few statements per batch (arrays unnested), not per asset. Every call is one
// transaction; errors are "remote store: REASON".
class RemoteAssets {
public:
    RemoteAssets(PgConnection& connection, QString workstation);

    Result<AssetPushOutcome> push(const std::vector<PendingAsset>& batch);
    Result<PulledAssets> pull(const AssetCursor& after, int limit);
    // The remote store's copy of one asset with its history (nullopt: none).
    Result<std::optional<SyncAsset>> asset(const QString& assetId);

private:
    Result<std::vector<SyncAsset>> assets(const QStringList& ids); // those the remote store has, with their history

    PgConnection& m_connection;
    QString m_workstation;
};

} // namespace fw
