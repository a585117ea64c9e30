// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace fw {

// Steps with work now: ready, running, waiting, retrying or in fallout (not pending, not finished).
// The partial index steps_active_lane (schema v21) has exactly this condition, and a query can use a
// partial index only when its WHERE repeats the index's condition, so every query for these steps
// writes this text. Spelled as ORs, not `state IN (...)`: SQLite evaluates an IN list of a partial
// index through a temporary b-tree each time a row is written, which cost the engine about a fifth
// of its CPU per step transition.
inline constexpr char stepHasWork[]
    = "(state = 'ready' OR state = 'running' OR state = 'waiting' OR state = 'retrying' OR state = 'fallout')";

} // namespace fw
