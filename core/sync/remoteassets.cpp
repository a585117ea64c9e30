// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// RemoteAssets: the installed base in the remote store (docs/sync.md, "Assets").
#include "remoteassets.h"

#include "pgconnection.h"
#include "remotestore.h"

#include <QSet>

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

Result<std::vector<SyncAsset>> RemoteAssets::assets(const QStringList& ids)
{
    std::vector<SyncAsset> found;
    if (ids.isEmpty())
        return found;
    auto rows = m_connection.query(
        QStringLiteral("SELECT %1 FROM fw.assets WHERE id = ANY($1::text[]) ORDER BY id").arg(QString::fromLatin1(remoteAssetColumns)),
        { RemoteStore::textArray(ids) });
    if (!rows)
        return rows.error();
    for (int i = 0; i < rows.value().rows(); ++i)
        found.push_back(remoteAssetAt(rows.value(), i));
    auto events = m_connection.query(QStringLiteral("SELECT asset_id, seq, order_id, at, kind, event FROM fw.asset_events "
                                                    "WHERE asset_id = ANY($1::text[]) ORDER BY asset_id, seq"),
                                     { RemoteStore::textArray(ids) });
    if (!events)
        return events.error();
    QHash<QString, std::vector<SyncAssetEvent>> history;
    const PgResult& e = events.value();
    for (int i = 0; i < e.rows(); ++i)
        history[e.value(i, 0)].push_back({ e.number(i, 1), e.value(i, 2), e.value(i, 3), e.value(i, 4), e.value(i, 5) });
    for (SyncAsset& a : found)
        a.events = history.value(a.id);
    return found;
}

Result<std::optional<SyncAsset>> RemoteAssets::asset(const QString& assetId)
{
    auto found = assets({ assetId });
    if (!found)
        return found.error();
    return found->empty() ? std::optional<SyncAsset>() : std::optional<SyncAsset>(std::move(found->front()));
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
    // Fencing, as for events: a change made under an order another workstation runs now (taken
    // over while this one was away) is not taken.
    QStringList orders;
    for (const PendingAsset& p : batch) {
        if (!p.fencingOrder.isEmpty() && !orders.contains(p.fencingOrder))
            orders << p.fencingOrder;
    }
    QHash<QString, QString> runBy; // order -> the other workstation that holds its lease
    if (!orders.isEmpty()) {
        auto leases = m_connection.query(QStringLiteral("SELECT order_id, owner FROM fw.leases WHERE order_id = ANY($1::text[]) "
                                                        "AND owner IS NOT NULL AND owner <> $2"),
                                         { RemoteStore::textArray(orders), m_workstation });
        if (!leases)
            return fail(leases.message());
        for (int i = 0; i < leases.value().rows(); ++i)
            runBy.insert(leases.value().value(i, 0), leases.value().value(i, 1));
    }
    // One statement for the rows: each taken on the revision it was made on (based_on), or over this
    // workstation's own later write (a push resent after its answer was lost).
    QStringList ids, accounts, revisions, changeOrders, rows, bases;
    QHash<QString, std::size_t> indexOf;
    for (std::size_t i = 0; i < batch.size(); ++i) {
        const SyncAsset& a = batch[i].asset;
        if (a.json.isEmpty()) { // gone here: nothing to send
            outcome.accepted.push_back(i);
            continue;
        }
        indexOf.insert(a.id, i);
        if (runBy.contains(batch[i].fencingOrder))
            continue;
        ids << a.id;
        accounts << a.accountId;
        revisions << QString::number(a.revision);
        changeOrders << a.orderId;
        rows << a.json;
        bases << QString::number(batch[i].baseRevision);
    }
    QSet<QString> taken;
    if (!ids.isEmpty()) {
        auto written = m_connection.query(
            QStringLiteral(
                "INSERT INTO fw.assets (id, account_id, revision, based_on, workstation, order_id, row) "
                "SELECT id, account_id, revision, based_on, $7, NULLIF(order_id, ''), row FROM unnest($1::text[], $2::text[], "
                "$3::integer[], $4::integer[], $5::text[], $6::text[]) AS p(id, account_id, revision, based_on, order_id, row) "
                "ON CONFLICT (id) DO UPDATE SET account_id = EXCLUDED.account_id, revision = EXCLUDED.revision, "
                "based_on = EXCLUDED.based_on, workstation = EXCLUDED.workstation, order_id = EXCLUDED.order_id, "
                "row = EXCLUDED.row WHERE fw.assets.revision = EXCLUDED.based_on OR (fw.assets.workstation = EXCLUDED.workstation "
                "AND fw.assets.revision BETWEEN EXCLUDED.based_on AND EXCLUDED.revision) RETURNING id"),
            { RemoteStore::textArray(ids), RemoteStore::textArray(accounts), RemoteStore::textArray(revisions),
              RemoteStore::textArray(bases), RemoteStore::textArray(changeOrders), RemoteStore::textArray(rows), m_workstation });
        if (!written)
            return fail(written.message());
        for (int i = 0; i < written.value().rows(); ++i)
            taken.insert(written.value().value(i, 0));
    }
    // The history entries of the assets taken, once per (asset, seq): a resent push adds nothing.
    QStringList eventAssets, seqs, eventOrders, ats, kinds, texts;
    for (const QString& id : std::as_const(taken)) {
        for (const SyncAssetEvent& e : batch[indexOf.value(id)].asset.events) {
            eventAssets << id;
            seqs << QString::number(e.seq);
            eventOrders << e.orderId;
            ats << e.at;
            kinds << e.kind;
            texts << e.json;
        }
    }
    if (!eventAssets.isEmpty()) {
        if (Status done = m_connection.execute(
                QStringLiteral("INSERT INTO fw.asset_events (asset_id, seq, workstation, order_id, at, kind, event) "
                               "SELECT asset_id, seq, $7, NULLIF(order_id, ''), at, kind, event FROM unnest($1::text[], $2::integer[], "
                               "$3::text[], $4::text[], $5::text[], $6::text[]) AS e(asset_id, seq, order_id, at, kind, event) "
                               "ON CONFLICT (asset_id, seq) DO NOTHING"),
                { RemoteStore::textArray(eventAssets), RemoteStore::textArray(seqs), RemoteStore::textArray(eventOrders),
                  RemoteStore::textArray(ats), RemoteStore::textArray(kinds), RemoteStore::textArray(texts), m_workstation });
            !done)
            return fail(done.message());
    }
    // The rest is refused: the remote store's copies say why.
    QStringList refusedIds;
    for (auto it = indexOf.cbegin(); it != indexOf.cend(); ++it) {
        if (!taken.contains(it.key()))
            refusedIds << it.key();
    }
    const Result<std::vector<SyncAsset>> theirs = assets(refusedIds);
    if (!theirs)
        return fail(theirs.message());
    QHash<QString, SyncAsset> remoteOf;
    for (const SyncAsset& a : *theirs)
        remoteOf.insert(a.id, a);
    for (std::size_t i = 0; i < batch.size(); ++i) {
        const PendingAsset& p = batch[i];
        const SyncAsset& a = p.asset;
        if (a.json.isEmpty())
            continue;
        if (taken.contains(a.id)) {
            outcome.accepted.push_back(i);
            continue;
        }
        const std::optional<SyncAsset> remote = remoteOf.contains(a.id) ? std::optional<SyncAsset>(remoteOf.value(a.id)) : std::nullopt;
        QString reason;
        if (runBy.contains(p.fencingOrder))
            reason
                = QStringLiteral("asset %1: the change made here to %2 was not applied: order %3 is run by workstation %4, which took it "
                                 "over; the remote store's copy is kept")
                      .arg(a.id, changeText(a), p.fencingOrder, runBy.value(p.fencingOrder));
        else
            reason = QStringLiteral("asset %1: the change made here to %2, made on revision %3, was not applied: %4; the remote store's "
                                    "copy is kept")
                         .arg(a.id, changeText(a))
                         .arg(p.baseRevision)
                         .arg(remote ? QStringLiteral("workstation %1 had changed it to %2").arg(remote->workstation, changeText(*remote))
                                     : QStringLiteral("the remote store has no such asset"));
        outcome.refused.push_back({ i, reason, remote });
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
