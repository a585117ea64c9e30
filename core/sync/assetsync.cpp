// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// AssetSync: assets and their history between the stores (docs/sync.md, "Assets").
#include "assetsync.h"

#include "common/clock.h"
#include "common/logging.h"
#include "store/database.h"
#include "store/syncledger.h"
#include "store/transactionguard.h"
#include "syncsession.h"
#include "syncsettings.h"

#include <QSqlError>

namespace fw {

namespace {
    constexpr int assetBatch = 500;
    constexpr int batchesPerRound = 4; // each way: a burst (a bulk completion) goes over several rounds, which stay short
}

AssetSync::AssetSync(SyncSession& session)
    : m_session(session)
    , m_store(session.database.connection())
    , m_remote(session.connection, session.workstation)
{
}

Status AssetSync::push()
{
    for (int round = 0; round < batchesPerRound; ++round) {
        const Result<std::vector<PendingAsset>> read = m_store.pending(assetBatch);
        if (!read)
            return read.error();
        const std::vector<PendingAsset>& batch = *read;
        if (batch.empty())
            return {};
        const Result<AssetPushOutcome> pushed = m_remote.push(batch);
        if (!pushed)
            return pushed.error();
        if (const Status noted = m_store.markPushed(batch, pushed->accepted); !noted)
            return noted;
        m_pushed += qint64(pushed->accepted.size());
        // Refused: the remote copy wins, this store's change is kept in sync_conflicts (docs/sync.md, "Conflict rules").
        for (const RefusedAsset& refused : pushed->refused) {
            const PendingAsset& mine = batch[refused.index];
            Database& database = m_session.database;
            TransactionGuard transaction(database.connection());
            const Result<QString> kept = m_store.replaceWithRemote(mine.asset.id, refused.remote);
            if (!kept)
                return kept.error();
            if (const Status recorded = m_session.ledger.addConflict(m_session.clock.now(), mine.asset.orderId,
                                                                     QStringLiteral("asset-conflict"), refused.reason, *kept);
                !recorded)
                return recorded;
            if (!transaction.commit())
                return failure(database.connection().lastError().text(), database.path(),
                               QStringLiteral("keep the asset conflict of %1 in").arg(mine.asset.id));
        }
        if (int(batch.size()) < assetBatch)
            return {};
    }
    return {};
}

Status AssetSync::pull()
{
    for (int round = 0; round < batchesPerRound; ++round) {
        const Result<bool> more = pullBatch();
        if (!more)
            return more.error();
        if (!*more)
            return {};
    }
    return {};
}

Result<bool> AssetSync::pullBatch()
{
    SyncLedger& ledger = m_session.ledger;
    const Result<qint64> tx = ledger.number(QStringLiteral("pulled_assets_tx"));
    const Result<qint64> version = ledger.number(QStringLiteral("pulled_assets"));
    if (!tx || !version)
        return (tx ? version : tx).error();
    const AssetCursor after { *tx, *version };
    const Result<PulledAssets> pulled = m_remote.pull(after, assetBatch);
    if (!pulled)
        return pulled.error();
    const PulledAssets& batch = *pulled;
    if (batch.assets.empty() && batch.through == after)
        return false;
    Database& database = m_session.database;
    TransactionGuard transaction(database.connection());
    qint64 written = 0;
    for (const SyncAsset& asset : batch.assets) {
        const Result<bool> applied = m_store.applyPulled(asset);
        if (!applied)
            return applied.error();
        written += *applied ? 1 : 0;
    }
    for (const auto& [key, value] :
         { std::pair { "pulled_assets_tx", batch.through.tx }, std::pair { "pulled_assets", batch.through.version } }) {
        if (const Status kept = ledger.setValue(QString::fromLatin1(key), QString::number(value)); !kept)
            return kept.error();
    }
    if (!transaction.commit())
        return failure(database.connection().lastError().text(), database.path(),
                       QStringLiteral("keep the assets pulled from the remote store in"));
    m_pulled += written;
    if (written > 0)
        qCDebug(lcSync, "sync: pulled %lld assets", written);
    return batch.more;
}

} // namespace fw
