// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "engine/enginesnapshot.h"
#include "ordersearch.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace fw {

// What the Orders view asks for: search words (each must occur in the order's id, account or one
// of its products; case-insensitive), a state, a lane (orders with a step there that is ready, running,
// waiting, retrying or in fallout: where the order is now) and a
// sort. Sorting happens in the store, by indexed columns only.
struct OrderQuery {
    enum class Sort { Created, Id, Account, State, Requested, Updated };
    QString search;
    QString state; // the store's spelling ("in-progress"); empty: any
    QString lane; // lane id; empty: any
    Sort sort = Sort::Created;
    bool descending = true;
    bool isFiltered() const { return !search.trimmed().isEmpty() || !state.isEmpty() || !lane.isEmpty(); }
    bool operator==(const OrderQuery&) const = default;
};

// Reads pages of orders for the Orders view on 1,000,000-order stores: a count and one page at a
// time, with progress, open tasks and fallout computed for the page's rows only. Search words go
// through the order_search FTS5 trigram index (OrderSearchLookup). A search with many matches pages by
// walking the sort's index, so the first page stops after a few thousand rows; one with few sorts
// just those (planOf). A browser remembers its last search (the words looked up, the count's
// matches) for the next call with the same words, and the last page's last row, so the page after
// it starts there (a keyset) instead of walking past the offset: use a fresh browser when the store
// may have changed.
// Read-only; use it on the calling thread's own connection.
class OrderBrowser {
public:
    explicit OrderBrowser(QSqlDatabase database);

    // With a limit > 0 a search or lane filter stops counting at `limit` matches (a count of
    // 100,000 matches costs a second at 1,000,000 orders; the first 10,000 take milliseconds).
    // Counts without search or lane are exact and free (order_counts).
    Result<qint64> count(const OrderQuery& query, qint64 limit = 0) const;
    Result<std::vector<OrderSummary>> page(const OrderQuery& query, qint64 offset, int limit) const;
    // Every row the query selects, in order, handed to `row` one by one: true when all were, false
    // when `row` returned false and so stopped it early, or why the query failed.
    Result<bool> forEach(const OrderQuery& query, const std::function<bool(const OrderSummary&)>& row) const;
    // The summaries of these orders (store order; unknown ids are left out).
    Result<std::vector<OrderSummary>> orders(const QStringList& ids) const;
    Result<OrderCounts> counts() const;

    // A search with up to indexThreshold matches sorts them; with more it walks the sort's index
    // checking each row's text (at 1,000,000 orders a first page then reads up to 40,000 rows).
    static constexpr qint64 indexThreshold = 5000;

private:
    struct Filter {
        QString where; // " WHERE ..." or empty
        QVariantList values;
    };
    Result<OrderSearch> searchOf(const QString& text) const;
    enum class Plan { List, Index, Walk };
    Plan planOf(const OrderSearch& search) const; // by the number of candidates
    // A search alone counted by reading its matches' rowids (kept for page() when they are all).
    Result<qint64> countMatches(const QString& matching, QVariantList values, qint64 limit) const;
    Filter filterOf(const OrderQuery& query, const OrderSearch& search, Plan plan) const;

    QSqlDatabase m_database;
    OrderSearchLookup m_lookup;
    mutable QString m_searchText; // the last search looked up, reused by the next call for the same text
    mutable std::optional<OrderSearch> m_search;
    mutable qint64 m_matches = -1; // what count() found for m_search alone (-1: not counted)
    mutable QString m_matchList; // every match's rowid as a JSON array, when count() read them all
    mutable std::optional<OrderQuery> m_keysetQuery; // the query of the last page read
    mutable qint64 m_keysetEnd = -1; // the offset right after it
    mutable QVariantList m_keysetValues; // its last row's sort key
};

} // namespace fw
