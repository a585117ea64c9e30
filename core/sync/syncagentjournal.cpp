// SyncAgent: pushing the local journal and pulling the shared one (docs/sync.md).
#include "syncagent.h"

#include "common/clock.h"
#include "ordersnapshot.h"
#include "pgconnection.h"
#include "store/database.h"
#include "store/sqlitequery.h"
#include "store/sqlitestatement.h"
#include "store/transactionguard.h"

#include <nlohmann/json.hpp>

#include <algorithm>

#include <QSet>
#include <QSqlQuery>
#include <QThread>

namespace fw {

std::optional<QString> SyncAgent::registerLocalOrder(const QString& orderId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT document FROM orders WHERE id = ? AND replica_of IS NULL"));
    query.addBindValue(orderId);
    if (!query.exec() || !query.next())
        return QStringLiteral("order %1 is not this workstation's").arg(orderId);
    auto lease = m_remote->registerOrder(orderId, query.value(0).toString(), m_settings.leaseTtlSeconds);
    if (auto* error = std::get_if<QString>(&lease))
        return *error;
    return m_ledger.holdLease(std::get<Lease>(lease));
}

namespace {
    // A batch of the local journal as a push sends it: its events, the orders they are about and the
    // snapshots of those whose latest local event it holds. Read from SQLite alone.
    struct LocalJournalBatch {
        qint64 from = 0;
        qint64 through = 0; // pushed_through once this batch is in
        std::vector<SyncEvent> events;
        QSet<QString> orders;
        QHash<QString, OrderSnapshots::Captured> snapshots;
        QString error; // the local store could not be read
    };

    // A read transaction: everything read meanwhile is one state of the store. The engine writes
    // beside the sync thread; without it, an order's snapshot could be captured with events that
    // were written after its journal rows were read, be pushed ahead of them and (finished) release
    // the lease those events then need.
    class ReadSnapshot {
    public:
        explicit ReadSnapshot(sqlite3* handle)
            : m_handle(handle)
        {
            SqliteQuery begin(m_handle, "BEGIN");
            m_open = begin.run();
        }
        ~ReadSnapshot()
        {
            if (m_open && !SqliteQuery(m_handle, "COMMIT").run())
                SqliteQuery(m_handle, "ROLLBACK").run(); // it only read: never left open
        }
        ReadSnapshot(const ReadSnapshot&) = delete;
        ReadSnapshot& operator=(const ReadSnapshot&) = delete;

    private:
        sqlite3* m_handle;
        bool m_open = false;
    };

    LocalJournalBatch readLocalJournalBatch(const QSqlDatabase& db, OrderSnapshots& orderSnapshots, const QString& workstation, int size,
                                            qint64 from)
    {
        LocalJournalBatch batch;
        batch.from = batch.through = from;
        sqlite3* handle = SqliteStatement::handleOf(db);
        const ReadSnapshot snapshot(handle);
        // The newest row now: when less than a batch of local rows follows `from`, every row up to it is pushed
        // or pulled, and pushed_through moves there, so later rounds do not scan the pulled rows again.
        SqliteQuery newestRow(handle, "SELECT COALESCE(MAX(seq), 0) FROM journal");
        if (!newestRow.next()) {
            batch.error = QStringLiteral("local store: cannot read the journal: ") + newestRow.error();
            return batch;
        }
        const qint64 newest = newestRow.integer(0);
        newestRow.reset();
        // Read through the raw SQLite layer: QSqlQuery's QVariant per value cost more than SQLite's own work here.
        SqliteQuery rows(handle,
                         "SELECT seq, at, order_id, step_id, kind, actor, before_state, after_state, payload FROM journal "
                         "WHERE seq > ? AND seq <= ? AND origin = 'local' ORDER BY seq LIMIT ?");
        rows.bind(1, from);
        rows.bind(2, newest);
        rows.bind(3, qint64(size));
        batch.events.reserve(std::size_t(std::clamp(size, 0, 1 << 16)));
        int read = 0;
        while (rows.next()) {
            ++read;
            batch.through = rows.integer(0);
            if (rows.isNull(2))
                continue; // not about an order (a catalog import): every workstation has its own
            batch.events.push_back({ 0, workstation, batch.through, rows.text(2), 0, rows.text(1), rows.text(3), rows.text(4), rows.text(5),
                                     rows.text(6), rows.text(7), rows.text(8) });
            batch.orders.insert(batch.events.back().orderId);
        }
        batch.error = rows.error();
        rows.reset();
        if (!batch.error.isEmpty()) {
            batch.error.prepend(QStringLiteral("local store: cannot read the journal: "));
            return batch;
        }
        if (read < size)
            batch.through = newest;
        // An order's snapshot goes with the batch that holds its latest local event. Sent with an earlier batch
        // of a backlog it would be ahead of the shared journal, and a finished order's lease would be released
        // while the rest of its events still wait here (and would then be refused).
        SqliteQuery later(handle, "SELECT 1 FROM journal WHERE order_id = ? AND seq > ? AND origin = 'local' LIMIT 1");
        QStringList latestHere;
        for (const QString& orderId : std::as_const(batch.orders)) {
            later.bind(1, orderId);
            later.bind(2, batch.through);
            const bool moreToCome = later.next();
            batch.error = later.error();
            later.reset();
            if (!batch.error.isEmpty()) {
                batch.error.prepend(QStringLiteral("local store: cannot read the journal: "));
                return batch;
            }
            if (!moreToCome)
                latestHere << orderId;
        }
        std::vector<std::optional<OrderSnapshots::Captured>> captured = orderSnapshots.capture(latestHere);
        for (qsizetype i = 0; i < latestHere.size(); ++i) {
            if (auto& c = captured[std::size_t(i)])
                batch.snapshots.insert(latestHere[i], std::move(*c));
        }
        return batch;
    }
} // namespace

bool SyncAgent::pushEvents()
{
    const QSqlDatabase db = m_database.connection();
    LocalJournalBatch batch
        = readLocalJournalBatch(db, *m_snapshots, m_workstation, m_settings.batch, m_ledger.number(QStringLiteral("pushed_through")));
    for (;;) {
        if (!batch.error.isEmpty())
            return check(batch.error);
        if (batch.through == batch.from)
            return true;
        std::vector<SyncEvent>& events = batch.events;
        const qint64 through = batch.through;

        QHash<QString, qint64> tokens = m_ledger.leases();
        QHash<QString, QString> refusedHere; // order -> why it cannot be pushed
        bool registered = false;
        for (const QString& orderId : std::as_const(batch.orders)) {
            if (tokens.contains(orderId))
                continue;
            registered = true;
            if (auto error = registerLocalOrder(orderId)) {
                if (!m_connection->isOpen())
                    return check(error);
                refusedHere.insert(orderId, *error);
            }
        }
        if (registered)
            tokens = m_ledger.leases();
        std::vector<SyncEvent> sendable;
        sendable.reserve(events.size());
        for (SyncEvent& e : events) {
            if (refusedHere.contains(e.orderId))
                continue;
            e.fencingToken = tokens.value(e.orderId);
            sendable.push_back(std::move(e)); // `events` keeps the ones held back here
        }
        std::vector<SyncSnapshot> snapshots;
        for (auto it = batch.snapshots.cbegin(); it != batch.snapshots.cend(); ++it) {
            if (!refusedHere.contains(it.key()))
                snapshots.push_back({ it.key(), m_workstation, tokens.value(it.key()), 0, it->state, it->json });
        }
        // The server stores this batch while the next one is read here: until it has finished the worker alone
        // uses the remote store, this thread only the local one. The next batch starts where this one ends
        // whatever the push answers (an error drops it), and its leases are looked at only after this batch
        // is recorded, so it meets this batch's refusals as if it had been read afterwards.
        std::variant<PushOutcome, QString> pushed = QString();
        bool pushedThere = false;
        const std::unique_ptr<QThread> pusher(QThread::create([this, &pushed, &pushedThere, &sendable, &snapshots] {
            pushed = m_remote->push(sendable, snapshots);
            pushedThere = true;
        }));
        pusher->start();
        LocalJournalBatch next = readLocalJournalBatch(db, *m_snapshots, m_workstation, m_settings.batch, through);
        pusher->wait();
        if (!pushedThere) // no thread could be started: push from here
            pushed = m_remote->push(sendable, snapshots);
        if (auto* error = std::get_if<QString>(&pushed))
            return check(*error);
        const PushOutcome& outcome = std::get<PushOutcome>(pushed);
        m_pushed += outcome.accepted;
        for (const QString& orderId : outcome.refusedOrders)
            refusedHere.insert(orderId, QStringLiteral("this workstation no longer holds its lease"));

        TransactionGuard transaction(m_database.connection());
        std::optional<QString> error;
        const QDateTime now = m_clock.now();
        for (auto it = refusedHere.cbegin(); it != refusedHere.cend() && !error; ++it) {
            nlohmann::json refused = nlohmann::json::array();
            QStringList kinds;
            // An order's events are all in one of the two: held back here, or refused by the remote store.
            for (const std::vector<SyncEvent>* list : { &events, &sendable }) {
                for (const SyncEvent& e : *list) {
                    if (e.orderId != it.key())
                        continue;
                    refused.push_back({ { "localSeq", e.localSeq },
                                        { "at", e.at.toStdString() },
                                        { "step", e.stepId.toStdString() },
                                        { "kind", e.kind.toStdString() },
                                        { "actor", e.actor.toStdString() },
                                        { "after", e.afterState.toStdString() } });
                    if (!kinds.contains(e.kind))
                        kinds << e.kind;
                }
            }
            error = m_ledger.addConflict(now, it.key(), QStringLiteral("events-refused"),
                                         QStringLiteral("%1 change(s) to order %2 made here (%3) were not accepted: %4; "
                                                        "the order's state now comes from the workstation that holds it")
                                             .arg(refused.size())
                                             .arg(it.key(), kinds.join(QStringLiteral(", ")), it.value()),
                                         QString::fromStdString(refused.dump()));
            if (!error)
                error = m_ledger.dropLease(it.key());
        }
        for (const SyncSnapshot& s : snapshots) {
            if (!error && !refusedHere.contains(s.orderId)
                && (s.state == QStringLiteral("completed") || s.state == QStringLiteral("cancelled")))
                error = m_ledger.dropLease(s.orderId); // done: the lease is released for good
        }
        if (!error)
            error = m_ledger.setValue(QStringLiteral("pushed_through"), QString::number(through));
        if (error || !transaction.commit())
            return check(error.value_or(QStringLiteral("local store: cannot record the push")));
        batch = std::move(next);
    }
}

std::optional<QString> SyncAgent::recordRemoteEvents(const QSqlDatabase& db, const std::vector<SyncEvent>& events)
{
    // 32 rows per statement, as EngineWriter writes the journal: one statement per row costs as much as the row.
    // INSERT OR IGNORE on remote_seq: an event already here (pulled before a takeover) is not copied twice.
    constexpr std::size_t rowsPerInsert = 32;
    const auto insertSql = [](std::size_t rows) {
        std::string sql = "INSERT OR IGNORE INTO journal (at, order_id, step_id, kind, actor, before_state, after_state, payload, "
                          "origin, remote_seq) VALUES ";
        for (std::size_t i = 0; i < rows; ++i)
            sql += i == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        return sql;
    };
    SqliteStatement bulk(SqliteStatement::handleOf(db), insertSql(rowsPerInsert));
    SqliteStatement single(SqliteStatement::handleOf(db), insertSql(1));
    std::vector<SqlValue> values;
    values.reserve(rowsPerInsert * 10);
    for (std::size_t row = 0; row < events.size();) {
        const std::size_t rows = events.size() - row >= rowsPerInsert ? rowsPerInsert : 1;
        values.clear();
        for (const std::size_t end = row + rows; row < end; ++row) {
            const SyncEvent& e = events[row];
            values.insert(values.end(),
                          { SqlValue::of(e.at), SqlValue::of(e.orderId), SqlValue::nullable(e.stepId), SqlValue::of(e.kind),
                            SqlValue::of(e.actor), SqlValue::nullable(e.beforeState), SqlValue::nullable(e.afterState),
                            SqlValue::nullable(e.payload), SqlValue::of(e.workstation), SqlValue::of(e.seq) });
        }
        SqliteStatement& insert = rows == 1 ? single : bulk;
        if (!insert.run(values.data(), int(values.size())))
            return QStringLiteral("local store: ") + insert.error();
    }
    return std::nullopt;
}

bool SyncAgent::pullEvents()
{
    PullCursor after;
    after.eventsTx = m_ledger.number(QStringLiteral("pulled_events_tx"));
    after.eventsSeq = m_ledger.number(QStringLiteral("pulled_events"));
    after.snapshotsTx = m_ledger.number(QStringLiteral("pulled_snapshots_tx"));
    after.snapshotsVersion = m_ledger.number(QStringLiteral("pulled_snapshots"));
    auto pulled = m_remote->pull(after, m_settings.batch);
    if (auto* error = std::get_if<QString>(&pulled))
        return check(*error);
    const PulledBatch& batch = std::get<PulledBatch>(pulled);
    m_catchingUp = batch.more;
    m_backlog = batch.backlog;
    if (batch.events.empty() && batch.snapshots.empty() && batch.through == after)
        return true;
    QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    std::optional<QString> error = recordRemoteEvents(db, batch.events);
    const QHash<QString, qint64> held = m_ledger.leases();
    for (const SyncSnapshot& s : batch.snapshots) {
        if (error)
            break;
        if (held.contains(s.orderId))
            continue; // ours now (taken over since): an older owner's state does not apply
        error = m_snapshots->apply(s.json, s.owner);
    }
    const std::pair<const char*, qint64> cursor[] = { { "pulled_events_tx", batch.through.eventsTx },
                                                      { "pulled_events", batch.through.eventsSeq },
                                                      { "pulled_snapshots_tx", batch.through.snapshotsTx },
                                                      { "pulled_snapshots", batch.through.snapshotsVersion } };
    for (const auto& [key, value] : cursor) {
        if (!error)
            error = m_ledger.setValue(QString::fromLatin1(key), QString::number(value));
    }
    if (error || !transaction.commit())
        return check(error.value_or(QStringLiteral("local store: cannot apply the pull")));
    m_pulled += qint64(batch.events.size());
    return true;
}

} // namespace fw
