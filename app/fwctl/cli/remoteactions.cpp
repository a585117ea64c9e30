// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Operator actions on a replica: with --remote, an action on an order another workstation owns
// goes to that workstation as a command (docs/sync.md, "Commands across workstations").
#include "cli.h"

#include "common/clock.h"
#include "engine/executor.h"
#include "commands/command.h"
#include "store/database.h"
#include "sync/portablerequest.h"
#include "sync/syncagent.h"
#include "sync/syncedactions.h"

#include <QDeadlineTimer>
#include <QLocale>
#include <QThread>

namespace fw::cli {

namespace {

} // namespace

std::optional<int> runOnOwner(const QString& command, Database& database, const fw::Command& request, int waitSeconds)
{
    if (remoteOptions().conninfo.isEmpty())
        return std::nullopt;
    const Result<PortableRequest::Portable> portable = PortableRequest::fromLocal(database.connection(), request);
    if (!portable)
        return std::nullopt; // no such task or case: acting here says so
    const PortableRequest::Portable& target = *portable;
    SystemClock clock;
    SyncSettings settings = syncSettings();
    settings.capacity = 0; // this process acts; it takes no orders
    SyncAgent agent(database, clock, settings);
    if (target.orderId.isEmpty() || !agent.isReplica(target.orderId))
        return std::nullopt;
    const QString owner = SyncLedger(database.connection()).replicaOwner(target.orderId);
    if (const Status opened = agent.open(); !opened) {
        err() << command << ": " << opened.message() << '\n';
        return Failure;
    }
    const Result<qint64> queued = agent.queueCommand(request);
    if (!queued) {
        err() << command << ": " << queued.message() << '\n';
        return Failure;
    }
    const qint64 id = *queued;
    out() << command << ": " << Fwctl::tr("order %1 runs on %2; sent there as command %3").arg(target.orderId, owner).arg(id) << '\n';
    out().flush();

    // An engine on this store (sync --follow, the workbench) sends it on its next round; else this
    // process rounds itself until the owner answers.
    const bool engineHere = Executor::engineRunningOn(database.path());
    QDeadlineTimer deadline(qint64(waitSeconds) * 1000);
    for (;;) {
        if (!engineHere)
            agent.round(nullptr);
        const auto outcome = agent.commandOutcome(id);
        if (outcome && outcome->state == QStringLiteral("done")) {
            out() << command << ": " << Fwctl::tr("done on %1").arg(owner) << '\n';
            return Ok;
        }
        if (outcome && outcome->state == QStringLiteral("failed")) {
            // A claim the remote store refused never reached the owner.
            const bool refusedClaim = request.action == QStringLiteral("task.claim") && SyncedActions::isClaimRefusal(outcome->error);
            err() << command << ": " << (refusedClaim ? outcome->error : Fwctl::tr("not applied by %1: %2").arg(owner, outcome->error))
                  << '\n';
            return BadInput;
        }
        if (deadline.hasExpired())
            break;
        const int slice = int(std::min<qint64>(250, deadline.remainingTime()));
        if (engineHere || !agent.waitForWork(slice))
            QThread::msleep(engineHere ? 100 : 20);
    }
    const SyncStatus status = agent.status();
    err() << command << ": "
          << Fwctl::tr("no answer from %1 within %2 s%3; command %4 stays queued and is sent when this store next syncs ('fwctl sync "
                       "status' shows it)")
                 .arg(owner)
                 .arg(waitSeconds)
                 .arg(status.online || engineHere ? QString() : QLatin1Char(' ') + Fwctl::tr("(offline: %1)").arg(status.lastError))
                 .arg(id)
          << '\n';
    return Failure;
}

} // namespace fw::cli
