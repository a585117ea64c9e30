#pragma once

#include "sync/syncagent.h"

#include <QHash>
#include <QString>

namespace fw {

// How a store is opened: for the demo, filled with the samples first and with its callouts sent to
// the loopback stand-ins.
struct StoreOpenOptions {
    QString demoSamplesDirectory; // non-empty: fill an empty store with the samples
    int demoCopies = 0;
    int demoColleaguesPercent = 60; // the demo's scripted colleagues keep this share of orders moving
    QHash<QString, QString> endpointBaseUrls; // endpoint id -> base URL
    QHash<QString, QString> demoHistoryEndpoints; // non-empty: a new demo store gets two weeks of history, its callouts sent here
    int tickMs = 500;
    SyncSettings sync; // a remote store to join (docs/sync.md); empty conninfo: none
    // Whom to sign in (StoreWorkspace): `user` (--user) else $FW_USER, tried alone; otherwise the
    // user last chosen for this store, then `defaultUser` (the demo's), then the OS login name.
    QString user;
    QString defaultUser;
};

// The views of the navigator: the operations and supervisor pages of the open store, and the
// Plan Preview (no store needed).
enum class WorkbenchSection { Orders, Tasks, Fallout, PlanPreview, Jeopardy, Dashboard };

// How a status line message treats the line's colour: Keep leaves it as the last message set it,
// Normal resets it, Error shows the message in red.
enum class StatusTone { Keep, Normal, Error };

} // namespace fw
