// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "stepstate.h"

#include <QString>

#include <utility>
#include <vector>

namespace fw {

class Clock;
class Database;
class EngineWriter;
struct OrderRuntime;

// What a command handler (core/engine/handlers/) may do with the orders the engine runs: the
// narrow seam between the run loop (RunLoop) and the handlers. A handler finds an order, moves its
// steps through the plan's state machine, queues store writes and journal entries through the
// writer, flushes before it answers, and lets the plan continue; it never sees the run loop's
// other state, nor another handler's.
class ExecutionContext {
public:
    static inline const QString engineActor = QStringLiteral("engine"); // the journal's actor for what the engine does

    virtual ~ExecutionContext() = default;

    virtual Database& database() = 0; // reads go through database().connection(), writes through writer()
    virtual const Clock& clock() const = 0;
    virtual EngineWriter& writer() = 0;

    // An order this engine runs, nullptr if it runs no such order (unknown, finished, set aside, another
    // workstation's). An order waiting in the store is read back into memory (RunningOrders).
    virtual OrderRuntime* findOrder(const QString& orderId) = 0;
    // Whether this engine runs the order, without reading it.
    virtual bool runs(const QString& orderId) const = 0;
    // Moves a step (validated by its PlanExecution) and queues the transitions with their journal
    // entries: the step's under `actor`, the dependents it releases under "engine". False (and
    // nothing written) when the plan does not allow it.
    virtual bool move(OrderRuntime& order, int step, StepState to, const QString& actor, const QString& payload = {}) = 0;
    // Starts a ready step now (runs an auto task, opens a manual task, sends a callout).
    virtual bool dispatch(OrderRuntime& order, int step) = 0;
    // Writes the order's state when its steps changed it.
    virtual void rollUp(OrderRuntime& order) = 0;
    // Writes everything queued; the store error (the engine then stops: RunLoop::storeStatus()). An
    // action flushes before it answers.
    virtual Status flush() = 0;
    // Lets every order run as far as it can now (after a resume, a retry, a change); the store error.
    virtual Status runUntilIdle() = 0;
    // Loads an order of the store (just imported) and runs it from now on; the error.
    virtual Status adoptOrder(const QString& orderId) = 0;
    // The same for a committed group (a bulk import's): read with one loader, written with one
    // flush. Those that cannot run go to notRun (order id, why); the error is the store's.
    virtual Status adoptOrders(const std::vector<QString>& orderIds, std::vector<std::pair<QString, QString>>& notRun) = 0;
};

// Work of a command handler that the run loop does for it: after load() (e.g. change orders that
// wait for callouts freeze their orders again) and at the start of every runUntilIdle() (waiting
// changes whose replies are in, claims idle too long). Errors stop that run; an error after load()
// is reported with load()'s.
class RunLoopParticipant {
public:
    virtual ~RunLoopParticipant() = default;
    virtual Status loaded() { return {}; }
    virtual Status beforeRun() { return {}; }
};

} // namespace fw
