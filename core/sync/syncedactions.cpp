#include "syncedactions.h"

#include "commands/executordispatch.h"
#include "common/clock.h"
#include "engine/executor.h"
#include "portablerequest.h"
#include "store/database.h"
#include "syncledger.h"
#include "synclink.h"

#include <QSqlQuery>

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

    std::variant<qint64, QString> queue(SyncLedger& ledger, const QDateTime& at, const PortableRequest::Portable& portable,
                                        const QString& actor)
    {
        return ledger.queueCommand(at, portable.orderId, portable.request.toJson(), actor);
    }
    // A claim by the task's holder renews it: the remote store granted it already (and is touched
    // by the assertion queued after it).
    bool holdsClaim(Database& database, const Command& command)
    {
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral("SELECT 1 FROM tasks WHERE id = ? AND state = 'claimed' AND claimed_by = ?"));
        query.addBindValue(command.args.value(QStringLiteral("task")).toLongLong());
        query.addBindValue(command.actor);
        return query.exec() && query.next();
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
        if (!ledger.rewriteQueued(queued.id, assertion.toJson()))
            continue; // decided meanwhile
        auto local = PortableRequest::toLocal(database.connection(), request);
        std::optional<QString> error
            = std::holds_alternative<QString>(local) ? std::get<QString>(local) : applyOnExecutor(executor, std::get<Command>(local));
        if (error)
            ledger.setCommandState(queued.id, QStringLiteral("failed"), *error, now);
        granted.push_back({ queued.id, error });
    }
    return granted;
}

CommandResult SyncedActions::perform(SyncLink& link, Database& database, Executor& executor, const Command& command)
{
    auto converted = PortableRequest::fromLocal(database.connection(), command);
    if (auto* error = std::get_if<QString>(&converted))
        return CommandResult::invalid(*error);
    PortableRequest::Portable portable = std::get<PortableRequest::Portable>(std::move(converted));
    SyncLedger ledger(database.connection());
    const QDateTime now = executor.clock().now();
    const QString owner = portable.orderId.isEmpty() ? QString() : ledger.replicaOwner(portable.orderId);
    const bool claim = command.action == QLatin1String("task.claim");
    const auto queued = [&](const QString& message) -> CommandResult {
        auto id = queue(ledger, now, portable, command.actor);
        if (auto* error = std::get_if<QString>(&id))
            return CommandResult::failed(*error);
        link.wake();
        return { CommandResult::Status::Queued, message, std::get<qint64>(id) };
    };

    if (!owner.isEmpty()) {
        if (claim && !link.decidesClaims())
            portable.request.args.insert(QLatin1String(queuedOffline), true); // a refusal then becomes a conflict: nobody may be watching
        return queued(claim ? QStringLiteral("sent to %1, the workstation that runs order %2, once the remote store grants the claim")
                                  .arg(owner, portable.orderId)
                            : QStringLiteral("sent to %1, the workstation that runs order %2").arg(owner, portable.orderId));
    }
    if (claim && link.decidesClaims() && !holdsClaim(database, command)) {
        if (const qint64 waiting = waitingClaim(ledger, portable, command.actor))
            return { CommandResult::Status::Queued, QStringLiteral("the remote store is deciding this claim already"), waiting };
        portable.request.args.insert(QLatin1String(decideFirst), true);
        return queued(QStringLiteral("claim of order %1 sent to the remote store, which decides it").arg(portable.orderId));
    }
    QString done;
    const auto error = applyOnExecutor(executor, command, &done);
    if (error)
        return applied(executor, error);
    const bool release = command.action == QLatin1String("task.release");
    if (claim || release || command.action == QLatin1String("task.complete")) {
        // Claims of the task still waiting for the remote store's decision are moot now: the row
        // this action queues sets the remote store right.
        for (const QueuedCommand& undecided : undecidedClaims(ledger, portable))
            ledger.supersede(undecided.id, now);
    }
    if (claim) {
        queue(ledger, now, portable, command.actor); // asserted in the remote store when it answers again
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
        ledger.queueCommand(now, portable.orderId, free.toJson(), command.actor);
        link.wake();
    }
    return applied(executor, error, done);
}

} // namespace fw
