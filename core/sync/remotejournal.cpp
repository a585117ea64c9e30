// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// RemoteJournal: the shared journal (docs/sync.md, "Push" and "Pull").
#include "remotejournal.h"

#include "pgconnection.h"
#include "pgcopy.h"
#include "remotestore.h"

#include <QSet>

namespace fw {

RemoteJournal::RemoteJournal(PgConnection& connection, QString workstation)
    : m_connection(connection)
    , m_workstation(std::move(workstation))
{
}

namespace {
    constexpr const char* eventColumns = "seq, workstation, local_seq, order_id, fencing_token, at, step_id, kind, actor, "
                                         "before_state, after_state, payload";

    SyncEvent eventAt(const PgResult& rows, int i)
    {
        return { rows.number(i, 0), rows.value(i, 1), rows.number(i, 2), rows.value(i, 3), rows.number(i, 4), rows.value(i, 5),
                 rows.value(i, 6),  rows.value(i, 7), rows.value(i, 8),  rows.value(i, 9), rows.value(i, 10), rows.value(i, 11) };
    }

    SyncSnapshot snapshotAt(const PgResult& rows, int i)
    {
        return { rows.value(i, 0), rows.value(i, 1), rows.number(i, 2), rows.number(i, 3), rows.value(i, 4), rows.value(i, 5) };
    }
} // namespace

Result<PushOutcome> RemoteJournal::push(const std::vector<SyncEvent>& events, const std::vector<SyncSnapshot>& snapshots)
{
    PushOutcome outcome;
    if (events.empty() && snapshots.empty())
        return outcome;
    if (Status done = m_connection.begin(); !done)
        return done.error();
    auto fail = [this](const QString& error) {
        m_connection.rollback();
        return Result<PushOutcome>(failure(error));
    };
    const QStringList setup {
        // No lock shared by all workstations: pushes of different workstations run in parallel (one
        // workstation's pushes queue on its fw.workstations row below); pullers read in transaction
        // order, only from ended transactions (pull), so none skips a push that commits later.
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS push_snapshots (order_id text, fencing_token bigint, state text, "
                       "snapshot text) ON COMMIT DELETE ROWS"),
    };
    for (const QString& sql : setup) {
        if (Status done = m_connection.execute(sql); !done)
            return fail(done.message());
    }
    // Idempotency: local seqs only grow and a batch lands whole, so events at or below this
    // workstation's high-water mark are already in (a batch resent after a lost answer).
    if (Status done = m_connection.execute(QStringLiteral("INSERT INTO fw.workstations (id, user_name, host) VALUES ($1, '', '') "
                                                          "ON CONFLICT (id) DO NOTHING"),
                                           { m_workstation });
        !done)
        return fail(done.message());
    auto mark
        = m_connection.query(QStringLiteral("SELECT pushed_through FROM fw.workstations WHERE id = $1 FOR UPDATE"), { m_workstation });
    if (!mark)
        return fail(mark.message());
    if (mark.value().rows() == 0) // row-level security: another role's workstation
        return fail(QStringLiteral("workstation %1 is registered to another database role; this connection may not push its journal")
                        .arg(m_workstation));
    const qint64 pushedThrough = mark.value().number(0, 0);

    // Fencing: the leases this batch writes under, as this workstation holds them, locked (FOR
    // SHARE) until commit so no takeover can slip in between this check and the writes.
    QSet<QString> orderSet;
    for (const SyncEvent& e : events)
        orderSet.insert(e.orderId);
    for (const SyncSnapshot& s : snapshots)
        orderSet.insert(s.orderId);
    auto held = m_connection.query(QStringLiteral("SELECT order_id, fencing_token FROM fw.leases WHERE order_id = ANY($2::text[]) "
                                                  "AND owner = $1 FOR SHARE"),
                                   { m_workstation, RemoteStore::textArray(QStringList(orderSet.cbegin(), orderSet.cend())) });
    if (!held)
        return fail(held.message());
    QHash<QString, qint64> tokens;
    const PgResult& heldRows = held.value();
    for (int i = 0; i < heldRows.rows(); ++i)
        tokens.insert(heldRows.value(i, 0), heldRows.number(i, 1));
    QSet<QString> refused;
    for (const SyncEvent& e : events) {
        if (tokens.value(e.orderId, -1) != e.fencingToken)
            refused.insert(e.orderId);
    }
    for (const SyncSnapshot& s : snapshots) {
        if (tokens.value(s.orderId, -1) != s.fencingToken)
            refused.insert(s.orderId);
    }
    outcome.refusedOrders = QStringList(refused.cbegin(), refused.cend());
    outcome.refusedOrders.sort();

    // Straight into the shared journal by COPY (the checks above are what a join would do), in
    // pieces of about 1 MiB, so the server stores rows while the next ones are encoded.
    constexpr qsizetype piece = 1 << 20;
    QByteArray eventRows;
    eventRows.reserve(piece + 4096);
    const QString workstation = m_workstation;
    qint64 newest = pushedThrough;
    bool copying = false;
    PgCopy copy(m_connection);
    for (const SyncEvent& e : events) {
        newest = std::max(newest, e.localSeq);
        if (e.localSeq <= pushedThrough || refused.contains(e.orderId))
            continue;
        if (!copying) {
            if (const Status started = copy.start(QStringLiteral("COPY fw.events (workstation, local_seq, order_id, fencing_token, at, "
                                                                 "step_id, kind, actor, before_state, after_state, payload) FROM STDIN"));
                !started)
                return fail(started.message());
            copying = true;
        }
        PgCopy::appendRow(eventRows,
                          { workstation, e.localSeq, e.orderId, e.fencingToken, e.at, e.stepId, e.kind, e.actor, e.beforeState,
                            e.afterState, e.payload });
        ++outcome.accepted;
        if (eventRows.size() >= piece) {
            if (const Status sent = copy.put(eventRows); !sent) {
                (void)copy.end(); // ends the failed COPY; the error to report is the put's
                return fail(sent.message());
            }
            eventRows.resize(0);
        }
    }
    if (copying) {
        const Status sent = copy.put(eventRows);
        const Status ended = copy.end();
        if (!sent)
            return fail(sent.message());
        if (!ended)
            return fail(ended.message());
    }
    QByteArray snapshotRows;
    for (const SyncSnapshot& s : snapshots) {
        if (!refused.contains(s.orderId))
            PgCopy::appendRow(snapshotRows, { s.orderId, s.fencingToken, s.state, s.json });
    }
    if (!snapshotRows.isEmpty()) {
        if (const Status copied = copy.copyIn(QStringLiteral("COPY push_snapshots FROM STDIN"), snapshotRows); !copied)
            return fail(copied.message());
    }
    if (newest > pushedThrough) {
        if (Status done = m_connection.execute(QStringLiteral("UPDATE fw.workstations SET pushed_through = $2 WHERE id = $1"),
                                               { m_workstation, QString::number(newest) });
            !done)
            return fail(done.message());
    }
    const QStringList apply {
        QStringLiteral("INSERT INTO fw.order_snapshots (order_id, owner, fencing_token, version, state, snapshot) "
                       "SELECT s.order_id, $1, s.fencing_token, nextval('fw.snapshot_versions'), s.state, s.snapshot "
                       "FROM push_snapshots s JOIN fw.leases l ON l.order_id = s.order_id AND l.owner = $1 "
                       "AND l.fencing_token = s.fencing_token "
                       "ON CONFLICT (order_id) DO UPDATE SET owner = EXCLUDED.owner, fencing_token = EXCLUDED.fencing_token, "
                       "version = EXCLUDED.version, state = EXCLUDED.state, snapshot = EXCLUDED.snapshot, updated_at = now() "
                       "WHERE fw.order_snapshots.fencing_token <= EXCLUDED.fencing_token"),
        // A finished order's lease is done: nobody takes it over any more.
        QStringLiteral("UPDATE fw.leases l SET done = true FROM push_snapshots s WHERE l.order_id = s.order_id AND l.owner = $1 "
                       "AND l.fencing_token = s.fencing_token AND s.state IN ('completed', 'cancelled')"),
        QStringLiteral("SELECT pg_notify('fw_events', $1)"),
    };
    for (const QString& sql : apply) {
        if (Status done = m_connection.execute(sql, { m_workstation }); !done)
            return fail(done.message());
    }
    if (Status done = m_connection.commit(); !done)
        return fail(done.message());
    return outcome;
}

Result<PulledBatch> RemoteJournal::pull(const PullCursor& after, int limit)
{
    PulledBatch batch;
    batch.through = after;
    if (Status done = m_connection.execute(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")); !done)
        return done.error();
    auto fail = [this](const QString& error) {
        m_connection.rollback();
        return Result<PulledBatch>(failure(error));
    };
    // Both reads walk an index in its order (events_commit_order, snapshots_commit_order) and stop after `limit`
    // rows. Before fw.events has statistics (a new remote store, until autovacuum's first ANALYZE) the planner
    // chose to scan and sort the whole table on every pull instead; without sorts it keeps the index walk.
    if (Status done = m_connection.execute(QStringLiteral("SET LOCAL enable_sort = off")); !done)
        return fail(done.message());
    // Only rows of transactions older than every one still running (the snapshot's xmin): those have all
    // ended, so every row a later commit adds sorts after them, whatever seq it drew (docs/sync.md, "Pull").
    const QString limitText = QString::number(limit);
    auto events = m_connection.query(QStringLiteral("SELECT %1, tx FROM fw.events WHERE (tx, seq) > ($1::xid8, $2::bigint) "
                                                    "AND tx < pg_snapshot_xmin(pg_current_snapshot()) AND workstation <> $3 "
                                                    "ORDER BY tx, seq LIMIT $4")
                                         .arg(QString::fromLatin1(eventColumns)),
                                     { QString::number(after.eventsTx), QString::number(after.eventsSeq), m_workstation, limitText });
    if (!events)
        return fail(events.message());
    const PgResult& eventRows = events.value();
    batch.events.reserve(std::size_t(eventRows.rows()));
    for (int i = 0; i < eventRows.rows(); ++i)
        batch.events.push_back(eventAt(eventRows, i));
    auto snapshots
        = m_connection.query(QStringLiteral("SELECT order_id, owner, fencing_token, version, state, snapshot, tx "
                                            "FROM fw.order_snapshots WHERE (tx, version) > ($1::xid8, $2::bigint) "
                                            "AND tx < pg_snapshot_xmin(pg_current_snapshot()) AND owner <> $3 "
                                            "ORDER BY tx, version LIMIT $4"),
                             { QString::number(after.snapshotsTx), QString::number(after.snapshotsVersion), m_workstation, limitText });
    if (!snapshots)
        return fail(snapshots.message());
    const PgResult& snapshotRows = snapshots.value();
    for (int i = 0; i < snapshotRows.rows(); ++i)
        batch.snapshots.push_back(snapshotAt(snapshotRows, i));
    // The cursors: past the last row read, or past everything readable when this was all (this
    // workstation's own rows included, so they are not walked again).
    auto newest = m_connection.query(QStringLiteral(
        "SELECT (SELECT tx FROM fw.events WHERE tx < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY tx DESC, seq DESC LIMIT 1), "
        "(SELECT seq FROM fw.events WHERE tx < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY tx DESC, seq DESC LIMIT 1), "
        "(SELECT tx FROM fw.order_snapshots WHERE tx < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY tx DESC, version DESC LIMIT 1), "
        "(SELECT version FROM fw.order_snapshots WHERE tx < pg_snapshot_xmin(pg_current_snapshot()) "
        "ORDER BY tx DESC, version DESC LIMIT 1), (SELECT COALESCE(MAX(seq), 0) FROM fw.events)"));
    if (!newest)
        return fail(newest.message());
    const PgResult& top = newest.value();
    const bool moreEvents = eventRows.rows() == limit;
    const bool moreSnapshots = snapshotRows.rows() == limit;
    const auto later
        = [](qint64 tx, qint64 n, qint64 cursorTx, qint64 cursorN) { return tx > cursorTx || (tx == cursorTx && n > cursorN); };
    if (moreEvents) {
        batch.through.eventsTx = eventRows.number(eventRows.rows() - 1, 12);
        batch.through.eventsSeq = batch.events.back().seq;
    } else if (!top.isNull(0, 0) && later(top.number(0, 0), top.number(0, 1), after.eventsTx, after.eventsSeq)) {
        batch.through.eventsTx = top.number(0, 0);
        batch.through.eventsSeq = top.number(0, 1);
    }
    if (moreSnapshots) {
        batch.through.snapshotsTx = snapshotRows.number(snapshotRows.rows() - 1, 6);
        batch.through.snapshotsVersion = batch.snapshots.back().version;
    } else if (!top.isNull(0, 2) && later(top.number(0, 2), top.number(0, 3), after.snapshotsTx, after.snapshotsVersion)) {
        batch.through.snapshotsTx = top.number(0, 2);
        batch.through.snapshotsVersion = top.number(0, 3);
    }
    batch.more = moreEvents || moreSnapshots;
    batch.backlog = std::max<qint64>(0, top.number(0, 4) - batch.through.eventsSeq);
    m_connection.rollback(); // read only: nothing to keep
    return batch;
}

Result<std::optional<SyncSnapshot>> RemoteJournal::snapshot(const QString& orderId)
{
    auto result = m_connection.query(QStringLiteral("SELECT order_id, owner, fencing_token, version, state, snapshot "
                                                    "FROM fw.order_snapshots WHERE order_id = $1"),
                                     { orderId });
    if (!result)
        return result.error();
    const PgResult& rows = result.value();
    if (rows.rows() == 0)
        return std::optional<SyncSnapshot>();
    return std::optional<SyncSnapshot>(snapshotAt(rows, 0));
}

Result<std::vector<SyncEvent>> RemoteJournal::eventsOf(const QString& orderId)
{
    auto result = m_connection.query(
        QStringLiteral("SELECT %1 FROM fw.events WHERE order_id = $1 ORDER BY seq").arg(QString::fromLatin1(eventColumns)), { orderId });
    if (!result)
        return result.error();
    const PgResult& rows = result.value();
    std::vector<SyncEvent> events;
    for (int i = 0; i < rows.rows(); ++i)
        events.push_back(eventAt(rows, i));
    return events;
}

} // namespace fw
