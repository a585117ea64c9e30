// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "catalogcopier.h"
#include "common/result.h"
#include "store/syncjournalstore.h"

namespace fw {

class EnginePort;
struct Lease;
struct SyncSession;
struct SyncSnapshot;

// The leases by which this workstation runs orders (docs/sync.md, "Ownership"): renews those it
// holds (an order taken over by another leaves the engine, with a lease-lost conflict), takes
// expired and free ones up to capacity and adopts their orders: from the owner's last state and
// the shared journal when one ran it before, else planned from its published document.
class LeaseKeeper {
public:
    LeaseKeeper(SyncSession& session, CatalogCopier& catalogs);

    Status renew(EnginePort* engine);
    Status acquire(EnginePort* engine);

private:
    Status adopt(const Lease& lease, EnginePort* engine);
    Status adoptState(const Lease& lease, const SyncSnapshot& state, EnginePort* engine);
    Status planInbound(const Lease& lease);

    SyncSession& m_session;
    CatalogCopier& m_catalogs;
    SyncJournalStore m_journal;
};

} // namespace fw
