#include "runloop.h"

#include "calloutthrottle.h"

#include "common/clock.h"
#include "common/jsonvariant.h"
#include "store/database.h"
#include "store/enginewriter.h"
#include "store/runtimeloader.h"
#include "templates.h"

#include <QFile>
#include <QLockFile>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

namespace fw {

namespace {

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
{
}

RunLoop::~RunLoop() = default;

std::optional<QString> RunLoop::flush()
{
    return m_writer->flush();
}

FieldContext RunLoop::contextOf(const OrderRuntime& order, const StepRuntime& step)
{
    FieldContext context;
    context.order = &order.order;
    if (!step.lines.empty() && step.lines.front() >= 0) {
        context.line = &order.lines[std::size_t(step.lines.front())];
        context.deliveryGroup = order.order.deliveryGroup(context.line->deliveryGroup);
    }
    return context;
}

std::optional<QString> RunLoop::load()
{
    if (!m_lock && m_database.path() != QStringLiteral(":memory:")) {
        auto lock = std::make_unique<QLockFile>(m_database.path() + QStringLiteral(".engine.lock"));
        lock->setStaleLockTime(0); // a lock is stale only when its process is gone
        if (!lock->tryLock(m_lockTimeoutMs)) {
            qint64 pid = 0;
            QString host;
            QString application;
            lock->getLockInfo(&pid, &host, &application);
            return QStringLiteral("another engine (%1, pid %2) is running on %3").arg(application).arg(pid).arg(m_database.path());
        }
        m_lock = std::move(lock);
        // Like the store, the lock file is for this user alone (QLockFile creates it with the umask's mode).
        QFile::setPermissions(m_database.path() + QStringLiteral(".engine.lock"), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QStringList errors;
    m_adoptedUpTo = newestOrderRow();
    Result<LoadedOrders> loaded = RuntimeLoader::loadActive(m_database.connection());
    if (!loaded)
        return loaded.message();
    m_orders = std::move(loaded->orders);
    errors << loaded->leftOut;
    for (const UnreadableOrder& order : loaded->unreadable)
        setAside(order.orderId, order.reason);
    m_orderIndex.clear();
    m_orderIndex.reserve(qsizetype(m_orders.size()));
    for (auto& order : m_orders) {
        m_orderIndex.insert(order.orderId, m_orderIndex.size());
        // A crash between a completion and the promotion of its dependents is repaired here.
        for (const auto& t : order.execution->promoteReady())
            m_writer->stepChanged(order, t.step, t.from, t.to, m_clock.now(), engineActor);
        rollUp(order);
    }
    for (RunLoopParticipant* participant : m_participants)
        participant->loaded();
    if (m_writer->flush())
        errors << *storeFailure();
    if (errors.isEmpty())
        return std::nullopt;
    return errors.join(QLatin1Char('\n'));
}

void RunLoop::setAside(const QString& orderId, const QString& reason)
{
    // Written with the next flush; the order is never loaded again (set_aside_reason), so this is
    // journalled once. An operator repairs the row and clears the reason (docs/store.md).
    m_writer->orderSetAside(orderId, reason, m_clock.now(), engineActor);
    m_setAside.push_back({ orderId, reason });
}

OrderRuntime* RunLoop::findOrder(const QString& orderId)
{
    const auto it = m_orderIndex.constFind(orderId);
    return it == m_orderIndex.cend() ? nullptr : &m_orders[*it];
}

const OrderRuntime* RunLoop::order(const QString& orderId) const
{
    const auto it = m_orderIndex.constFind(orderId);
    return it == m_orderIndex.cend() ? nullptr : &m_orders[*it];
}

std::vector<QString> RunLoop::orderIds() const
{
    std::vector<QString> ids;
    for (const auto& order : m_orders)
        ids.push_back(order.orderId);
    return ids;
}

bool RunLoop::move(OrderRuntime& order, int step, StepState to, const QString& actor, const QString& payload)
{
    std::vector<PlanExecution::Transition> effects;
    if (const auto error = order.execution->transition(step, to, effects)) {
        qWarning("engine: order %s step %s: %s", qPrintable(order.orderId), qPrintable(order.steps[std::size_t(step)].id),
                 qPrintable(*error));
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
        order.storedState = now;
    }
}

void RunLoop::fallout(OrderRuntime& order, int step, const QString& error, const QString& classification, const QString& request,
                      const QString& response, const QString& rule, const QString& ruleQueue)
{
    StepRuntime& s = order.steps[std::size_t(step)];
    s.lastError = error;
    const QString queue = !ruleQueue.isEmpty() ? ruleQueue
        : s.definition->falloutQueue.isEmpty() ? QStringLiteral("fallout")
                                               : s.definition->falloutQueue;
    move(order, step, StepState::Fallout, engineActor, json({ { "error", error.toStdString() }, { "queue", queue.toStdString() } }));
    m_writer->falloutOpened(order.orderId, s.id, queue, classification, error, s.attempts, rule, m_clock.now(), request, response);
    if (!order.onHold) {
        order.onHold = true;
        m_writer->orderHoldChanged(order.orderId, true, m_clock.now(), engineActor,
                                   json({ { "step", s.id.toStdString() }, { "reason", "fallout" } }));
    }
}

void RunLoop::runAutoTask(OrderRuntime& order, int step)
{
    StepRuntime& s = order.steps[std::size_t(step)];
    s.attempts += 1;
    if (!s.firstAttemptAt.isValid())
        s.firstAttemptAt = m_clock.now();
    move(order, step, StepState::Running, engineActor);
    const AutoTaskHandler* handler = m_handlers.find(s.definition->autoTask.handler);
    if (!handler) {
        fallout(order, step, QStringLiteral("no handler '%1' is registered").arg(s.definition->autoTask.handler), QStringLiteral("fatal"));
        return;
    }
    const RenderedTemplate params = renderTemplate(s.definition->autoTask.params, contextOf(order, s));
    if (!params.problems.isEmpty()) {
        fallout(order, step, QStringLiteral("parameters: ") + params.problems.join(QStringLiteral("; ")), QStringLiteral("fatal"));
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
        fallout(order, step, outcome.error, QStringLiteral("fatal"));
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

bool RunLoop::pauseSatisfied(OrderRuntime& order, int step, QString& error) const
{
    const StepRuntime& s = order.steps[std::size_t(step)];
    const PauseSpec& pause = s.definition->pause;
    switch (pause.kind) {
    case PauseSpec::Kind::Signal:
        return order.signalsReceived.contains(pause.signal);
    case PauseSpec::Kind::Time: {
        const RenderedTemplate at = renderTemplate(pause.at, contextOf(order, s));
        if (!at.problems.isEmpty()) {
            error = QStringLiteral("pause time: ") + at.problems.join(QStringLiteral("; "));
            return false;
        }
        const QString text = at.value.toString();
        QDateTime due = QDateTime::fromString(text, Qt::ISODate);
        if (!due.isValid() && QDate::fromString(text, Qt::ISODate).isValid())
            due = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), Qt::UTC);
        if (!due.isValid()) {
            error = QStringLiteral("pause time '%1' is not a date or date-time").arg(text);
            return false;
        }
        return m_clock.now() >= due;
    }
    case PauseSpec::Kind::Field: {
        const QVariant value = resolveField(contextOf(order, s), pause.field);
        return value.isValid() && value == pause.equals;
    }
    }
    return false;
}

bool RunLoop::dispatch(OrderRuntime& order, int step)
{
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
        if (!m_transport)
            return false; // no way out: the step waits for a transport
        startCallout(order, step);
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
    if (m_transport && !order.onHold && execution.count(StepState::FailedRetrying) + execution.count(StepState::Running) > 0) {
        const QDateTime now = m_clock.now();
        for (int step : execution.stepsIn(StepState::FailedRetrying)) {
            if (order.steps[std::size_t(step)].nextAttemptAt <= now) {
                startCallout(order, step);
                ++transitions;
            }
        }
        // Callouts that were out when the process stopped are sent again, with the same key.
        for (int step : execution.stepsIn(StepState::Running)) {
            const StepRuntime& s = order.steps[std::size_t(step)];
            if (s.definition->type == StepType::Callout && !s.inFlight) {
                startCallout(order, step);
                ++transitions;
            }
        }
    }
    for (int step : execution.stepsIn(StepState::Waiting)) {
        if (order.steps[std::size_t(step)].definition->type != StepType::Pause)
            continue;
        QString error;
        if (pauseSatisfied(order, step, error)) {
            move(order, step, StepState::Completed, engineActor);
            ++transitions;
        } else if (!error.isEmpty()) {
            fallout(order, step, error, QStringLiteral("fatal"));
            ++transitions;
        }
    }
    rollUp(order);
    return transitions;
}

std::optional<QString> RunLoop::storeFailure() const
{
    const auto& failure = m_writer->failure();
    if (!failure)
        return std::nullopt;
    return QStringLiteral("cannot write to the store %1 (%2); the engine stopped. Nothing is lost: the store keeps "
                          "everything up to the last completed write, and running again continues from there once "
                          "the store can be written (free disk space)")
        .arg(m_database.path(), *failure);
}

std::optional<QString> RunLoop::runUntilIdle()
{
    const auto ran = run();
    if (const auto* error = std::get_if<QString>(&ran))
        return *error;
    return std::nullopt;
}

std::variant<int, QString> RunLoop::run()
{
    if (auto failure = storeFailure())
        return *failure;
    for (RunLoopParticipant* participant : m_participants) {
        if (auto error = participant->beforeRun())
            return *error;
    }
    int total = 0;
    for (int made = -1; made != 0;) {
        made = 0;
        for (auto& order : m_orders) {
            // Each order runs as far as it can before the next: its changes then share a batch, where
            // repeated updates of one step, line or order are written once.
            for (int step = advance(order); step > 0; step = advance(order)) {
                made += step;
                if (auto failure = storeFailure())
                    return *failure; // e.g. a callout attempt could not be recorded: nothing more runs
                // Group commit: bounded batches keep memory flat and limit what a crash can lose.
                if (m_writer->pending() >= batchSize && m_writer->flush())
                    return *storeFailure();
            }
        }
        total += made;
    }
    if (m_writer->flush())
        return *storeFailure();
    return total;
}

} // namespace fw
