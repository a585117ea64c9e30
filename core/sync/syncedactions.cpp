#include "syncedactions.h"

#include "commands/executordispatch.h"
#include "engine/executor.h"
#include "portablerequest.h"
#include "store/database.h"
#include "syncagent.h"

#include <QLocale>

namespace fw {

namespace {
    CommandResult applied(Executor& executor, const std::optional<QString>& error, const QString& done = {})
    {
        if (!error)
            return CommandResult::done(done);
        if (executor.storeFailure())
            return CommandResult::failed(*executor.storeFailure());
        return CommandResult::invalid(*error);
    }

    QString claimedMessage(const ClaimOutcome& claim)
    {
        return QStringLiteral("claimed by %1 on %2 at %3")
            .arg(claim.holder, claim.holderWorkstation,
                 QLocale::c().toString(claim.claimedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }
} // namespace

CommandResult SyncedActions::perform(SyncAgent& agent, Executor& executor, const Command& command)
{
    auto portable = PortableRequest::fromLocal(agent.database().connection(), command);
    if (auto* error = std::get_if<QString>(&portable))
        return CommandResult::invalid(*error);
    const auto& p = std::get<PortableRequest::Portable>(portable);
    const bool replica = !p.orderId.isEmpty() && agent.isReplica(p.orderId);
    const auto queue = [&]() -> CommandResult {
        auto queued = agent.queueCommand(command);
        if (auto* error = std::get_if<QString>(&queued))
            return CommandResult::failed(*error);
        return { CommandResult::Status::Queued,
                 QStringLiteral("sent to %1, the workstation that runs order %2").arg(agent.ownerOf(p.orderId), p.orderId),
                 std::get<qint64>(queued) };
    };

    if (command.action == QStringLiteral("task.claim")) {
        if (!agent.isOnline()) {
            if (replica)
                return queue(); // the owner decides when both sides are back
            const auto error = applyOnExecutor(executor, command);
            if (!error)
                agent.queueCommand(command); // asserted in the remote store on reconnect
            return applied(executor, error);
        }
        auto claim = agent.claim(p.claimItem, p.orderId, command.actor);
        if (auto* error = std::get_if<QString>(&claim))
            return CommandResult::failed(*error);
        if (!std::get<ClaimOutcome>(claim).granted)
            return CommandResult::invalid(claimedMessage(std::get<ClaimOutcome>(claim)));
        if (replica)
            return queue();
        const auto error = applyOnExecutor(executor, command);
        if (error)
            agent.releaseClaim(p.claimItem, command.actor);
        return applied(executor, error);
    }
    if (replica)
        return queue();
    QString done;
    const auto error = applyOnExecutor(executor, command, &done);
    if (!error && command.action == QStringLiteral("task.release") && agent.isOnline()) {
        if (command.args.value(QStringLiteral("anyHolder")).toBool())
            agent.clearClaim(p.claimItem); // a supervisor released another's claim
        else
            agent.releaseClaim(p.claimItem, command.actor);
    }
    if (!error && command.action == QStringLiteral("task.complete") && agent.isOnline())
        agent.clearClaim(p.claimItem); // done: nobody holds it any more
    return applied(executor, error, done);
}

} // namespace fw
