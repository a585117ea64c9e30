#pragma once

#include "engine/orderruntime.h"
#include "common/result.h"
#include "journal.h"
#include "sqlitequery.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace fw {

// Collects the engine's changes (step states, line fields, order states, tasks, fallout cases,
// signals, journal entries) and writes them in one transaction per flush: the group commit that
// keeps durable execution fast. Nothing is visible in the store before flush() returns, and a
// crash loses at most the unflushed batch; callers flush before acknowledging an operator action.
//
// Every change is journalled as its own row. The rows of the steps, fulfillment_lines and
// orders tables are state, not history: one changed several times in a batch is written once,
// with its last values. Values are bound straight through the sqlite3 API (SqliteQuery)
// and journal rows are inserted many per statement.
class EngineWriter {
public:
    explicit EngineWriter(QSqlDatabase database);

    void stepChanged(const OrderRuntime& order, int step, StepState from, StepState to, const QDateTime& now, const QString& actor,
                     const QString& payload = {});
    void lineFieldsChanged(const OrderRuntime& order, int line, const QDateTime& now);
    void orderStateChanged(const QString& orderId, OrderState from, OrderState to, const QDateTime& now);
    void taskCreated(const QString& orderId, const QString& stepId, const QString& queue, const QDateTime& now);
    // claimedAt: when the holder's claim began (tasks.claimed_at), invalid for no claim (NULL); with a
    // claim, now is the holder's last activity (tasks.claim_touched_at).
    void taskChanged(qint64 taskId, const QString& state, const QString& claimedBy, const QString& data, const QString& comment,
                     const QDateTime& now, const QDateTime& claimedAt = {});
    void signalReceived(const QString& orderId, const QString& name, const QDateTime& now);
    void falloutOpened(const QString& orderId, const QString& stepId, const QString& queue, const QString& classification,
                       const QString& error, int attempts, const QString& rule, const QDateTime& now, const QString& request = {},
                       const QString& response = {});
    void attemptStarted(const QString& orderId, const QString& stepId, int series, int attempt, const QString& key, const QString& request,
                        const QDateTime& now);
    // outcomeUnknown: no answer came although the request may have arrived (attempts.certainty
    // 'unknown'; else 'definite').
    void attemptFinished(const QString& orderId, const QString& stepId, int series, int attempt, int httpStatus, const QString& outcome,
                         const QString& response, const QString& error, const QDateTime& now, bool outcomeUnknown = false);
    void orderHoldChanged(const QString& orderId, bool onHold, const QDateTime& now, const QString& actor, const QString& payload);
    // An order whose stored data cannot be read leaves execution: orders.set_aside_reason, journalled
    // as "order.set-aside" with {"reason": ...}.
    void orderSetAside(const QString& orderId, const QString& reason, const QDateTime& now, const QString& actor);
    void falloutResolved(qint64 caseId, const QString& resolution, const QDateTime& now);
    void journal(const JournalEvent& event);

    int pending() const { return int(m_operations.size() + m_journal.size() / journalColumns); }
    // Writes the batch in one transaction. A failed write (disk full, I/O error) rolls the
    // transaction back and is final: the store keeps its last committed state, the batch stays
    // unwritten, and every later flush() returns the same error (failure()), so the engine stops
    // instead of running ahead of its store. A restart continues from what was committed.
    Status flush();
    const std::optional<Error>& failure() const { return m_failure; } // the latched error of a failed flush(), if one failed

private:
    enum Statement {
        UpdateStep,
        UpdateLineFields,
        UpdateOrder,
        InsertTask,
        UpdateTask,
        InsertSignal,
        InsertFallout,
        UpdateHold,
        ResolveFallout,
        InsertAttempt,
        FinishAttempt,
        SetAside,
        StatementCount
    };
    static constexpr int journalColumns = 9;
    struct Operation {
        Statement statement;
        bool live; // false: superseded by a later write of the same row in this batch
        quint32 first; // index into m_values
        quint32 count;
    };
    // A row of steps, fulfillment_lines or orders: (statement, order id, step or line index).
    struct RowKey {
        Statement statement;
        QString orderId;
        int index;
        bool operator==(const RowKey&) const = default;
        friend size_t qHash(const RowKey& key, size_t seed = 0) { return qHashMulti(seed, int(key.statement), key.orderId, key.index); }
    };

    void add(Statement statement, std::initializer_list<SqlValue> values);
    // Writes a row of steps/lines/orders: any earlier write of the same row in this batch is dropped.
    void replace(const RowKey& key, std::initializer_list<SqlValue> values);
    void addJournal(const QString& at, const QString& orderId, const QString& stepId, const QString& kind, const QString& actor,
                    const QString& before, const QString& after, const QString& payload, const QString& origin);
    Status writeJournal(sqlite3* database);
    Status write(); // flush() without the latch

    QSqlDatabase m_database;
    std::vector<Operation> m_operations;
    std::vector<SqlValue> m_values; // the operations' parameters, in order
    std::vector<SqlValue> m_journal; // journalColumns values per row, in journal order
    QHash<RowKey, std::size_t> m_pendingRow; // -> index into m_operations
    std::optional<Error> m_failure; // the first failed flush's error
};

} // namespace fw
