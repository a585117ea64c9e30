// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "syncedactions.h"

#include "commands/executordispatch.h"
#include "common/clock.h"
#include "engine/executor.h"
#include "portablerequest.h"
#include "store/database.h"
#include "store/syncledger.h"
#include "store/synclookups.h"
#include "synclink.h"

namespace fw {

namespace {
    CommandResult applied(Executor& executor, const Status& outcome, const QString& done = {})
    {
        if (outcome)
            return CommandResult::done(done);
        if (const Status store = executor.storeStatus(); !store)
            return CommandResult::failed(store.message());
        return CommandResult::invalid(outcome.message());
    }

    Result<qint64> queue(SyncLedger& ledger, const QDateTime& at, const PortableRequest::Portable& portable, const QString& actor)
    {
        return ledger.queueCommand(at, portable.orderId, portable.request.toJson(), actor);
    }
    // A claim by the task's holder renews it: the remote store granted it already (and is touched
    // by the assertion queued after it).
    Result<bool> holdsClaim(Database& database, const Command& command)
    {
        return SyncLookups(database.connection()).holdsClaim(command.args.value(QStringLiteral("task")).toLongLong(), command.actor);
    }

    // The claims of the task (order and step) queued and still waiting for the remote store's decision.
    std::vector<QueuedCommand> undecidedClaims(const SyncLedger& ledger, const PortableRequest::Portable& portable)
    {
        std::vector<QueuedCommand> found;
        for (QueuedCommand& queued : ledger.commands(QStringLiteral("queued"))) {
            if (queued.orderId != portable.orderId || !SyncedActions::awaitsDecision(queued))
                continue;
            const auto request = Command::fromJson(queued.request);
            if (request->args.value(QStringLiteral("step")) == portable.request.args.value(QStringLiteral("step")))
                found.push_back(std::move(queued));
        }
        return found;
    }

    // The same person's claim of the same task, not decided yet (asked twice): the answer joins it.
    qint64 waitingClaim(const SyncLedger& ledger, const PortableRequest::Portable& portable, const QString& actor)
    {
        for (const QueuedCommand& queued : undecidedClaims(ledger, portable)) {
            if (queued.actor == actor)
                return queued.id;
        }
        return 0;
    }
} // namespace

bool SyncedActions::awaitsDecision(const QueuedCommand& queued)
{
    const auto request = Command::fromJson(queued.request);
    return request && request->action == QStringLiteral("task.claim") && request->args.value(QLatin1String(decideFirst)).toBool();
}

std::vector<SyncedActions::GrantedHere> SyncedActions::grantWaitingClaimsHere(Database& database, Executor& executor, int waitedMs)
{
    std::vector<GrantedHere> granted;
    SyncLedger ledger(database.connection());
    const QDateTime now = executor.clock().now();
    for (const QueuedCommand& queued : ledger.commands(QStringLiteral("queued"))) {
        if (!awaitsDecision(queued) || !queued.at.isValid() || queued.at.msecsTo(now) < waitedMs
            || !ledger.replicaOwner(queued.orderId).isEmpty())
            continue;
        const Command request = *Command::fromJson(queued.request);
        // The row first (atomically, against the sync thread failing it for a refusal): from now on
        // it is a claim to assert, as one made offline; then the claim here.
        Command assertion = request;
        assertion.args.remove(QLatin1String(decideFirst));
        const Result<bool> rewritten = ledger.rewriteQueued(queued.id, assertion.toJson());
        if (!rewritten) {
            granted.push_back({ queued.id, rewritten.error() });
            continue;
        }
        if (!*rewritten)
            continue; // decided meanwhile
        const Result<Command> local = PortableRequest::toLocal(database.connection(), request);
        Status outcome = local ? applyCommand(executor, *local) : Status(local.error());
        if (!outcome) {
            if (const Status failed = ledger.setCommandState(queued.id, QStringLiteral("failed"), outcome.message(), now); !failed)
                outcome = failure(outcome.message() + QStringLiteral("; ") + failed.message());
        }
        granted.push_back({ queued.id, outcome });
    }
    return granted;
}

CommandResult SyncedActions::perform(SyncLink& link, Database& database, Executor& executor, const Command& command)
{
    Result<PortableRequest::Portable> converted = PortableRequest::fromLocal(database.connection(), command);
    if (!converted)
        return CommandResult::invalid(converted.message());
    PortableRequest::Portable portable = std::move(converted).value();
    SyncLedger ledger(database.connection());
    const QDateTime now = executor.clock().now();
    const QString owner = portable.orderId.isEmpty() ? QString() : ledger.replicaOwner(portable.orderId);
    const bool claim = command.action == QLatin1String("task.claim");
    const auto queued = [&](const QString& message) -> CommandResult {
        const Result<qint64> id = queue(ledger, now, portable, command.actor);
        if (!id)
            return CommandResult::failed(id.message());
        link.wake();
        return { CommandResult::Status::Queued, message, *id };
    };

    if (!owner.isEmpty()) {
        if (claim && !link.decidesClaims())
            portable.request.args.insert(QLatin1String(queuedOffline), true); // a refusal then becomes a conflict: nobody may be watching
        return queued(claim ? QStringLiteral("sent to %1, the workstation that runs order %2, once the remote store grants the claim")
                                  .arg(owner, portable.orderId)
                            : QStringLiteral("sent to %1, the workstation that runs order %2").arg(owner, portable.orderId));
    }
    const Result<bool> holds = claim && link.decidesClaims() ? holdsClaim(database, command) : Result<bool>(true);
    if (!holds)
        return CommandResult::failed(holds.message());
    if (!*holds) {
        if (const qint64 waiting = waitingClaim(ledger, portable, command.actor))
            return { CommandResult::Status::Queued, QStringLiteral("the remote store is deciding this claim already"), waiting };
        portable.request.args.insert(QLatin1String(decideFirst), true);
        return queued(QStringLiteral("claim of order %1 sent to the remote store, which decides it").arg(portable.orderId));
    }
    QString done;
    const Status outcome = applyCommand(executor, command, &done);
    if (!outcome)
        return applied(executor, outcome);
    const bool release = command.action == QLatin1String("task.release");
    if (claim || release || command.action == QLatin1String("task.complete")) {
        // Claims of the task still waiting for the remote store's decision are moot now: the row
        // this action queues sets the remote store right.
        for (const QueuedCommand& undecided : undecidedClaims(ledger, portable)) {
            if (const Result<bool> superseded = ledger.supersede(undecided.id, now); !superseded)
                return CommandResult::failed(superseded.message());
        }
    }
    if (claim) {
        // Asserted in the remote store when it answers again.
        if (const Result<qint64> asserted = queue(ledger, now, portable, command.actor); !asserted)
            return CommandResult::failed(asserted.message());
        link.wake();
    } else if (release || command.action == QLatin1String("task.complete")) {
        // The task is free again, or done: so is its claim in the remote store. Another's claim a
        // supervisor released, and a completed task's, are cleared whoever holds them.
        Command free
            = Command::make(command.actor, QLatin1String(freeClaim),
                            { { QStringLiteral("item"), portable.claimItem },
                              { QStringLiteral("holder"),
                                release && !command.args.value(QStringLiteral("anyHolder")).toBool() ? command.actor : QString() } },
                            command.origin);
        if (const Result<qint64> freed = ledger.queueCommand(now, portable.orderId, free.toJson(), command.actor); !freed)
            return CommandResult::failed(freed.message());
        link.wake();
    }
    return applied(executor, outcome, done);
}

} // namespace fw
