// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include "common/result.h"

#include <optional>
#include <vector>

namespace fw {

// Rows of named columns (the names fwctl's JSON uses), in order.
struct Listing {
    QStringList columns;
    std::vector<QVariantList> rows;
};

// Where an order stands, for `fwctl status`.
struct OrderStanding {
    QString state;
    bool onHold = false;
    int openFalloutCases = 0;
    std::optional<QString> setAsideReason; // set: its stored data cannot be read, the engine does not run it
};

// A change order's stored outcome (`fwctl change submit` prints it).
struct StoredChangeOrder {
    QString state;
    QString outcome;
    QString preview; // JSON
};

// Orders by owner and state (`fwctl sync` prints the counts).
struct OrderCount {
    QString owner; // empty: this workstation; else the workstation a replica belongs to
    QString state;
    int count = 0;
};

// The store as fwctl's listing and status commands show it: read-only queries, so fwctl itself
// holds no SQL (docs/architecture.md, "Store").
class StoreListings {
public:
    explicit StoreListings(QSqlDatabase database);

    // id, account, state ("set-aside" for one set aside), catalog, requestedDate, steps, setAsideReason
    Result<Listing> orders() const;
    Result<std::optional<OrderStanding>> orderStanding(const QString& orderId) const; // nullopt: no such order
    // id, lane, type, state, attempts, lastError, in plan order
    Result<Listing> steps(const QString& orderId) const;
    // id, queue, state, claimedBy, claimedAt, order, step; open and claimed ones unless includeCompleted;
    // the first `limit` by id (0: all)
    Result<Listing> tasks(const QString& queue, bool includeCompleted, qint64 limit = 0) const;
    // id, queue, order, step, classification, attempts, error; the open cases
    Result<Listing> openFallout(const QString& queue) const;
    Result<std::optional<StoredChangeOrder>> changeOrder(const QString& orderId, const QString& changeId) const; // nullopt: none
    Result<QDateTime> newestJournalEntry() const; // invalid for an empty journal
    Result<std::vector<OrderCount>> orderCounts() const;

private:
    QSqlDatabase m_database;
};

} // namespace fw
