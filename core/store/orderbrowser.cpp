#include "orderbrowser.h"

#include "operationsreader.h"

#include <QSqlError>
#include <QSqlQuery>

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

    // Search words: three characters or more go through the trigram index (LIKE '%word%', which
    // FTS5 answers from the index unless an ESCAPE clause is given, so a word with % or _ is also
    // checked exactly with instr); shorter ones are looked for in the terms text.
    struct SearchTerms {
        QStringList longWords;
        QStringList shortWords;
        bool isEmpty() const { return longWords.isEmpty() && shortWords.isEmpty(); }
    };

    SearchTerms searchTermsOf(const QString& text)
    {
        SearchTerms terms;
        for (const QString& word : text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            (word.size() >= 3 ? terms.longWords : terms.shortWords) << word;
        return terms;
    }

    // Conditions on order_search alone.
    QString searchConditions(const SearchTerms& terms, QVariantList& values)
    {
        QStringList conditions;
        for (const QString& word : terms.longWords) {
            conditions << QStringLiteral("terms LIKE ?");
            values << QString(QLatin1Char('%') + word + QLatin1Char('%'));
        }
        for (const QString& word : terms.longWords + terms.shortWords) {
            if (word.size() >= 3 && !word.contains(QLatin1Char('%')) && !word.contains(QLatin1Char('_')))
                continue;
            conditions << QStringLiteral("instr(terms, ?) > 0");
            values << word;
        }
        return conditions.join(QLatin1String(" AND "));
    }

    // Prepares and runs one statement; the database's reason when it fails.
    Status run(QSqlQuery& query, const QString& sql, const QVariantList& values)
    {
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return failure(query.lastError().text());
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec())
            return failure(query.lastError().text());
        return {};
    }

} // namespace

OrderBrowser::OrderBrowser(QSqlDatabase database)
    : m_database(std::move(database))
{
}

OrderBrowser::Filter OrderBrowser::filterOf(const OrderQuery& query) const
{
    Filter filter;
    QStringList conditions;
    if (!query.state.isEmpty()) {
        conditions << QStringLiteral("o.state = ?");
        filter.values << query.state;
    }
    if (!query.lane.isEmpty()) { // the partial index steps_active_lane: the condition must read exactly so
        conditions << QStringLiteral("o.id IN (SELECT s.order_id FROM steps s WHERE s.lane = ? "
                                     "AND s.state IN ('ready', 'running', 'waiting', 'retrying', 'fallout'))");
        filter.values << query.lane;
    }
    const SearchTerms terms = searchTermsOf(query.search);
    if (!terms.longWords.isEmpty()) { // the index gives the matching rowids
        conditions << QStringLiteral("o.rowid IN (SELECT rowid FROM order_search WHERE ") + searchConditions(terms, filter.values)
                + QLatin1Char(')');
    } else {
        for (const QString& word : terms.shortWords) { // per row, so a first page stops early
            conditions << QStringLiteral("instr((SELECT terms FROM order_search WHERE rowid = o.rowid), ?) > 0");
            filter.values << word;
        }
    }
    if (!conditions.isEmpty())
        filter.where = QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
    return filter;
}

std::optional<qint64> OrderBrowser::count(const OrderQuery& query, qint64 limit) const
{
    QSqlQuery sql(m_database);
    QString text;
    QVariantList values;
    const SearchTerms terms = searchTermsOf(query.search);
    if (query.lane.isEmpty() && terms.isEmpty()) { // the trigger-kept counts: no scan
        text = QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM order_counts");
        if (!query.state.isEmpty()) {
            text += QStringLiteral(" WHERE state = ?");
            values << query.state;
        }
    } else if (query.lane.isEmpty() && query.state.isEmpty()) { // search alone: the search table alone
        text = QStringLiteral("SELECT 1 FROM order_search WHERE ") + searchConditions(terms, values);
    } else {
        const Filter filter = filterOf(query);
        text = QStringLiteral("SELECT 1 FROM orders o") + filter.where;
        values = filter.values;
    }
    if (text.startsWith(QLatin1String("SELECT 1 "))) {
        if (limit > 0) {
            text = QStringLiteral("SELECT COUNT(*) FROM (") + text + QStringLiteral(" LIMIT ?)");
            values << limit;
        } else
            text = QStringLiteral("SELECT COUNT(*) FROM (") + text + QLatin1Char(')');
    }
    if (const Status ran = run(sql, text, values); !ran) {
        m_error = ran.error().why;
        return std::nullopt;
    }
    if (!sql.next())
        return std::nullopt;
    return sql.value(0).toLongLong();
}

std::vector<OrderSummary> OrderBrowser::page(const OrderQuery& query, qint64 offset, int limit) const
{
    std::vector<OrderSummary> rows;
    Filter filter = filterOf(query);
    // The inner query walks an index for the page's rowids; only those rows are read in full.
    const QString text = QStringLiteral("SELECT ") + summaryColumns + QStringLiteral(" FROM (SELECT o.rowid AS rid FROM orders o")
        + filter.where + orderByOf(query) + QStringLiteral(" LIMIT ? OFFSET ?) p CROSS JOIN orders o ON o.rowid = p.rid");
    filter.values << limit << offset;
    QSqlQuery sql(m_database);
    if (const Status ran = run(sql, text, filter.values); !ran) {
        m_error = ran.error().why;
        return rows;
    }
    rows.reserve(std::size_t(std::max(0, limit)));
    while (sql.next())
        rows.push_back(summaryOf(sql));
    return rows;
}

Result<bool> OrderBrowser::forEach(const OrderQuery& query, const std::function<bool(const OrderSummary&)>& row) const
{
    const Filter filter = filterOf(query);
    const QString text = QStringLiteral("SELECT ") + summaryColumns + QStringLiteral(" FROM orders o") + filter.where + orderByOf(query);
    QSqlQuery sql(m_database);
    if (const Status ran = run(sql, text, filter.values); !ran) {
        m_error = ran.error().why;
        return ran.error().in(QStringLiteral("read the orders"));
    }
    while (sql.next()) {
        if (!row(summaryOf(sql)))
            return false;
    }
    return true;
}

std::vector<OrderSummary> OrderBrowser::orders(const QStringList& ids) const
{
    std::vector<OrderSummary> rows;
    QSqlQuery sql(m_database);
    sql.setForwardOnly(true);
    if (!sql.prepare(QStringLiteral("SELECT ") + summaryColumns + QStringLiteral(" FROM orders o WHERE o.id = ?"))) {
        m_error = sql.lastError().text();
        return rows;
    }
    for (const QString& id : ids) {
        sql.addBindValue(id);
        if (sql.exec() && sql.next())
            rows.push_back(summaryOf(sql));
        sql.finish();
    }
    return rows;
}

OrderCounts OrderBrowser::counts() const
{
    OrderCounts counts;
    QSqlQuery sql(m_database);
    if (const Status ran = run(sql, QStringLiteral("SELECT state, on_hold, n FROM order_counts WHERE n > 0"), {}); !ran) {
        m_error = ran.error().why;
        return counts;
    }
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
