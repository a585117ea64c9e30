// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "command.h"
#include "permissions.h"
#include "store/bulkimporter.h"

#include <optional>

namespace fw {

class Clock;
class Database;
class Executor;
class OrderInputs;
class SyncLink;

// The one path of every operator action (docs/architecture.md, "Commands"):
//   authorize  the actor must be a known active user holding a role the action needs (Permissions),
//              in the task's queue for an operator's task action; a refusal is journalled
//              (command.refused: who, what, why) and answered Refused;
//   validate and apply  by the family's handler: the engine's (Executor) for tasks, fallout, SLA
//              and change; users; imports; bulk fallout expands to one result line per case;
//              with a remote store, a claim is registered there before it is granted and an
//              action on another workstation's order is queued for its owner (SyncedActions);
//   journal    the handlers journal what they did, with the actor;
//   answer     a CommandResult.
// The workbench's engine thread, fwctl (its own engine, or the request inbox of a running one) and
// commands from other workstations all call process().
class CommandProcessor {
public:
    CommandProcessor(Database& database, const Clock& clock);

    void setExecutor(Executor* executor) { m_executor = executor; } // engine actions need one
    void setSync(SyncLink* link) { m_sync = link; } // with a remote store

    CommandResult process(const Command& command);
    // The authorize step alone: succeeds when the actor may take the action, else fails with the refusal.
    Status authorize(const Command& command) const;
    // A bulk order import, one command for the whole batch (action "order.import"): authorized once
    // (a refusal journalled as for any command), then ImportCommands::importOrders; every stored order
    // has its own "order.imported" journal entry. Done when nothing was rejected, Invalid when some
    // input was, Failed when the store could not be written; report tells which and why.
    CommandResult importOrders(const Command& command, OrderInputs& inputs, BulkImportReport& report,
                               const BulkImportControl& control = {});
    // Authorize, and journal a refusal: the Refused answer, or nullopt when the command may go on
    // (fwctl checks before it hands a command to another engine, which checks again).
    std::optional<CommandResult> admit(const Command& command);

private:
    // Permissions::check, with task.release-other; user: the actor as the store knows them (none: unknown).
    static Status check(const Command& command, const std::optional<User>& user, const CommandFacts& facts);
    static bool releasesAnothersClaim(const Command& command, const CommandFacts& facts);
    std::optional<CommandResult> admit(const Command& command, const CommandFacts& facts);
    CommandResult apply(const Command& command);
    CommandResult applyOnEngine(const Command& command);
    CommandResult applyBulkFallout(const Command& command);
    CommandResult applyImport(const Command& command);
    void journalRefusal(const Command& command, const CommandFacts& facts, const QString& reason);

    Database& m_database;
    const Clock& m_clock;
    Executor* m_executor = nullptr;
    SyncLink* m_sync = nullptr;
};

} // namespace fw
