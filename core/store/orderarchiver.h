// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace fw {

class Clock;
class Database;

// What one archive run did.
struct ArchiveOutcome {
    QString archivePath;
    qint64 archived = 0; // orders moved from the store into the archive by this run
    qint64 healed = 0; // orders an interrupted run had copied already, now removed from the store
    qint64 keptActive = 0; // orders last changed before the date that are not finished: refused, left in the store
    qint64 keptShared = 0; // finished orders shared through the remote store (replicas, leases, events not pushed)
    qint64 keptAccountLines = 0; // finished orders that own account-scoped lines later orders build on
    QStringList firstArchived; // the first few ids moved, for the message
};

// Moves finished orders (completed or cancelled, last changed before a date) out of the working
// store into an archive store (docs/store.md, "Archive"). The archive is a store file of its own
// (same schema, migrated like any store), attached to the store's connection while it runs. Per
// batch of orders, two transactions, in this order:
//   1. in the archive: the orders' rows (order, lines, steps, tasks, fallout cases, signals,
//      attempts, jeopardy, escalations, change orders, journal, and the catalogs they were
//      planned with) replace whatever an earlier interrupted run left there, plus an
//      `order.archived` journal entry naming the actor; commit;
//   2. in the store: the same rows deleted, for orders whose archived copy matches (state and
//      last change); a `store.archived` journal entry with the actor and the count; commit.
// A process that dies between 1 and 2 leaves orders in both files: the next run (any date) first
// removes those from the store ("healed"). An order is never in neither. KPI facts (kpi_*) stay in
// the store (the ledger catches up before the move), so the KPI views keep counting archived orders.
// Role checks are the caller's (CommandProcessor, action store.archive).
class OrderArchiver {
public:
    OrderArchiver(Database& store, QString archivePath, const Clock& clock);
    ~OrderArchiver(); // detaches the archive
    OrderArchiver(const OrderArchiver&) = delete;
    OrderArchiver& operator=(const OrderArchiver&) = delete;

    Result<ArchiveOutcome> archive(const QDateTime& finishedBefore, const QString& actor);

    // The two halves of a run, for the crash test: copy() writes (and commits) batch copies into
    // the archive without deleting anything; removeArchived() deletes from the store what the
    // archive holds identically. archive() is heal, then copy + remove per batch.
    Result<qint64> copy(const QDateTime& finishedBefore, const QString& actor, int limit);
    Result<qint64> removeArchived(const QString& actor, const QDateTime& finishedBefore);

    static constexpr int batchSize = 500;

private:
    Status attach();
    void detach();
    Result<qint64> pickBatch(const QDateTime& finishedBefore, int limit); // fills temp.archive_batch
    Status copyBatch(const QString& actor, const QDateTime& finishedBefore);
    Result<qint64> removeBatch(const QString& actor, const QDateTime& finishedBefore); // orders in temp.archive_batch
    Status countKept(const QDateTime& finishedBefore, ArchiveOutcome& outcome);

    Database& m_store;
    QString m_archivePath;
    const Clock& m_clock;
    bool m_attached = false;
};

} // namespace fw
