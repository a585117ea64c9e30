// SyncAgent: claims, and operator commands between workstations.
#include "syncagent.h"

#include "common/clock.h"
#include "engineport.h"
#include "syncedactions.h"
#include "commands/command.h"
#include "portablerequest.h"
#include "store/database.h"

#include <QLocale>
#include <QSqlQuery>

namespace fw {

bool SyncAgent::runCommands(EnginePort* engine)
{
    if (!engine)
        return true;
    // Another workstation's command goes through this store's processor like any other: the actor
    // must be a user here (users are shared through the remote store) with the role it needs.
    auto ran = m_remote->processCommands(100, [&](const RemoteCommand& remote) -> std::optional<QString> {
        const auto portable = Command::fromJson(remote.request);
        if (!portable)
            return QStringLiteral("command %1: not a request this workstation understands").arg(remote.id);
        if (!engine->runs(remote.orderId))
            return QStringLiteral("order %1 is not running on %2").arg(remote.orderId, m_workstation);
        auto local = PortableRequest::toLocal(m_database.connection(), *portable);
        if (auto* error = std::get_if<QString>(&local))
            return *error;
        Command command = std::get<Command>(local);
        command.origin.channel = CommandOrigin::Channel::Remote;
        command.origin.workstation = remote.issuedBy; // the remote store's record, not what the text claims
        if (!remote.actor.isEmpty())
            command.actor = remote.actor;
        const CommandResult result = engine->process(command);
        std::optional<QString> error;
        if (!result.ok())
            error = result.message;
        const QString stepId = portable->args.value(QStringLiteral("step")).toString();
        if (!error && (portable->action == QStringLiteral("task.complete") || portable->action == QStringLiteral("task.release"))) {
            // The task is done or free again: so is its claim (in the same transaction as the answer).
            m_remote->clearClaim(PortableRequest::taskItem(remote.orderId, stepId));
        }
        if (error && command.args.contains(QStringLiteral("task"))) {
            // The issuer knows the task by its step, not by this store's row id.
            error->replace(QStringLiteral("task %1").arg(command.args.value(QStringLiteral("task")).toLongLong()),
                           QStringLiteral("the task of step %1").arg(stepId));
        }
        return error;
    });
    if (auto* error = std::get_if<QString>(&ran))
        return check(*error);
    return true;
}

bool SyncAgent::sendCommands(EnginePort* engine)
{
    const QDateTime now = m_clock.now();
    for (const QueuedCommand& command : m_ledger.commands(QStringLiteral("queued"))) {
        const auto request = Command::fromJson(command.request);
        if (!request) {
            if (auto error = m_ledger.setCommandState(command.id, QStringLiteral("failed"),
                                                      QStringLiteral("not a request this workstation understands"), now))
                return check(error);
            continue;
        }
        if (!isReplica(command.orderId) || request->action == QLatin1String(SyncedActions::freeClaim)) {
            if (!settleOwnCommand(engine, command, *request))
                return false;
            continue;
        }
        if (request->action == QStringLiteral("task.claim")) {
            // The owner grants a claim the remote store has decided: decide it now.
            const QString item = PortableRequest::taskItem(command.orderId, request->args.value(QStringLiteral("step")).toString());
            auto claim = m_remote->claim(item, command.orderId, command.actor, claimIdleSeconds());
            if (auto* error = std::get_if<QString>(&claim))
                return check(*error);
            if (const ClaimOutcome& outcome = std::get<ClaimOutcome>(claim); !outcome.granted) {
                std::optional<QString> error = m_ledger.setCommandState(command.id, QStringLiteral("failed"), claimedMessage(outcome), now);
                if (!error && request->args.value(QLatin1String(SyncedActions::queuedOffline)).toBool())
                    error = m_ledger.addConflict(now, command.orderId, QStringLiteral("command-failed"),
                                                 QStringLiteral("task.claim by %1 (made while the remote store did not answer) was not "
                                                                "granted by the remote store: %2")
                                                     .arg(command.actor, claimedMessage(outcome)));
                if (error)
                    return check(error);
                continue;
            }
        }
        auto sent = m_remote->sendCommand(command.orderId, command.request, command.actor, command.id);
        if (auto* error = std::get_if<QString>(&sent))
            return check(*error);
        if (auto error = m_ledger.setCommandState(command.id, QStringLiteral("sent"), {}, now))
            return check(error);
    }
    std::vector<qint64> waiting;
    for (const QueuedCommand& command : m_ledger.commands(QStringLiteral("sent")))
        waiting.push_back(command.id);
    if (waiting.empty())
        return true;
    auto results = m_remote->commandResults(waiting);
    if (auto* error = std::get_if<QString>(&results))
        return check(*error);
    for (const RemoteCommandResult& result : std::get<0>(results)) {
        if (result.state == QStringLiteral("pending"))
            continue;
        std::optional<QString> error = m_ledger.setCommandState(result.localId, result.state, result.error, now);
        if (!error && result.state == QStringLiteral("failed")) {
            const auto command = m_ledger.command(result.localId);
            const auto request = command ? Command::fromJson(command->request) : std::nullopt;
            error = m_ledger.addConflict(now, command ? command->orderId : QString(), QStringLiteral("command-failed"),
                                         QStringLiteral("%1 by %2 was not applied by %3: %4")
                                             .arg(request ? request->action : QStringLiteral("a command"),
                                                  command ? command->actor : QString(), result.doneBy, result.error));
        }
        if (error)
            return check(error);
    }
    return true;
}

QString SyncAgent::claimedMessage(const ClaimOutcome& claim)
{
    const QString at = QLocale::c().toString(claim.claimedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (claim.holderWorkstation.isEmpty())
        return QStringLiteral("claimed by %1 at %2").arg(claim.holder, at);
    return QStringLiteral("claimed by %1 at %2 (on %3)").arg(claim.holder, at, claim.holderWorkstation);
}

std::vector<QueuedCommand> SyncAgent::pendingCommands() const
{
    std::vector<QueuedCommand> pending = m_ledger.commands(QStringLiteral("queued"));
    for (QueuedCommand& command : m_ledger.commands(QStringLiteral("sent")))
        pending.push_back(std::move(command));
    return pending;
}

bool SyncAgent::isReplica(const QString& orderId) const
{
    return !m_ledger.replicaOwner(orderId).isEmpty();
}

std::variant<qint64, QString> SyncAgent::queueCommand(const Command& request)
{
    auto portable = PortableRequest::fromLocal(m_database.connection(), request);
    if (auto* error = std::get_if<QString>(&portable))
        return *error;
    const auto& p = std::get<PortableRequest::Portable>(portable);
    if (p.orderId.isEmpty())
        return QStringLiteral("%1: names no order").arg(request.action);
    return m_ledger.queueCommand(m_clock.now(), p.orderId, p.request.toJson(), request.actor);
}

} // namespace fw
