// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "commands/command.h"
#include "store/syncledger.h"

namespace fw {

class Database;
class Executor;
class SyncLink;

// The apply step of an engine command on a workstation that syncs (docs/sync.md, "Commands" and
// "Claims"), called by CommandProcessor once the command is authorized. It never waits on the
// network: what the remote store must decide or learn goes to sync_outbox, and the sync round
// (SyncAgent::sendCommands) carries it out.
// - A claim while the remote store answers is queued to be decided there first (Queued); the round
//   then grants it here or answers who holds it. While it does not answer, a claim on an order this
//   engine runs is granted here and asserted there later (a lost one becomes a conflict).
// - An action on a replica is queued for the order's owner (Queued, with the sync_outbox row); a
//   claim among them is decided in the remote store before it is sent.
// - Anything else is applied by this engine; a completed or released task's claim in the remote
//   store is freed by the next round.
class SyncedActions {
public:
    static CommandResult perform(SyncLink& link, Database& database, Executor& executor, const Command& command);

    // Claims queued to be decided by the remote store that have waited `waitedMs` while it stopped
    // answering (the link went silent just as they were made): granted here after all, asserted there
    // when it answers again, like a claim made offline. Called by the engine's thread on its ticks
    // while the link does not decide claims. The outbox ids, each granted here or why not.
    struct GrantedHere {
        qint64 queuedId = 0;
        Status outcome;
    };
    static std::vector<GrantedHere> grantWaitingClaimsHere(Database& database, Executor& executor, int waitedMs);
    // Whether a queued claim is one the remote store is still to decide (not granted here meanwhile).
    static bool awaitsDecision(const QueuedCommand& queued);

    // Whether a queued command's error is the remote store's refusal of a claim (it never reached
    // the order's owner): "claimed by USER at TIME (on WORKSTATION)".
    static bool isClaimRefusal(const QString& error) { return error.startsWith(QLatin1String("claimed by ")); }

    static constexpr const char* decideFirst = "decideFirst"; // a queued claim not granted here yet
    static constexpr const char* queuedOffline = "queuedOffline"; // a claim queued while the remote store did not answer
    static constexpr const char* freeClaim = "claim.free"; // a queued request: free a claim in the remote store
};

} // namespace fw
