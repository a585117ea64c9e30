// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "sqlitequery.h"

#include <QSet>
#include <QString>

#include <vector>

struct sqlite3;

namespace fw {

// One group commit of the engine's changes, as EngineWriter collects it: the row writes of steps,
// lines, orders, tasks, fallout cases, attempts, signals and assets, then the journal rows. writeEngineBatch
// writes it in one transaction on the connection it is given: the engine's own (flush) or the
// BatchCommitter's (a commit that overlaps the engine's next work).
struct EngineBatch {
    enum Statement {
        UpdateStep,
        UpdateLineFields,
        UpdateOrder,
        InsertTask,
        UpdateTask,
        InsertSignal,
        InsertFallout,
        UpdateHold,
        ResolveFallout,
        InsertAttempt,
        FinishAttempt,
        SetAside,
        InsertAsset, // an order's assets, in the batch that completes it (assetrows.h)
        InsertAssetEvent,
        InsertAssetChangeEvent, // an asset-based order's change of an asset, in the batch that completes it
        UpdateAsset,
        StatementCount
    };
    static constexpr int journalColumns = 9;
    struct Operation {
        Statement statement;
        bool live; // false: superseded by a later write of the same row in this batch
        quint32 first; // index into values
        quint32 count;
    };

    std::vector<Operation> operations;
    std::vector<SqlValue> values; // the operations' parameters, in order
    std::vector<SqlValue> journal; // journalColumns values per row, in journal order
    // The orders whose rows it writes. A batch with task or fallout updates known only by their id
    // also says so: then it may touch any order (reading any order must wait for it).
    QSet<QString> orders;
    bool touchesUnknownOrders = false;

    bool isEmpty() const { return operations.empty() && journal.empty(); }
    int size() const { return int(operations.size() + journal.size() / journalColumns); }
};

// Writes the batch in one transaction (BEGIN IMMEDIATE ... COMMIT) on `database`; on any failure the
// transaction is rolled back and nothing of the batch is in the store.
Status writeEngineBatch(sqlite3* database, const EngineBatch& batch);

} // namespace fw
