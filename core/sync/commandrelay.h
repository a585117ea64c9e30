// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "claimsettler.h"
#include "common/result.h"

namespace fw {

class EnginePort;
struct SyncSession;

// Operator commands between workstations (docs/sync.md, "Commands"): runs the commands others sent
// for orders this workstation runs through its engine's processor, sends the ones queued here for
// other workstations' orders (claims decided in the remote store first) and collects their outcomes;
// commands for this workstation's own orders are settled by its ClaimSettler.
class CommandRelay {
public:
    explicit CommandRelay(SyncSession& session);

    Status runIncoming(EnginePort* engine);
    Status send(EnginePort* engine);

private:
    Status sendQueued(EnginePort* engine);
    Status collectOutcomes();

    SyncSession& m_session;
    ClaimSettler m_settler;
};

} // namespace fw
