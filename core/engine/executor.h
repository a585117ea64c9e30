#pragma once

#include "autotaskhandlers.h"
#include "decomposition/fieldresolver.h"
#include "falloutretry.h"
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
class RunLoop;
class SlaCommands;

// Runs orchestration plans durably on the store: the engine's public face. It owns the run loop
// (RunLoop: load, advance, dispatch, persist, callouts) and one handler per family of operator
// commands (core/engine/handlers/: TaskCommands, FalloutCommands, SlaCommands, ChangeCommands,
// ImportCommands), which act on the run loop through ExecutionContext; its member functions
// forward to them. Everything is a step transition written, with its journal entry, through
// EngineWriter in batched transactions; after a restart load() rebuilds the runtime from the store
// and execution continues where it stopped.
//
// Callouts go out through a CalloutTransport (setCalloutTransport); without one, callout steps
// stay ready. Each attempt is written to the store before its request leaves, so a crash
// mid-callout resends it after restart with the same idempotency key.
class Executor {
public:
    static constexpr int batchSize = 10000; // store operations per transaction (RunLoop::batchSize)
    Executor(Database& database, const Clock& clock, AutoTaskRegistry handlers = AutoTaskRegistry::withBuiltIns());
    const Clock& clock() const; // the clock it runs on
    ~Executor();
    Executor(const Executor&) = delete;
    Executor& operator=(const Executor&) = delete;

    // Takes the store's engine lock (waiting up to 10 s for another engine to finish) and loads
    // every active order from the store. nullopt on success, else the problems.
    std::optional<QString> load();
    // Whether a live engine (this or another process) holds the store at `databasePath`.
    static bool engineRunningOn(const QString& databasePath);

    // Callouts go out through it, at most the endpoint's maxInFlight at once (CalloutThrottle).
    void setCalloutTransport(CalloutTransport* transport);
    void setLockTimeout(int milliseconds);
    // Replaces an endpoint's base URL (a test system, fw-stubs on another port).
    void setEndpointBaseUrl(const QString& endpoint, const QString& baseUrl);
    int calloutsInFlight() const;
    // runUntilIdle, then waits in the event loop for callout responses and runs again, until no
    // callout is out and nothing moves, or timeoutMs passes without a reply (an error then).
    std::variant<int, QString> runUntilSettled(int timeoutMs = 60000);

    // Runs everything that can run now (in simulated or real time) and flushes. Returns the number
    // of step transitions made, or the store error.
    std::variant<int, QString> runUntilIdle();
    // A store write failed (disk full, I/O error): the executor stops for good (runUntilIdle and
    // every action return this message) and the store keeps its last committed state; a new
    // executor continues from there once the store can be written. nullopt while all is well.
    std::optional<QString> storeFailure() const;

    // Operator actions. Each is validated, applied and flushed before it returns (an acknowledged
    // action is never lost). The error names the id and the reason. Tasks: TaskCommands (a claim
    // says since when and expires after claims.idleHours without activity of its holder; a holder's
    // re-claim renews it; AnyHolder releases someone else's claim, e.g. a supervisor's release).
    std::optional<QString> claimTask(qint64 taskId, const QString& user);
    std::optional<QString> releaseTask(qint64 taskId, const QString& user, ReleaseScope scope = ReleaseScope::OwnClaim);
    std::optional<QString> completeTask(qint64 taskId, const QString& user, const QVariantMap& data, const QString& comment = {});
    std::optional<QString> signal(const QString& orderId, const QString& name, const QString& user);
    // Corrects or supplies order data: sets line field `field` of line lineId (e.g. customsCleared
    // reported by a broker), journalled with who did it. Pauses waiting on the field re-check.
    std::optional<QString> setLineField(const QString& orderId, const QString& lineId, const QString& field, const QVariant& value,
                                        const QString& user);

    // Fallout resolution (FalloutCommands). retry runs the failed step again at once, after
    // applying retry.fieldFixes (corrected data) to its lines, and resumes the order when that was
    // its last step in fallout (unless retry.resumeIfLast is false: the order then stays on hold
    // until resume()); after an attempt whose outcome is unknown it resends the same request with
    // the same idempotency key (FalloutRetry says when an edited payload may go instead). skip
    // force-completes the step with a reason and cancel cancels the whole order, both leaving the
    // order on hold until resume().
    std::optional<QString> retryFallout(qint64 caseId, const QString& user, const FalloutRetry& retry = {});
    std::optional<QString> skipFallout(qint64 caseId, const QString& user, const QString& reason);
    std::optional<QString> cancelFallout(qint64 caseId, const QString& user, const QString& reason);
    std::optional<QString> resume(const QString& orderId, const QString& user);

    // SLA actions (SlaCommands, core/sla/jeopardyactions.h): a supervisor moves a manual step's
    // task to another task queue, or escalates a step (stepId empty: the order) to a supervisors'
    // queue; escalations are claimed and resolved. Orders this executor runs only.
    std::optional<QString> reassignTask(const QString& orderId, const QString& stepId, const QString& queue, const QString& user);
    std::optional<QString> escalate(const QString& orderId, const QString& stepId, const QString& queue, const QString& note,
                                    const QString& user);
    std::optional<QString> setPriority(const QString& orderId, int priority, const QString& note, const QString& user);
    std::optional<QString> claimEscalation(qint64 escalationId, const QString& user);
    std::optional<QString> resolveEscalation(qint64 escalationId, const QString& user, const QString& resolution);

    // In-flight change (ChangeCommands, docs/change-orders.md). previewChange works out what a
    // change order would do to an order this executor runs, writing nothing. submitChange applies
    // it in one transaction and runs the reconciled plan; a change that touches a callout in flight
    // freezes the order (nothing new starts) and is applied when the replies are in. The error
    // names the problem (file:pointer: reason) or the refusal (the step and line past their PONR).
    // outcome: "applied: 2 kept, 1 added, ..." or "waiting for the replies of ...".
    ChangePreview previewChange(const nlohmann::json& document, const QString& label);
    std::optional<QString> submitChange(const nlohmann::json& document, const QString& label, const QString& user,
                                        QString* outcome = nullptr);

    // Imports a catalog or an order file (ImportCommands: validated, then written in one transaction);
    // a new order runs from the next runUntilIdle(). ImportResult::notRun says why an order stored
    // could not be taken up.
    ImportResult importCatalog(const QString& path, const QString& user);
    ImportResult importOrder(const QString& path, const QString& user, const QString& catalogId = {});

    const OrderRuntime* order(const QString& orderId) const;
    std::vector<QString> orderIds() const;
    // Orders this executor set aside (load(), adoptOrder()) because their stored data cannot be read:
    // they are not run, the others are (orders.set_aside_reason, journal "order.set-aside").
    const std::vector<UnreadableOrder>& setAsideOrders() const;

    // Loads orders imported into the store since load() or the last call (by another process or
    // connection), so they run without a restart. Returns how many were adopted; problems with
    // an order (its catalog gone) are appended to errors and the order is left out.
    int adoptNewOrders(QStringList& errors);
    // Loads one order of the store and runs it from now on (sync: an order taken over, whose row
    // may have been re-written under a rowid adoptNewOrders already passed). Held already: nothing.
    std::optional<QString> adoptOrder(const QString& orderId);
    // Stops executing an order at once (its lease went to another workstation): it leaves memory,
    // the store keeps its rows. A callout reply still out for it is ignored. False if not held.
    bool dropOrder(const QString& orderId);

private:
    std::unique_ptr<RunLoop> m_loop;
    std::unique_ptr<TaskCommands> m_tasks;
    std::unique_ptr<FalloutCommands> m_fallout;
    std::unique_ptr<SlaCommands> m_sla;
    std::unique_ptr<ChangeCommands> m_changes;
    std::unique_ptr<ImportCommands> m_imports;
};

} // namespace fw
