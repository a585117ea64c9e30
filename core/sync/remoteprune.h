// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QStringList>

namespace fw {

class PgConnection;

// Keeps fw.events bounded (docs/sync.md, "Pruning the shared journal"): deletes the events older
// than a date of orders that are finished everywhere (their lease done), in one transaction, as
// the schema's owner. An order still running keeps all its events, so a workstation that takes it
// over, or one that is behind, still gets its whole history; a finished order's state stays in its
// snapshot, so a workstation that was behind still learns how it ended (without the pruned
// timeline entries). Workstations last seen before the date are named: they may be behind.
class RemotePrune {
public:
    struct Report {
        qint64 events = 0; // deleted (or, in a dry run, that would be)
        qint64 orders = 0; // finished orders they belonged to
        qint64 kept = 0; // events older than the date kept because their order is still running
        QStringList behind; // workstations last seen before the date
    };
    static Result<Report> prune(PgConnection& connection, const QDateTime& before, bool dryRun);
};

} // namespace fw
