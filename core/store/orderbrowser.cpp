// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "orderbrowser.h"

#include "activesteps.h"
#include "operationsreader.h"
#include "ordersearch.h"
#include "queryerror.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace fw {

namespace {

    // The columns of an OrderSummary, for `orders o`; the counts are computed for these rows only.
    const QLatin1String
        summaryColumns("o.id, o.account_name, o.state, o.on_hold, COALESCE(o.requested_date, ''), o.created_at, o.updated_at, "
                       "(SELECT COUNT(*) FROM steps s WHERE s.order_id = o.id), "
                       "(SELECT COUNT(*) FROM steps s WHERE s.order_id = o.id AND s.state IN ('completed', 'skipped')), "
                       "(SELECT COUNT(*) FROM tasks t WHERE t.order_id = o.id AND t.state IN ('open', 'claimed')), "
                       "(SELECT COUNT(*) FROM fallout_cases f WHERE f.order_id = o.id AND f.state = 'open'), COALESCE(o.replica_of, ''), "
                       "o.jeopardy, o.priority, COALESCE(o.set_aside_reason, '')");

    OrderSummary summaryOf(const QSqlQuery& query)
    {
        OrderSummary order;
        order.id = query.value(0).toString();
        order.account = query.value(1).toString();
        order.state = query.value(2).toString();
        order.onHold = query.value(3).toBool();
        order.requestedDate = query.value(4).toString();
        order.createdAt = fromStoreTime(query.value(5));
        order.updatedAt = fromStoreTime(query.value(6));
        order.steps = query.value(7).toInt();
        order.completedSteps = query.value(8).toInt();
        order.openTasks = query.value(9).toInt();
        order.openFallout = query.value(10).toInt();
        order.runsOn = query.value(11).toString();
        order.jeopardy = query.value(12).toString();
        order.priority = query.value(13).toInt();
        order.setAsideReason = query.value(14).toString();
        return order;
    }

    // Each sort ends in the id, so equal keys keep a stable order between pages. Every one of
    // them is an index of schema v8 (read backwards when descending).
    QString orderByOf(const OrderQuery& query)
    {
        const QLatin1String dir(query.descending ? " DESC" : " ASC");
        const auto by
            = [&](QLatin1String column) -> QString { return QStringLiteral(" ORDER BY ") + column + dir + QStringLiteral(", o.id") + dir; };
        switch (query.sort) {
        case OrderQuery::Sort::Id:
            return QStringLiteral(" ORDER BY o.id") + dir;
        case OrderQuery::Sort::Account:
            return by(QLatin1String("o.account_name"));
        case OrderQuery::Sort::State:
            return QStringLiteral(" ORDER BY o.state") + dir + QStringLiteral(", o.created_at") + dir + QStringLiteral(", o.id") + dir;
        case OrderQuery::Sort::Requested:
            return by(QLatin1String("o.requested_date"));
        case OrderQuery::Sort::Updated:
            return by(QLatin1String("o.updated_at"));
        case OrderQuery::Sort::Created:
            break;
        }
        return by(QLatin1String("o.created_at"));
    }

    // The sort's key: its columns and where they are in a row of summaryColumns, for a keyset (the
    // rows after the previous page's last). None for requested dates, which may be NULL.
    std::vector<std::pair<QLatin1String, int>> keyOf(OrderQuery::Sort sort)
    {
        const std::pair<QLatin1String, int> id { QLatin1String("o.id"), 0 };
        switch (sort) {
        case OrderQuery::Sort::Id:
            return { id };
        case OrderQuery::Sort::Account:
            return { { QLatin1String("o.account_name"), 1 }, id };
        case OrderQuery::Sort::State:
            return { { QLatin1String("o.state"), 2 }, { QLatin1String("o.created_at"), 5 }, id };
        case OrderQuery::Sort::Updated:
            return { { QLatin1String("o.updated_at"), 6 }, id };
        case OrderQuery::Sort::Created:
            return { { QLatin1String("o.created_at"), 5 }, id };
        case OrderQuery::Sort::Requested:
            break;
        }
        return {};
    }

    // Runs one forward-only statement; the database's reason when it fails.
    Status run(QSqlQuery& query, const QString& sql, const QVariantList& values)
    {
        query.setForwardOnly(true);
        return runQuery(query, sql, values);
    }

} // namespace

OrderBrowser::OrderBrowser(QSqlDatabase database)
    : m_database(database)
    , m_lookup(std::move(database))
{
}

Result<OrderSearch> OrderBrowser::searchOf(const QString& text) const
{
    if (m_search && m_searchText == text) // count() and page() of one keystroke
        return *m_search;
    m_matches = -1;
    m_matchList.clear();
    auto search = m_lookup.lookUp(text);
    if (!search)
        return search.error().in(QStringLiteral("look up the search"), text);
    m_searchText = text;
    m_search = *search;
    return *search;
}

OrderBrowser::Filter OrderBrowser::filterOf(const OrderQuery& query, const OrderSearch& search, Plan plan) const
{
    Filter filter;
    QStringList conditions;
    if (search.none)
        conditions << QStringLiteral("0");
    if (!query.state.isEmpty()) {
        conditions << QStringLiteral("o.state = ?");
        filter.values << query.state;
    }
    if (!query.lane.isEmpty()) { // the partial index steps_active_lane: its condition, word for word
        conditions << QStringLiteral("o.id IN (SELECT s.order_id FROM steps s WHERE s.lane = ? AND %1)").arg(QLatin1String(stepHasWork));
        filter.values << query.lane;
    }
    if (search.active && !search.none) {
        switch (plan) {
        case Plan::Walk: // many matches: walk the sort's (or the filter's) index, so a page stops early
            if (!query.state.isEmpty() || !query.lane.isEmpty()) {
                // A filter's rows are checked against the candidates' rowids first (the + keeps
                // SQLite from reading those as the rows to visit), the text only of those in it.
                if (!search.match.isEmpty()) {
                    conditions << QStringLiteral("+o.rowid IN (SELECT rowid FROM order_search WHERE order_search MATCH ?)");
                    filter.values << search.match;
                }
                if (!search.verify.isEmpty())
                    conditions << OrderSearch::textHolds(search.verify, filter.values);
            } else {
                conditions << OrderSearch::textHolds(search.words, filter.values);
            }
            break;
        case Plan::List: // count() found them all: just these rows are read and sorted
            conditions << QStringLiteral("o.rowid IN (SELECT value FROM json_each(?))");
            filter.values << m_matchList;
            break;
        case Plan::Index: // few: the index gives their rowids, and only they are read and sorted; the
            // text is checked after the other conditions, for the rows that pass them
            if (!search.match.isEmpty()) {
                conditions << QStringLiteral("o.rowid IN (SELECT rowid FROM order_search WHERE order_search MATCH ?)");
                filter.values << search.match;
            }
            if (!search.verify.isEmpty())
                conditions << OrderSearch::textHolds(search.verify, filter.values);
            break;
        }
    }
    if (!conditions.isEmpty())
        filter.where = QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
    return filter;
}

Result<qint64> OrderBrowser::count(const OrderQuery& query, qint64 limit) const
{
    const auto search = searchOf(query.search);
    if (!search)
        return search.error();
    if (search->none)
        return qint64(0);
    QSqlQuery sql(m_database);
    QString text;
    QVariantList values;
    bool alone = false;
    if (query.lane.isEmpty() && !search->active) { // the trigger-kept counts: no scan
        text = QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM order_counts");
        if (!query.state.isEmpty()) {
            text += QStringLiteral(" WHERE state = ?");
            values << query.state;
        }
    } else {
        if (query.lane.isEmpty() && query.state.isEmpty()) { // search alone: the search table alone
            text = search->matching(values);
            alone = true;
            if (limit > 0) // the matches themselves: when they are all, page() sorts just them
                return countMatches(text, values, limit);
        } else {
            const Filter filter = filterOf(query, *search, planOf(*search));
            text = QStringLiteral("SELECT 1 FROM orders o") + filter.where;
            values = filter.values;
        }
        if (limit > 0) {
            text = QStringLiteral("SELECT COUNT(*) FROM (") + text + QStringLiteral(" LIMIT ?)");
            values << limit;
        } else
            text = QStringLiteral("SELECT COUNT(*) FROM (") + text + QLatin1Char(')');
    }
    if (const Status ran = run(sql, text, values); !ran)
        return ran.error().in(QStringLiteral("count the orders"));
    if (!sql.next())
        return failure(QStringLiteral("the count gave no row"), {}, QStringLiteral("count the orders"));
    const qint64 n = sql.value(0).toLongLong();
    if (alone)
        m_matches = n; // tells page() how many there are
    return n;
}

Result<qint64> OrderBrowser::countMatches(const QString& matching, QVariantList values, qint64 limit) const
{
    QSqlQuery sql(m_database);
    values << limit;
    if (const Status ran = run(sql, matching + QStringLiteral(" LIMIT ?"), values); !ran)
        return ran.error().in(QStringLiteral("count the orders"));
    QString list = QStringLiteral("[");
    qint64 n = 0;
    while (sql.next()) {
        if (n++ > 0)
            list += QLatin1Char(',');
        list += QString::number(sql.value(0).toLongLong());
    }
    if (n < limit || limit > indexThreshold) // else only "at least n"
        m_matches = n;
    if (n < limit) // all of them
        m_matchList = list + QLatin1Char(']');
    return n;
}

OrderBrowser::Plan OrderBrowser::planOf(const OrderSearch& search) const
{
    if (!search.active || search.none)
        return Plan::Index;
    if (search.match.isEmpty()) // common short words only: in a fifth of the orders or more
        return Plan::Walk;
    if (!m_matchList.isEmpty()) // count() of this search found every match
        return Plan::List;
    if (m_matches >= 0) // count() of this search just counted them (up to its limit)
        return m_matches > indexThreshold ? Plan::Walk : Plan::Index;
    // Candidates by the index alone (no instr): cheap to count up to the threshold.
    QSqlQuery sql(m_database);
    if (!run(sql, QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM order_search WHERE order_search MATCH ? LIMIT ?)"),
             { search.match, indexThreshold + 1 })
        || !sql.next())
        return Plan::Index;
    return sql.value(0).toLongLong() > indexThreshold ? Plan::Walk : Plan::Index;
}

Result<std::vector<OrderSummary>> OrderBrowser::page(const OrderQuery& query, qint64 offset, int limit) const
{
    std::vector<OrderSummary> rows;
    const auto search = searchOf(query.search);
    if (!search)
        return search.error();
    Filter filter = filterOf(query, *search, planOf(*search));
    // The page right after the one this browser read last: the rows after its last row's key
    // (a keyset), so scrolling on reads each row once instead of walking past `offset` rows.
    const auto key = keyOf(query.sort);
    qint64 skip = offset;
    if (!key.empty() && offset > 0 && m_keysetQuery == query && m_keysetEnd == offset) {
        QStringList columns, marks;
        for (const auto& [column, index] : key) {
            columns << column;
            marks << QStringLiteral("?");
        }
        filter.where += (filter.where.isEmpty() ? QStringLiteral(" WHERE (") : QStringLiteral(" AND ("))
            + columns.join(QStringLiteral(", ")) + (query.descending ? QStringLiteral(") < (") : QStringLiteral(") > ("))
            + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
        filter.values += m_keysetValues;
        skip = 0;
    }
    // The inner query finds the page's rowids (walking the sort's index, or sorting the few the
    // search index gave); only those rows are read in full.
    const QString text = QStringLiteral("SELECT ") + summaryColumns + QStringLiteral(" FROM (SELECT o.rowid AS rid FROM orders o")
        + filter.where + orderByOf(query) + QStringLiteral(" LIMIT ? OFFSET ?) p CROSS JOIN orders o ON o.rowid = p.rid");
    filter.values << limit << skip;
    QSqlQuery sql(m_database);
    if (const Status ran = run(sql, text, filter.values); !ran)
        return ran.error().in(QStringLiteral("read a page of orders"));
    rows.reserve(std::size_t(std::max(0, limit)));
    QVariantList last;
    while (sql.next()) {
        rows.push_back(summaryOf(sql));
        last.clear();
        for (const auto& [column, index] : key)
            last << sql.value(index);
    }
    m_keysetQuery = query;
    m_keysetEnd = last.isEmpty() ? -1 : offset + qint64(rows.size());
    m_keysetValues = last;
    return rows;
}

Result<bool> OrderBrowser::forEach(const OrderQuery& query, const std::function<bool(const OrderSummary&)>& row) const
{
    const auto search = searchOf(query.search);
    if (!search)
        return search.error().in(QStringLiteral("read the orders"));
    const Filter filter = filterOf(query, *search, Plan::Index);
    const QString text = QStringLiteral("SELECT ") + summaryColumns + QStringLiteral(" FROM orders o") + filter.where + orderByOf(query);
    QSqlQuery sql(m_database);
    if (const Status ran = run(sql, text, filter.values); !ran)
        return ran.error().in(QStringLiteral("read the orders"));
    while (sql.next()) {
        if (!row(summaryOf(sql)))
            return false;
    }
    return true;
}

Result<std::vector<OrderSummary>> OrderBrowser::orders(const QStringList& ids) const
{
    std::vector<OrderSummary> rows;
    QSqlQuery sql(m_database);
    sql.setForwardOnly(true);
    if (!sql.prepare(QStringLiteral("SELECT ") + summaryColumns + QStringLiteral(" FROM orders o WHERE o.id = ?")))
        return failure(sql.lastError().text(), {}, QStringLiteral("read the orders"));
    for (const QString& id : ids) {
        sql.addBindValue(id);
        if (!sql.exec())
            return failure(sql.lastError().text(), QStringLiteral("order ") + id, QStringLiteral("read"));
        if (sql.next())
            rows.push_back(summaryOf(sql));
        sql.finish();
    }
    return rows;
}

Result<OrderCounts> OrderBrowser::counts() const
{
    OrderCounts counts;
    QSqlQuery sql(m_database);
    if (const Status ran = run(sql, QStringLiteral("SELECT state, on_hold, n FROM order_counts WHERE n > 0"), {}); !ran)
        return ran.error().in(QStringLiteral("count the orders by state"));
    while (sql.next()) {
        const qint64 n = sql.value(2).toLongLong();
        counts.byState[sql.value(0).toString()] += n;
        counts.total += n;
        if (sql.value(1).toBool())
            counts.onHold += n;
    }
    return counts;
}

} // namespace fw
