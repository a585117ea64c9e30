#include "engineworker.h"

#include "replicataskforms.h"
#include "callouttransport.h"
#include "common/clock.h"
#include "demohistory.h"
#include "executor.h"
#include "requestinbox.h"
#include "scriptedoperator.h"
#include "sla/jeopardymonitor.h"
#include "store/database.h"
#include "store/demostore.h"
#include "store/operationsreader.h"
#include "store/storeclock.h"
#include "commands/commandprocessor.h"

#include <QLockFile>
#include <QSqlQuery>
#include <QTimer>

namespace fw {

namespace {
    constexpr int firstRoundWaitMs = 3000;
}

EngineWorker::EngineWorker(QString databasePath)
    : m_path(std::move(databasePath))
    , m_replicaTaskForms(std::make_unique<ReplicaTaskForms>())
{
}

EngineWorker::~EngineWorker() = default;

void EngineWorker::start(int tickMs, int lockTimeoutMs)
{
    if (m_populating) { // the demo's history runs its own engine, whose event loop delivered this: start after it
        m_pendingStart = { tickMs, lockTimeoutMs };
        return;
    }
    m_clock = std::make_unique<SystemClock>();
    m_database = std::make_unique<Database>(m_path); // this thread's connection
    if (const auto error = m_database->open()) {
        Q_EMIT startFailed(*error);
        return;
    }
    m_clock = StoreClock::forStore(m_database->connection()); // a store in simulated time keeps its clock's position
    Q_EMIT storeOpened(); // readers may start: loading the active orders can take a while on a big store
    if (const auto error = prepareSync())
        Q_EMIT actionFailed(QStringLiteral("sync"), *error);
    m_transport = std::make_unique<HttpCalloutTransport>();
    m_executor = std::make_unique<Executor>(*m_database, *m_clock);
    m_executor->setCalloutTransport(m_transport.get());
    m_executor->setLockTimeout(lockTimeoutMs);
    for (auto it = m_endpointBases.cbegin(); it != m_endpointBases.cend(); ++it)
        m_executor->setEndpointBaseUrl(it.key(), it.value());
    if (const auto error = m_executor->load()) {
        m_executor.reset();
        Q_EMIT startFailed(*error);
        return;
    }
    m_processor = std::make_unique<CommandProcessor>(*m_database, *m_clock);
    m_processor->setExecutor(m_executor.get());
    m_processor->setSync(m_sync.get()); // claims are decided in the remote store, replica actions go to their owner
    m_serving = RequestInbox::serve(m_path);
    m_journalSeq = OperationsReader(m_database->connection()).journalPosition(); // changes from now on
    Q_EMIT started();
    if (!m_sync) {
        startTicking(tickMs);
        return;
    }
    // Orders taken over by another workstation while this one was away must not run here: the first
    // round drops them (and adopts new ones) before the first tick, unless it takes longer than 3 s.
    m_pendingTickMs = tickMs;
    startSync();
    QTimer::singleShot(firstRoundWaitMs, this, [this] {
        if (m_pendingTickMs > 0) {
            const int pending = m_pendingTickMs;
            m_pendingTickMs = 0;
            startTicking(pending);
        }
    });
}

void EngineWorker::stop()
{
    if (m_timer)
        m_timer->stop();
    m_pendingTickMs = 0;
    m_sync.reset(); // joins the sync thread: a round waiting on the network is interrupted
    m_enginePort.reset();
    m_jeopardy.reset();
    m_serving.reset();
    m_processor.reset();
    m_executor.reset(); // releases the engine lock; late callout replies are ignored
    m_transport.reset();
    m_database.reset();
}

void EngineWorker::setEndpointBaseUrl(const QString& endpoint, const QString& baseUrl)
{
    m_endpointBases.insert(endpoint, baseUrl);
    if (m_executor)
        m_executor->setEndpointBaseUrl(endpoint, baseUrl);
}

void EngineWorker::tick()
{
    if (!m_executor)
        return;
    // A failed store write stops the engine: running on would act without recording it. Stop
    // ticking, release the store, say so once.
    const auto stoppedOnStoreFailure = [this] {
        const auto failure = m_executor->storeFailure();
        if (!failure)
            return false;
        if (m_timer)
            m_timer->stop();
        m_sync.reset(); // nothing more to hand over: the store cannot record it
        m_enginePort.reset();
        m_processor.reset();
        m_executor.reset();
        Q_EMIT stopped(*failure);
        return true;
    };
    QStringList problems;
    m_executor->adoptNewOrders(problems); // imported by fwctl or another window since the last tick
    if (stoppedOnStoreFailure())
        return;
    for (const QString& problem : problems)
        Q_EMIT actionFailed(QStringLiteral("load new orders"), problem);
    RequestInbox(m_database->connection()).processPending(*m_processor, m_clock->now()); // left by fwctl
    grantWaitingClaimsHere();
    runScriptedOperator();
    const auto ran = m_executor->runUntilIdle(); // callout replies arrive through this thread's event loop
    if (stoppedOnStoreFailure())
        return;
    if (const auto* error = std::get_if<QString>(&ran))
        Q_EMIT actionFailed(QStringLiteral("run"), *error);
    EngineSnapshot next = snapshot();
    superviseSla(next);
    if (m_sync && next.journalSeq != m_journalSeq)
        m_sync->wake(); // new events to push
    m_journalSeq = next.journalSeq;
    Q_EMIT snapshotReady(next);
}

void EngineWorker::enableScriptedOperator(int percentOfOrders, int ordersPerTick)
{
    m_scriptedPercent = std::clamp(percentOfOrders, 0, 100);
    m_scriptedPerTick = std::max(0, ordersPerTick);
}

// The demo's colleagues: a share of the orders (chosen by id, so the same ones every run) get their
// tasks done, signals sent and fields reported, a few orders per tick so the views stay lively.
// Fallout and the other orders are left for the person at the workbench.
void EngineWorker::runScriptedOperator()
{
    if (m_scriptedPercent == 0 || m_scriptedPerTick == 0)
        return;
    const std::vector<QString> ids = m_executor->orderIds();
    if (ids.empty())
        return;
    const ScriptedOperator colleague;
    int acted = 0;
    for (std::size_t visited = 0; visited < ids.size() && acted < m_scriptedPerTick; ++visited) {
        const QString& id = ids[(m_scriptedCursor + visited) % ids.size()];
        if (int(qHash(id, 2026) % 100) >= m_scriptedPercent)
            continue;
        const OrderRuntime* order = m_executor->order(id);
        if (!order || order->onHold)
            continue;
        if (!colleague.actOn(*m_executor, *m_database, id, m_sync.get()).actions.isEmpty())
            ++acted;
    }
    m_scriptedCursor = (m_scriptedCursor + 1) % ids.size();
}

void EngineWorker::perform(const QString& action, const Command& request)
{
    if (!m_processor) {
        Q_EMIT actionFailed(action, QStringLiteral("the engine is not running"));
        return;
    }
    Command command = request;
    if (m_sync)
        command.origin.workstation = m_sync->workstation();
    const CommandResult result = m_processor->process(command);
    if (!result.ok()) {
        Q_EMIT actionFailed(action, result.message);
    } else {
        if (result.status == CommandResult::Status::Queued)
            m_waitingCommands.insert(result.queuedId, action);
        Q_EMIT actionDone(result.message.isEmpty() ? action : action + QStringLiteral(": ") + result.message);
    }
    if (request.action.startsWith(QLatin1String("jeopardy.")) || request.action.startsWith(QLatin1String("task.")))
        evaluateJeopardySoon(); // the jeopardy view shows the task's new queue or owner at once
    tick(); // the plan moves on at once, and the client sees it
}

void EngineWorker::readOrderDetail(const QString& orderId)
{
    if (!m_database)
        return;
    if (auto detail = OperationsReader(m_database->connection()).orderDetail(orderId)) {
        if (const OrderRuntime* order = m_executor ? m_executor->order(orderId) : nullptr) {
            std::vector<std::pair<QString, QString>> lanes; // the catalog's names and order
            for (const Lane& lane : order->catalog->lanes) {
                const bool used
                    = std::any_of(detail->lanes.begin(), detail->lanes.end(), [&](const auto& l) { return l.first == lane.id; });
                if (used)
                    lanes.emplace_back(lane.id, lane.name);
            }
            if (lanes.size() == detail->lanes.size())
                detail->lanes = std::move(lanes);
        }
        Q_EMIT orderDetailReady(*detail);
    } else
        Q_EMIT actionFailed(QStringLiteral("open order %1").arg(orderId), QStringLiteral("order '%1' is not in the store").arg(orderId));
}

void EngineWorker::populateDemoStore(const QString& samplesDirectory, int copies, const QHash<QString, QString>& historyEndpoints)
{
    const QString action = QStringLiteral("create the demo store");
    Clock* clock = m_clock.get();
    SystemClock systemClock;
    Database database(m_path); // this thread's connection, before the engine opens its own
    if (const auto error = database.open()) {
        Q_EMIT actionFailed(action, *error);
        return;
    }
    QSqlQuery query(database.connection());
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM orders")) && query.next() && query.value(0).toInt() > 0)
        return; // already has orders: keep what operators did
    query.finish();
    const Clock& now = clock ? *clock : systemClock;
    // The history runs first (the orders of today are imported after it), on an engine of its own
    // whose event loop may deliver start(): that waits until the history is written.
    const auto simulateHistory = [&]() -> std::optional<QString> {
        if (historyEndpoints.isEmpty())
            return std::nullopt;
        DemoHistoryOptions history;
        history.endpointBaseUrls = historyEndpoints;
        m_populating = true;
        const auto error = simulateDemoHistory(database, samplesDirectory, now.now(), history);
        m_populating = false;
        return error;
    };
    const auto error = fw::populateDemoStore(database, now, samplesDirectory, copies, simulateHistory);
    if (m_pendingStart) {
        const auto pending = *m_pendingStart; // not a structured binding: clang 14 (fuzz build) cannot capture those
        m_pendingStart.reset();
        QMetaObject::invokeMethod(
            this, [this, pending] { start(pending.first, pending.second); }, Qt::QueuedConnection);
    }
    if (error)
        Q_EMIT actionFailed(action, *error);
    else
        Q_EMIT actionDone(action);
}

void EngineWorker::importFile(const QString& kind, const QString& path, const QString& user)
{
    const QString action = kind == QStringLiteral("catalog") ? QStringLiteral("catalog.import") : QStringLiteral("order.import");
    perform(QStringLiteral("import %1 %2").arg(kind, path),
            Command::make(user, action, { { QStringLiteral("path"), path } }, { {}, CommandOrigin::Channel::Gui }));
}

EngineSnapshot EngineWorker::snapshot() const
{
    EngineSnapshot result = OperationsReader(m_database->connection()).snapshot(m_journalSeq);
    result.at = m_clock->now();
    result.activeOrders = int(m_executor->orderIds().size());
    result.calloutsInFlight = m_executor->calloutsInFlight();
    for (TaskSummary& task : result.tasks) {
        const OrderRuntime* order = m_executor->order(task.orderId);
        const int step = order ? order->stepIndex(task.stepId) : -1;
        if (step >= 0 && order->steps[std::size_t(step)].definition)
            task.spec = order->steps[std::size_t(step)].definition->manualTask;
        else if (!order && !task.runsOn.isEmpty())
            m_replicaTaskForms->fill(m_database->connection(), task); // another workstation runs it
    }
    for (FalloutSummary& c : result.fallout) {
        const OrderRuntime* order = m_executor->order(c.orderId);
        const int step = order ? order->stepIndex(c.stepId) : -1;
        if (step >= 0 && order->steps[std::size_t(step)].definition)
            c.endpoint = order->steps[std::size_t(step)].definition->callout.endpoint;
    }
    return result;
}

} // namespace fw
