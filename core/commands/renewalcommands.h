// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "command.h"

namespace fw {

class Clock;
class Database;

// The renewal task's actions (docs/assets.md "Renewals", docs/roles.md), on the store's renewal
// register (RenewalWriter), with or without an engine:
//   renewal.claim {renewal}             an open renewal becomes the actor's (again: nothing changes)
//   renewal.renew {renewal}             renewed: the asset's term is extended by one term
//   renewal.decline {renewal, reason}   declined, with a reason (required)
// Renewing or declining an open renewal claims it in the same step; one another user holds, or one
// already decided, is Invalid with who holds it or how it ended; so is renewing a subscription that
// was disconnected since its renewal opened (it can be declined).
class RenewalCommands {
public:
    RenewalCommands(Database& store, const Clock& clock);
    CommandResult apply(const Command& command);

private:
    Database& m_store;
    const Clock& m_clock;
};

} // namespace fw
