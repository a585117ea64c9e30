// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "engineservice.h"

#include "worker/engineworker.h"
#include "executor.h"

#include <QThread>

#include <nlohmann/json.hpp>

namespace fw {

namespace {
    Command guiCommand(const QString& actor, const QString& action, QVariantMap args)
    {
        return Command::make(actor, action, std::move(args), { {}, CommandOrigin::Channel::Gui });
    }
} // namespace

EngineService::EngineService(QString databasePath, QObject* parent)
    : EngineService(std::move(databasePath), nullptr, parent)
{
}

EngineService::EngineService(QString databasePath, std::shared_ptr<const Clock> clock, QObject* parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new EngineWorker(std::move(databasePath), std::move(clock)))
{
    qRegisterMetaType<fw::EngineSnapshot>();
    qRegisterMetaType<fw::OrderDetail>();
    qRegisterMetaType<fw::SyncStatus>();
    qRegisterMetaType<fw::ChangePreview>();
    qRegisterMetaType<fw::OrderSummaryReport>();
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &EngineWorker::storeReadable, this, &EngineService::storeReadable);
    connect(m_worker, &EngineWorker::startProgress, this, &EngineService::startProgress);
    connect(m_worker, &EngineWorker::storeOpened, this, &EngineService::storeOpened);
    connect(m_worker, &EngineWorker::started, this, &EngineService::started);
    connect(m_worker, &EngineWorker::startFailed, this, &EngineService::startFailed);
    connect(m_worker, &EngineWorker::stopped, this, &EngineService::stopped);
    connect(m_worker, &EngineWorker::snapshotReady, this, &EngineService::snapshotReady);
    connect(m_worker, &EngineWorker::actionDone, this, &EngineService::actionDone);
    connect(m_worker, &EngineWorker::actionFailed, this, &EngineService::actionFailed);
    connect(m_worker, &EngineWorker::orderDetailReady, this, &EngineService::orderDetailReady);
    connect(m_worker, &EngineWorker::changePreviewReady, this, &EngineService::changePreviewReady);
    connect(m_worker, &EngineWorker::orderSummaryReady, this, &EngineService::orderSummaryReady);
    connect(m_worker, &EngineWorker::syncStatusChanged, this, &EngineService::syncStatusChanged);
    m_thread->setObjectName(QStringLiteral("fw-engine"));
    m_thread->start();
}

EngineService::~EngineService()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker]() { worker->stop(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void EngineService::start(int tickMs, int lockTimeoutMs)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, tickMs, lockTimeoutMs]() { worker->start(tickMs, lockTimeoutMs); }, Qt::QueuedConnection);
}

void EngineService::setRemote(const SyncSettings& settings)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, settings]() { worker->setRemote(settings); }, Qt::QueuedConnection);
}

void EngineService::setWorkstationUser(const QString& user)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, user]() { worker->setWorkstationUser(user); }, Qt::QueuedConnection);
}

void EngineService::acknowledgeConflict(qint64 conflictId, const QString& user)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, conflictId, user]() { worker->acknowledgeConflict(conflictId, user); }, Qt::QueuedConnection);
}

void EngineService::setEndpointBaseUrl(const QString& endpoint, const QString& baseUrl)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, endpoint, baseUrl]() { worker->setEndpointBaseUrl(endpoint, baseUrl); }, Qt::QueuedConnection);
}

void EngineService::setCredentials(std::shared_ptr<const CredentialProvider> provider)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, provider = std::move(provider)]() { worker->setCredentials(provider); }, Qt::QueuedConnection);
}

void EngineService::addParticipant(EngineParticipantFactory make)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, make = std::move(make)]() { worker->addParticipant(make()); }, Qt::QueuedConnection);
}

void EngineService::requestOrderDetail(const QString& orderId)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, orderId]() { worker->readOrderDetail(orderId); }, Qt::QueuedConnection);
}

void EngineService::previewChange(const QString& document, const QString& label, const QString& user)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, document, label, user]() { worker->previewChange(document, label, user); }, Qt::QueuedConnection);
}

void EngineService::submitChange(const QString& orderId, const QString& document, const QString& label, const QString& user)
{
    const auto json = nlohmann::json::parse(document.toStdString(), nullptr, false);
    const QString id
        = json.is_object() && json.contains("id") && json["id"].is_string() ? QString::fromStdString(json["id"].get<std::string>()) : label;
    submit(
        QStringLiteral("change %1 of %2").arg(id, orderId),
        guiCommand(user, QStringLiteral("change.submit"),
                   { { QStringLiteral("order"), orderId }, { QStringLiteral("document"), document }, { QStringLiteral("label"), label } }));
}

void EngineService::requestOrderSummary(const QString& orderId)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, orderId]() { worker->readOrderSummary(orderId); }, Qt::QueuedConnection);
}

void EngineService::importFile(const QString& kind, const QString& path, const QString& user)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, kind, path, user]() { worker->importFile(kind, path, user); }, Qt::QueuedConnection);
}

void EngineService::submit(const QString& label, const Command& command)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, label, command]() { worker->perform(label, command); }, Qt::QueuedConnection);
}

void EngineService::claimTask(qint64 taskId, const QString& user)
{
    submit(QStringLiteral("claim task %1").arg(taskId),
           guiCommand(user, QStringLiteral("task.claim"), { { QStringLiteral("task"), taskId } }));
}

void EngineService::releaseTask(qint64 taskId, const QString& user)
{
    submit(QStringLiteral("release task %1").arg(taskId),
           guiCommand(user, QStringLiteral("task.release"), { { QStringLiteral("task"), taskId } }));
}

void EngineService::completeTask(qint64 taskId, const QString& user, const QVariantMap& data, const QString& comment)
{
    submit(QStringLiteral("complete task %1").arg(taskId),
           guiCommand(user, QStringLiteral("task.complete"),
                      { { QStringLiteral("task"), taskId }, { QStringLiteral("data"), data }, { QStringLiteral("comment"), comment } }));
}

void EngineService::signal(const QString& orderId, const QString& name, const QString& user)
{
    submit(QStringLiteral("signal %1 to %2").arg(name, orderId),
           guiCommand(user, QStringLiteral("signal"), { { QStringLiteral("order"), orderId }, { QStringLiteral("name"), name } }));
}

void EngineService::retryFallout(qint64 caseId, const QString& user, const FalloutRetry& retry)
{
    QVariantMap args { { QStringLiteral("case"), caseId },
                       { QStringLiteral("fields"), retry.fieldFixes },
                       { QStringLiteral("payload"), retry.editedPayload },
                       { QStringLiteral("resume"), retry.resumeIfLast } };
    if (retry.newRequest)
        args.insert(QStringLiteral("newRequest"), true);
    submit(QStringLiteral("retry fallout case %1").arg(caseId), guiCommand(user, QStringLiteral("fallout.retry"), std::move(args)));
}

void EngineService::skipFallout(qint64 caseId, const QString& user, const QString& reason)
{
    submit(QStringLiteral("skip fallout case %1").arg(caseId),
           guiCommand(user, QStringLiteral("fallout.skip"), { { QStringLiteral("case"), caseId }, { QStringLiteral("reason"), reason } }));
}

void EngineService::cancelFallout(qint64 caseId, const QString& user, const QString& reason)
{
    submit(
        QStringLiteral("cancel the order of fallout case %1").arg(caseId),
        guiCommand(user, QStringLiteral("fallout.cancel"), { { QStringLiteral("case"), caseId }, { QStringLiteral("reason"), reason } }));
}

void EngineService::resume(const QString& orderId, const QString& user)
{
    submit(QStringLiteral("resume %1").arg(orderId),
           guiCommand(user, QStringLiteral("order.resume"), { { QStringLiteral("order"), orderId } }));
}

void EngineService::evaluateJeopardyNow()
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker] {
            worker->evaluateJeopardySoon();
            worker->tickNow();
        },
        Qt::QueuedConnection);
}

} // namespace fw
