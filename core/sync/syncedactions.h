#pragma once

#include "commands/command.h"

namespace fw {

class Executor;
class SyncAgent;

// The apply step of an engine command on a workstation that syncs (docs/sync.md, "Commands" and
// "Claims"), called by CommandProcessor once the command is authorized:
// - a task claim is decided in the remote store first; the loser is told who holds it and since
//   when. Offline, a claim on an order this engine runs is applied here and asserted when the
//   remote store is back (a lost one becomes a conflict);
// - an action on a replica is queued for the order's owner (Queued, with the sync_outbox row);
// - anything else is applied by this engine, and a completed or released task frees its claim.
class SyncedActions {
public:
    static CommandResult perform(SyncAgent& agent, Executor& executor, const Command& command);
};

} // namespace fw
