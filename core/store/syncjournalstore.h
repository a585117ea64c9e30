// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "ordersnapshot.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace fw {

// One journal entry on its way to or from the shared journal (fw.events).
struct SyncEvent {
    qint64 seq = 0; // fw.events.seq (pulled events only)
    QString workstation; // who wrote it
    qint64 localSeq = 0; // its seq in the writer's local journal
    QString orderId;
    qint64 fencingToken = 0;
    QString at; // store time text
    QString stepId;
    QString kind;
    QString actor;
    QString beforeState;
    QString afterState;
    QString payload;
};

// A batch of the local journal as a push sends it: its events, the orders they are about and the
// snapshots of those whose latest local event it holds.
struct LocalJournalBatch {
    qint64 from = 0;
    qint64 through = 0; // pushed_through once this batch is in
    std::vector<SyncEvent> events;
    QSet<QString> orders;
    QHash<QString, OrderSnapshots::Captured> snapshots;
};

// The local journal as the sync reads and writes it (docs/sync.md, "Push" and "Pull"): this
// workstation's own entries read in batches for a push, other workstations' entries written as
// they are pulled. Through the raw SQLite layer: QSqlQuery's QVariant per value costs more than
// SQLite's own work here. Failures name what was read or written and SQLite's reason.
class SyncJournalStore {
public:
    SyncJournalStore(QSqlDatabase database, OrderSnapshots& snapshots);

    // Up to `size` local entries after seq `from`, with the snapshots of the orders whose latest
    // local entry they hold, read as one state of the store (a read transaction of its own).
    Result<LocalJournalBatch> readPushBatch(const QString& workstation, int size, qint64 from);
    // Other workstations' events into the local journal, in the caller's transaction; an event
    // already here (pulled before a takeover) is not copied twice.
    Status recordPulled(const std::vector<SyncEvent>& events);

private:
    QSqlDatabase m_database;
    OrderSnapshots& m_snapshots;
};

} // namespace fw
