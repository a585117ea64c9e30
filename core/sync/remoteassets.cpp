// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// RemoteAssets: the installed base in the remote store (docs/sync.md, "Assets").
#include "remoteassets.h"

#include "pgconnection.h"
#include "remotestore.h"

namespace fw {

RemoteAssets::RemoteAssets(PgConnection& connection, QString workstation)
    : m_connection(connection)
    , m_workstation(std::move(workstation))
{
}

namespace {
    constexpr const char* remoteAssetColumns = "id, account_id, revision, workstation, order_id, row";

    SyncAsset remoteAssetAt(const PgResult& rows, int i)
    {
        SyncAsset a;
        a.id = rows.value(i, 0);
        a.accountId = rows.value(i, 1);
        a.revision = rows.number(i, 2);
        a.workstation = rows.value(i, 3);
        a.orderId = rows.value(i, 4);
        a.json = rows.value(i, 5);
        return a;
    }

    // "revision 2 (order O, at T)": a change as the conflict sentence names it.
    QString changeText(const SyncAsset& asset)
    {
        QStringList what;
        if (!asset.orderId.isEmpty())
            what << QStringLiteral("order %1").arg(asset.orderId);
        if (!asset.events.empty())
            what << QStringLiteral("at %1").arg(asset.events.back().at);
        return what.isEmpty() ? QStringLiteral("revision %1").arg(asset.revision)
                              : QStringLiteral("revision %1 (%2)").arg(asset.revision).arg(what.join(QStringLiteral(", ")));
    }
} // namespace

Result<std::vector<SyncAssetEvent>> RemoteAssets::historyOf(const QString& assetId)
{
    auto rows = m_connection.query(
        QStringLiteral("SELECT seq, order_id, at, kind, event FROM fw.asset_events WHERE asset_id = $1 ORDER BY seq"), { assetId });
    if (!rows)
        return rows.error();
    std::vector<SyncAssetEvent> events;
    for (int i = 0; i < rows.value().rows(); ++i)
        events.push_back({ rows.value().number(i, 0), rows.value().value(i, 1), rows.value().value(i, 2), rows.value().value(i, 3),
                           rows.value().value(i, 4) });
    return events;
}

Result<std::optional<SyncAsset>> RemoteAssets::asset(const QString& assetId)
{
    auto rows = m_connection.query(QStringLiteral("SELECT %1 FROM fw.assets WHERE id = $1").arg(QString::fromLatin1(remoteAssetColumns)),
                                   { assetId });
    if (!rows)
        return rows.error();
    if (rows.value().rows() == 0)
        return std::optional<SyncAsset>();
    SyncAsset found = remoteAssetAt(rows.value(), 0);
    auto history = historyOf(assetId);
    if (!history)
        return history.error();
    found.events = std::move(*history);
    return std::optional<SyncAsset>(std::move(found));
}

Result<AssetPushOutcome> RemoteAssets::push(const std::vector<PendingAsset>& batch)
{
    AssetPushOutcome outcome;
    if (batch.empty())
        return outcome;
    if (Status done = m_connection.begin(); !done)
        return done.error();
    auto fail = [this](const QString& error) {
        m_connection.rollback();
        return Result<AssetPushOutcome>(failure(error));
    };
    for (std::size_t i = 0; i < batch.size(); ++i) {
        const PendingAsset& p = batch[i];
        const SyncAsset& a = p.asset;
        if (a.json.isEmpty()) { // gone here: nothing to send
            outcome.accepted.push_back(i);
            continue;
        }
        // Fencing, as for events: a change made under an order another workstation runs now (taken
        // over while this one was away) is not taken.
        if (!p.fencingOrder.isEmpty()) {
            auto lease = m_connection.query(QStringLiteral("SELECT owner FROM fw.leases WHERE order_id = $1"), { p.fencingOrder });
            if (!lease)
                return fail(lease.message());
            const QString owner = lease.value().rows() > 0 ? lease.value().value(0, 0) : QString();
            if (!owner.isEmpty() && owner != m_workstation) {
                auto remote = asset(a.id);
                if (!remote)
                    return fail(remote.message());
                outcome.refused.push_back({ i,
                                            QStringLiteral("asset %1: the change made here to %2 was not applied: order %3 is run by "
                                                           "workstation %4, which took it over; the remote store's copy is kept")
                                                .arg(a.id, changeText(a), p.fencingOrder, owner),
                                            std::move(*remote) });
                continue;
            }
        }
        // Taken on the revision it was made on, or over this workstation's own later write (a push
        // resent after its answer was lost).
        auto written = m_connection.query(
            QStringLiteral("INSERT INTO fw.assets (id, account_id, revision, workstation, order_id, row) VALUES ($1, $2, $3, $4, $5, $6) "
                           "ON CONFLICT (id) DO UPDATE SET account_id = EXCLUDED.account_id, revision = EXCLUDED.revision, "
                           "workstation = EXCLUDED.workstation, order_id = EXCLUDED.order_id, row = EXCLUDED.row "
                           "WHERE fw.assets.revision = $7::integer OR (fw.assets.workstation = $4 "
                           "AND fw.assets.revision BETWEEN $7::integer AND $3::integer) RETURNING revision"),
            { a.id, a.accountId, QString::number(a.revision), m_workstation, a.orderId, a.json, QString::number(p.baseRevision) });
        if (!written)
            return fail(written.message());
        if (written.value().rows() == 0) {
            auto remote = asset(a.id);
            if (!remote)
                return fail(remote.message());
            const QString theirs = *remote
                ? QStringLiteral("workstation %1 had changed it to %2").arg((*remote)->workstation, changeText(**remote))
                : QStringLiteral("the remote store has no such asset");
            outcome.refused.push_back(
                { i,
                  QStringLiteral("asset %1: the change made here to %2, made on revision %3, was not applied: %4; the remote store's "
                                 "copy is kept")
                      .arg(a.id, changeText(a))
                      .arg(p.baseRevision)
                      .arg(theirs),
                  std::move(*remote) });
            continue;
        }
        // History entries once per (asset, seq): a resent push adds nothing.
        for (const SyncAssetEvent& e : a.events) {
            if (Status done
                = m_connection.execute(QStringLiteral("INSERT INTO fw.asset_events (asset_id, seq, workstation, order_id, at, kind, event) "
                                                      "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (asset_id, seq) DO NOTHING"),
                                       { a.id, QString::number(e.seq), m_workstation, e.orderId, e.at, e.kind, e.json });
                !done)
                return fail(done.message());
        }
        outcome.accepted.push_back(i);
    }
    if (Status done = m_connection.execute(QStringLiteral("SELECT pg_notify('fw_events', 'assets')")); !done)
        return fail(done.message());
    if (Status done = m_connection.commit(); !done)
        return fail(done.message());
    return outcome;
}

Result<PulledAssets> RemoteAssets::pull(const AssetCursor& after, int limit)
{
    PulledAssets batch;
    batch.through = after;
    if (Status done = m_connection.execute(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")); !done)
        return done.error();
    auto fail = [this](const QString& error) {
        m_connection.rollback();
        return Result<PulledAssets>(failure(error));
    };
    // Only rows of ended transactions, in their order (docs/sync.md, "Pull"): none committing later lands behind the cursor.
    auto rows = m_connection.query(QStringLiteral("SELECT %1, tx, version FROM fw.assets WHERE (tx, version) > ($1::xid8, $2::bigint) "
                                                  "AND tx < pg_snapshot_xmin(pg_current_snapshot()) AND workstation <> $3 "
                                                  "ORDER BY tx, version LIMIT $4")
                                       .arg(QString::fromLatin1(remoteAssetColumns)),
                                   { QString::number(after.tx), QString::number(after.version), m_workstation, QString::number(limit) });
    if (!rows)
        return fail(rows.message());
    const PgResult& found = rows.value();
    QStringList ids;
    for (int i = 0; i < found.rows(); ++i) {
        batch.assets.push_back(remoteAssetAt(found, i));
        ids << batch.assets.back().id;
    }
    if (!ids.isEmpty()) {
        auto events = m_connection.query(QStringLiteral("SELECT asset_id, seq, order_id, at, kind, event FROM fw.asset_events "
                                                        "WHERE asset_id = ANY($1::text[]) ORDER BY asset_id, seq"),
                                         { RemoteStore::textArray(ids) });
        if (!events)
            return fail(events.message());
        QHash<QString, std::vector<SyncAssetEvent>> history;
        const PgResult& e = events.value();
        for (int i = 0; i < e.rows(); ++i)
            history[e.value(i, 0)].push_back({ e.number(i, 1), e.value(i, 2), e.value(i, 3), e.value(i, 4), e.value(i, 5) });
        for (SyncAsset& a : batch.assets)
            a.events = history.value(a.id);
    }
    if (found.rows() == limit) {
        batch.more = true;
        batch.through = { found.number(found.rows() - 1, 6), found.number(found.rows() - 1, 7) };
    } else {
        // Past everything readable (this workstation's own rows included, so they are not walked again).
        auto newest
            = m_connection.query(QStringLiteral("SELECT tx, version FROM fw.assets WHERE tx < pg_snapshot_xmin(pg_current_snapshot()) "
                                                "ORDER BY tx DESC, version DESC LIMIT 1"));
        if (!newest)
            return fail(newest.message());
        const PgResult& top = newest.value();
        if (top.rows() > 0) {
            const AssetCursor last { top.number(0, 0), top.number(0, 1) };
            if (last.tx > after.tx || (last.tx == after.tx && last.version > after.version))
                batch.through = last;
        }
    }
    m_connection.rollback(); // read only: nothing to keep
    return batch;
}

} // namespace fw
