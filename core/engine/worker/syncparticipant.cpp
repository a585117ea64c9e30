// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "syncparticipant.h"

#include "commands/commandprocessor.h"
#include "engine/enginesnapshot.h"
#include "engine/executor.h"
#include "store/database.h"
#include "store/operationsreader.h"
#include "sync/engineport.h"
#include "sync/syncedactions.h"
#include "store/syncledger.h"
#include "sync/syncthread.h"

namespace fw {

SyncParticipant::SyncParticipant(SyncSettings settings)
    : m_settings(std::move(settings))
{
}

SyncParticipant::~SyncParticipant()
{
    stop();
}

Status SyncParticipant::prepare(EngineHost& host)
{
    m_host = &host;
    m_thread = std::make_unique<SyncThread>(host.storePath(), m_settings, 1000);
    if (Status prepared = m_thread->prepare(host.database()); !prepared) {
        m_thread.reset();
        return prepared;
    }
    SyncLedger ledger(host.database().connection());
    for (const QString& state : { QStringLiteral("queued"), QStringLiteral("sent") }) {
        for (const QueuedCommand& command : ledger.commands(state)) {
            const auto request = Command::fromJson(command.request);
            if (!request || request->action != QLatin1String(SyncedActions::freeClaim)) // freeing a claim answers nobody
                m_waitingCommands.insert(command.id, QStringLiteral("%1 (queued earlier)").arg(command.orderId));
        }
    }
    return {};
}

void SyncParticipant::start(EngineHost& host)
{
    if (!m_thread || !host.executor())
        return;
    if (CommandProcessor* processor = host.processor())
        processor->setSync(m_thread.get()); // claims are decided in the remote store, replica actions go to their owner
    const auto position = OperationsReader(host.database().connection()).journalPosition(); // pushed from here on
    if (!position) {
        host.reportFailed(QStringLiteral("sync"), position.message());
        return;
    }
    m_journalSeq = *position;
    m_enginePort = std::make_unique<DirectEnginePort>(host.database(), host.clock(), *host.executor());
    connect(m_thread.get(), &SyncThread::statusChanged, this, &SyncParticipant::onRoundDone);
    m_thread->start(*m_enginePort);
}

void SyncParticipant::stop()
{
    if (m_host && m_host->processor())
        m_host->processor()->setSync(nullptr);
    m_thread.reset(); // joins the sync thread: a round waiting on the network is interrupted
    m_enginePort.reset();
}

QString SyncParticipant::workstation() const
{
    return m_thread ? m_thread->workstation() : QString();
}

void SyncParticipant::setUser(const QString& user)
{
    m_settings.user = user;
    if (m_thread)
        m_thread->setUser(user);
}

void SyncParticipant::onRoundDone(const SyncStatus& status)
{
    reportAnsweredCommands();
    Q_EMIT statusChanged(status);
    if (m_host)
        m_host->tickSoon(); // what the round brought (other workstations' events, commands, adopted orders) shows at once
}

// Claims left undecided by a link that went silent are granted here.
void SyncParticipant::tick(EngineHost& host)
{
    if (!m_thread || m_thread->decidesClaims() || !host.executor())
        return;
    for (const auto& granted : SyncedActions::grantWaitingClaimsHere(host.database(), *host.executor(), 1000)) {
        const QString label = m_waitingCommands.take(granted.queuedId);
        if (label.isEmpty())
            continue;
        if (!granted.outcome)
            host.reportFailed(label, granted.outcome.message());
        else
            host.reportDone(label + QStringLiteral(": granted here; the remote store does not answer, it is told when it does"));
    }
}

void SyncParticipant::publish(EngineHost&, EngineSnapshot& next)
{
    if (m_thread && m_journalSeq >= 0 && next.journalSeq != m_journalSeq)
        m_thread->wake(); // new events to push
    m_journalSeq = next.journalSeq;
}

void SyncParticipant::answered(const QString& label, const Command&, const CommandResult& result)
{
    if (result.ok() && result.status == CommandResult::Status::Queued)
        m_waitingCommands.insert(result.queuedId, label);
}

void SyncParticipant::reportAnsweredCommands()
{
    if (!m_host || m_waitingCommands.isEmpty())
        return;
    SyncLedger ledger(m_host->database().connection());
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
            m_host->reportDone(owner.isEmpty() ? QStringLiteral("%1: granted by the remote store").arg(it.value())
                                               : QStringLiteral("%1: applied by %2").arg(it.value(), owner));
        else
            m_host->reportFailed(it.value(),
                                 owner.isEmpty() || SyncedActions::isClaimRefusal(command->error)
                                     ? command->error
                                     : QStringLiteral("not applied by %1: %2").arg(owner, command->error));
        it = m_waitingCommands.erase(it);
    }
}

void SyncParticipant::acknowledgeConflict(EngineHost& host, qint64 conflictId, const QString& user)
{
    const QString action = QStringLiteral("acknowledge conflict");
    if (!m_thread)
        return;
    if (CommandProcessor* processor = host.processor()) {
        const auto refused
            = processor->admit(Command::make(user, QStringLiteral("sync.acknowledge"), { { QStringLiteral("conflict"), conflictId } },
                                             { m_thread->workstation(), CommandOrigin::Channel::Gui }));
        if (refused) {
            host.reportFailed(action, refused->message);
            return;
        }
    }
    SyncLedger ledger(host.database().connection());
    if (const Status acknowledged = ledger.acknowledgeConflict(conflictId); !acknowledged)
        host.reportFailed(action, acknowledged.message());
    SyncStatus status = m_thread->status();
    status.conflicts = ledger.conflicts();
    status.openConflicts = ledger.openConflicts();
    if (status.conflicts.size() > 50)
        status.conflicts.erase(status.conflicts.begin(), status.conflicts.end() - 50);
    Q_EMIT statusChanged(status);
}

} // namespace fw
