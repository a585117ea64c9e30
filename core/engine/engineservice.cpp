#include "engineservice.h"

#include "engineworker.h"
#include "executor.h"

#include <QThread>

namespace fw {

EngineService::EngineService(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new EngineWorker(std::move(databasePath)))
{
    qRegisterMetaType<fw::EngineSnapshot>();
    qRegisterMetaType<fw::OrderDetail>();
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &EngineWorker::storeOpened, this, &EngineService::storeOpened);
    connect(m_worker, &EngineWorker::started, this, &EngineService::started);
    connect(m_worker, &EngineWorker::startFailed, this, &EngineService::startFailed);
    connect(m_worker, &EngineWorker::snapshotReady, this, &EngineService::snapshotReady);
    connect(m_worker, &EngineWorker::actionDone, this, &EngineService::actionDone);
    connect(m_worker, &EngineWorker::actionFailed, this, &EngineService::actionFailed);
    connect(m_worker, &EngineWorker::orderDetailReady, this, &EngineService::orderDetailReady);
    m_thread->setObjectName(QStringLiteral("fw-engine"));
    m_thread->start();
}

EngineService::~EngineService()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker]() { worker->stop(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void EngineService::start(int tickMs, int lockTimeoutMs)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, tickMs, lockTimeoutMs]() { worker->start(tickMs, lockTimeoutMs); }, Qt::QueuedConnection);
}

void EngineService::setEndpointBaseUrl(const QString& endpoint, const QString& baseUrl)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, endpoint, baseUrl]() { worker->setEndpointBaseUrl(endpoint, baseUrl); }, Qt::QueuedConnection);
}

void EngineService::populateDemoStore(const QString& samplesDirectory, int copies)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, samplesDirectory, copies]() { worker->populateDemoStore(samplesDirectory, copies); },
        Qt::QueuedConnection);
}

void EngineService::enableScriptedOperator(int percentOfOrders, int ordersPerTick)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, percentOfOrders, ordersPerTick]() { worker->enableScriptedOperator(percentOfOrders, ordersPerTick); },
        Qt::QueuedConnection);
}

void EngineService::requestOrderDetail(const QString& orderId)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, orderId]() { worker->readOrderDetail(orderId); }, Qt::QueuedConnection);
}

void EngineService::importFile(const QString& kind, const QString& path, const QString& user)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, kind, path, user]() { worker->importFile(kind, path, user); }, Qt::QueuedConnection);
}

void EngineService::post(const QString& action, std::function<std::optional<QString>(Executor&)> work)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, action, work = std::move(work)]() { worker->perform(action, work); }, Qt::QueuedConnection);
}

void EngineService::claimTask(qint64 taskId, const QString& user)
{
    post(QStringLiteral("claim task %1").arg(taskId), [=](Executor& e) { return e.claimTask(taskId, user); });
}

void EngineService::releaseTask(qint64 taskId, const QString& user)
{
    post(QStringLiteral("release task %1").arg(taskId), [=](Executor& e) { return e.releaseTask(taskId, user); });
}

void EngineService::completeTask(qint64 taskId, const QString& user, const QVariantMap& data, const QString& comment)
{
    post(QStringLiteral("complete task %1").arg(taskId), [=](Executor& e) { return e.completeTask(taskId, user, data, comment); });
}

void EngineService::signal(const QString& orderId, const QString& name, const QString& user)
{
    post(QStringLiteral("signal %1 to %2").arg(name, orderId), [=](Executor& e) { return e.signal(orderId, name, user); });
}

void EngineService::retryFallout(qint64 caseId, const QString& user, const QVariantMap& fieldFixes, const QString& editedPayload)
{
    post(QStringLiteral("retry fallout case %1").arg(caseId),
         [=](Executor& e) { return e.retryFallout(caseId, user, fieldFixes, editedPayload); });
}

void EngineService::skipFallout(qint64 caseId, const QString& user, const QString& reason)
{
    post(QStringLiteral("skip fallout case %1").arg(caseId), [=](Executor& e) { return e.skipFallout(caseId, user, reason); });
}

void EngineService::cancelFallout(qint64 caseId, const QString& user, const QString& reason)
{
    post(QStringLiteral("cancel the order of fallout case %1").arg(caseId),
         [=](Executor& e) { return e.cancelFallout(caseId, user, reason); });
}

void EngineService::resume(const QString& orderId, const QString& user)
{
    post(QStringLiteral("resume %1").arg(orderId), [=](Executor& e) { return e.resume(orderId, user); });
}

} // namespace fw
