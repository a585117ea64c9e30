#pragma once

#include "autotaskhandlers.h"
#include "decomposition/fieldresolver.h"
#include "executioncontext.h"
#include "orderruntime.h"
#include "store/runtimeloader.h"

#include <QHash>

#include <memory>
#include <optional>
#include <variant>
#include <vector>

class QLockFile;

namespace fw {

class CalloutThrottle;
class CalloutTransport;
struct CalloutResponse;

// The engine's run loop: loads the active orders of a store, advances them (milestones, auto
// tasks, manual tasks, pauses, callouts with their retries), dispatches ready steps and persists
// every transition with its journal entry through EngineWriter in batched transactions; after a
// restart load() rebuilds the runtime from the store and execution continues where it stopped.
// The command handlers (core/engine/handlers/) act on it through ExecutionContext only; Executor
// owns both and is the public face.
//
// Callouts go out through a CalloutTransport (setCalloutTransport); without one, callout steps
// stay ready. Each attempt is written to the store before its request leaves, so a crash
// mid-callout resends it after restart with the same idempotency key (runloopcallouts.cpp).
class RunLoop final : public ExecutionContext {
public:
    static constexpr int batchSize = 10000; // store operations per transaction
    RunLoop(Database& database, const Clock& clock, AutoTaskRegistry handlers);
    ~RunLoop() override;
    RunLoop(const RunLoop&) = delete;
    RunLoop& operator=(const RunLoop&) = delete;

    // Run in the order added, after load() and before every run.
    void addParticipant(RunLoopParticipant* participant) { m_participants.push_back(participant); }

    std::optional<QString> load();
    void setCalloutTransport(CalloutTransport* transport);
    void setLockTimeout(int milliseconds) { m_lockTimeoutMs = milliseconds; }
    void setEndpointBaseUrl(const QString& endpoint, const QString& baseUrl) { m_endpointBases.insert(endpoint, baseUrl); }
    int calloutsInFlight() const { return m_inFlight; }
    std::variant<int, QString> runUntilSettled(int timeoutMs);
    // The number of step transitions made, or the store error.
    std::variant<int, QString> run();
    std::optional<QString> storeFailure() const;

    const OrderRuntime* order(const QString& orderId) const;
    std::vector<QString> orderIds() const;
    const std::vector<UnreadableOrder>& setAsideOrders() const { return m_setAside; }
    int adoptNewOrders(QStringList& errors); // runloopadoption.cpp
    bool dropOrder(const QString& orderId);

    // ExecutionContext
    Database& database() override { return m_database; }
    const Clock& clock() const override { return m_clock; }
    EngineWriter& writer() override { return *m_writer; }
    OrderRuntime* findOrder(const QString& orderId) override;
    bool move(OrderRuntime& order, int step, StepState to, const QString& actor, const QString& payload = {}) override;
    bool dispatch(OrderRuntime& order, int step) override; // false for callouts without a transport
    void rollUp(OrderRuntime& order) override;
    std::optional<QString> flush() override;
    std::optional<QString> runUntilIdle() override;
    std::optional<QString> adoptOrder(const QString& orderId) override;

private:
    qint64 newestOrderRow() const; // runloopadoption.cpp
    int advance(OrderRuntime& order); // one pass over an order; returns transitions made
    void runAutoTask(OrderRuntime& order, int step);
    void startManualTask(OrderRuntime& order, int step);
    bool pauseSatisfied(OrderRuntime& order, int step, QString& error) const;
    void fallout(OrderRuntime& order, int step, const QString& error, const QString& classification, const QString& request = {},
                 const QString& response = {}, const QString& rule = {},
                 const QString& queue = {}); // queue: the fallout rule's, else the step's falloutQueue, else "fallout"
    void startCallout(OrderRuntime& order, int step); // runloopcallouts.cpp
    void calloutFinished(const QString& orderId, const QString& stepId, int attempt, const QString& request,
                         const CalloutResponse& response);
    void setAside(const QString& orderId, const QString& reason);
    // What templates and conditions of a step see: the order, its first line and that line's group.
    static FieldContext contextOf(const OrderRuntime& order, const StepRuntime& step);

    Database& m_database;
    const Clock& m_clock;
    AutoTaskRegistry m_handlers;
    std::unique_ptr<EngineWriter> m_writer;
    std::unique_ptr<QLockFile> m_lock; // one engine per store: "<store>.engine.lock", stale locks of dead processes are taken over
    std::vector<OrderRuntime> m_orders;
    std::vector<UnreadableOrder> m_setAside;
    std::vector<RunLoopParticipant*> m_participants;
    QHash<QString, std::size_t> m_orderIndex; // order id -> index into m_orders
    CalloutTransport* m_transport = nullptr;
    std::unique_ptr<CalloutThrottle> m_throttle; // over m_transport
    QHash<QString, QString> m_endpointBases;
    int m_inFlight = 0;
    quint64 m_replies = 0; // callout replies handled, so runUntilSettled waits as long as they come
    int m_lockTimeoutMs = 10000;
    qint64 m_adoptedUpTo = 0; // orders.rowid of the newest order load() or adoptNewOrders() has seen
    // Callout replies may arrive after the run loop is gone (shutdown, restart): they check this.
    std::shared_ptr<int> m_alive = std::make_shared<int>(0);
};

} // namespace fw
