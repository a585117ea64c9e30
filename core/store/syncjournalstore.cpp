// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// SyncJournalStore: the local journal read for pushes and written by pulls (docs/sync.md).
#include "syncjournalstore.h"

#include "sqlitequery.h"
#include "sqlitequery.h"

#include <QStringList>

#include <algorithm>

namespace fw {

namespace {
    Error journalError(const QString& what, const QString& why)
    {
        return Error { what, QStringLiteral("in the local store"), why };
    }

    // A read transaction: everything read meanwhile is one state of the store. The engine writes
    // beside the sync thread; without it, an order's snapshot could be captured with events that
    // were written after its journal rows were read, be pushed ahead of them and (finished) release
    // the lease those events then need.
    class JournalReadTransaction {
    public:
        explicit JournalReadTransaction(sqlite3* handle)
            : m_handle(handle)
        {
            SqliteQuery begin(m_handle, "BEGIN");
            m_open = begin.run();
            m_error = begin.error();
        }
        ~JournalReadTransaction()
        {
            if (m_open && !SqliteQuery(m_handle, "COMMIT").run())
                (void)SqliteQuery(m_handle, "ROLLBACK").run(); // it only read: never left open
        }
        JournalReadTransaction(const JournalReadTransaction&) = delete;
        JournalReadTransaction& operator=(const JournalReadTransaction&) = delete;
        bool isOpen() const { return m_open; }
        const QString& error() const { return m_error; }

    private:
        sqlite3* m_handle;
        bool m_open = false;
        QString m_error;
    };
} // namespace

SyncJournalStore::SyncJournalStore(QSqlDatabase database, OrderSnapshots& snapshots)
    : m_database(std::move(database))
    , m_snapshots(snapshots)
{
}

Result<LocalJournalBatch> SyncJournalStore::readPushBatch(const QString& workstation, int size, qint64 from)
{
    const QString reading = QStringLiteral("read the journal after entry %1").arg(from);
    LocalJournalBatch batch;
    batch.from = batch.through = from;
    sqlite3* handle = SqliteQuery::handleOf(m_database);
    const JournalReadTransaction transaction(handle);
    if (!transaction.isOpen())
        return journalError(reading, transaction.error());
    // The newest row now: when less than a batch of local rows follows `from`, every row up to it is pushed
    // or pulled, and pushed_through moves there, so later rounds do not scan the pulled rows again.
    SqliteQuery newestRow(handle, "SELECT COALESCE(MAX(seq), 0) FROM journal");
    if (!newestRow.next())
        return journalError(reading, newestRow.error());
    const qint64 newest = newestRow.integer(0);
    newestRow.reset();
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
    if (!rows.error().isEmpty())
        return journalError(reading, rows.error());
    rows.reset();
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
        if (!later.error().isEmpty())
            return journalError(reading, later.error());
        later.reset();
        if (!moreToCome)
            latestHere << orderId;
    }
    Result<std::vector<std::optional<OrderSnapshots::Captured>>> captured = m_snapshots.capture(latestHere);
    if (!captured)
        return captured.error();
    for (qsizetype i = 0; i < latestHere.size(); ++i) {
        if (auto& c = (*captured)[std::size_t(i)])
            batch.snapshots.insert(latestHere[i], std::move(*c));
    }
    return batch;
}

Status SyncJournalStore::recordPulled(const std::vector<SyncEvent>& events)
{
    // 32 rows per statement, as EngineWriter writes the journal: one statement per row costs as much as the row.
    // INSERT OR IGNORE on remote_seq: an event already here (pulled before a takeover) is not copied twice.
    constexpr std::size_t rowsPerInsert = 32;
    constexpr int columns = 10;
    const auto insertSql = [](std::size_t rows) {
        std::string sql = "INSERT OR IGNORE INTO journal (at, order_id, step_id, kind, actor, before_state, after_state, payload, "
                          "origin, remote_seq) VALUES ";
        for (std::size_t i = 0; i < rows; ++i)
            sql += i == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        return sql;
    };
    sqlite3* handle = SqliteQuery::handleOf(m_database);
    const std::string bulkSql = insertSql(rowsPerInsert);
    const std::string singleSql = insertSql(1);
    SqliteQuery bulk(handle, bulkSql.c_str());
    SqliteQuery single(handle, singleSql.c_str());
    const auto orNull = [](const QString& text) { return text.isEmpty() ? QString() : text; };
    for (std::size_t row = 0; row < events.size();) {
        const std::size_t rows = events.size() - row >= rowsPerInsert ? rowsPerInsert : 1;
        SqliteQuery& insert = rows == 1 ? single : bulk;
        int at = 0;
        for (const std::size_t end = row + rows; row < end; ++row, at += columns) {
            const SyncEvent& e = events[row];
            insert.bind(at + 1, e.at);
            insert.bind(at + 2, e.orderId);
            insert.bind(at + 3, orNull(e.stepId));
            insert.bind(at + 4, e.kind);
            insert.bind(at + 5, e.actor);
            insert.bind(at + 6, orNull(e.beforeState));
            insert.bind(at + 7, orNull(e.afterState));
            insert.bind(at + 8, orNull(e.payload));
            insert.bind(at + 9, e.workstation);
            insert.bind(at + 10, e.seq);
        }
        if (!insert.run())
            return journalError(QStringLiteral("record the pulled events of %1").arg(events[row - 1].workstation), insert.error());
        insert.reset();
    }
    return {};
}

} // namespace fw
