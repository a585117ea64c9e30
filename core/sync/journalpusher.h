// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "store/syncjournalstore.h"

#include <QHash>
#include <QString>

#include <vector>

namespace fw {

struct SyncSession;
struct SyncSnapshot;

// Pushes this workstation's journal to the shared one (docs/sync.md, "Push"): batch by batch from
// pushed_through, registering orders imported here, with the snapshots of the orders whose latest
// local event a batch holds; what the remote store refuses (fencing) becomes an events-refused
// conflict and its lease is dropped here.
class JournalPusher {
public:
    explicit JournalPusher(SyncSession& session);

    Status push();
    qint64 pushed() const { return m_pushed; } // events the shared journal accepted since this agent started

private:
    Status registerLocalOrder(const QString& orderId);
    // Records one pushed batch: its refusals as conflicts, finished orders' leases dropped, the cursor moved.
    Status recordPushed(const QHash<QString, QString>& refused, const std::vector<SyncEvent>& heldBack, const std::vector<SyncEvent>& sent,
                        const std::vector<SyncSnapshot>& snapshots, qint64 through);

    SyncSession& m_session;
    SyncJournalStore m_journal;
    qint64 m_pushed = 0;
};

} // namespace fw
