// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commandprocessor.h"

#include "common/logging.h"
#include "archivecommands.h"
#include "bulkfallout.h"
#include "common/clock.h"
#include "engine/executor.h"
#include "executordispatch.h"
#include "identity/userdirectory.h"
#include "store/commandfactsreader.h"
#include "store/database.h"
#include "store/journal.h"
#include "engine/handlers/importcommands.h"
#include "sync/syncedactions.h"
#include "renewalcommands.h"
#include "usercommands.h"

#include <nlohmann/json.hpp>

namespace fw {

CommandProcessor::CommandProcessor(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

Status CommandProcessor::check(const Command& command, const std::optional<User>& user, const CommandFacts& facts)
{
    if (Status allowed = Permissions::check(command.actor, user, command.action, facts); !allowed)
        return allowed;
    // Releasing a task someone else holds is a supervisor's action of its own.
    if (releasesAnothersClaim(command, facts))
        return Permissions::check(command.actor, user, Permissions::releaseOthersClaim, facts);
    return {};
}

bool CommandProcessor::releasesAnothersClaim(const Command& command, const CommandFacts& facts)
{
    return command.action == QLatin1String("task.release") && !facts.claimedBy.isEmpty() && facts.claimedBy != command.actor;
}

Status CommandProcessor::authorize(const Command& command) const
{
    const auto facts = readCommandFacts(m_database.connection(), command);
    if (!facts)
        return facts.error(); // what cannot be checked is not allowed
    const Result<std::optional<User>> user = UserDirectory(m_database.connection()).lookup(command.actor);
    if (!user)
        return user.error().in(QStringLiteral("look up the user"), command.actor);
    return check(command, *user, *facts);
}

std::optional<CommandResult> CommandProcessor::admit(const Command& command)
{
    const auto facts = readCommandFacts(m_database.connection(), command);
    if (!facts)
        return CommandResult::failed(facts.message());
    return admit(command, *facts);
}

std::optional<CommandResult> CommandProcessor::admit(const Command& command, const CommandFacts& facts)
{
    // A store that cannot be read fails the command; it does not refuse the user.
    const Result<std::optional<User>> user = UserDirectory(m_database.connection()).lookup(command.actor);
    if (!user)
        return CommandResult::failed(user.error().in(QStringLiteral("look up the user"), command.actor).message());
    const Status allowed = check(command, *user, facts);
    if (allowed)
        return std::nullopt;
    journalRefusal(command, facts, allowed.message());
    return CommandResult::refused(allowed.message());
}

CommandResult CommandProcessor::process(const Command& command)
{
    if (m_executor) {
        // The facts (task holder, order state) as the engine last wrote them, not a group commit behind.
        if (const Status settled = m_executor->settleWrites(); !settled)
            return CommandResult::failed(settled.message());
    }
    const auto read = readCommandFacts(m_database.connection(), command); // once per command
    if (!read)
        return CommandResult::failed(read.message());
    const CommandFacts& facts = *read;
    if (auto refused = admit(command, facts))
        return *refused;
    if (releasesAnothersClaim(command, facts)) {
        // Authorized above as task.release-other: the engine may release another's claim.
        Command release = command;
        release.args.insert(QStringLiteral("anyHolder"), true);
        return apply(release);
    }
    if (command.action == QLatin1String("task.claim") && !m_sync && facts.shared
        && command.origin.channel != CommandOrigin::Channel::Remote) {
        // A claim on an order shared through the remote store is decided there first: granted here
        // alone, another workstation could grant the same task to someone else. (A command from
        // another workstation comes with its claim decided there already.)
        return CommandResult::invalid(QStringLiteral("order %1 is shared through the remote store, which decides claims on it: "
                                                     "connect to it (fwctl --remote, or the workbench's remote store) and claim again")
                                          .arg(facts.orderId));
    }
    return apply(command);
}

CommandResult CommandProcessor::apply(const Command& command)
{
    if (command.action.startsWith(QLatin1String("user."))) {
        // With a remote store the users are shared there, changed by a database role in fw_user_admin
        // (docs/sync.md, "Users"); a workstation's own connection may not, and a change made here
        // alone would be overwritten by the shared copy.
        if (m_sync)
            return CommandResult::invalid(QStringLiteral("this workstation shares its users through the remote store: change them "
                                                         "there, with 'fwctl users ... --remote CONNINFO' as a database role in "
                                                         "fw_user_admin; every workstation gets the change on its next round"));
        return UserCommands(m_database.connection(), m_clock).apply(command);
    }
    if (command.action == QLatin1String("catalog.import") || command.action == QLatin1String("order.import"))
        return applyImport(command);
    if (command.action == QLatin1String("store.archive"))
        return ArchiveCommands(m_database, m_clock).apply(command);
    if (command.action.startsWith(QLatin1String("renewal.")))
        return RenewalCommands(m_database, m_clock).apply(command);
    if (command.action.startsWith(QLatin1String("fallout.bulk-")))
        return applyBulkFallout(command);
    if (isEngineAction(command.action))
        return applyOnEngine(command);
    return CommandResult::invalid(QStringLiteral("%1: this action is not carried out here").arg(command.action));
}

CommandResult CommandProcessor::applyOnEngine(const Command& command)
{
    if (!m_executor)
        return CommandResult::failed(QStringLiteral("%1: no engine runs on this store").arg(command.action));
    if (m_sync)
        return SyncedActions::perform(*m_sync, m_database, *m_executor, command);
    QString outcome;
    if (const Status applied = applyCommand(*m_executor, command, &outcome); !applied) {
        if (const Status store = m_executor->storeStatus(); !store)
            return CommandResult::failed(store.message()); // the store, not the command, failed
        return CommandResult::invalid(applied.message());
    }
    return CommandResult::done(outcome);
}

CommandResult CommandProcessor::applyBulkFallout(const Command& command)
{
    return BulkFallout(m_database.connection()).apply(command, [this](const Command& single) { return applyOnEngine(single); });
}

CommandResult CommandProcessor::applyImport(const Command& command)
{
    // With an engine here the new order is handed to its run loop at once; without, an engine
    // running elsewhere on the store takes it up (ImportCommands).
    const QString path = command.args.value(QStringLiteral("path")).toString();
    const QString catalog = command.args.value(QStringLiteral("catalog")).toString();
    const bool isCatalog = command.action == QLatin1String("catalog.import");
    ImportResult result;
    if (m_executor)
        result = isCatalog ? m_executor->imports().importCatalog(path, command.actor)
                           : m_executor->imports().importOrder(path, command.actor, catalog);
    else
        result = isCatalog ? ImportCommands(m_database, m_clock).importCatalog(path, command.actor)
                           : ImportCommands(m_database, m_clock).importOrder(path, command.actor, catalog);
    if (result.ok())
        return CommandResult::done(result.summary);
    QStringList problems;
    for (const auto& problem : result.problems)
        problems << problem.toString();
    const QString message = problems.join(QLatin1Char('\n'));
    return result.storeFailed ? CommandResult::failed(message) : CommandResult::invalid(message);
}

CommandResult CommandProcessor::importOrders(const Command& command, OrderInputs& inputs, BulkImportReport& report,
                                             const BulkImportControl& control)
{
    if (command.action != QLatin1String("order.import"))
        return CommandResult::invalid(QStringLiteral("%1: not an order import").arg(command.action));
    if (auto refused = admit(command))
        return *refused;
    const QString catalog = command.args.value(QStringLiteral("catalog")).toString();
    const int group = command.args.value(QStringLiteral("groupSize"), BulkImporter::defaultGroupSize).toInt();
    report = m_executor ? m_executor->imports().importOrders(inputs, command.actor, catalog, control, group)
                        : ImportCommands(m_database, m_clock).importOrders(inputs, command.actor, catalog, control, group);
    if (report.storeFailed())
        return CommandResult::failed(report.summary());
    if (!report.rejected.empty())
        return CommandResult::invalid(report.summary());
    return CommandResult::done(report.summary());
}

void CommandProcessor::journalRefusal(const Command& command, const CommandFacts& facts, const QString& reason)
{
    const nlohmann::json payload {
        { "requestId", command.requestId.toStdString() },
        { "action", command.action.toStdString() },
        { "target", command.target().toStdString() },
        { "reason", reason.toStdString() },
        { "origin", command.origin.channelName().toStdString() },
        { "workstation", command.origin.workstation.toStdString() },
        { "order", facts.orderId.toStdString() },
    };
    JournalEvent event;
    event.at = m_clock.now();
    // On the order's timeline when this store runs the order; another workstation's order is not
    // ours to journal (sync pushes only our own orders' events): the payload names it.
    event.orderId = facts.ownOrder ? facts.orderId : QString();
    event.kind = QStringLiteral("command.refused");
    event.actor = command.actor;
    event.payload = QString::fromStdString(payload.dump());
    QSqlDatabase connection = m_database.connection();
    if (const Status journalled = Journal::record(connection, event); !journalled)
        qCWarning(lcEngine, "commands: cannot journal the refusal of %s by %s: %s", qPrintable(command.action), qPrintable(command.actor),
                  qPrintable(journalled.message()));
}

} // namespace fw
