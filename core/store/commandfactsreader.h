// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "commands/command.h"
#include "commands/permissions.h"
#include "common/result.h"

#include <QSqlDatabase>

namespace fw {

// Reads what authorization needs to know about a command's target from the store: the order it
// acts on, and for task actions the task's queue and holder. Unknown targets give empty facts (the
// action itself then says the target does not exist); a failed read is an error naming the target.
Result<CommandFacts> readCommandFacts(const QSqlDatabase& database, const Command& command);

} // namespace fw
