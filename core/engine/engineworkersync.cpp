// EngineWorker and the remote store: the sync rounds run on a thread of their own (SyncThread);
// the engine hears of them through their status and never waits for them.
#include "engineworker.h"

#include "common/clock.h"
#include "commands/commandprocessor.h"
#include "executor.h"
#include "store/database.h"
#include "sync/engineport.h"
#include "sync/syncedactions.h"
#include "sync/syncledger.h"

#include <QTimer>

namespace fw {

std::optional<QString> EngineWorker::prepareSync()
{
    if (m_syncSettings.conninfo.isEmpty())
        return std::nullopt;
    m_sync = std::make_unique<SyncThread>(m_path, m_syncSettings, 1000);
    if (auto error = m_sync->prepare(*m_database)) {
        m_sync.reset();
        return error;
    }
    SyncLedger ledger(m_database->connection());
    for (const QString& state : { QStringLiteral("queued"), QStringLiteral("sent") }) {
        for (const QueuedCommand& command : ledger.commands(state)) {
            const auto request = Command::fromJson(command.request);
            if (!request || request->action != QLatin1String(SyncedActions::freeClaim)) // freeing a claim answers nobody
                m_waitingCommands.insert(command.id, QStringLiteral("%1 (queued earlier)").arg(command.orderId));
        }
    }
    return std::nullopt;
}

void EngineWorker::startSync()
{
    if (!m_sync)
        return;
    m_enginePort = std::make_unique<DirectEnginePort>(*m_database, *m_clock, *m_executor);
    connect(m_sync.get(), &SyncThread::statusChanged, this, &EngineWorker::onSyncStatus);
    m_sync->start(*m_enginePort);
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

void EngineWorker::onSyncStatus(const SyncStatus& status)
{
    reportAnsweredCommands();
    Q_EMIT syncStatusChanged(status);
    if (!m_timer && m_pendingTickMs > 0) {
        // The first round has dropped the orders taken over while this workstation was away and
        // adopted new ones: the engine starts moving orders now.
        const int tickMs = m_pendingTickMs;
        m_pendingTickMs = 0;
        startTicking(tickMs);
        return;
    }
    tickSoon(); // what the round brought (other workstations' events, commands, adopted orders) shows at once
}

void EngineWorker::tickSoon()
{
    if (m_tickPending || !m_timer)
        return;
    m_tickPending = true; // a burst of rounds makes one tick
    QTimer::singleShot(10, this, [this] {
        m_tickPending = false;
        tick();
    });
}

void EngineWorker::grantWaitingClaimsHere()
{
    if (!m_sync || m_sync->decidesClaims())
        return;
    for (const auto& granted : SyncedActions::grantWaitingClaimsHere(*m_database, *m_executor, 1000)) {
        const QString label = m_waitingCommands.take(granted.queuedId);
        if (label.isEmpty())
            continue;
        if (granted.error)
            Q_EMIT actionFailed(label, *granted.error);
        else
            Q_EMIT actionDone(label + QStringLiteral(": granted here; the remote store does not answer, it is told when it does"));
    }
}

void EngineWorker::reportAnsweredCommands()
{
    if (!m_database || m_waitingCommands.isEmpty())
        return;
    SyncLedger ledger(m_database->connection());
    for (auto it = m_waitingCommands.begin(); it != m_waitingCommands.end();) {
        const auto command = ledger.command(it.key());
        if (!command || command->state == QStringLiteral("queued") || command->state == QStringLiteral("sent")) {
            ++it;
            continue;
        }
        if (command->state == QStringLiteral("superseded")) { // the person's later claim or release answered already
            it = m_waitingCommands.erase(it);
            continue;
        }
        const QString owner = ledger.replicaOwner(command->orderId);
        if (command->state == QStringLiteral("done"))
            Q_EMIT actionDone(owner.isEmpty() ? QStringLiteral("%1: granted by the remote store").arg(it.value())
                                              : QStringLiteral("%1: applied by %2").arg(it.value(), owner));
        else
            Q_EMIT actionFailed(it.value(),
                                owner.isEmpty() || SyncedActions::isClaimRefusal(command->error)
                                    ? command->error
                                    : QStringLiteral("not applied by %1: %2").arg(owner, command->error));
        it = m_waitingCommands.erase(it);
    }
}

void EngineWorker::setWorkstationUser(const QString& user)
{
    m_syncSettings.user = user;
    if (m_sync)
        m_sync->setUser(user);
}

void EngineWorker::acknowledgeConflict(qint64 conflictId, const QString& user)
{
    if (!m_sync || !m_database)
        return;
    if (m_processor) {
        const auto refused
            = m_processor->admit(Command::make(user, QStringLiteral("sync.acknowledge"), { { QStringLiteral("conflict"), conflictId } },
                                               { m_sync->workstation(), CommandOrigin::Channel::Gui }));
        if (refused) {
            Q_EMIT actionFailed(QStringLiteral("acknowledge conflict"), refused->message);
            return;
        }
    }
    SyncLedger ledger(m_database->connection());
    if (const auto error = ledger.acknowledgeConflict(conflictId))
        Q_EMIT actionFailed(QStringLiteral("acknowledge conflict"), *error);
    SyncStatus status = m_sync->status();
    status.conflicts = ledger.conflicts();
    status.openConflicts = ledger.openConflicts();
    if (status.conflicts.size() > 50)
        status.conflicts.erase(status.conflicts.begin(), status.conflicts.end() - 50);
    Q_EMIT syncStatusChanged(status);
}

} // namespace fw
