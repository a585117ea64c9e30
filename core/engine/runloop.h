// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "autotaskhandlers.h"
#include "executioncontext.h"
#include "orderruntime.h"
#include "runningorders.h"

#include <memory>
#include <optional>
#include <vector>

class QLockFile;

namespace fw {

class CalloutDispatcher;
class CommandDispatcher;
class OrderAdoption;
class OrderResidency;

// The engine's run loop: holds the active orders of a store, advances them (milestones, auto
// tasks, manual tasks, pauses, callouts with their retries), dispatches ready steps and persists
// every transition with its journal entry through EngineWriter in batched transactions; after a
// restart execution continues from the store where it stopped. Orders live in memory only while they
// are worked: load() reads none, run() reads the orders that are due (those that can move first, a
// slice at a time when its OrderResidency says so), Executor lets the ones that wait (for a person,
// an operator, a signal, a date, a retry) go back to the store, and findOrder() reads a waiting
// order back when an action concerns it.
// The command handlers (core/engine/handlers/) act on it through ExecutionContext only; Executor
// owns both and is the public face. Callouts go out through its CalloutDispatcher (callouts());
// orders imported while it runs are taken up by its OrderAdoption; the orders it runs are in
// RunningOrders (orders()).
class RunLoop final : public ExecutionContext {
public:
    static constexpr int batchSize = 25000; // store operations per transaction
    RunLoop(Database& database, const Clock& clock, AutoTaskRegistry handlers);
    ~RunLoop() override;
    RunLoop(const RunLoop&) = delete;
    RunLoop& operator=(const RunLoop&) = delete;

    // Run in the order added, after load() and before every run.
    void addParticipant(RunLoopParticipant* participant) { m_participants.push_back(participant); }

    // Takes the engine lock and holds the store's active orders as waiting (OrderAdoption::holdActive);
    // an error only when the store cannot be read. Orders that cannot run are in orders().setAside()
    // and orders().leftOut().
    Status load();
    void setLockTimeout(int milliseconds) { m_lockTimeoutMs = milliseconds; }
    // Which orders are in memory: the load slice, the due ones, releasing the idle ones (Executor
    // calls OrderResidency::releaseIdle after a run, never while an action is handled).
    OrderResidency& residency() { return *m_residency; }
    CalloutDispatcher& callouts() { return *m_callouts; }
    CommandDispatcher& commands() { return *m_commands; } // auto tasks of the command handler (docs/handlers.md)
    // run(), then waits in the event loop for callout replies and runs again, until no callout is
    // out and nothing moves, or timeoutMs passes without a reply (an error then).
    Result<int> runUntilSettled(int timeoutMs);
    // The number of step transitions made, or the store error.
    Result<int> run();
    // Fails for good once a store write failed (EngineWriter::failure()), naming the store.
    Status storeStatus() const;
    Status settleWrites(); // the background group commits in the store (Executor::settleWrites)

    const RunningOrders& orders() const { return m_orders; }
    RunningOrders& orders() { return m_orders; }
    int adoptNewOrders(QStringList& errors); // OrderAdoption::adoptNew

    // ExecutionContext
    Database& database() override { return m_database; }
    const Clock& clock() const override { return m_clock; }
    EngineWriter& writer() override { return *m_writer; }
    OrderRuntime* findOrder(const QString& orderId) override;
    bool runs(const QString& orderId) const override { return m_orders.holds(orderId); } // resident or waiting
    bool move(OrderRuntime& order, int step, StepState to, const QString& actor, const QString& payload = {}) override;
    bool dispatch(OrderRuntime& order, int step) override; // false for callouts without a transport
    void rollUp(OrderRuntime& order) override;
    Status flush() override;
    Status runUntilIdle() override;
    Status adoptOrder(const QString& orderId) override;
    Status adoptOrders(const std::vector<QString>& orderIds, std::vector<std::pair<QString, QString>>& notRun) override;

private:
    int advance(OrderRuntime& order); // one pass over an order; returns transitions made
    void runAutoTask(OrderRuntime& order, int step);
    void startManualTask(OrderRuntime& order, int step);

    Database& m_database;
    const Clock& m_clock;
    AutoTaskRegistry m_handlers;
    std::unique_ptr<EngineWriter> m_writer;
    std::unique_ptr<QLockFile> m_lock; // one engine per store: "<store>.engine.lock", stale locks of dead processes are taken over
    RunningOrders m_orders;
    std::vector<RunLoopParticipant*> m_participants;
    std::unique_ptr<CalloutDispatcher> m_callouts;
    std::unique_ptr<CommandDispatcher> m_commands;
    std::unique_ptr<OrderAdoption> m_adoption;
    std::unique_ptr<OrderResidency> m_residency;
    int m_lockTimeoutMs = 10000;
};

} // namespace fw
