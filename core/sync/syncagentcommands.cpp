// SyncAgent: claims, and operator commands between workstations.
#include "syncagent.h"

#include "commands/commandprocessor.h"
#include "commands/executordispatch.h"
#include "common/clock.h"
#include "engine/executor.h"
#include "commands/command.h"
#include "portablerequest.h"
#include "store/database.h"

#include <QLocale>
#include <QSqlQuery>

namespace fw {

bool SyncAgent::runCommands(Executor* executor)
{
    if (!executor)
        return true;
    // Another workstation's command goes through this store's processor like any other: the actor
    // must be a user here (users are shared through the remote store) with the role it needs.
    CommandProcessor processor(m_database, m_clock);
    processor.setExecutor(executor);
    auto ran = m_remote->processCommands(100, [&](const RemoteCommand& remote) -> std::optional<QString> {
        const auto portable = Command::fromJson(remote.request);
        if (!portable)
            return QStringLiteral("command %1: not a request this workstation understands").arg(remote.id);
        if (!executor->order(remote.orderId))
            return QStringLiteral("order %1 is not running on %2").arg(remote.orderId, m_workstation);
        auto local = PortableRequest::toLocal(m_database.connection(), *portable);
        if (auto* error = std::get_if<QString>(&local))
            return *error;
        Command command = std::get<Command>(local);
        command.origin.channel = CommandOrigin::Channel::Remote;
        command.origin.workstation = remote.issuedBy; // the remote store's record, not what the text claims
        if (!remote.actor.isEmpty())
            command.actor = remote.actor;
        const CommandResult result = processor.process(command);
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

bool SyncAgent::assertOwnCommand(Executor* executor, const QueuedCommand& command)
{
    const QDateTime now = m_clock.now();
    const auto request = Command::fromJson(command.request);
    std::optional<QString> failure;
    if (!request) {
        failure = QStringLiteral("not a request this workstation understands");
    } else if (request->action == QStringLiteral("task.claim")) {
        // Claimed here while offline: the remote store decides now.
        const QString item = PortableRequest::taskItem(command.orderId, request->args.value(QStringLiteral("step")).toString());
        auto claim = m_remote->claim(item, command.orderId, command.actor, claimIdleSeconds());
        if (auto* error = std::get_if<QString>(&claim))
            return check(*error);
        const ClaimOutcome& outcome = std::get<ClaimOutcome>(claim);
        if (!outcome.granted) {
            failure = QStringLiteral("claimed by %1 on %2 at %3 while this workstation was offline")
                          .arg(outcome.holder, outcome.holderWorkstation, toStoreTime(outcome.claimedAt));
            if (executor) {
                Command release = *request;
                release.action = QStringLiteral("task.release");
                auto local = PortableRequest::toLocal(m_database.connection(), release);
                if (auto* localRelease = std::get_if<Command>(&local))
                    applyOnExecutor(*executor, *localRelease);
            }
            if (auto error = m_ledger.addConflict(now, command.orderId, QStringLiteral("claim-lost"),
                                                  QStringLiteral("%1's claim on order %2 (made offline) was lost: %3")
                                                      .arg(command.actor, command.orderId, *failure)))
                return check(error);
        }
    } else if (!executor || !executor->order(command.orderId)) {
        failure = QStringLiteral("order %1 is not running on %2").arg(command.orderId, m_workstation);
    } else {
        // Queued while the order was another's; this engine runs it now.
        auto local = PortableRequest::toLocal(m_database.connection(), *request);
        if (auto* error = std::get_if<QString>(&local))
            failure = *error;
        else
            failure = applyOnExecutor(*executor, std::get<Command>(local));
    }
    return check(m_ledger.setCommandState(command.id, failure ? QStringLiteral("failed") : QStringLiteral("done"), failure.value_or(QString()), now));
}

bool SyncAgent::sendCommands(Executor* executor)
{
    const QDateTime now = m_clock.now();
    for (const QueuedCommand& command : m_ledger.commands(QStringLiteral("queued"))) {
        if (!isReplica(command.orderId)) {
            if (!assertOwnCommand(executor, command))
                return false;
            continue;
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
                                             .arg(request ? request->action : QStringLiteral("a command"), command ? command->actor : QString(),
                                                  result.doneBy, result.error));
        }
        if (error)
            return check(error);
    }
    return true;
}

std::variant<ClaimOutcome, QString> SyncAgent::claim(const QString& item, const QString& orderId, const QString& user)
{
    if (!m_online)
        return QStringLiteral("offline since %1: claims are decided by the remote store; try again when it is back")
            .arg(QLocale::c().toString(m_offlineSince.toLocalTime(), QStringLiteral("HH:mm")));
    auto outcome = m_remote->claim(item, orderId, user, claimIdleSeconds());
    if (auto* error = std::get_if<QString>(&outcome))
        goOffline(*error);
    return outcome;
}

std::optional<QString> SyncAgent::releaseClaim(const QString& item, const QString& user)
{
    if (!m_online)
        return QStringLiteral("offline: the claim is released when the remote store is back");
    auto error = m_remote->releaseClaim(item, user);
    if (error)
        goOffline(*error);
    return error;
}

std::vector<QueuedCommand> SyncAgent::pendingCommands() const
{
    std::vector<QueuedCommand> pending = m_ledger.commands(QStringLiteral("queued"));
    for (QueuedCommand& command : m_ledger.commands(QStringLiteral("sent")))
        pending.push_back(std::move(command));
    return pending;
}

std::optional<QString> SyncAgent::clearClaim(const QString& item)
{
    if (!m_online)
        return QStringLiteral("offline");
    auto error = m_remote->clearClaim(item);
    if (error)
        goOffline(*error);
    return error;
}

bool SyncAgent::isReplica(const QString& orderId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT replica_of IS NOT NULL FROM orders WHERE id = ?"));
    query.addBindValue(orderId);
    return query.exec() && query.next() && query.value(0).toBool();
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
