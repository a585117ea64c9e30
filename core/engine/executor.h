#pragma once

#include "autotaskhandlers.h"
#include "orderruntime.h"

#include <QHash>

#include <memory>
#include <optional>
#include <variant>
#include <vector>

namespace fw {

class Clock;
class Database;
class EngineWriter;

// Runs orchestration plans durably on the store. Everything it does is a step transition that is
// written, with its journal entry, through EngineWriter in batched transactions; after a restart
// load() rebuilds the runtime from the store and execution continues where it stopped.
//
// This part runs milestones, auto tasks, manual tasks and pauses; callout steps stay ready until
// the callout runner (next increment) is attached.
class Executor {
public:
    Executor(Database& database, const Clock& clock, AutoTaskRegistry handlers = AutoTaskRegistry::withBuiltIns());
    ~Executor();
    Executor(const Executor&) = delete;
    Executor& operator=(const Executor&) = delete;

    // Loads every active order from the store. nullopt on success, else the problems.
    std::optional<QString> load();

    // Runs everything that can run now (in simulated or real time) and flushes. Returns the number
    // of step transitions made, or the store error.
    std::variant<int, QString> runUntilIdle();

    // Operator actions. Each is validated, applied and flushed before it returns (an acknowledged
    // action is never lost). The error names the id and the reason.
    std::optional<QString> claimTask(qint64 taskId, const QString& user);
    std::optional<QString> releaseTask(qint64 taskId, const QString& user);
    std::optional<QString> completeTask(qint64 taskId, const QString& user, const QVariantMap& data, const QString& comment = {});
    std::optional<QString> signal(const QString& orderId, const QString& name, const QString& user);

    // Fallout resolution (executorfallout.cpp). retry runs the failed step again at once, after
    // applying fieldFixes (corrected data) to its lines; skip force-completes it with a reason;
    // cancel cancels the whole order. The order stays on hold until resume().
    std::optional<QString> retryFallout(qint64 caseId, const QString& user, const QVariantMap& fieldFixes = {});
    std::optional<QString> skipFallout(qint64 caseId, const QString& user, const QString& reason);
    std::optional<QString> cancelFallout(qint64 caseId, const QString& user, const QString& reason);
    std::optional<QString> resume(const QString& orderId, const QString& user);

    const OrderRuntime* order(const QString& orderId) const;
    std::vector<QString> orderIds() const;

private:
    int advance(OrderRuntime& order); // one pass over an order; returns transitions made
    bool dispatch(OrderRuntime& order, int step); // starts a ready step; false for callouts (not run here)
    bool move(OrderRuntime& order, int step, StepState to, const QString& actor, const QString& payload = {});
    void rollUp(OrderRuntime& order);
    void runAutoTask(OrderRuntime& order, int step);
    void startManualTask(OrderRuntime& order, int step);
    bool pauseSatisfied(OrderRuntime& order, int step, QString& error) const;
    void fallout(OrderRuntime& order, int step, const QString& error, const QString& classification);
    OrderRuntime* findOrder(const QString& orderId);

    Database& m_database;
    const Clock& m_clock;
    AutoTaskRegistry m_handlers;
    std::unique_ptr<EngineWriter> m_writer;
    std::vector<OrderRuntime> m_orders;
    QHash<QString, OrderState> m_orderStates;
};

} // namespace fw
