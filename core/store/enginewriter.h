// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "engine/orderruntime.h"
#include "domain/assetchange.h"
#include "common/result.h"
#include "batchcommitter.h"
#include "enginebatch.h"
#include "journal.h"
#include "sqlitequery.h"

#include <QHash>
#include <QSqlDatabase>

#include <memory>
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
    // A write of the installed base that the completed order makes (docs/assets.md): an asset it left
    // the account with its "created" event, or its change of an asset it acted on (the row's new
    // values, revision + 1, and the event with before and after). The event's change orders are those
    // applied to its order, read as the batch is written. Belongs in the batch of the
    // orderStateChanged() that completes the order: both are in the store or neither.
    void assetWritten(const AssetWrite& write);

    int pending() const { return m_batch.size(); }
    // Writes the batch in one transaction, after the batches handed to the background (settle()). A
    // failed write (disk full, I/O error) rolls the transaction back and is final: the store keeps its
    // last committed state, the batch stays unwritten, and every later flush() returns the same error
    // (failure()), so the engine stops instead of running ahead of its store. A restart continues from
    // what was committed.
    Status flush();
    // Hands the batch to a committer thread with a connection of its own (BatchCommitter) and returns
    // while it is written, so the engine's next work overlaps the commit: for the run loop's group
    // commits, which acknowledge nothing. Until settle(), the store does not show the batch: before
    // reading an order back, ask writesPending(orderId). A memory store writes at once (flush()).
    void flushInBackground();
    // Waits until every batch handed to the background is in the store (or one failed: latched).
    Status settle();
    // Whether a batch in the background writes rows of this order (then read it after settle()).
    bool writesPending(const QString& orderId) const;
    // The latched error of a failed flush, or of a failed background write, if one failed.
    const std::optional<Error>& failure() const;

private:
    using Statement = EngineBatch::Statement;
    using enum EngineBatch::Statement;
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
    void noteOrder(const QString& orderId); // the batch writes rows of this order (EngineBatch::orders)
    EngineBatch takeBatch();

    QSqlDatabase m_database;
    EngineBatch m_batch;
    QHash<RowKey, std::size_t> m_pendingRow; // -> index into m_batch.operations
    std::unique_ptr<BatchCommitter> m_committer; // made at the first flushInBackground() of a file store
    bool m_committerUnavailable = false; // it could not be opened: every flush is synchronous
    QString m_lastOrder; // the order noteOrder() saw last in this batch
    QSet<QString> m_inBackground; // orders written by batches not settled yet
    bool m_unknownInBackground = false; // a batch not settled yet touches orders known only by row id
    mutable std::optional<Error> m_failure; // the first failed write's error
};

} // namespace fw
