// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// ClaimSettler: queued commands settled on this workstation (docs/sync.md, "Claims"): claims decided in
// the remote store before this engine grants them, claims granted here while the remote store did
// not answer and asserted there now, claims freed, actions queued while an order was another's.
#include "claimsettler.h"

#include "common/clock.h"
#include "engineport.h"
#include "pgconnection.h"
#include "portablerequest.h"
#include "remotestore.h"
#include "store/database.h"
#include "store/synclookups.h"
#include "syncedactions.h"
#include "syncsession.h"
#include "syncsettings.h"

#include <QLocale>

namespace fw {

namespace {
    std::optional<Error> failureOf(const Status& status)
    {
        return status ? std::nullopt : std::optional<Error>(status.error());
    }
} // namespace

ClaimSettler::ClaimSettler(SyncSession& session)
    : m_session(session)
{
}

QString ClaimSettler::claimedMessage(const ClaimOutcome& claim)
{
    const QString at = QLocale::c().toString(claim.claimedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (claim.holderWorkstation.isEmpty())
        return QStringLiteral("claimed by %1 at %2").arg(claim.holder, at);
    return QStringLiteral("claimed by %1 at %2 (on %3)").arg(claim.holder, at, claim.holderWorkstation);
}

Result<int> ClaimSettler::claimIdleSeconds() const
{
    if (m_session.settings.claimIdleSeconds > 0)
        return m_session.settings.claimIdleSeconds;
    const Result<QString> setting = SyncLookups(m_session.database.connection()).setting(QStringLiteral("claims.idleHours"));
    if (!setting)
        return setting.error();
    bool ok = false;
    const double hours = setting->toDouble(&ok);
    if (ok && hours > 0)
        return int(std::min(hours * 3600.0, 365.0 * 24 * 3600));
    return RemoteCommands::defaultClaimIdleSeconds;
}

ClaimSettler::Settling ClaimSettler::stopRound(const Status& why)
{
    m_stop = why; // offline when the link broke; the error kept either way
    return Settling::StopRound;
}

Status ClaimSettler::settle(EnginePort* engine, const QueuedCommand& command, const Command& request)
{
    m_failure.reset();
    m_stop = roundStopped();
    Settling settling = Settling::Settled;
    if (request.action == QLatin1String(SyncedActions::freeClaim))
        settling = freeClaim(request);
    else if (request.action == QStringLiteral("task.claim") && request.args.value(QLatin1String(SyncedActions::decideFirst)).toBool())
        settling = decideClaim(engine, command, request);
    else if (request.action == QStringLiteral("task.claim"))
        settling = assertClaim(engine, command, request);
    else
        settling = applyQueued(engine, command, request);
    if (settling == Settling::StopRound)
        return m_stop;
    if (settling == Settling::Waits)
        return {};
    return m_session.ledger.setCommandState(command.id, m_failure ? QStringLiteral("failed") : QStringLiteral("done"),
                                            m_failure ? m_failure->message() : QString(), m_session.clock.now());
}

ClaimSettler::Settling ClaimSettler::decideClaim(EnginePort* engine, const QueuedCommand& command, const Command& request)
{
    if (!engine)
        return Settling::Waits; // granted here by the engine: decided when it runs
    const QString item = PortableRequest::taskItem(command.orderId, request.args.value(QStringLiteral("step")).toString());
    const Result<int> idleSeconds = claimIdleSeconds();
    if (!idleSeconds)
        return stopRound(idleSeconds.error());
    auto claim = m_session.remote.commands().claim(item, command.orderId, command.actor, *idleSeconds);
    if (!claim)
        return stopRound(claim.error());
    if (const ClaimOutcome& outcome = *claim; !outcome.granted) {
        const Result<bool> failed = m_session.ledger.failUndecidedClaim(command.id, claimedMessage(outcome), m_session.clock.now());
        if (!failed)
            return stopRound(failed.error());
        if (*failed)
            return Settling::Waits; // failed (nothing was granted here): the person is told who holds it
        // Granted here meanwhile (the link hung): lost like a claim made offline.
        return assertClaim(engine, command, request);
    }
    const Result<Command> local = PortableRequest::toLocal(m_session.database.connection(), request);
    m_failure = failureOf(local ? engine->grantClaim(command.id, *local) : Status(local.error()));
    if (m_failure && !engine->available())
        return Settling::StopRound; // the remote store's grant stands; decided again at the next start
    if (const auto row = m_session.ledger.command(command.id); m_failure && row && row->state == QStringLiteral("superseded"))
        return Settling::Waits; // a later claim or release here, queued after this row, sets the remote store right
    if (m_failure) {
        if (const Status released = m_session.remote.commands().releaseClaim(item, command.actor); !released)
            return stopRound(released);
    }
    return Settling::Settled;
}

ClaimSettler::Settling ClaimSettler::assertClaim(EnginePort* engine, const QueuedCommand& command, const Command& request)
{
    const QString item = PortableRequest::taskItem(command.orderId, request.args.value(QStringLiteral("step")).toString());
    const Result<int> idleSeconds = claimIdleSeconds();
    if (!idleSeconds)
        return stopRound(idleSeconds.error());
    auto claim = m_session.remote.commands().claim(item, command.orderId, command.actor, *idleSeconds);
    if (!claim)
        return stopRound(claim.error());
    const ClaimOutcome& outcome = *claim;
    if (outcome.granted)
        return Settling::Settled;
    if (!engine)
        return Settling::Waits; // lost: the engine must let go of it, when it runs
    m_failure = failure(QStringLiteral("claimed by %1 on %2 at %3 while this workstation did not reach the remote store")
                            .arg(outcome.holder, outcome.holderWorkstation, toStoreTime(outcome.claimedAt)));
    Command release = request;
    release.action = QStringLiteral("task.release");
    if (const Result<Command> local = PortableRequest::toLocal(m_session.database.connection(), release)) {
        (void)engine->apply(*local); // giving back a claim lost meanwhile: refused when it is no longer held here, which is fine
        if (!engine->available())
            return Settling::StopRound;
    }
    const Status recorded
        = m_session.ledger.addConflict(m_session.clock.now(), command.orderId, QStringLiteral("claim-lost"),
                                       QStringLiteral("%1's claim on order %2 (made while the remote store did not answer) was lost: %3")
                                           .arg(command.actor, command.orderId, m_failure->message()));
    if (!recorded)
        return stopRound(recorded);
    return Settling::Settled;
}

ClaimSettler::Settling ClaimSettler::freeClaim(const Command& request)
{
    const QString item = request.args.value(QStringLiteral("item")).toString();
    const QString holder = request.args.value(QStringLiteral("holder")).toString();
    const Status freed
        = holder.isEmpty() ? m_session.remote.commands().clearClaim(item) : m_session.remote.commands().releaseClaim(item, holder);
    if (!freed && !m_session.connection.isOpen())
        return stopRound(freed);
    if (!freed)
        m_failure = freed.error(); // e.g. taken by someone else since: nothing of this workstation's to free
    return Settling::Settled;
}

ClaimSettler::Settling ClaimSettler::applyQueued(EnginePort* engine, const QueuedCommand& command, const Command& request)
{
    if (!engine)
        return Settling::Waits;
    if (!engine->runs(command.orderId)) {
        m_failure = failure(QStringLiteral("order %1 is not running on %2").arg(command.orderId, m_session.workstation));
        return Settling::Settled;
    }
    // Queued while the order was another's; this engine runs it now.
    const Result<Command> local = PortableRequest::toLocal(m_session.database.connection(), request);
    m_failure = failureOf(local ? engine->apply(*local) : Status(local.error()));
    return m_failure && !engine->available() ? Settling::StopRound : Settling::Settled;
}

} // namespace fw
