// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "kpistorereader.h"

#include "common/clock.h"
#include "sqlitequery.h"
#include "sqlitequery.h"
#include "storedjson.h"

#include <algorithm>
#include <map>

namespace fw {

KpiStoreReader::KpiStoreReader(QSqlDatabase database)
    : m_database(std::move(database))
{
}

Status KpiStoreReader::visitOrderFacts(const QString& begin, const QString& end,
                                       const std::function<void(const KpiOrderFact&)>& visit) const
{
    const QString what = QStringLiteral("KPI: cannot read the order facts");
    sqlite3* db = SqliteQuery::handleOf(m_database);
    if (!db)
        return failure(QStringLiteral("the store connection is not an open SQLite database"), {}, what);
    SqliteQuery query(db,
                      "SELECT finished_at, state, cycle_seconds, fallout_cases, touchless FROM kpi_orders "
                      "INDEXED BY kpi_orders_finished WHERE finished_at >= ? AND finished_at < ?");
    if (!query.isValid())
        return failure(query.error(), {}, QStringLiteral("KPI: cannot read the order facts (the store needs schema version 11)"));
    query.bind(1, begin);
    query.bind(2, end);
    while (query.next())
        visit({ query.utf8(0), query.utf8(1) == "completed", query.integer(2), query.integer(3), query.integer(4) != 0 });
    if (!query.error().isEmpty())
        return failure(query.error(), {}, what);
    return {};
}

Result<std::vector<KpiLaneDay>> KpiStoreReader::laneDays(const QDate& from, const QDate& to) const
{
    const QString what = QStringLiteral("KPI: cannot read the lane rollup");
    sqlite3* db = SqliteQuery::handleOf(m_database);
    if (!db)
        return failure(QStringLiteral("the store connection is not an open SQLite database"), {}, what);
    SqliteQuery query(db,
                      "SELECT day, lane, done, on_time FROM kpi_lane_days WHERE day >= ? AND day <= ? AND done > 0 "
                      "ORDER BY day, lane");
    if (!query.isValid())
        return failure(query.error(), {}, what);
    query.bind(1, from.toString(Qt::ISODate));
    query.bind(2, to.toString(Qt::ISODate));
    std::vector<KpiLaneDay> days;
    while (query.next())
        days.push_back({ query.text(0), query.text(1), int(query.integer(2)), int(query.integer(3)) });
    if (!query.error().isEmpty())
        return failure(query.error(), {}, what);
    return days;
}

Result<std::vector<std::pair<QString, int>>> KpiStoreReader::falloutCounts(FalloutKey key, const QString& begin, const QString& end) const
{
    const QString what = QStringLiteral("KPI: cannot read the fallout facts");
    sqlite3* db = SqliteQuery::handleOf(m_database);
    if (!db)
        return failure(QStringLiteral("the store connection is not an open SQLite database"), {}, what);
    SqliteQuery query(db,
                      key == FalloutKey::Lane
                          ? "SELECT lane, COUNT(*) FROM kpi_fallout WHERE opened_at >= ? AND opened_at < ? GROUP BY lane"
                          : "SELECT signature, COUNT(*) FROM kpi_fallout WHERE opened_at >= ? AND opened_at < ? GROUP BY signature");
    if (!query.isValid())
        return failure(query.error(), {}, what);
    query.bind(1, begin);
    query.bind(2, end);
    std::vector<std::pair<QString, int>> counts;
    while (query.next())
        counts.emplace_back(query.text(0), int(query.integer(1)));
    if (!query.error().isEmpty())
        return failure(query.error(), {}, what);
    return counts;
}

Result<std::vector<QueueAges>> KpiStoreReader::openWork(const QDateTime& now) const
{
    const QString what = QStringLiteral("KPI: read the open tasks and fallout cases");
    sqlite3* db = SqliteQuery::handleOf(m_database);
    if (!db)
        return failure(QStringLiteral("the store connection is not an open SQLite database"), {}, what);
    SqliteQuery query(db,
                      "SELECT 'task', queue, created_at FROM tasks WHERE state IN ('open', 'claimed') "
                      "UNION ALL SELECT 'fallout', queue, opened_at FROM fallout_cases WHERE state = 'open'");
    if (!query.isValid())
        return failure(query.error(), {}, what);
    // (kind, queue) -> ages in seconds; tasks first, then fallout, queues by name.
    std::map<std::pair<int, QString>, std::vector<qint64>> ages;
    while (query.next()) {
        const int kind = query.utf8(0) == "task" ? 0 : 1;
        const QDateTime since = fromStoreTimeText(query.text(2));
        const qint64 age = since.isValid() ? std::max<qint64>(0, since.msecsTo(now) / 1000) : 0;
        ages[{ kind, query.text(1) }].push_back(age);
    }
    if (!query.error().isEmpty())
        return failure(query.error(), {}, what);
    std::vector<QueueAges> queues;
    for (auto& [key, values] : ages)
        queues.push_back({ key.first == 0 ? QStringLiteral("task") : QStringLiteral("fallout"), key.second, std::move(values) });
    return queues;
}

Result<QHash<QString, QString>> KpiStoreReader::laneNames() const
{
    const QString what = QStringLiteral("KPI: read the lane names of the catalogs");
    sqlite3* db = SqliteQuery::handleOf(m_database);
    if (!db)
        return failure(QStringLiteral("the store connection is not an open SQLite database"), {}, what);
    SqliteQuery query(db, "SELECT document FROM catalogs ORDER BY imported_at");
    if (!query.isValid())
        return failure(query.error(), {}, what);
    QHash<QString, QString> names;
    while (query.next()) {
        const nlohmann::json document = parseStoredJson(query.text(0));
        const auto lanes = document.is_object() ? document.find("lanes") : document.end();
        if (!document.is_object() || lanes == document.end() || !lanes->is_array())
            continue;
        for (const auto& lane : *lanes) {
            const QString id = storedString(lane, "id");
            if (id.isEmpty())
                continue;
            const auto name = lane.find("name");
            names.insert(id, name != lane.end() && name->is_string() ? storedString(lane, "name") : id);
        }
    }
    if (!query.error().isEmpty())
        return failure(query.error(), {}, what);
    return names;
}

} // namespace fw
