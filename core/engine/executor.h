#pragma once

#include "autotaskhandlers.h"
#include "decomposition/fieldresolver.h"
#include "falloutretry.h"
#include "orderruntime.h"
#include "store/runtimeloader.h"

#include <QHash>

#include <nlohmann/json_fwd.hpp>

#include <memory>
#include <optional>
#include <variant>
#include <vector>

class QLockFile;
class QSqlQuery;

namespace fw {

class CalloutThrottle;
class CalloutTransport;
struct ChangeOrder;
struct ChangePreview;
struct PreparedChange;
struct CalloutResponse;
class Clock;
class Database;
class EngineWriter;

// Runs orchestration plans durably on the store. Everything it does is a step transition that is
// written, with its journal entry, through EngineWriter in batched transactions; after a restart
// load() rebuilds the runtime from the store and execution continues where it stopped.
//
// Callouts go out through a CalloutTransport (setCalloutTransport); without one, callout steps
// stay ready. Each attempt is written to the store before its request leaves, so a crash
// mid-callout resends it after restart with the same idempotency key.
class Executor {
public:
    static constexpr int batchSize = 10000; // store operations per transaction
    Executor(Database& database, const Clock& clock, AutoTaskRegistry handlers = AutoTaskRegistry::withBuiltIns());
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
    void setLockTimeout(int milliseconds) { m_lockTimeoutMs = milliseconds; }
    // Replaces an endpoint's base URL (a test system, fw-stubs on another port).
    void setEndpointBaseUrl(const QString& endpoint, const QString& baseUrl) { m_endpointBases.insert(endpoint, baseUrl); }
    int calloutsInFlight() const { return m_inFlight; }
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
    // action is never lost). The error names the id and the reason.
    std::optional<QString> claimTask(qint64 taskId, const QString& user);
    std::optional<QString> releaseTask(qint64 taskId, const QString& user);
    std::optional<QString> completeTask(qint64 taskId, const QString& user, const QVariantMap& data, const QString& comment = {});
    std::optional<QString> signal(const QString& orderId, const QString& name, const QString& user);
    // Corrects or supplies order data: sets line field `field` of line lineId (e.g. customsCleared
    // reported by a broker), journalled with who did it. Pauses waiting on the field re-check.
    std::optional<QString> setLineField(const QString& orderId, const QString& lineId, const QString& field,
                                        const QVariant& value, const QString& user);

    // Fallout resolution (executorfallout.cpp). retry runs the failed step again at once, after
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

    // SLA actions (executorsla.cpp, core/sla/jeopardyactions.h): a supervisor moves a manual step's
    // task to another task queue, or escalates a step (stepId empty: the order) to a supervisors'
    // queue; escalations are claimed and resolved. Orders this executor runs only.
    std::optional<QString> reassignTask(const QString& orderId, const QString& stepId, const QString& queue, const QString& user);
    std::optional<QString> escalate(const QString& orderId, const QString& stepId, const QString& queue, const QString& note,
                                    const QString& user);
    std::optional<QString> claimEscalation(qint64 escalationId, const QString& user);
    std::optional<QString> resolveEscalation(qint64 escalationId, const QString& user, const QString& resolution);

    // In-flight change (executorchange.cpp, docs/change-orders.md). previewChange works out what a
    // change order would do to an order this executor runs, writing nothing. submitChange applies
    // it in one transaction and runs the reconciled plan; a change that touches a callout in flight
    // freezes the order (nothing new starts) and is applied when the replies are in. The error
    // names the problem (file:pointer: reason) or the refusal (the step and line past their PONR).
    // outcome: "applied: 2 kept, 1 added, ..." or "waiting for the replies of ...".
    ChangePreview previewChange(const nlohmann::json& document, const QString& label);
    std::optional<QString> submitChange(const nlohmann::json& document, const QString& label, const QString& user,
                                        QString* outcome = nullptr);

    const OrderRuntime* order(const QString& orderId) const;
    std::vector<QString> orderIds() const;
    // Orders this executor set aside (load(), adoptOrder()) because their stored data cannot be read:
    // they are not run, the others are (orders.set_aside_reason, journal "order.set-aside").
    const std::vector<UnreadableOrder>& setAsideOrders() const { return m_setAside; }

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
    static inline const QString engineActor = QStringLiteral("engine"); // the journal's actor for what the engine does
    qint64 newestOrderRow() const; // executoradoption.cpp
    struct WaitingChange {
        QString orderId;
        QString document; // the change order's JSON text
        QString label;
        QString user;
    };
    PreparedChange prepare(const ChangeOrder& change, bool resuming = false); // executorchange.cpp
    std::optional<QString> applyPrepared(OrderRuntime& order, const PreparedChange& prepared, const ChangeOrder& change,
                                         const QString& document, const QString& user);
    std::optional<QString> applyWaitingChanges();
    void loadWaitingChanges();
    int advance(OrderRuntime& order); // one pass over an order; returns transitions made
    bool dispatch(OrderRuntime& order, int step); // starts a ready step; false for callouts (not run here)
    bool move(OrderRuntime& order, int step, StepState to, const QString& actor, const QString& payload = {});
    void rollUp(OrderRuntime& order);
    void runAutoTask(OrderRuntime& order, int step);
    void startManualTask(OrderRuntime& order, int step);
    bool pauseSatisfied(OrderRuntime& order, int step, QString& error) const;
    void fallout(OrderRuntime& order, int step, const QString& error, const QString& classification,
                 const QString& request = {}, const QString& response = {}, const QString& rule = {},
                 const QString& queue = {}); // queue: the fallout rule's, else the step's falloutQueue, else "fallout"
    void startCallout(OrderRuntime& order, int step); // executorcallouts.cpp
    void calloutFinished(const QString& orderId, const QString& stepId, int attempt, const QString& request,
                         const CalloutResponse& response);
    OrderRuntime* findOrder(const QString& orderId);
    void setAside(const QString& orderId, const QString& reason);
    // What templates and conditions of a step see: the order, its first line and that line's group.
    static FieldContext contextOf(const OrderRuntime& order, const StepRuntime& step);

    Database& m_database;
    const Clock& m_clock;
    AutoTaskRegistry m_handlers;
    std::unique_ptr<EngineWriter> m_writer;
    std::unique_ptr<QLockFile> m_lock; // one engine per store: "<store>.engine.lock", stale locks of dead processes are taken over
    std::unique_ptr<QSqlQuery> m_taskQuery; // a task's row by id (executortasks.cpp), prepared once
    std::vector<OrderRuntime> m_orders;
    std::vector<UnreadableOrder> m_setAside;
    std::vector<WaitingChange> m_waitingChanges; // change orders waiting for callouts in flight, oldest first
    bool m_applyingWaitingChanges = false;
    QHash<QString, std::size_t> m_orderIndex; // order id -> index into m_orders
    CalloutTransport* m_transport = nullptr;
    std::unique_ptr<CalloutThrottle> m_throttle; // over m_transport
    QHash<QString, QString> m_endpointBases;
    int m_inFlight = 0;
    quint64 m_replies = 0; // callout replies handled, so runUntilSettled waits as long as they come
    int m_lockTimeoutMs = 10000;
    qint64 m_adoptedUpTo = 0; // orders.rowid of the newest order load() or adoptNewOrders() has seen
    // Callout replies may arrive after the executor is gone (shutdown, restart): they check this.
    std::shared_ptr<int> m_alive = std::make_shared<int>(0);
};

} // namespace fw
