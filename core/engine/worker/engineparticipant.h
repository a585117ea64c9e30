// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QString>

#include <functional>
#include <memory>

namespace fw {

class Clock;
class CommandProcessor;
class Database;
class Executor;
struct Command;
struct CommandResult;
struct EngineSnapshot;

// What the engine offers the participants it runs, on its own thread (EngineWorker implements it).
class EngineHost {
public:
    virtual ~EngineHost() = default;
    virtual QString storePath() const = 0;
    virtual Database& database() = 0; // the engine thread's connection, open from prepare() on
    virtual const Clock& clock() const = 0;
    virtual Executor* executor() = 0; // nullptr until the orders are loaded (in prepare())
    virtual CommandProcessor* processor() = 0; // nullptr until the engine runs
    // Tells the client (the workbench's message bar, fwctl's output) how an action went.
    virtual void reportDone(const QString& action) = 0;
    virtual void reportFailed(const QString& action, const QString& error) = 0;
    // Something changed outside a tick (a sync round brought work): tick shortly. Before the first
    // tick it releases a first tick that waits (delaysFirstTick()).
    virtual void tickSoon() = 0;
    // How far a long preparation is (prepare(); from any thread): `stage` names it ("demo-history"),
    // done of total steps. The workbench shows it while the engine starts.
    virtual void reportStarting(const QString& stage, int done, int total)
    {
        Q_UNUSED(stage);
        Q_UNUSED(done);
        Q_UNUSED(total);
    }
};

// One part of a running engine other than its run loop: the inbox of fwctl's requests, the sync
// with the remote store, the SLA supervision, the demo's colleagues. EngineWorker runs a list of
// them instead of knowing each: every tick lets each act (tick()) before the orders run, and
// add to the snapshot (publish()) after they ran. Everything is called on the engine's thread.
class EngineParticipant {
public:
    virtual ~EngineParticipant() = default;
    virtual QString name() const = 0; // in messages: "sync", "the demo"

    // The store is open and its schema current; the orders are not loaded yet. An error is
    // reported under name() and the engine starts without this participant.
    virtual Status prepare(EngineHost&) { return {}; }
    // The orders are loaded and commands are accepted.
    virtual void start(EngineHost&) { }
    // true: the first tick waits (up to 3 s) until this participant calls host.tickSoon().
    virtual bool delaysFirstTick() const { return false; }
    // Every tick, in the order the participants were added, before the orders run.
    virtual void tick(EngineHost&) { }
    // Every tick, after the orders ran: adds to the snapshot the client gets.
    virtual void publish(EngineHost&, EngineSnapshot&) { }
    // The processor answered a command the client submitted (label: how the client names it).
    virtual void answered(const QString& /*label*/, const Command&, const CommandResult&) { }
    // The engine stops (or its store failed): let go of threads, files and connections.
    virtual void stop() { }
};

// Makes a participant on the engine's thread when the engine starts (EngineService::addParticipant).
using EngineParticipantFactory = std::function<std::unique_ptr<EngineParticipant>()>;

} // namespace fw
