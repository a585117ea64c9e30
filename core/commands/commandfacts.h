#pragma once

#include "command.h"
#include "permissions.h"

#include <QSqlDatabase>

namespace fw {

// Reads what authorization needs to know about a command's target from the store: the order it
// acts on, and for task actions the task's queue and holder. Unknown targets give empty facts (the
// action itself then says the target does not exist).
CommandFacts readCommandFacts(const QSqlDatabase& database, const Command& command);

} // namespace fw
