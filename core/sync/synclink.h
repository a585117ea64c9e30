// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace fw {

// What a command's apply step knows of its workstation's sync, answered without the network
// (docs/sync.md, "Claims"): SyncAgent for a process that syncs on its own thread (fwctl), SyncThread
// for an engine whose sync runs beside it.
class SyncLink {
public:
    virtual ~SyncLink() = default;

    virtual QString workstation() const = 0;
    // The remote store answers (connected, no round hanging): a claim goes there to be decided
    // before it is granted. Otherwise a claim on this workstation's order is granted here and
    // asserted there when it answers again (a lost one becomes a conflict).
    virtual bool decidesClaims() const = 0;
    // Something was queued for the remote store: a round soon.
    virtual void wake() = 0;
};

} // namespace fw
