// SyncAgent: queued commands settled on this workstation (docs/sync.md, "Claims"): claims decided in
// the remote store before this engine grants them, claims granted here while the remote store did
// not answer and asserted there now, claims freed, actions queued while an order was another's.
#include "syncagent.h"

#include "common/clock.h"
#include "engineport.h"
#include "pgconnection.h"
#include "portablerequest.h"
#include "store/database.h"
#include "syncedactions.h"

namespace fw {

SyncAgent::Settling SyncAgent::stopRound(const QString& error)
{
    check(error); // offline when the link broke; the error kept either way
    return Settling::StopRound;
}

bool SyncAgent::settleOwnCommand(EnginePort* engine, const QueuedCommand& command, const Command& request)
{
    std::optional<QString> failure;
    Settling settling = Settling::Settled;
    if (request.action == QLatin1String(SyncedActions::freeClaim))
        settling = freeClaim(request, failure);
    else if (request.action == QStringLiteral("task.claim") && request.args.value(QLatin1String(SyncedActions::decideFirst)).toBool())
        settling = decideClaim(engine, command, request, failure);
    else if (request.action == QStringLiteral("task.claim"))
        settling = assertClaim(engine, command, request, failure);
    else
        settling = applyQueued(engine, command, request, failure);
    if (settling == Settling::StopRound)
        return false;
    if (settling == Settling::Waits)
        return true;
    return check(m_ledger.setCommandState(command.id, failure ? QStringLiteral("failed") : QStringLiteral("done"),
                                          failure.value_or(QString()), m_clock.now()));
}

SyncAgent::Settling SyncAgent::decideClaim(EnginePort* engine, const QueuedCommand& command, const Command& request,
                                           std::optional<QString>& failure)
{
    if (!engine)
        return Settling::Waits; // granted here by the engine: decided when it runs
    const QString item = PortableRequest::taskItem(command.orderId, request.args.value(QStringLiteral("step")).toString());
    auto claim = m_remote->claim(item, command.orderId, command.actor, claimIdleSeconds());
    if (auto* error = std::get_if<QString>(&claim))
        return stopRound(*error);
    if (const ClaimOutcome& outcome = std::get<ClaimOutcome>(claim); !outcome.granted) {
        if (m_ledger.failUndecidedClaim(command.id, claimedMessage(outcome), m_clock.now()))
            return Settling::Waits; // failed (nothing was granted here): the person is told who holds it
        // Granted here meanwhile (the link hung): lost like a claim made offline.
        return assertClaim(engine, command, request, failure);
    }
    auto local = PortableRequest::toLocal(m_database.connection(), request);
    failure = std::holds_alternative<QString>(local) ? std::get<QString>(local) : engine->grantClaim(command.id, std::get<Command>(local));
    if (failure && !engine->available())
        return Settling::StopRound; // the remote store's grant stands; decided again at the next start
    if (const auto row = m_ledger.command(command.id); failure && row && row->state == QStringLiteral("superseded"))
        return Settling::Waits; // a later claim or release here, queued after this row, sets the remote store right
    if (failure && !check(m_remote->releaseClaim(item, command.actor)))
        return Settling::StopRound;
    return Settling::Settled;
}

SyncAgent::Settling SyncAgent::assertClaim(EnginePort* engine, const QueuedCommand& command, const Command& request,
                                           std::optional<QString>& failure)
{
    const QString item = PortableRequest::taskItem(command.orderId, request.args.value(QStringLiteral("step")).toString());
    auto claim = m_remote->claim(item, command.orderId, command.actor, claimIdleSeconds());
    if (auto* error = std::get_if<QString>(&claim))
        return stopRound(*error);
    const ClaimOutcome& outcome = std::get<ClaimOutcome>(claim);
    if (outcome.granted)
        return Settling::Settled;
    if (!engine)
        return Settling::Waits; // lost: the engine must let go of it, when it runs
    failure = QStringLiteral("claimed by %1 on %2 at %3 while this workstation did not reach the remote store")
                  .arg(outcome.holder, outcome.holderWorkstation, toStoreTime(outcome.claimedAt));
    Command release = request;
    release.action = QStringLiteral("task.release");
    auto local = PortableRequest::toLocal(m_database.connection(), release);
    if (auto* localRelease = std::get_if<Command>(&local)) {
        engine->apply(*localRelease);
        if (!engine->available())
            return Settling::StopRound;
    }
    if (!check(m_ledger.addConflict(m_clock.now(), command.orderId, QStringLiteral("claim-lost"),
                                    QStringLiteral("%1's claim on order %2 (made while the remote store did not answer) was lost: %3")
                                        .arg(command.actor, command.orderId, *failure))))
        return Settling::StopRound;
    return Settling::Settled;
}

SyncAgent::Settling SyncAgent::freeClaim(const Command& request, std::optional<QString>& failure)
{
    const QString item = request.args.value(QStringLiteral("item")).toString();
    const QString holder = request.args.value(QStringLiteral("holder")).toString();
    const auto error = holder.isEmpty() ? m_remote->clearClaim(item) : m_remote->releaseClaim(item, holder);
    if (error && !m_connection->isOpen())
        return stopRound(*error);
    failure = error; // e.g. taken by someone else since: nothing of this workstation's to free
    return Settling::Settled;
}

SyncAgent::Settling SyncAgent::applyQueued(EnginePort* engine, const QueuedCommand& command, const Command& request,
                                           std::optional<QString>& failure)
{
    if (!engine)
        return Settling::Waits;
    if (!engine->runs(command.orderId)) {
        failure = QStringLiteral("order %1 is not running on %2").arg(command.orderId, m_workstation);
        return Settling::Settled;
    }
    // Queued while the order was another's; this engine runs it now.
    auto local = PortableRequest::toLocal(m_database.connection(), request);
    failure = std::holds_alternative<QString>(local) ? std::get<QString>(local) : engine->apply(std::get<Command>(local));
    return failure && !engine->available() ? Settling::StopRound : Settling::Settled;
}

} // namespace fw
