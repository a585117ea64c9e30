// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "store/syncjournalstore.h"

namespace fw {

struct SyncSession;

// Pulls other workstations' events and order states from the shared journal into the local store
// (docs/sync.md, "Pull"), one batch per round from the cursors kept in sync_state; a pulled state
// of an order this workstation holds now (taken over since) does not apply.
class JournalPuller {
public:
    explicit JournalPuller(SyncSession& session);

    Status pull();
    qint64 pulled() const { return m_pulled; } // events pulled since this agent started
    bool catchingUp() const { return m_catchingUp; } // the last pull left more to read
    qint64 backlog() const { return m_backlog; } // shared journal entries past the last pull (approximate)

private:
    SyncSession& m_session;
    SyncJournalStore m_journal;
    qint64 m_pulled = 0;
    qint64 m_backlog = 0;
    bool m_catchingUp = false;
};

} // namespace fw
