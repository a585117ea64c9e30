// EngineWorker and the remote store: a sync round every tick and on every notification.
#include "engineworker.h"

#include "common/clock.h"
#include "commands/commandprocessor.h"
#include "executor.h"
#include "store/database.h"

#include <QSocketNotifier>
#include <QTimer>

namespace fw {

void EngineWorker::startSync()
{
    if (m_syncSettings.conninfo.isEmpty())
        return;
    m_sync = std::make_unique<SyncAgent>(*m_database, *m_clock, m_syncSettings);
    if (const auto error = m_sync->open()) {
        Q_EMIT actionFailed(QStringLiteral("sync"), *error);
        m_sync.reset();
        return;
    }
    for (const QueuedCommand& command : m_sync->pendingCommands())
        m_waitingCommands.insert(command.id, QStringLiteral("%1 (queued earlier)").arg(command.orderId));
    // Without an engine: leases lost while this workstation was away turn into replicas before it loads.
    Q_EMIT syncStatusChanged(m_sync->round(nullptr));
    watchNotifications();
}

void EngineWorker::syncRound()
{
    if (!m_sync)
        return;
    const SyncStatus status = m_sync->round(m_executor.get());
    reportAnsweredCommands();
    watchNotifications();
    Q_EMIT syncStatusChanged(status);
}

void EngineWorker::watchNotifications()
{
    const int socket = m_sync ? m_sync->notificationSocket() : -1;
    const int connection = m_sync ? m_sync->connections() : 0;
    if (socket == m_notifierSocket && connection == m_notifierConnection)
        return; // a reconnect may get the same descriptor number: the count tells them apart
    forgetNotifier();
    m_notifierSocket = socket;
    m_notifierConnection = connection;
    if (socket < 0)
        return;
    m_remoteNotifier = new QSocketNotifier(socket, QSocketNotifier::Read, this);
    connect(m_remoteNotifier, &QSocketNotifier::activated, this, [this] {
        if (!m_sync || !m_sync->takeWakeUps() || m_wakePending)
            return;
        m_wakePending = true; // a burst of notifications makes one tick
        QTimer::singleShot(10, this, [this] {
            m_wakePending = false;
            tick();
        });
    });
}

void EngineWorker::forgetNotifier()
{
    if (!m_remoteNotifier)
        return;
    // Disabled explicitly first: on Qt 6.4 with the glib dispatcher, deleting an enabled notifier
    // left it in the dispatcher's poll list (a use after free, found by valgrind in tst_sync).
    m_remoteNotifier->setEnabled(false);
    delete m_remoteNotifier;
    m_remoteNotifier = nullptr;
    m_notifierSocket = -1;
}

void EngineWorker::reportAnsweredCommands()
{
    for (auto it = m_waitingCommands.begin(); it != m_waitingCommands.end();) {
        const auto command = m_sync->commandOutcome(it.key());
        if (!command || command->state == QStringLiteral("queued") || command->state == QStringLiteral("sent")) {
            ++it;
            continue;
        }
        if (command->state == QStringLiteral("done"))
            Q_EMIT actionDone(QStringLiteral("%1: applied by %2").arg(it.value(), m_sync->ownerOf(command->orderId)));
        else
            Q_EMIT actionFailed(it.value(), QStringLiteral("not applied by %1: %2").arg(m_sync->ownerOf(command->orderId), command->error));
        it = m_waitingCommands.erase(it);
    }
}

void EngineWorker::acknowledgeConflict(qint64 conflictId, const QString& user)
{
    if (!m_sync)
        return;
    if (m_processor) {
        const auto refused = m_processor->admit(Command::make(user, QStringLiteral("sync.acknowledge"), { { QStringLiteral("conflict"), conflictId } },
                                                              { m_sync->workstation(), CommandOrigin::Channel::Gui }));
        if (refused) {
            Q_EMIT actionFailed(QStringLiteral("acknowledge conflict"), refused->message);
            return;
        }
    }
    if (const auto error = m_sync->acknowledgeConflict(conflictId))
        Q_EMIT actionFailed(QStringLiteral("acknowledge conflict"), *error);
    Q_EMIT syncStatusChanged(m_sync->status());
}

} // namespace fw
