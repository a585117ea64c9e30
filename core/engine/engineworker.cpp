#include "engineworker.h"

#include "callouttransport.h"
#include "common/clock.h"
#include "executor.h"
#include "store/database.h"

#include <QSqlQuery>
#include <QTimer>

namespace fw {

EngineWorker::EngineWorker(QString databasePath)
    : m_path(std::move(databasePath))
{
}

EngineWorker::~EngineWorker() = default;

void EngineWorker::start(int tickMs, int lockTimeoutMs)
{
    m_clock = std::make_unique<SystemClock>();
    m_database = std::make_unique<Database>(m_path); // this thread's connection
    if (const auto error = m_database->open()) {
        Q_EMIT startFailed(*error);
        return;
    }
    m_transport = std::make_unique<HttpCalloutTransport>();
    m_executor = std::make_unique<Executor>(*m_database, *m_clock);
    m_executor->setCalloutTransport(m_transport.get());
    m_executor->setLockTimeout(lockTimeoutMs);
    if (const auto error = m_executor->load()) {
        m_executor.reset();
        Q_EMIT startFailed(*error);
        return;
    }
    Q_EMIT started();
    tick();
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &EngineWorker::tick);
    m_timer->start(tickMs);
}

void EngineWorker::stop()
{
    if (m_timer)
        m_timer->stop();
    m_executor.reset(); // releases the engine lock; late callout replies are ignored
    m_transport.reset();
    m_database.reset();
}

void EngineWorker::tick()
{
    if (!m_executor)
        return;
    const auto ran = m_executor->runUntilIdle(); // callout replies arrive through this thread's event loop
    if (const auto* error = std::get_if<QString>(&ran))
        Q_EMIT actionFailed(QStringLiteral("run"), *error);
    Q_EMIT snapshotReady(snapshot());
}

void EngineWorker::perform(const QString& action, const std::function<std::optional<QString>(Executor&)>& work)
{
    if (!m_executor) {
        Q_EMIT actionFailed(action, QStringLiteral("the engine is not running"));
        return;
    }
    if (const auto error = work(*m_executor))
        Q_EMIT actionFailed(action, *error);
    else
        Q_EMIT actionDone(action);
    tick(); // the plan moves on at once, and the client sees it
}

EngineSnapshot EngineWorker::snapshot() const
{
    EngineSnapshot result;
    result.at = m_clock->now();
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT o.id, o.account_name, o.state, o.on_hold, COALESCE(o.requested_date, ''), "
                              "(SELECT COUNT(*) FROM steps s WHERE s.order_id = o.id), "
                              "(SELECT COUNT(*) FROM steps s WHERE s.order_id = o.id AND s.state IN ('completed', 'skipped')) "
                              "FROM orders o ORDER BY o.created_at DESC, o.id"));
    while (query.next())
        result.orders.push_back({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                  query.value(5).toInt(), query.value(6).toInt(), query.value(3).toBool(), query.value(4).toString() });
    query.exec(QStringLiteral("SELECT t.id, t.queue, t.state, COALESCE(t.claimed_by, ''), t.order_id, t.step_id, s.name FROM tasks t "
                              "JOIN steps s ON s.order_id = t.order_id AND s.id = t.step_id "
                              "WHERE t.state IN ('open', 'claimed') ORDER BY t.id"));
    while (query.next())
        result.tasks.push_back({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                                 query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                                 query.value(6).toString() });
    query.exec(QStringLiteral("SELECT id, queue, order_id, step_id, classification, error, attempts FROM fallout_cases "
                              "WHERE state = 'open' ORDER BY id"));
    while (query.next())
        result.fallout.push_back({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                                   query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                                   query.value(6).toInt() });
    return result;
}

} // namespace fw
