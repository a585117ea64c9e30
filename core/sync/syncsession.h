// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QString>

namespace fw {

class Clock;
class Database;
class OrderSnapshots;
class PgConnection;
class RemoteStore;
class SyncLedger;
struct SyncSettings;

// What the parts of a SyncAgent's round share (docs/sync.md): the local store and its sync ledger,
// the remote store over one connection, and the agent's last error, which a part sets for a problem
// that does not stop the round (an inbound order refused here). Each part's step answers a Status:
// an Error stops the round (and takes the agent offline when the link broke); roundStopped() stops
// it without an error of its own (the engine is stopping).
struct SyncSession {
    Database& database;
    const Clock& clock;
    const SyncSettings& settings;
    const QString& workstation;
    SyncLedger& ledger;
    OrderSnapshots& snapshots;
    PgConnection& connection;
    RemoteStore& remote;
    QString& lastError;
};

inline Error roundStopped()
{
    return Error {};
}

} // namespace fw
