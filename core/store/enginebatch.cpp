// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "enginebatch.h"

#include "assetrows.h"

#include <sqlite3.h>

#include <array>
#include <optional>
#include <string>

namespace fw {

namespace {
    const char* const statementTexts[] = {
        "UPDATE steps SET state = ?, attempts = ?, first_attempt_at = ?, next_attempt_at = ?, completed_at = ?, "
        "last_error = ?, updated_at = ?, attempt_series = ?, payload_override = ?, idempotency_key = ? WHERE order_id = ? AND id = ?",
        "UPDATE fulfillment_lines SET fields = ? WHERE order_id = ? AND id = ?",
        "UPDATE orders SET state = ?, updated_at = ? WHERE id = ?",
        "INSERT INTO tasks (order_id, step_id, queue, state, created_at, updated_at) VALUES (?, ?, ?, 'open', ?, ?)",
        "UPDATE tasks SET state = ?, claimed_by = ?, data = ?, comment = ?, updated_at = ?, claimed_at = ?, claim_touched_at = ? "
        "WHERE id = ?",
        "INSERT OR IGNORE INTO signals (order_id, name, received_at) VALUES (?, ?, ?)",
        "INSERT INTO fallout_cases (order_id, step_id, queue, state, classification, error, attempts, rule, opened_at, "
        "request, response) VALUES (?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?)",
        "UPDATE orders SET on_hold = ?, updated_at = ? WHERE id = ?",
        "UPDATE fallout_cases SET state = 'resolved', resolution = ?, resolved_at = ? WHERE id = ?",
        "INSERT OR REPLACE INTO attempts (order_id, step_id, series, attempt, idempotency_key, started_at, request) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        "UPDATE attempts SET finished_at = ?, http_status = ?, outcome = ?, response = ?, error = ?, certainty = ? "
        "WHERE order_id = ? AND step_id = ? AND series = ? AND attempt = ?",
        "UPDATE orders SET set_aside_reason = ?, updated_at = ? WHERE id = ?",
        insertAssetSql,
        insertAssetEventSql,
        insertAssetChangeEventSql,
        updateAssetSql,
    };
    static_assert(std::size(statementTexts) == EngineBatch::StatementCount);

    // Journal rows per INSERT statement: one statement per row costs as much as the row itself.
    constexpr int journalRowsPerInsert = 32;

    std::string insertJournal(int rows)
    {
        std::string sql = "INSERT INTO journal (at, order_id, step_id, kind, actor, before_state, after_state, payload, origin) VALUES ";
        for (int i = 0; i < rows; ++i)
            sql += i == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        return sql;
    }

    Status writeJournal(sqlite3* database, const std::vector<SqlValue>& journal)
    {
        constexpr std::size_t columns = EngineBatch::journalColumns;
        const std::size_t rows = journal.size() / columns;
        std::optional<SqliteQuery> many;
        std::optional<SqliteQuery> one;
        for (std::size_t row = 0; row < rows;) {
            const bool bulk = rows - row >= std::size_t(journalRowsPerInsert);
            auto& statement = bulk ? many : one;
            if (!statement)
                statement.emplace(database, insertJournal(bulk ? journalRowsPerInsert : 1));
            const int count = bulk ? journalRowsPerInsert : 1;
            if (!statement->run(journal.data() + row * columns, int(count * columns)))
                return fw::failure(QStringLiteral("store write failed: ") + statement->error());
            row += std::size_t(count);
        }
        return {};
    }

    Status writeRows(sqlite3* database, const EngineBatch& batch)
    {
        // Statements live only inside the transaction (see SqliteQuery).
        std::array<std::optional<SqliteQuery>, EngineBatch::StatementCount> statements;
        for (const EngineBatch::Operation& operation : batch.operations) {
            if (!operation.live)
                continue;
            auto& statement = statements[operation.statement];
            if (!statement)
                statement.emplace(database, statementTexts[operation.statement]);
            if (!statement->run(batch.values.data() + operation.first, int(operation.count)))
                return fw::failure(QStringLiteral("store write failed: ") + statement->error());
        }
        return writeJournal(database, batch.journal);
    }

    // BEGIN IMMEDIATE (the write lock first, waiting up to the busy timeout, as TransactionGuard does).
    // A statement left open on this connection (a query not read to its end) holds a read of the store
    // as it was before another connection's commit (BatchCommitter's, or the sync thread's), and such a
    // read cannot become a write (SQLITE_BUSY_SNAPSHOT, which no timeout waits out): those statements
    // are reset, so their next step reads the current store, and the write goes ahead.
    bool beginImmediate(sqlite3* database)
    {
        if (sqlite3_exec(database, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK)
            return true;
        if (sqlite3_extended_errcode(database) != SQLITE_BUSY_SNAPSHOT)
            return false;
        for (sqlite3_stmt* statement = sqlite3_next_stmt(database, nullptr); statement;
             statement = sqlite3_next_stmt(database, statement)) {
            if (sqlite3_stmt_busy(statement))
                sqlite3_reset(statement);
        }
        return sqlite3_exec(database, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
    }

    QString lastError(sqlite3* database)
    {
        return QString::fromUtf8(sqlite3_errmsg(database));
    }
} // namespace

Status writeEngineBatch(sqlite3* database, const EngineBatch& batch)
{
    if (batch.isEmpty())
        return {};
    if (!database)
        return fw::failure(QStringLiteral("the store connection is not an open SQLite database"));
    if (!beginImmediate(database))
        return fw::failure(QStringLiteral("cannot begin a transaction: ") + lastError(database));
    Status written = writeRows(database, batch);
    if (written && sqlite3_exec(database, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        written = fw::failure(QStringLiteral("commit failed: ") + lastError(database));
    if (!written && !sqlite3_get_autocommit(database))
        sqlite3_exec(database, "ROLLBACK", nullptr, nullptr, nullptr);
    return written;
}

} // namespace fw
