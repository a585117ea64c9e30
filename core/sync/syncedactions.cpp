#include "syncedactions.h"

#include "engine/executor.h"
#include "engine/operatorrequest.h"
#include "portablerequest.h"
#include "store/database.h"
#include "syncagent.h"

#include <QLocale>

namespace fw {

namespace {
    using Outcome = SyncedActions::Outcome;

    Outcome failed(const QString& message) { return { Outcome::Kind::Failed, message, 0 }; }

    Outcome applied(const std::optional<QString>& error) { return error ? failed(*error) : Outcome {}; }

    QString claimedMessage(const ClaimOutcome& claim)
    {
        return QStringLiteral("claimed by %1 on %2 at %3")
            .arg(claim.holder, claim.holderWorkstation,
                 QLocale::c().toString(claim.claimedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }
} // namespace

SyncedActions::Outcome SyncedActions::perform(SyncAgent& agent, Executor& executor, const OperatorRequest& request)
{
    auto portable = PortableRequest::fromLocal(agent.database().connection(), request);
    if (auto* error = std::get_if<QString>(&portable))
        return failed(*error);
    const auto& p = std::get<PortableRequest::Portable>(portable);
    const bool replica = !p.orderId.isEmpty() && agent.isReplica(p.orderId);
    const auto queue = [&]() -> Outcome {
        auto queued = agent.queueCommand(request);
        if (auto* error = std::get_if<QString>(&queued))
            return failed(*error);
        return { Outcome::Kind::Queued, QStringLiteral("sent to %1, the workstation that runs order %2").arg(agent.ownerOf(p.orderId), p.orderId),
                 std::get<qint64>(queued) };
    };

    if (request.action == QStringLiteral("task.claim")) {
        if (!agent.isOnline()) {
            if (replica)
                return queue(); // the owner decides when both sides are back
            const auto error = applyRequest(executor, request);
            if (!error)
                agent.queueCommand(request); // asserted in the remote store on reconnect
            return applied(error);
        }
        auto claim = agent.claim(p.claimItem, p.orderId, request.actor);
        if (auto* error = std::get_if<QString>(&claim))
            return failed(*error);
        if (!std::get<ClaimOutcome>(claim).granted)
            return failed(claimedMessage(std::get<ClaimOutcome>(claim)));
        if (replica)
            return queue();
        const auto error = applyRequest(executor, request);
        if (error)
            agent.releaseClaim(p.claimItem, request.actor);
        return applied(error);
    }
    if (replica)
        return queue();
    QString done;
    const auto error = applyRequest(executor, request, &done);
    if (!error && request.action == QStringLiteral("task.release") && agent.isOnline())
        agent.releaseClaim(p.claimItem, request.actor);
    if (!error && request.action == QStringLiteral("task.complete") && agent.isOnline())
        agent.clearClaim(p.claimItem); // done: nobody holds it any more
    Outcome outcome = applied(error);
    if (!error)
        outcome.message = done;
    return outcome;
}

} // namespace fw
