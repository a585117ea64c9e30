// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "remoteassets.h"
#include "store/assetsyncstore.h"

namespace fw {

struct SyncSession;

// The installed base between the local store and the remote store, a part of the SyncAgent's
// round (docs/sync.md, "Assets"): push() sends the assets changed here (asset_outbox) with their new
// history entries; a change the remote store refuses (another workstation changed the asset on the
// same revision, or the order that made it was taken over) becomes an `asset-conflict` and the
// remote copy replaces this store's. pull() brings other workstations' assets and history.
class AssetSync {
public:
    explicit AssetSync(SyncSession& session);

    Status push();
    Status pull();
    qint64 pushed() const { return m_pushed; } // asset changes the remote store took since this agent started
    qint64 pulled() const { return m_pulled; } // assets written here from the remote store
    Result<qint64> queued() const { return m_store.queued(); } // assets changed here, waiting to be pushed

private:
    Result<bool> pullBatch(); // true when there is more to pull

    SyncSession& m_session;
    AssetSyncStore m_store;
    RemoteAssets m_remote;
    qint64 m_pushed = 0;
    qint64 m_pulled = 0;
};

} // namespace fw
