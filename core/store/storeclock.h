// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/clock.h"
#include "common/result.h"

#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace fw {

// The clock of a store. A store run with `fwctl run --simulated-clock` is in simulated mode: the
// simulated clock's position is kept in the store (store_settings 'clock.simulated', schema v16),
// so every command on that store (operator actions, imports, later runs) uses the same time and the
// timeline never goes back; `--advance` moves the kept position forward, so advances add up across
// runs whether or not anything was journalled. `fwctl run --wall-clock` leaves simulated mode.
class StoreClock {
public:
    // The simulated clock's position, nullopt when the store runs on the wall clock; the store error.
    static Result<std::optional<QDateTime>> simulatedPosition(const QSqlDatabase& db);
    static Status setSimulatedPosition(const QSqlDatabase& db, const QDateTime& position);
    static Status useWallClock(const QSqlDatabase& db);

    // The clock commands on this store use: a ManualClock at the kept position in simulated mode,
    // else the system clock (also when the setting cannot be read).
    static std::unique_ptr<Clock> forStore(const QSqlDatabase& db);
};

} // namespace fw
