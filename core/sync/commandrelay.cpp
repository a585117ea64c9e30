// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// CommandRelay: operator commands between workstations (docs/sync.md, "Commands").
#include "commandrelay.h"

#include "common/clock.h"
#include "engineport.h"
#include "syncedactions.h"
#include "commands/command.h"
#include "portablerequest.h"
#include "remotestore.h"
#include "store/database.h"
#include "syncsession.h"

namespace fw {

CommandRelay::CommandRelay(SyncSession& session)
    : m_session(session)
    , m_settler(session)
{
}

Status CommandRelay::runIncoming(EnginePort* engine)
{
    if (!engine)
        return {};
    // Another workstation's command goes through this store's processor like any other: the actor
    // must be a user here (users are shared through the remote store) with the role it needs.
    auto ran = m_session.remote.commands().processCommands(100, [&](const RemoteCommand& remote) -> Status {
        const auto portable = Command::fromJson(remote.request);
        if (!portable)
            return failure(QStringLiteral("command %1: not a request this workstation understands").arg(remote.id));
        if (!engine->runs(remote.orderId))
            return failure(QStringLiteral("order %1 is not running on %2").arg(remote.orderId, m_session.workstation));
        const Result<Command> local = PortableRequest::toLocal(m_session.database.connection(), *portable);
        if (!local)
            return local.error();
        Command command = *local;
        command.origin.channel = CommandOrigin::Channel::Remote;
        command.origin.workstation = remote.issuedBy; // the remote store's record, not what the text claims
        if (!remote.actor.isEmpty())
            command.actor = remote.actor;
        const CommandResult result = engine->process(command);
        const QString stepId = portable->args.value(QStringLiteral("step")).toString();
        if (result.ok() && (portable->action == QStringLiteral("task.complete") || portable->action == QStringLiteral("task.release"))) {
            // The task is done or free again: so is its claim (in the same transaction as the answer).
            (void)m_session.remote.commands().clearClaim(PortableRequest::taskItem(remote.orderId, stepId));
        }
        if (result.ok())
            return {};
        QString error = result.message;
        if (command.args.contains(QStringLiteral("task"))) {
            // The issuer knows the task by its step, not by this store's row id.
            error.replace(QStringLiteral("task %1").arg(command.args.value(QStringLiteral("task")).toLongLong()),
                          QStringLiteral("the task of step %1").arg(stepId));
        }
        return failure(error);
    });
    if (!ran)
        return ran.error();
    return {};
}

Status CommandRelay::send(EnginePort* engine)
{
    if (const Status sent = sendQueued(engine); !sent)
        return sent;
    return collectOutcomes();
}

Status CommandRelay::sendQueued(EnginePort* engine)
{
    SyncLedger& ledger = m_session.ledger;
    const QDateTime now = m_session.clock.now();
    const Result<std::vector<QueuedCommand>> queued = ledger.readCommands(QStringLiteral("queued"));
    if (!queued)
        return queued.error();
    for (const QueuedCommand& command : *queued) {
        const auto request = Command::fromJson(command.request);
        if (!request) {
            if (const Status failed = ledger.setCommandState(command.id, QStringLiteral("failed"),
                                                             QStringLiteral("not a request this workstation understands"), now);
                !failed)
                return failed;
            continue;
        }
        if (ledger.replicaOwner(command.orderId).isEmpty() || request->action == QLatin1String(SyncedActions::freeClaim)) {
            if (const Status settled = m_settler.settle(engine, command, *request); !settled)
                return settled;
            continue;
        }
        if (request->action == QStringLiteral("task.claim")) {
            // The owner grants a claim the remote store has decided: decide it now.
            const QString item = PortableRequest::taskItem(command.orderId, request->args.value(QStringLiteral("step")).toString());
            const Result<int> idleSeconds = m_settler.claimIdleSeconds();
            if (!idleSeconds)
                return idleSeconds.error();
            auto claim = m_session.remote.commands().claim(item, command.orderId, command.actor, *idleSeconds);
            if (!claim)
                return claim.error();
            if (const ClaimOutcome& outcome = *claim; !outcome.granted) {
                const QString message = ClaimSettler::claimedMessage(outcome);
                Status done = ledger.setCommandState(command.id, QStringLiteral("failed"), message, now);
                if (done && request->args.value(QLatin1String(SyncedActions::queuedOffline)).toBool())
                    done = ledger.addConflict(now, command.orderId, QStringLiteral("command-failed"),
                                              QStringLiteral("task.claim by %1 (made while the remote store did not answer) was not "
                                                             "granted by the remote store: %2")
                                                  .arg(command.actor, message));
                if (!done)
                    return done;
                continue;
            }
        }
        auto sent = m_session.remote.commands().sendCommand(command.orderId, command.request, command.actor, command.id);
        if (!sent)
            return sent.error();
        if (const Status marked = ledger.setCommandState(command.id, QStringLiteral("sent"), {}, now); !marked)
            return marked;
    }
    return {};
}

Status CommandRelay::collectOutcomes()
{
    SyncLedger& ledger = m_session.ledger;
    const QDateTime now = m_session.clock.now();
    const Result<std::vector<QueuedCommand>> sent = ledger.readCommands(QStringLiteral("sent"));
    if (!sent)
        return sent.error();
    std::vector<qint64> waiting;
    for (const QueuedCommand& command : *sent)
        waiting.push_back(command.id);
    if (waiting.empty())
        return {};
    auto results = m_session.remote.commands().commandResults(waiting);
    if (!results)
        return results.error();
    for (const RemoteCommandResult& result : *results) {
        if (result.state == QStringLiteral("pending"))
            continue;
        Status done = ledger.setCommandState(result.localId, result.state, result.error, now);
        if (done && result.state == QStringLiteral("failed")) {
            const auto command = ledger.command(result.localId);
            const auto request = command ? Command::fromJson(command->request) : std::nullopt;
            done = ledger.addConflict(now, command ? command->orderId : QString(), QStringLiteral("command-failed"),
                                      QStringLiteral("%1 by %2 was not applied by %3: %4")
                                          .arg(request ? request->action : QStringLiteral("a command"),
                                               command ? command->actor : QString(), result.doneBy, result.error));
        }
        if (!done)
            return done;
    }
    return {};
}

} // namespace fw
