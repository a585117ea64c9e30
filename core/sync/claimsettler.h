// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QString>

#include <optional>

namespace fw {

class EnginePort;
struct ClaimOutcome;
struct Command;
struct QueuedCommand;
struct SyncSession;

// Settles a queued command on this workstation (docs/sync.md, "Claims"): a claim decided in the
// remote store before this engine grants it, a claim granted here while the remote store did not
// answer and asserted there now, a claim freed, an action queued while its order was another's.
// The command's row is marked done or failed, or left queued for a later round.
class ClaimSettler {
public:
    explicit ClaimSettler(SyncSession& session);

    // An Error (or roundStopped()) when the round must stop: the link broke, the engine is stopping.
    Status settle(EnginePort* engine, const QueuedCommand& command, const Command& request);
    // How long a claim may sit untouched before another may take it: the settings', else the
    // store's claims.idleHours, else 8 h.
    Result<int> claimIdleSeconds() const;
    static QString claimedMessage(const ClaimOutcome& claim); // "claimed by USER at TIME (on WORKSTATION)"

private:
    enum class Settling { Settled, Waits, StopRound };
    Settling decideClaim(EnginePort* engine, const QueuedCommand& command, const Command& request);
    Settling assertClaim(EnginePort* engine, const QueuedCommand& command, const Command& request);
    Settling freeClaim(const Command& request);
    Settling applyQueued(EnginePort* engine, const QueuedCommand& command, const Command& request);
    Settling stopRound(const Status& why);

    SyncSession& m_session;
    std::optional<Error> m_failure; // the command's failure, once settled
    Status m_stop; // why the round stops
};

} // namespace fw
