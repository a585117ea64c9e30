// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include "store/syncjournalstore.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>
#include <vector>

namespace fw {

class PgConnection;

// An order's state rows (OrderSnapshots) as the remote store keeps them.
struct SyncSnapshot {
    QString orderId;
    QString owner;
    qint64 fencingToken = 0;
    qint64 version = 0;
    QString state;
    QString json;
};

struct PushOutcome {
    int accepted = 0; // events now in the shared journal (a resent batch: 0)
    QStringList refusedOrders; // orders whose lease this workstation does not hold (fencing)
};

// Where a puller stands in the shared journal and the snapshots: rows are read in the order of their
// writing transaction's id (`tx`, an xid8), then seq or version, and only from transactions that
// have ended, so a push committing later can never land behind the cursor (docs/sync.md, "Pull").
struct PullCursor {
    qint64 eventsTx = 0;
    qint64 eventsSeq = 0;
    qint64 snapshotsTx = 0;
    qint64 snapshotsVersion = 0;
    bool operator==(const PullCursor&) const = default;
};

struct PulledBatch {
    std::vector<SyncEvent> events;
    std::vector<SyncSnapshot> snapshots;
    PullCursor through; // the cursor after this batch
    bool more = false; // another pull would return more
    qint64 backlog = 0; // shared journal entries past this batch (all workstations'; approximate)
};

// The shared journal in the remote store (docs/sync.md, "Push" and "Pull"), for one workstation.
// Every call is one transaction; errors are "remote store: REASON".
class RemoteJournal {
public:
    RemoteJournal(PgConnection& connection, QString workstation);

    Result<PushOutcome> push(const std::vector<SyncEvent>& events, const std::vector<SyncSnapshot>& snapshots);
    Result<PulledBatch> pull(const PullCursor& after, int limit);
    Result<std::optional<SyncSnapshot>> snapshot(const QString& orderId);
    Result<std::vector<SyncEvent>> eventsOf(const QString& orderId);

private:
    PgConnection& m_connection;
    QString m_workstation;
};

} // namespace fw
