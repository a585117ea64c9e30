// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Shared by the `fwctl sync` files (synccommands.cpp, syncfollow.cpp).

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace fw {
class Database;
struct SyncStatus;
}

namespace fw::cli {

// A time for people: local "yyyy-MM-dd HH:mm:ss", or "never".
QString shownTime(const QDateTime& time);
// "online (CONNINFO, password masked)" or "offline since T: REASON".
QString connectionLine(const SyncStatus& status);
// "label:       " of the status lines, padded so that their values form one column.
QString statusField(const QString& label);
// "6: here 3 (completed 3), replicas of ws-b 3 (running 3)": the store's orders by owner and state.
QString ordersLine(fw::Database& database);
// `fwctl sync status` without --probe: the running follower's last recorded round (syncstatus.cpp).
int syncStatusRecorded(const QString& command, fw::Database& database, bool json);
// `fwctl sync --follow`: the engine and a sync round every tick until Ctrl+C or `seconds` pass.
int syncFollow(const QString& command, fw::Database& database, const QStringList& endpoints, int tickMs, qint64 seconds);

} // namespace fw::cli
