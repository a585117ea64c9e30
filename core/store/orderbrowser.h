#pragma once

#include "common/result.h"
#include "engine/enginesnapshot.h"

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
// time, with progress, open tasks and fallout computed for the page's rows only. Search uses the
// order_search FTS5 trigram index (schema v8) for words of three characters or more. Read-only;
// use it on the calling thread's own connection.
class OrderBrowser {
public:
    explicit OrderBrowser(QSqlDatabase database);

    // With a limit > 0 a search or lane filter stops counting at `limit` matches (a count of
    // 100,000 matches costs a second at 1,000,000 orders; the first 10,000 take milliseconds).
    // Counts without search or lane are exact and free (order_counts).
    std::optional<qint64> count(const OrderQuery& query, qint64 limit = 0) const;
    std::vector<OrderSummary> page(const OrderQuery& query, qint64 offset, int limit) const;
    // Every row the query selects, in order, handed to `row` one by one: true when all were, false
    // when `row` returned false and so stopped it early, or why the query failed.
    Result<bool> forEach(const OrderQuery& query, const std::function<bool(const OrderSummary&)>& row) const;
    // The summaries of these orders (store order; unknown ids are left out).
    std::vector<OrderSummary> orders(const QStringList& ids) const;
    OrderCounts counts() const;
    QString lastError() const { return m_error; }

private:
    struct Filter {
        QString where; // " WHERE ..." or empty
        QVariantList values;
    };
    Filter filterOf(const OrderQuery& query) const;

    QSqlDatabase m_database;
    mutable QString m_error;
};

} // namespace fw
