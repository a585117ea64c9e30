// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "autotaskhandlers.h"
#include "commandallowlist.h"
#include "decomposition/fieldresolver.h"
#include "falloutretry.h"
#include "handlers/changecommands.h"
#include "handlers/falloutcommands.h"
#include "handlers/importcommands.h"
#include "handlers/slacommands.h"
#include "handlers/taskcommands.h"
#include "orderruntime.h"
#include "store/runtimeloader.h"
#include "store/storeimporter.h"

#include <nlohmann/json_fwd.hpp>

#include <memory>
#include <optional>
#include <variant>
#include <vector>

namespace fw {

class CalloutTransport;
class ChangeCommands;
struct ChangePreview;
class Clock;
class Database;
class FalloutCommands;
class ImportCommands;
class RenewalScanner;
class RunLoop;
class RunningOrders;
class SlaCommands;

// Runs orchestration plans durably on the store: the engine's public face. It owns the run loop
// (RunLoop: load, advance, dispatch, persist, callouts) and one handler per family of operator
// commands (core/engine/handlers/: TaskCommands, FalloutCommands, SlaCommands, ChangeCommands,
// ImportCommands), which act on the run loop through ExecutionContext; callers reach the handlers
// through tasks(), fallout(), sla(), changes() and imports(). Everything is a step transition written, with its journal entry, through
// EngineWriter in batched transactions; after a restart execution continues where it stopped. An
// order is in memory only while it is worked: one that waits (for a person, an operator, a signal,
// a date, a retry) stays in the store and is read back when its time comes or an action concerns it.
//
// Callouts go out through a CalloutTransport (setCalloutTransport); without one, callout steps
// stay ready. Each attempt is written to the store before its request leaves, so a crash
// mid-callout resends it after restart with the same idempotency key.
class Executor {
public:
    static constexpr int batchSize = 25000; // store operations per transaction (RunLoop::batchSize)
    Executor(Database& database, const Clock& clock, AutoTaskRegistry handlers = AutoTaskRegistry::withBuiltIns());
    const Clock& clock() const; // the clock it runs on
    ~Executor();
    Executor(const Executor&) = delete;
    Executor& operator=(const Executor&) = delete;

    // Takes the store's engine lock (waiting up to 10 s for another engine to finish) and holds every
    // active order of the store, reading none yet (runUntilIdle reads those that can move first). An
    // error when the store cannot be read or a handler cannot start; orders that cannot run are not
    // an error: they are in orders().setAside() and orders().leftOut().
    Status load();
    // Whether a live engine (this or another process) holds the store at `databasePath`.
    static bool engineRunningOn(const QString& databasePath);

    // Callouts go out through it, at most the endpoint's maxInFlight at once (CalloutThrottle).
    void setCalloutTransport(CalloutTransport* transport);
    // What the auto tasks of the command handler may run (docs/handlers.md); nothing without it.
    void setCommandAllowList(CommandAllowList list);
    void setLockTimeout(int milliseconds);
    // Replaces an endpoint's base URL (a test system, fw-stubs on another port).
    void setEndpointBaseUrl(const QString& endpoint, const QString& baseUrl);
    int calloutsInFlight() const;
    // runUntilIdle, then waits in the event loop for callout responses and runs again, until no
    // callout is out and nothing moves, or timeoutMs passes without a reply (an error then).
    Result<int> runUntilSettled(int timeoutMs = 60000);

    // Runs everything that can run now (in simulated or real time) and flushes, then lets the orders
    // that wait leave memory. Returns the number of step transitions made, or the store error. While
    // moreDue(), its last group commit may still be being written (settleWrites); else it is in the store.
    Result<int> runUntilIdle();
    // At most this many waiting orders are read per runUntilIdle() (0, the default: every due one), so
    // a client that must stay responsive (the workbench's engine thread) runs again while moreDue().
    void setLoadSlice(int orders);
    bool moreDue() const;
    // Fails once a store write failed (disk full, I/O error): the executor stops for good
    // (runUntilIdle and every action fail with this error) and the store keeps its last committed
    // state; a new executor continues from there once the store can be written.
    Status storeStatus() const;
    // Waits until the group commits a sliced run left in the background are in the store (runUntilIdle
    // returns with one still being written while moreDue(), so the next slice overlaps it). Actions
    // (CommandProcessor) and anything that reads the engine's rows from the store call it first.
    Status settleWrites();

    // Operator actions, one handler per family (core/engine/handlers/). Each action is validated,
    // applied and flushed before it returns (an acknowledged action is never lost); its error names
    // the id and the reason. Users' actions reach them through CommandProcessor (core/commands),
    // which authorizes and journals them; tests and tools may call a handler directly.
    // Each first settles the background group commits (settleWrites; a failure is latched and the
    // action then fails with it), so an action reads the store as the engine left it.
    TaskCommands& tasks() { return settled(*m_tasks); } // claim, release, complete, signal, setLineField
    FalloutCommands& fallout() { return settled(*m_fallout); } // retry, skip, cancel, resume
    SlaCommands& sla() { return settled(*m_sla); } // reassign, escalate, setPriority, escalations
    ChangeCommands& changes() { return settled(*m_changes); } // preview and submit change orders
    ImportCommands& imports() { return settled(*m_imports); } // catalogs and orders, taken up at once
    RenewalScanner& renewals() { return *m_renewals; } // opens renewals before each run (core/renewals)

    // An order this executor runs, read back from the store when it waits there (valid until the next
    // runUntilIdle); nullptr when it runs no such order. orders().find() looks without reading.
    const OrderRuntime* order(const QString& orderId) const;
    std::vector<QString> orderIds() const; // every order it runs, in memory or waiting
    const RunningOrders& orders() const;
    const CatalogCache& catalogs() const; // the catalogs of the orders it runs
    // Orders this executor set aside (load(), adoptOrder(), reading a waiting order) because their
    // stored data cannot be read: they are not run, the others are (orders.set_aside_reason, journal
    // "order.set-aside"). Those left out because their catalog is missing: orders().leftOut().
    const std::vector<UnreadableOrder>& setAsideOrders() const;

    // Loads orders imported into the store since load() or the last call (by another process or
    // connection), so they run without a restart. Returns how many were adopted; problems with
    // an order (its catalog gone) are appended to errors and the order is left out.
    int adoptNewOrders(QStringList& errors);
    // Loads one order of the store and runs it from now on (sync: an order taken over, whose row
    // may have been re-written under a rowid adoptNewOrders already passed). Held already: nothing.
    Status adopt(const QString& orderId);
    // Stops executing an order at once (its lease went to another workstation): it leaves memory,
    // the store keeps its rows. A callout reply still out for it is ignored. False if not held.
    bool dropOrder(const QString& orderId);

private:
    template <typename Handler> Handler& settled(Handler& handler)
    {
        (void)settleWrites(); // a failure is latched: the action fails with it
        return handler;
    }

    std::unique_ptr<RunLoop> m_loop;
    std::unique_ptr<TaskCommands> m_tasks;
    std::unique_ptr<FalloutCommands> m_fallout;
    std::unique_ptr<SlaCommands> m_sla;
    std::unique_ptr<ChangeCommands> m_changes;
    std::unique_ptr<ImportCommands> m_imports;
    std::unique_ptr<RenewalScanner> m_renewals;
};

} // namespace fw
