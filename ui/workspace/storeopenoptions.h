// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "engine/worker/engineparticipant.h"
#include "sync/syncagent.h"

#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace fw {

class Clock;

// How a store is opened: for the demo, with the demo's participant (fw_demo: the samples and its
// scripted colleagues) and its callouts sent to the loopback stand-ins.
struct StoreOpenOptions {
    std::vector<EngineParticipantFactory> participants; // run with the engine, besides its own
    std::shared_ptr<const Clock> clock; // what the engine runs on (tests: simulated time); none: the store's
    QHash<QString, QString> endpointBaseUrls; // endpoint id -> base URL
    int tickMs = 500;
    SyncSettings sync; // a remote store to join (docs/sync.md); empty conninfo: none
    // Whom to sign in (StoreWorkspace): `user` (--user) else $FW_USER, tried alone; otherwise the
    // user last chosen for this store, then `defaultUser` (the demo's), then the OS login name.
    QString user;
    QString defaultUser;
};

// The views of the navigator: the operations and supervisor pages of the open store, and the
// Plan Preview (no store needed).
enum class WorkbenchSection { Orders, Tasks, Fallout, PlanPreview, Jeopardy, Dashboard, Accounts };

// How a status line message treats the line's colour: Keep leaves it as the last message set it,
// Normal resets it, Error shows the message in red.
enum class StatusTone { Keep, Normal, Error };

} // namespace fw
