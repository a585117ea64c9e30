// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "engineworker.h"

#include "common/logging.h"
#include "commands/commandprocessor.h"
#include "common/clock.h"
#include "engine/callouttransport.h"
#include "engine/executor.h"
#include "engine/replicataskforms.h"
#include "engine/runningorders.h"
#include "requestinboxparticipant.h"
#include "slaparticipant.h"
#include "store/database.h"
#include "store/operationsreader.h"
#include "store/storeclock.h"
#include "store/unrunnableorders.h"
#include "syncparticipant.h"

#include <QElapsedTimer>
#include <QTimer>

namespace fw {

namespace {
    constexpr int firstTickWaitMs = 3000;
    // Orders read from the store per tick while many are due (start-up): about 0.1-0.2 s of reading,
    // then a snapshot, so the views fill and actions are answered while the engine catches up.
    constexpr int loadSlicePerTick = 250;
    constexpr qint64 snapshotWhileCatchingUpMs = 500;
}

// What the participants see of the engine: its connection, clock, executor and processor, and
// the client's signals.
class EngineWorker::Host final : public EngineHost {
public:
    explicit Host(EngineWorker& worker)
        : m_worker(worker)
    {
    }
    QString storePath() const override { return m_worker.m_path; }
    Database& database() override { return *m_worker.m_database; }
    const Clock& clock() const override { return *m_worker.m_clock; }
    Executor* executor() override { return m_worker.m_executor.get(); }
    CommandProcessor* processor() override { return m_worker.m_processor.get(); }
    void reportDone(const QString& action) override { Q_EMIT m_worker.actionDone(action); }
    void reportStarting(const QString& stage, int done, int total) override { Q_EMIT m_worker.startProgress(stage, done, total); }
    void reportFailed(const QString& action, const QString& error) override { Q_EMIT m_worker.actionFailed(action, error); }
    void tickSoon() override { m_worker.tickSoon(); }

private:
    EngineWorker& m_worker;
};

EngineWorker::EngineWorker(QString databasePath, std::shared_ptr<const Clock> clock)
    : m_path(std::move(databasePath))
    , m_clock(std::move(clock))
    , m_host(std::make_unique<Host>(*this))
    , m_replicaTaskForms(std::make_unique<ReplicaTaskForms>())
{
    m_participants.push_back(std::make_unique<RequestInboxParticipant>());
    auto sla = std::make_unique<SlaParticipant>();
    m_sla = sla.get();
    m_participants.push_back(std::move(sla)); // last: it reads what the others did
}

EngineWorker::~EngineWorker()
{
    stop();
}

void EngineWorker::addParticipant(std::unique_ptr<EngineParticipant> participant)
{
    m_participants.insert(m_participants.end() - 1, std::move(participant)); // before the SLA supervision
}

void EngineWorker::setRemote(const SyncSettings& settings)
{
    if (settings.conninfo.isEmpty() || m_sync)
        return;
    auto sync = std::make_unique<SyncParticipant>(settings);
    m_sync = sync.get();
    connect(m_sync, &SyncParticipant::statusChanged, this, &EngineWorker::syncStatusChanged);
    m_participants.insert(m_participants.begin() + 1, std::move(sync)); // its claims are granted before anyone acts
}

void EngineWorker::start(int tickMs, int lockTimeoutMs)
{
    m_database = std::make_unique<Database>(m_path); // this thread's connection
    QElapsedTimer startTimer;
    startTimer.start();
    qCInfo(lcEngine, "engine: starting on %s (tick %d ms, %d participants)", qPrintable(m_path), tickMs, int(m_participants.size()));
    // Big stores take a while to check: the views may read meanwhile (nothing writes until it passed).
    if (const Status opened = m_database->openStore([this] { Q_EMIT storeReadable(); }); !opened) {
        qCWarning(lcEngine, "engine: cannot start: %s", qPrintable(opened.message()));
        Q_EMIT startFailed(opened.message());
        return;
    }
    if (!m_clock)
        m_clock = StoreClock::forStore(m_database->connection()); // a store in simulated time keeps its clock's position
    for (auto it = m_participants.begin(); it != m_participants.end();) {
        if (const Status prepared = (*it)->prepare(*m_host); !prepared) {
            qCWarning(lcEngine, "engine: participant %s left out: %s", qPrintable((*it)->name()), qPrintable(prepared.message()));
            Q_EMIT actionFailed((*it)->name(), prepared.message());
            if (it->get() == m_sync)
                m_sync = nullptr;
            it = m_participants.erase(it);
        } else {
            ++it;
        }
    }
    Q_EMIT storeOpened(); // readers may start: loading the active orders can take a while on a big store
    m_transport = std::make_unique<HttpCalloutTransport>();
    m_transport->setCredentials(m_credentials.get());
    m_executor = std::make_unique<Executor>(*m_database, *m_clock);
    m_executor->setCalloutTransport(m_transport.get());
    m_executor->setCommandAllowList(CommandAllowList::loadDefault()); // the same file as fwctl (docs/handlers.md)
    m_executor->setLockTimeout(lockTimeoutMs);
    m_executor->setLoadSlice(loadSlicePerTick); // start-up and bursts of due orders: a slice per tick, a snapshot between
    for (auto it = m_endpointBases.cbegin(); it != m_endpointBases.cend(); ++it)
        m_executor->setEndpointBaseUrl(it.key(), it.value());
    if (const Status loaded = m_executor->load(); !loaded) {
        qCWarning(lcEngine, "engine: cannot load the active orders: %s", qPrintable(loaded.message()));
        m_executor.reset();
        Q_EMIT startFailed(loaded.message());
        return;
    }
    m_processor = std::make_unique<CommandProcessor>(*m_database, *m_clock);
    m_processor->setExecutor(m_executor.get());
    const auto position = OperationsReader(m_database->connection()).journalPosition(); // changes from now on
    if (!position) {
        Q_EMIT startFailed(position.message());
        return;
    }
    m_journalSeq = *position;
    bool delayed = false;
    for (const auto& participant : m_participants) {
        participant->start(*m_host);
        delayed = delayed || participant->delaysFirstTick();
    }
    qCInfo(lcEngine, "engine: started in %lld ms", qint64(startTimer.elapsed()));
    Q_EMIT started();
    if (!delayed) {
        startTicking(tickMs);
        return;
    }
    // Orders taken over by another workstation while this one was away must not run here: the
    // first sync round drops them (and adopts new ones) before the first tick, unless it takes
    // longer than 3 s.
    m_pendingTickMs = tickMs;
    QTimer::singleShot(firstTickWaitMs, this, [this] { tickSoon(); });
}

void EngineWorker::stop()
{
    if (m_executor)
        qCInfo(lcEngine, "engine: stopping");
    if (m_timer)
        m_timer->stop();
    m_pendingTickMs = 0;
    for (auto it = m_participants.rbegin(); it != m_participants.rend(); ++it)
        (*it)->stop(); // the sync thread is joined: a round waiting on the network is interrupted
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

void EngineWorker::setCredentials(std::shared_ptr<const CredentialProvider> provider)
{
    if (m_transport)
        m_transport->setCredentials(provider.get());
    m_credentials = std::move(provider); // after: the old one stays alive until the transport lets go
}

void EngineWorker::setWorkstationUser(const QString& user)
{
    if (m_sync)
        m_sync->setUser(user);
}

void EngineWorker::acknowledgeConflict(qint64 conflictId, const QString& user)
{
    if (m_sync && m_database)
        m_sync->acknowledgeConflict(*m_host, conflictId, user);
}

void EngineWorker::evaluateJeopardySoon()
{
    m_sla->evaluateSoon();
}

void EngineWorker::setJeopardyInterval(int seconds)
{
    m_sla->setInterval(seconds);
}

void EngineWorker::startTicking(int tickMs)
{
    if (m_timer || !m_executor)
        return;
    tick();
    if (!m_executor)
        return; // stopped at once (the store cannot be written)
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &EngineWorker::tick);
    m_timer->start(tickMs);
}

void EngineWorker::tickSoon()
{
    if (!m_timer && m_pendingTickMs > 0) { // the first tick was waiting for this
        const int tickMs = m_pendingTickMs;
        m_pendingTickMs = 0;
        startTicking(tickMs);
        return;
    }
    if (m_tickPending || !m_timer)
        return;
    m_tickPending = true; // a burst of calls makes one tick
    QTimer::singleShot(10, this, [this] {
        m_tickPending = false;
        tick();
    });
}

// A failed store write stops the engine: running on would act without recording it. Stop ticking,
// release the store, say so once.
bool EngineWorker::stoppedOnStoreFailure()
{
    const Status store = m_executor->storeStatus();
    if (store)
        return false;
    if (m_timer)
        m_timer->stop();
    for (auto it = m_participants.rbegin(); it != m_participants.rend(); ++it)
        (*it)->stop(); // nothing more to hand over: the store cannot record it
    m_processor.reset();
    m_executor.reset();
    qCWarning(lcEngine, "engine: stopped, the store failed: %s", qPrintable(store.message()));
    Q_EMIT stopped(store.message());
    return true;
}

void EngineWorker::tick()
{
    if (!m_executor)
        return;
    QStringList problems;
    m_executor->adoptNewOrders(problems); // imported by fwctl or another window since the last tick
    if (stoppedOnStoreFailure())
        return;
    // One line for many (their list is in the snapshot: unrunnable), never one per order.
    if (problems.size() == 1)
        Q_EMIT actionFailed(QStringLiteral("load new orders"), problems.front());
    else if (!problems.isEmpty())
        Q_EMIT actionFailed(QStringLiteral("load new orders"),
                            QStringLiteral("%1 problems, the first: %2").arg(problems.size()).arg(problems.front()));
    if (!m_participants.empty())
        (void)m_executor->settleWrites(); // sync reads and writes the engine's rows: with the last slice's (a failure is latched)
    for (const auto& participant : m_participants) {
        participant->tick(*m_host);
        if (stoppedOnStoreFailure())
            return;
    }
    QElapsedTimer sliceTimer;
    sliceTimer.start();
    const auto ran = m_executor->runUntilIdle(); // callout replies arrive through this thread's event loop
    const bool moreDue = m_executor->moreDue();
    if (sliceTimer.elapsed() >= 50 || moreDue) // the slices that took time, not every idle tick
        qCDebug(lcEngine, "engine: slice ran in %lld ms%s", qint64(sliceTimer.elapsed()), moreDue ? ", more orders due" : "");
    if (moreDue)
        tickSoon(); // start-up, or many orders due at once: the next slice at once
    if (stoppedOnStoreFailure())
        return;
    if (!ran) {
        qCWarning(lcEngine, "engine: run: %s", qPrintable(ran.message()));
        Q_EMIT actionFailed(QStringLiteral("run"), ran.message());
    }
    if (moreDue && m_lastSnapshot.isValid() && m_lastSnapshot.elapsed() < snapshotWhileCatchingUpMs)
        return; // working through due orders: the views see it a few times a second, not after every slice
    m_lastSnapshot.start();
    EngineSnapshot next = snapshot();
    for (const auto& participant : m_participants)
        participant->publish(*m_host, next);
    m_journalSeq = next.journalSeq;
    Q_EMIT snapshotReady(next);
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
    for (const auto& participant : m_participants)
        participant->answered(action, command, result);
    if (!result.ok())
        Q_EMIT actionFailed(action, result.message);
    else
        Q_EMIT actionDone(result.message.isEmpty() ? action : action + QStringLiteral(": ") + result.message);
    if (request.action.startsWith(QLatin1String("jeopardy.")) || request.action.startsWith(QLatin1String("task.")))
        evaluateJeopardySoon(); // the jeopardy view shows the task's new queue or owner at once
    tick(); // the plan moves on at once, and the client sees it
}

EngineSnapshot EngineWorker::snapshot()
{
    auto read = OperationsReader(m_database->connection()).snapshot(m_journalSeq);
    if (!read) // the views keep their place in the journal and read again next tick
        Q_EMIT actionFailed(QStringLiteral("snapshot"), read.message());
    EngineSnapshot result = read.valueOr(EngineSnapshot {});
    if (!read)
        result.journalSeq = m_journalSeq;
    result.at = m_clock->now();
    result.activeOrders = int(m_executor->orderIds().size());
    result.calloutsInFlight = m_executor->calloutsInFlight();
    const std::size_t noted = m_executor->orders().setAside().size() + m_executor->orders().leftOut().size();
    if (!m_unrunnable || noted != m_unrunnableNoted) {
        if (auto unrunnable = readUnrunnableOrders(m_database->connection())) {
            m_unrunnable = std::make_shared<const std::vector<UnreadableOrder>>(std::move(*unrunnable));
            m_unrunnableNoted = noted;
        } else {
            Q_EMIT actionFailed(QStringLiteral("snapshot"), unrunnable.message());
        }
    }
    result.unrunnable = m_unrunnable;
    // Orders in memory give a fallout case's endpoint; for the others (waiting in the store, or
    // another workstation's) the stored catalog does, read once. Tasks are only counted here: the
    // inbox reads its pages, and one task's form, itself (TaskBrowser, ReplicaTaskForms).
    for (FalloutSummary& c : result.fallout) {
        const OrderRuntime* order = m_executor->orders().find(c.orderId);
        const int step = order ? order->stepIndex(c.stepId) : -1;
        if (step >= 0 && order->steps[std::size_t(step)].definition)
            c.endpoint = order->steps[std::size_t(step)].definition->callout.endpoint;
        else
            m_replicaTaskForms->fill(m_database->connection(), c);
    }
    return result;
}

} // namespace fw
