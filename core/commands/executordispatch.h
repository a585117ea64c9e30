// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "command.h"
#include "common/result.h"

#include <optional>

namespace fw {

class Executor;

// Carries an engine command out on the executor (its own validation and error text apply):
// the "apply" step of CommandProcessor for the actions the engine runs. outcome: what was done,
// for actions that say more than "done" (change.submit: "applied: ..."). Fails with the handler's error.
Status applyCommand(Executor& executor, const Command& command, QString* outcome = nullptr);

// Whether the action is one the engine carries out (tasks, signals, fields, fallout, SLA, change).
bool isEngineAction(const QString& action);

} // namespace fw
