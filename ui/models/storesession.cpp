#include "storesession.h"

#include "engine/engineservice.h"
#include "falloutcasemodel.h"
#include "orderlistmodel.h"
#include "tasklistmodel.h"

namespace fw {

StoreSession::StoreSession(QString storePath, QString user, QObject* parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_user(std::move(user))
    , m_service(new EngineService(m_storePath, this))
    , m_orders(new OrderListModel(this))
    , m_tasks(new TaskListModel(this))
    , m_fallout(new FalloutCaseModel(this))
{
    connect(m_service, &EngineService::started, this, [this] { setState(EngineState::Running); });
    connect(m_service, &EngineService::startFailed, this, [this](const QString& error) { setState(EngineState::Failed, error); });
    connect(m_service, &EngineService::snapshotReady, this, &StoreSession::applySnapshot);
    connect(m_service, &EngineService::actionDone, this,
            [this](const QString& action) { Q_EMIT actionFinished(action, true, QString()); });
    connect(m_service, &EngineService::actionFailed, this,
            [this](const QString& action, const QString& error) { Q_EMIT actionFinished(action, false, error); });
    connect(m_service, &EngineService::orderDetailReady, this, &StoreSession::orderDetailReady);
}

StoreSession::~StoreSession() = default; // the service stops its thread

void StoreSession::setEndpointBaseUrl(const QString& endpoint, const QString& baseUrl)
{
    m_service->setEndpointBaseUrl(endpoint, baseUrl);
}

void StoreSession::populateDemo(const QString& samplesDirectory, int copies)
{
    m_service->populateDemoStore(samplesDirectory, copies);
}

void StoreSession::start(int tickMs)
{
    setState(EngineState::Starting);
    m_service->start(tickMs);
}

const TaskSummary* StoreSession::task(qint64 taskId) const
{
    for (const TaskSummary& task : m_snapshot.tasks) {
        if (task.id == taskId)
            return &task;
    }
    return nullptr;
}

const FalloutSummary* StoreSession::falloutCase(qint64 caseId) const
{
    for (const FalloutSummary& c : m_snapshot.fallout) {
        if (c.id == caseId)
            return &c;
    }
    return nullptr;
}

const OrderSummary* StoreSession::order(const QString& orderId) const
{
    for (const OrderSummary& order : m_snapshot.orders) {
        if (order.id == orderId)
            return &order;
    }
    return nullptr;
}

void StoreSession::applySnapshot(const EngineSnapshot& snapshot)
{
    m_snapshot = snapshot;
    m_orders->setSnapshot(snapshot);
    m_tasks->setSnapshot(snapshot);
    m_fallout->setSnapshot(snapshot);
    Q_EMIT snapshotApplied();
}

void StoreSession::setState(EngineState state, const QString& error)
{
    m_state = state;
    m_error = error;
    Q_EMIT engineStateChanged(state);
}

} // namespace fw
