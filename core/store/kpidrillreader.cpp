// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "kpidrillreader.h"

#include "common/clock.h"
#include "common/duration.h"
#include "sqlitequery.h"
#include "sqlitequery.h"

#include <QHash>

#include <functional>

namespace fw {

namespace {
    // Columns 0..5 of every drill query: order id, account, state, created_at, finished_at, cycle seconds.
    constexpr const char* orderColumns = "COALESCE(ko.account, o.account_name, ''), COALESCE(ko.state, o.state, ''), "
                                         "COALESCE(ko.created_at, o.created_at), ko.finished_at, COALESCE(ko.cycle_seconds, 0)";

    DrillOrder drillOrder(const SqliteQuery& query)
    {
        DrillOrder order;
        order.orderId = query.text(0);
        order.account = query.text(1);
        order.state = query.text(2);
        order.createdAt = fromStoreTimeText(query.text(3));
        order.finishedAt = query.isNull(4) ? QDateTime() : fromStoreTimeText(query.text(4));
        order.cycleSeconds = query.integer(5);
        return order;
    }

    // Rows of (order columns, detail...) grouped per order in first-seen order; details joined.
    Result<std::vector<DrillOrder>> collectDrillOrders(SqliteQuery& query, int limit,
                                                       const std::function<QString(const SqliteQuery&)>& detail)
    {
        std::vector<DrillOrder> orders;
        QHash<QString, std::size_t> index;
        while (query.next()) {
            const QString id = query.text(0);
            const QString text = detail ? detail(query) : QString();
            const auto it = index.constFind(id);
            if (it != index.cend()) {
                QString& existing = orders[*it].detail;
                if (!text.isEmpty() && !existing.contains(text))
                    existing += (existing.isEmpty() ? QString() : QStringLiteral("; ")) + text;
                continue;
            }
            if (int(orders.size()) >= limit)
                continue; // only details of orders already listed may follow
            index.insert(id, orders.size());
            DrillOrder order = drillOrder(query);
            order.detail = text;
            orders.push_back(std::move(order));
        }
        if (!query.error().isEmpty())
            return failure(query.error(), {}, QStringLiteral("KPI drill-down"));
        return orders;
    }
} // namespace

Result<std::vector<DrillOrder>> readKpiDrillOrders(const QSqlDatabase& database, const KpiDrill& drill, const QString& begin,
                                                   const QString& end, const CycleTimeBucket& bucket, const QDateTime& now, int limit)
{
    const QString what = QStringLiteral("KPI drill-down");
    sqlite3* db = SqliteQuery::handleOf(database);
    if (!db)
        return failure(QStringLiteral("the store connection is not an open SQLite database"), {}, what);
    using Kind = KpiDrill::Kind;
    const QString order = QString::fromLatin1(orderColumns);

    switch (drill.kind) {
    case Kind::CycleBucket:
    case Kind::CompletedOn:
    case Kind::FalloutOn:
    case Kind::TouchlessOn: {
        QString condition;
        if (drill.kind == Kind::CycleBucket) {
            condition = QStringLiteral("ko.state = 'completed' AND ko.cycle_seconds >= ?3 AND (?4 < 0 OR ko.cycle_seconds < ?4)");
        } else if (drill.kind == Kind::CompletedOn) {
            condition = QStringLiteral("ko.state = 'completed'");
        } else if (drill.kind == Kind::FalloutOn) {
            condition = QStringLiteral("ko.fallout_cases > 0");
        } else {
            condition = QStringLiteral("ko.touchless = 1");
        }
        const QByteArray sql = (QStringLiteral("SELECT ko.order_id, ") + order
                                + QStringLiteral(", ko.fallout_cases FROM kpi_orders ko LEFT JOIN orders o ON o.id = ko.order_id "
                                                 "WHERE ko.finished_at >= ?1 AND ko.finished_at < ?2 AND ")
                                + condition + QStringLiteral(" ORDER BY ko.finished_at, ko.order_id LIMIT ?5"))
                                   .toUtf8();
        SqliteQuery query(db, sql.constData());
        query.bind(1, begin);
        query.bind(2, end);
        if (drill.kind == Kind::CycleBucket) {
            query.bind(3, bucket.fromSeconds);
            query.bind(4, bucket.toSeconds);
        }
        query.bind(5, qint64(limit));
        return collectDrillOrders(query, limit, [&drill](const SqliteQuery& row) -> QString {
            if (drill.kind == Kind::FalloutOn)
                return QStringLiteral("%1 fallout case(s)").arg(row.integer(6));
            return row.text(2) == QStringLiteral("completed") ? QStringLiteral("cycle ") + formatDuration(row.integer(5)) : QString();
        });
    }
    case Kind::LaneLate: {
        const QByteArray sql
            = (QStringLiteral("SELECT k.order_id, ") + order
               + QStringLiteral(", k.step_id, k.seconds, k.estimated_seconds FROM kpi_steps k INDEXED BY kpi_steps_late "
                                "LEFT JOIN kpi_orders ko ON ko.order_id = k.order_id LEFT JOIN orders o ON o.id = k.order_id "
                                "WHERE k.lane = ?1 AND k.on_time = 0 AND k.finished_at >= ?2 AND k.finished_at < ?3 "
                                "ORDER BY k.finished_at, k.order_id"))
                  .toUtf8();
        SqliteQuery query(db, sql.constData());
        query.bind(1, drill.key);
        query.bind(2, begin);
        query.bind(3, end);
        return collectDrillOrders(query, limit, [](const SqliteQuery& row) -> QString {
            return QStringLiteral("%1 took %2 (estimate %3)")
                .arg(row.text(6), formatDuration(row.integer(7)), formatDuration(row.integer(8)));
        });
    }
    case Kind::FalloutLane:
    case Kind::FalloutSignature: {
        const QString column = drill.kind == Kind::FalloutLane ? QStringLiteral("f.lane") : QStringLiteral("f.signature");
        const QByteArray sql
            = (QStringLiteral("SELECT f.order_id, ") + order
               + QStringLiteral(", f.step_id, f.error FROM kpi_fallout f LEFT JOIN kpi_orders ko ON ko.order_id = f.order_id "
                                "LEFT JOIN orders o ON o.id = f.order_id WHERE f.opened_at >= ?2 AND f.opened_at < ?3 AND ")
               + column + QStringLiteral(" = ?1 ORDER BY f.opened_at, f.order_id"))
                  .toUtf8();
        SqliteQuery query(db, sql.constData());
        query.bind(1, drill.key);
        query.bind(2, begin);
        query.bind(3, end);
        return collectDrillOrders(query, limit,
                                  [](const SqliteQuery& row) -> QString { return row.text(6) + QStringLiteral(": ") + row.text(7); });
    }
    case Kind::Queue: {
        const QByteArray sql = (QStringLiteral("WITH work (order_id, step_id, what, since, error) AS ("
                                               "SELECT order_id, step_id, 'task', created_at, NULL FROM tasks "
                                               "WHERE queue = ?1 AND state IN ('open', 'claimed') UNION ALL "
                                               "SELECT order_id, step_id, 'fallout', opened_at, error FROM fallout_cases "
                                               "WHERE queue = ?1 AND state = 'open') SELECT w.order_id, ")
                                + order
                                + QStringLiteral(", w.step_id, w.what, w.since, w.error FROM work w LEFT JOIN kpi_orders ko ON "
                                                 "ko.order_id = w.order_id LEFT JOIN orders o ON o.id = w.order_id "
                                                 "ORDER BY w.since, w.order_id"))
                                   .toUtf8();
        SqliteQuery query(db, sql.constData());
        query.bind(1, drill.key);
        return collectDrillOrders(query, limit, [&now](const SqliteQuery& row) -> QString {
            const QDateTime since = fromStoreTimeText(row.text(8));
            const QString age = formatDuration(since.isValid() ? std::max<qint64>(0, since.msecsTo(now) / 1000) : 0);
            if (row.text(7) == QStringLiteral("task"))
                return QStringLiteral("task %1 open for %2").arg(row.text(6), age);
            return QStringLiteral("fallout %1 open for %2: %3").arg(row.text(6), age, row.text(9));
        });
    }
    }
    return failure(QStringLiteral("unknown kind"), {}, what);
}

} // namespace fw
