// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runloop.h"

#include "common/logging.h"
#include "assetchanges.h"
#include "assetrecording.h"
#include "calloutdispatcher.h"
#include "commanddispatcher.h"
#include "common/clock.h"
#include "common/jsonvariant.h"
#include "store/database.h"
#include "store/enginewriter.h"
#include "orderadoption.h"
#include "orderresidency.h"
#include "pausecondition.h"
#include "stepcondition.h"
#include "stepfallout.h"
#include "store/runtimeloader.h"
#include "templates.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QLockFile>
#include <QTimer>

#include <nlohmann/json.hpp>

namespace fw {

namespace {

    // The assets the completed order leaves its account, and its changes of the assets it acted on,
    // in the batch of its completion (docs/assets.md).
    void writeAssetsOfCompletedOrder(EngineWriter& writer, const OrderRuntime& order, const QDateTime& now)
    {
        const RecordedAssets recorded
            = assetsOfCompletedOrder(order.order, order.lines, *order.catalog, now, ExecutionContext::engineActor);
        for (std::size_t i = 0; i < recorded.assets.size(); ++i)
            writer.assetWritten(AssetWrite::record(recorded.assets[i], recorded.events[i]));
        const std::vector<AssetChange> changes = assetChangesOfCompletedOrder(order.order, now, ExecutionContext::engineActor);
        for (const AssetChange& change : changes)
            writer.assetWritten(AssetWrite::update(change));
        qCDebug(lcEngine, "order %s completed: %d assets recorded, %d changed for account %s", qPrintable(order.orderId),
                int(recorded.assets.size()), int(changes.size()), qPrintable(order.order.account.id));
    }

    QString json(const nlohmann::json& value)
    {
        return QString::fromStdString(value.dump());
    }
} // namespace

RunLoop::RunLoop(Database& database, const Clock& clock, AutoTaskRegistry handlers)
    : m_database(database)
    , m_clock(clock)
    , m_handlers(std::move(handlers))
    , m_writer(std::make_unique<EngineWriter>(database.connection()))
    , m_callouts(std::make_unique<CalloutDispatcher>(*this))
    , m_commands(std::make_unique<CommandDispatcher>(*this))
    , m_adoption(std::make_unique<OrderAdoption>(*this, m_orders))
    , m_residency(std::make_unique<OrderResidency>(clock, m_orders, *m_adoption, *m_callouts))
{
}

RunLoop::~RunLoop() = default;

Status RunLoop::flush()
{
    if (!m_writer->flush())
        return storeStatus(); // names the store and says the engine stopped
    return {};
}

Status RunLoop::settleWrites()
{
    if (!m_writer->settle())
        return storeStatus();
    return {};
}

Status RunLoop::load()
{
    if (!m_lock && m_database.path() != QStringLiteral(":memory:")) {
        auto lock = std::make_unique<QLockFile>(m_database.path() + QStringLiteral(".engine.lock"));
        lock->setStaleLockTime(0); // a lock is stale only when its process is gone
        if (!lock->tryLock(m_lockTimeoutMs)) {
            qint64 pid = 0;
            QString host;
            QString application;
            lock->getLockInfo(&pid, &host, &application);
            return failure(QStringLiteral("another engine (%1, pid %2) is running on %3").arg(application).arg(pid).arg(m_database.path()));
        }
        m_lock = std::move(lock);
        // Like the store, the lock file is for this user alone (QLockFile creates it with the umask's mode).
        QFile::setPermissions(m_database.path() + QStringLiteral(".engine.lock"), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QStringList errors;
    if (const Status seen = m_adoption->markSeen(); !seen)
        errors << seen.message();
    if (const Status held = m_residency->start(); !held)
        return held.error();
    for (RunLoopParticipant* participant : m_participants) {
        if (const Status loaded = participant->loaded(); !loaded)
            errors << loaded.message();
    }

    if (!m_writer->flush())
        errors << storeStatus().message();
    if (errors.isEmpty())
        return {};
    return failure(errors.join(QLatin1Char('\n')));
}

OrderRuntime* RunLoop::findOrder(const QString& orderId)
{
    return m_residency->find(orderId); // a waiting order is read back
}

int RunLoop::adoptNewOrders(QStringList& errors)
{
    return m_adoption->adoptNew(errors);
}

Status RunLoop::adoptOrder(const QString& orderId)
{
    return m_adoption->adopt(orderId);
}

Status RunLoop::adoptOrders(const std::vector<QString>& orderIds, std::vector<std::pair<QString, QString>>& notRun)
{
    return m_adoption->adoptAll(orderIds, notRun);
}

bool RunLoop::move(OrderRuntime& order, int step, StepState to, const QString& actor, const QString& payload)
{
    std::vector<PlanExecution::Transition> effects;
    if (const Status allowed = order.execution->transition(step, to, effects); !allowed) {
        qCWarning(lcEngine, "order %s step %s: %s", qPrintable(order.orderId), qPrintable(order.steps[std::size_t(step)].id),
                  qPrintable(allowed.message()));
        return false;
    }
    const QDateTime now = m_clock.now();
    if (to == StepState::Completed || to == StepState::Skipped)
        order.steps[std::size_t(step)].completedAt = now;
    for (const auto& t : effects)
        m_writer->stepChanged(order, t.step, t.from, t.to, now, t.step == step ? actor : engineActor, t.step == step ? payload : QString());
    return true;
}

void RunLoop::rollUp(OrderRuntime& order)
{
    const OrderState now = order.execution->orderState();
    if (now != order.storedState) {
        m_writer->orderStateChanged(order.orderId, order.storedState, now, m_clock.now());
        if (now == OrderState::Completed && order.catalog) // the assets in the same batch (docs/assets.md)
            writeAssetsOfCompletedOrder(*m_writer, order, m_clock.now());
        order.storedState = now;
    }
}

void RunLoop::runAutoTask(OrderRuntime& order, int step)
{
    StepRuntime& s = order.steps[std::size_t(step)];
    if (s.definition->autoTask.handler == QLatin1String("command")) {
        m_commands->start(order, step); // a process: its end comes through the event loop
        return;
    }
    s.attempts += 1;
    if (!s.firstAttemptAt.isValid())
        s.firstAttemptAt = m_clock.now();
    move(order, step, StepState::Running, engineActor);
    const AutoTaskHandler* handler = m_handlers.find(s.definition->autoTask.handler);
    if (!handler) {
        openFallout(*this, order, step,
                    { QStringLiteral("no handler '%1' is registered").arg(s.definition->autoTask.handler), QStringLiteral("fatal") });
        return;
    }
    const RenderedTemplate params = renderTemplate(s.definition->autoTask.params, fieldContextOf(order, s));
    if (!params.problems.isEmpty()) {
        openFallout(*this, order, step,
                    { QStringLiteral("parameters: ") + params.problems.join(QStringLiteral("; ")), QStringLiteral("fatal") });
        return;
    }
    AutoTaskRequest request { order.orderId, s.id, params.value.toMap(), m_clock.now(), [&order](const QString& key) {
                                 for (const auto& other : order.steps) {
                                     if (other.definition->key == key && other.completedAt.isValid())
                                         return other.completedAt;
                                 }
                                 return QDateTime();
                             } };
    const AutoTaskOutcome outcome = (*handler)(request);
    if (!outcome.ok()) {
        openFallout(*this, order, step, { outcome.error, QStringLiteral("fatal") });
        return;
    }
    for (auto it = outcome.fieldUpdates.cbegin(); it != outcome.fieldUpdates.cend(); ++it) {
        const QString name = it.key().mid(QStringLiteral("line.fields.").size());
        for (int line : s.lines) {
            order.lines[std::size_t(line)].fields.insert(name, it.value());
            m_writer->lineFieldsChanged(order, line, m_clock.now());
        }
    }
    for (const auto& [event, payload] : outcome.events)
        m_writer->journal(
            { 0, m_clock.now(), order.orderId, s.id, QStringLiteral("event.") + event, engineActor, {}, {}, json(variantToJson(payload)) });
    move(order, step, StepState::Completed, engineActor);
}

void RunLoop::startManualTask(OrderRuntime& order, int step)
{
    const StepRuntime& s = order.steps[std::size_t(step)];
    move(order, step, StepState::Waiting, engineActor, json({ { "queue", s.definition->manualTask.queue.toStdString() } }));
    m_writer->taskCreated(order.orderId, s.id, s.definition->manualTask.queue, m_clock.now());
}

bool RunLoop::dispatch(OrderRuntime& order, int step)
{
    if (const StepConditionVerdict condition = evaluateStepCondition(order, order.steps[std::size_t(step)]); !condition.runs)
        return move(order, step, StepState::Skipped, engineActor, condition.skippedPayload); // dependants proceed
    switch (order.steps[std::size_t(step)].definition->type) {
    case StepType::Milestone:
        return move(order, step, StepState::Completed, engineActor);
    case StepType::AutoTask:
        runAutoTask(order, step);
        return true;
    case StepType::ManualTask:
        startManualTask(order, step);
        return true;
    case StepType::Pause:
        return move(order, step, StepState::Waiting, engineActor);
    case StepType::Callout:
        if (!m_callouts->hasTransport())
            return false; // no way out: the step waits for a transport
        m_callouts->start(order, step);
        return true;
    }
    return false;
}

int RunLoop::advance(OrderRuntime& order)
{
    if (order.onHold)
        return 0; // an operator resolves the fallout and resumes the order
    int transitions = 0;
    PlanExecution& execution = *order.execution;
    // The counts make an order with nothing to do cost a few comparisons, not a scan of its steps.
    for (int step : order.frozen ? std::vector<int>() : execution.stepsIn(StepState::Ready)) {
        if (order.onHold)
            break; // a step just fell out
        if (dispatch(order, step))
            ++transitions;
    }
    if (!order.onHold && execution.count(StepState::FailedRetrying) + execution.count(StepState::Running) > 0) {
        const QDateTime now = m_clock.now();
        const bool transport = m_callouts->hasTransport();
        for (int step : execution.stepsIn(StepState::FailedRetrying)) {
            const StepRuntime& s = order.steps[std::size_t(step)];
            if (s.nextAttemptAt > now)
                continue;
            if (s.definition->type == StepType::AutoTask) {
                m_commands->start(order, step); // only commands retry among auto tasks
                ++transitions;
            } else if (transport) {
                m_callouts->start(order, step);
                ++transitions;
            }
        }
        // Callouts that were out when the process stopped are sent again, with the same key;
        // commands that were running are run again (the same attempt and idempotency key).
        for (int step : execution.stepsIn(StepState::Running)) {
            const StepRuntime& s = order.steps[std::size_t(step)];
            if (s.inFlight)
                continue;
            if (s.definition->type == StepType::Callout && transport) {
                m_callouts->start(order, step);
                ++transitions;
            } else if (s.definition->type == StepType::AutoTask && s.definition->autoTask.handler == QLatin1String("command")) {
                m_commands->start(order, step);
                ++transitions;
            }
        }
    }
    for (int step : execution.stepsIn(StepState::Waiting)) {
        if (order.steps[std::size_t(step)].definition->type != StepType::Pause)
            continue;
        const Result<bool> satisfied = pauseSatisfied(order, step, m_clock.now());
        if (!satisfied) {
            openFallout(*this, order, step, { satisfied.message(), QStringLiteral("fatal") });
            ++transitions;
        } else if (*satisfied) {
            move(order, step, StepState::Completed, engineActor);
            ++transitions;
        }
    }
    rollUp(order);
    return transitions;
}

Status RunLoop::storeStatus() const
{
    const auto& written = m_writer->failure();
    if (!written)
        return {};
    return failure(QStringLiteral("cannot write to the store %1 (%2); the engine stopped. Nothing is lost: the store keeps "
                                  "everything up to the last completed write, and running again continues from there once "
                                  "the store can be written (free disk space)")
                       .arg(m_database.path(), written->message()));
}

Status RunLoop::runUntilIdle()
{
    if (const Result<int> ran = run(); !ran)
        return ran.error();
    return settleWrites(); // an action's handler runs the plan on: everything in the store before it answers
}

Result<int> RunLoop::run()
{
    if (Status store = storeStatus(); !store)
        return store.error();
    for (RunLoopParticipant* participant : m_participants) {
        if (Status ready = participant->beforeRun(); !ready)
            return ready.error();
    }
    if (Status read = m_residency->beforeRun(); !read)
        return read.error(); // the due orders are read
    int total = 0;
    for (int made = -1; made != 0;) {
        made = 0;
        for (OrderRuntime* resident : m_orders.resident()) {
            OrderRuntime& order = *resident;
            // Each order runs as far as it can before the next: its changes then share a batch, where
            // repeated updates of one step, line or order are written once.
            for (int step = advance(order); step > 0; step = advance(order)) {
                made += step;
                if (Status store = storeStatus(); !store)
                    return store.error(); // e.g. a callout attempt could not be recorded: nothing more runs
                // Group commit: bounded batches keep memory flat and limit what a crash can lose. It
                // is written while the run goes on: nothing outside the engine has seen these changes.
                if (m_writer->pending() >= batchSize)
                    m_writer->flushInBackground();
            }
        }
        total += made;
    }
    // More orders due (a sliced start-up or burst): the next slice is read while this one commits
    // (an order of this batch read again waits for it: OrderAdoption::wake). Else the run ends with
    // everything in the store.
    if (m_residency->moreDue())
        m_writer->flushInBackground();
    else if (!m_writer->flush())
        return storeStatus().error();
    if (Status store = storeStatus(); !store)
        return store.error();
    return total;
}

Result<int> RunLoop::runUntilSettled(int timeoutMs)
{
    // The deadline counts from the last reply: callouts waiting their turn (maxInFlight) may take
    // longer than timeoutMs in all, as long as replies keep coming.
    QDeadlineTimer deadline(timeoutMs);
    int total = 0;
    const auto replies = [this] { return m_callouts->replies() + m_commands->replies(); };
    quint64 repliesBefore = replies();
    for (;;) {
        const Result<int> ran = run();
        if (!ran)
            return ran.error();
        total += *ran;
        const int out = m_callouts->inFlight() + m_commands->inFlight();
        if (out == 0 && *ran == 0)
            return total;
        if (replies() != repliesBefore)
            deadline.setRemainingTime(timeoutMs);
        repliesBefore = replies();
        if (out > 0) {
            if (deadline.hasExpired())
                return failure(QStringLiteral("%1 callout(s) or command(s) still out, no reply for %2 ms").arg(out).arg(timeoutMs));
            // Replies arrive here: the wait ends with the first one handled, or after 50 ms to look
            // at the deadline and the retries due (a fixed 50 ms per round cost the demo's first
            // start about 20 s of its history).
            QEventLoop loop;
            QTimer::singleShot(50, &loop, &QEventLoop::quit);
            m_callouts->setReplyHook([&loop] { loop.quit(); });
            m_commands->setReplyHook([&loop] { loop.quit(); });
            loop.exec();
            m_callouts->setReplyHook({});
            m_commands->setReplyHook({});
        }
    }
}

} // namespace fw
