#pragma once

#include "engine/orderruntime.h"
#include "journal.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QHash>
#include <QVariantList>

#include <array>
#include <optional>

namespace fw {

// Collects the engine's changes (step states, line fields, order states, tasks, fallout cases,
// signals, journal entries) and writes them in one transaction per flush: the group commit that
// keeps durable execution fast. Nothing is visible in the store before flush() returns, and a
// crash loses at most the unflushed batch; callers flush before acknowledging an operator action.
class EngineWriter {
public:
    explicit EngineWriter(QSqlDatabase database);

    void stepChanged(const OrderRuntime& order, int step, StepState from, StepState to, const QDateTime& now,
                     const QString& actor, const QString& payload = {});
    void lineFieldsChanged(const OrderRuntime& order, int line, const QDateTime& now);
    void orderStateChanged(const QString& orderId, OrderState from, OrderState to, const QDateTime& now);
    void taskCreated(const QString& orderId, const QString& stepId, const QString& queue, const QDateTime& now);
    void taskChanged(qint64 taskId, const QString& state, const QString& claimedBy, const QString& data,
                     const QString& comment, const QDateTime& now);
    void signalReceived(const QString& orderId, const QString& name, const QDateTime& now);
    void falloutOpened(const QString& orderId, const QString& stepId, const QString& queue, const QString& classification,
                       const QString& error, int attempts, const QString& rule, const QDateTime& now,
                       const QString& request = {}, const QString& response = {});
    void attemptStarted(const QString& orderId, const QString& stepId, int series, int attempt, const QString& key, const QString& request,
                        const QDateTime& now);
    void attemptFinished(const QString& orderId, const QString& stepId, int series, int attempt, int httpStatus, const QString& outcome,
                         const QString& response, const QString& error, const QDateTime& now);
    void orderHoldChanged(const QString& orderId, bool onHold, const QDateTime& now, const QString& actor,
                          const QString& payload);
    void falloutResolved(qint64 caseId, const QString& resolution, const QDateTime& now);
    void journal(const JournalEvent& event);

    int pending() const { return int(m_operations.size()); }
    std::optional<QString> flush();

private:
    enum Statement { UpdateStep, InsertJournal, UpdateLineFields, UpdateOrder, InsertTask, UpdateTask, InsertSignal, InsertFallout, UpdateHold, ResolveFallout,
                     InsertAttempt, FinishAttempt,
                     StatementCount };
    struct Operation {
        Statement statement;
        QVariantList binds;
    };
    void add(Statement statement, QVariantList binds) { m_operations.push_back({ statement, std::move(binds) }); }

    QSqlDatabase m_database;
    std::array<std::optional<QSqlQuery>, StatementCount> m_queries;
    std::vector<Operation> m_operations;
    // A step changed several times in one batch is written once, with its last values.
    QHash<QString, std::size_t> m_pendingStepUpdate; // order + '\n' + step -> index into m_operations
};

} // namespace fw
