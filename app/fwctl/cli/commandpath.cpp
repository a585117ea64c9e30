// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// How fwctl's operator actions reach the one command path (core/commands/commandprocessor.h).

#include "cli.h"

#include "commands/commandprocessor.h"
#include "common/clock.h"
#include "engine/callouttransport.h"
#include "engine/executor.h"
#include "engine/requestinbox.h"
#include "store/database.h"
#include "store/storeclock.h"
#include "sync/syncagent.h"

#include <QDeadlineTimer>

namespace fw::cli {

int exitCodeOf(const CommandResult& result)
{
    switch (result.status) {
    case CommandResult::Status::Done:
    case CommandResult::Status::Queued:
        return Ok;
    case CommandResult::Status::Refused:
    case CommandResult::Status::Invalid:
        return BadInput;
    case CommandResult::Status::Failed:
        break;
    }
    return Failure;
}

int report(const QString& command, const CommandResult& result)
{
    if (result.ok()) {
        if (!result.message.isEmpty())
            out() << result.message << '\n';
    } else {
        const bool refused = result.status == CommandResult::Status::Refused;
        for (const QString& line : result.message.split(QLatin1Char('\n')))
            err() << command << ": " << (refused ? Fwctl::tr("refused: %1").arg(line) : line) << '\n';
    }
    return exitCodeOf(result);
}

int answer(const QString& command, const fw::Command& request, CommandResult result)
{
    if (result.ok() && request.action == QLatin1String("change.submit"))
        result.message.clear(); // `fwctl change submit` prints the stored outcome itself
    return report(command, result);
}

fw::Command cliCommand(const QString& actor, const QString& action, const QVariantMap& args)
{
    return fw::Command::make(actor, action, args, { remoteOptions().workstation, CommandOrigin::Channel::Cli });
}

namespace {
    // A claim queued to be decided by the remote store (SyncedActions): rounds until it is, within `wait` s.
    CommandResult awaitDecision(SyncAgent& agent, Executor& executor, const CommandResult& queued, int wait)
    {
        for (const QDeadlineTimer deadline(qint64(std::max(1, wait)) * 1000); !deadline.hasExpired();) {
            const SyncStatus status = agent.round(&executor);
            const auto outcome = agent.commandOutcome(queued.queuedId);
            if (outcome && outcome->state == QStringLiteral("done"))
                return CommandResult::done(Fwctl::tr("granted by the remote store"));
            if (outcome && outcome->state == QStringLiteral("failed"))
                return CommandResult::invalid(outcome->error);
            if (!status.online)
                return CommandResult::failed(Fwctl::tr("the remote store does not answer (%1); the claim stays queued as command %2 and "
                                                       "is decided when this store next syncs")
                                                 .arg(status.lastError.simplified())
                                                 .arg(queued.queuedId));
            agent.waitForWork(50);
        }
        return CommandResult::failed(Fwctl::tr("no decision from the remote store within %1 s; the claim stays queued as command %2")
                                         .arg(wait)
                                         .arg(queued.queuedId));
    }
} // namespace

// Carries an operator action out through the command processor: on an engine of its own when none
// runs on the store, else through the store's request inbox, waiting for the serving engine (the
// workbench, `fwctl run`, `sync --follow`), whose processor carries it out; with --remote, an action
// on another workstation's order goes to that workstation (remoteactions.cpp), and a claim made
// here is registered in the remote store before it is granted. The actor is checked first: a
// refusal is journalled and exits BadInput before anything is handed on.
// Another one-shot command (or `run --until-idle`) holding the store takes no requests: this one
// waits for it to finish (up to --wait) and then runs on its own engine, so two claims of one
// task at once give one of them the task and the other "task N is claimed by USER" at once.
int withEngine(const QString& command, const fw::Command& request, int wait)
{
    const auto database = openStore();
    if (!database)
        return Failure;
    const auto clock = StoreClock::forStore(database->connection()); // simulated time when the store runs in it
    CommandProcessor processor(*database, *clock);
    if (const auto refused = processor.admit(request))
        return report(command, *refused);
    if (const auto routed = runOnOwner(command, *database, request, wait))
        return *routed;
    HttpCalloutTransport transport;
    if (!attachCredentials(command, transport))
        return Failure;
    std::unique_ptr<Executor> executor;
    for (const QDeadlineTimer deadline(qint64(wait) * 1000);;) {
        if (RequestInbox::servedOn(database->path()))
            return handToRunningEngine(command, *database, request, *clock, wait);
        executor = std::make_unique<Executor>(*database, *clock);
        executor->setLockTimeout(100);
        const Status loaded = executor->load();
        if (loaded)
            break;
        if (!loaded.message().startsWith(QStringLiteral("another engine"))) {
            err() << "fwctl: " << loaded.message() << '\n';
            break;
        }
        if (deadline.hasExpired()) {
            err() << command << ": "
                  << Fwctl::tr("%1 and did not finish within %2 s; nothing was done, try again when it has finished")
                         .arg(loaded.message())
                         .arg(wait)
                  << '\n';
            return Failure;
        }
    }
    if (!executor->storeStatus())
        return Failure;
    executor->setCalloutTransport(&transport);
    executor->setCommandAllowList(CommandAllowList::loadDefault()); // docs/handlers.md
    if (!setEndpoints(command, *executor, endpointOverrides()))
        return BadInput;
    processor.setExecutor(executor.get());
    // With a remote store a claim is decided there first, so no other workstation can take the task.
    SystemClock wallClock;
    std::unique_ptr<SyncAgent> agent;
    if (!remoteOptions().conninfo.isEmpty()) {
        SyncSettings settings = syncSettings();
        settings.capacity = 0; // this process acts; it takes no orders
        agent = std::make_unique<SyncAgent>(*database, wallClock, settings);
        if (const Status opened = agent->open(); !opened) {
            err() << command << ": " << opened.message() << '\n';
            return Offline;
        }
        processor.setSync(agent.get());
    }
    CommandResult result = processor.process(request);
    if (agent && result.status == CommandResult::Status::Queued)
        result = awaitDecision(*agent, *executor, result, wait); // a claim: the remote store decides it now
    else if (agent && result.ok())
        agent->round(executor.get()); // hands over what the action queued (a claim to free) and its events; offline: the next sync does
    if (!result.ok())
        return report(command, result);
    if (const Result<int> ran = executor->runUntilSettled(); !ran) { // let the plan move on after the action
        err() << command << ": " << ran.message() << '\n';
        return Failure;
    }
    return answer(command, request, result);
}

int withEngine(const QString& command, const CliAction& action, int wait)
{
    return withEngine(command, cliCommand(action.actor, action.action, action.args), wait);
}

} // namespace fw::cli
