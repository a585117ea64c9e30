// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sla/jeopardy.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include "common/result.h"

#include <functional>
#include <memory>
#include <vector>

namespace fw {

// Reads the open orders of a store (not completed, not cancelled) as the jeopardy evaluator
// sees them: every step with its dependencies, times and task, the due date and the catalog.
// Replicas of other workstations' orders are included (runsOn set), so every workstation sees
// the same jeopardy; only the owner acts on it (JeopardyMonitor). Defined in
// store/slareader.cpp: all SQL lives in core/store.
class SlaReader {
public:
    explicit SlaReader(const QSqlDatabase& database);

    static constexpr int defaultChunkSize = 1000;

    // The open orders a chunk at a time, by id: each chunk (the chunkSize() open orders after the
    // last one, found first, then read with all their steps by one statement from one snapshot)
    // goes to `visit`, which may take its orders. Memory is bounded by a chunk, not by the store. Stops at the first failure, the
    // store's or visit's. An order that opens or finishes meanwhile is read once or not at all.
    Status forEachOpenChunk(const std::function<Status(std::vector<SlaOrder>&)>& visit);
    // One chunk: the open orders after `after` by id (empty: from the first), about chunkSize()
    // of them; *last is set when it runs to the end (then there is no next chunk).
    Result<std::vector<SlaOrder>> openChunkAfter(const QString& after, bool* last);
    void setChunkSize(int orders); // at least 1 (tests use tiny chunks)
    int chunkSize() const { return m_chunkSize; }
    // Every open order at once (small stores, tests, benchmarks): the chunks joined.
    Result<std::vector<SlaOrder>> openOrders();

    // Whether an order is open now and whose replica it is (the monitor's check for a flag no
    // finding carries any more). An unknown order is not open.
    struct Presence {
        bool open = false;
        QString runsOn;
    };
    Result<Presence> presenceOf(const QString& orderId);

    // The journal's newest entry, and the orders journalled after one (an evaluation spread over
    // the engine's ticks leaves their levels for the next one).
    Result<qint64> journalHead();
    Result<QSet<QString>> ordersJournalledSince(qint64 seq);

    // The instant an order is due: the end of its requested day (UTC), or the requested instant
    // when it carries a time. Invalid when empty or unreadable.
    static QDateTime dueAt(const QString& requestedDate);

private:
    std::shared_ptr<const Catalog> catalog(const QString& id, const QString& version);

    QSqlDatabase m_database;
    QHash<QString, std::shared_ptr<const Catalog>> m_catalogs; // "id@version"; kept across calls
    int m_chunkSize = defaultChunkSize;
};

} // namespace fw
