// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "command.h"

namespace fw {

class Clock;
class Database;

// store.archive {before: the date (YYYY-MM-DD, UTC midnight) finished orders must precede,
// archive: the archive file; default the store's archive or <store>.archive.db}: moves finished
// orders into the archive (OrderArchiver) and remembers where it is. A supervisor's or an admin's.
class ArchiveCommands {
public:
    ArchiveCommands(Database& store, const Clock& clock);
    CommandResult apply(const Command& command);

private:
    Database& m_store;
    const Clock& m_clock;
};

} // namespace fw
