// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storesession.h"

#include "common/uilogging.h"
#include "engine/engineservice.h"
#include "engine/replicataskforms.h"
#include "store/database.h"
#include "store/taskbrowser.h"
#include "fallout/falloutcasemodel.h"
#include "orders/ordertablemodel.h"
#include "users/sessionuser.h"
#include "sync/syncconflictmodel.h"
#include "tasks/tasklistmodel.h"
#include "unrunnableordermodel.h"

namespace fw {

StoreSession::StoreSession(QString storePath, QString user, QObject* parent, std::shared_ptr<const Clock> clock)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_identity(new SessionUser(m_storePath, this))
    , m_service(new EngineService(m_storePath, std::move(clock), this))
    , m_orders(new OrderTableModel(this))
    , m_tasks(new TaskListModel(this))
    , m_fallout(new FalloutCaseModel(this))
    , m_conflicts(new SyncConflictModel(this))
    , m_unrunnable(new UnrunnableOrderModel(this))
    , m_taskForms(std::make_unique<ReplicaTaskForms>())
{
    m_identity->setCandidates(user, {});
    connect(m_identity, &SessionUser::changed, this, [this] {
        if (hasRemote() && !this->user().isEmpty() && this->user() != m_remote.user) {
            m_remote.user = this->user(); // Switch User: other workstations see who works here now
            m_service->setWorkstationUser(m_remote.user);
        }
    });
    // The Orders view's and the task inbox's readers, on the store (or on none).
    const auto browse = [this](const QString& path) {
        m_orders->setStorePath(path);
        m_tasks->setStorePath(path);
    };
    // The schema is current: browse while the engine checks the file and loads.
    connect(m_service, &EngineService::storeReadable, this, [this, browse] { browse(m_storePath); });
    connect(m_service, &EngineService::startProgress, this, &StoreSession::engineStartProgress);
    connect(m_service, &EngineService::storeOpened, this, [this, browse] {
        if (m_orders->storePath().isEmpty())
            browse(m_storePath);
        m_identity->storeOpened(); // the users can be read: sign in
    });
    connect(m_service, &EngineService::started, this, [this] { setState(EngineState::Running); });
    connect(m_service, &EngineService::startFailed, this, [this, browse](const QString& error) {
        browse({}); // e.g. the file check found damage: show nothing read from it
        setState(EngineState::Failed, error);
    });
    connect(m_service, &EngineService::stopped, this, [this](const QString& error) { setState(EngineState::Failed, error); });
    connect(m_service, &EngineService::snapshotReady, this, &StoreSession::applySnapshot);
    connect(m_service, &EngineService::actionDone, this, [this](const QString& action) {
        qCDebug(lcUi, "action done: %s", qPrintable(action));
        Q_EMIT actionFinished(action, true, QString());
    });
    connect(m_service, &EngineService::actionFailed, this, [this](const QString& action, const QString& error) {
        qCInfo(lcUi, "action failed: %s: %s", qPrintable(action), qPrintable(error));
        Q_EMIT actionFinished(action, false, error);
    });
    connect(m_service, &EngineService::orderDetailReady, this, &StoreSession::orderDetailReady);
    connect(m_service, &EngineService::syncStatusChanged, this, [this](const SyncStatus& status) {
        m_syncStatus = status;
        m_conflicts->setStatus(status);
        Q_EMIT syncStatusChanged(status);
    });
}

StoreSession::~StoreSession() = default; // the service and the order model stop their threads

void StoreSession::setEndpointBaseUrl(const QString& endpoint, const QString& baseUrl)
{
    m_service->setEndpointBaseUrl(endpoint, baseUrl);
}

void StoreSession::setRemote(const SyncSettings& settings)
{
    m_remote = settings;
    if (m_remote.user.isEmpty())
        m_remote.user = user();
    m_syncStatus = SyncStatus {};
    m_syncStatus.workstation = m_remote.workstation;
}

void StoreSession::acknowledgeConflict(qint64 conflictId)
{
    m_service->acknowledgeConflict(conflictId, user());
}

void StoreSession::start(int tickMs)
{
    setState(EngineState::Starting);
    if (hasRemote()) // the settings as they are now (StoreWorkspace adds the keyring's password before)
        m_service->setRemote(m_remote);
    m_service->start(tickMs);
}

QString StoreSession::user() const
{
    return m_identity->id();
}

Result<std::optional<TaskSummary>> StoreSession::readTask(qint64 taskId) const
{
    if (!m_database)
        m_database = std::make_unique<Database>(m_storePath);
    const QSqlDatabase connection = m_database->connection();
    auto task = TaskBrowser(connection).task(taskId);
    if (task && *task)
        m_taskForms->fill(connection, **task);
    return task;
}

Result<FalloutHistory> StoreSession::readFalloutHistory(const QString& orderId, const QString& stepId) const
{
    if (!m_database)
        m_database = std::make_unique<Database>(m_storePath);
    return fw::readFalloutHistory(m_database->connection(), orderId, stepId);
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
    const auto found = m_changedOrders.constFind(orderId);
    return found == m_changedOrders.cend() ? nullptr : &*found;
}

bool StoreSession::orderChanged(const QString& orderId) const
{
    return std::any_of(m_snapshot.changedOrders.begin(), m_snapshot.changedOrders.end(),
                       [&](const OrderSummary& order) { return order.id == orderId; });
}

void StoreSession::applySnapshot(const EngineSnapshot& snapshot)
{
    const bool ordersMoved = !snapshot.changedOrders.empty() || !(snapshot.orderCounts == m_snapshot.orderCounts);
    // Every task change writes the journal (claims, releases, new and finished tasks).
    const bool tasksMoved = snapshot.journalSeq != m_snapshot.journalSeq || !(snapshot.taskCounts == m_snapshot.taskCounts);
    m_snapshot = snapshot;
    m_unrunnable->setOrders(snapshot.unrunnable);
    constexpr qsizetype keptOrders = 100000; // a day of a busy engine; then start again from this tick
    if (m_changedOrders.size() + qsizetype(snapshot.changedOrders.size()) > keptOrders)
        m_changedOrders.clear();
    for (const OrderSummary& order : snapshot.changedOrders)
        m_changedOrders.insert(order.id, order);
    if (ordersMoved)
        m_orders->refresh(snapshot.at);
    else
        m_orders->setNow(snapshot.at);
    if (tasksMoved)
        m_tasks->refresh(snapshot.at);
    else
        m_tasks->setNow(snapshot.at);
    m_fallout->setSnapshot(snapshot);
    if (snapshot.usersStamp != m_usersStamp) { // an admin (or sync) changed users: re-read the signed-in one
        m_usersStamp = snapshot.usersStamp;
        m_identity->refresh();
    }
    Q_EMIT snapshotApplied();
}

void StoreSession::setState(EngineState state, const QString& error)
{
    m_state = state;
    m_error = error;
    Q_EMIT engineStateChanged(state);
}

} // namespace fw
