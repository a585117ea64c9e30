// KpiCalculator: open work per queue now, and lane names from the stored catalogs.

#include "kpicalculator.h"

#include "common/clock.h"
#include "store/sqlitequery.h"
#include "store/sqlitestatement.h"

#include <nlohmann/json.hpp>

#include <map>

namespace fw {

std::variant<std::vector<QueueLoad>, QString> KpiCalculator::queues(const QSqlDatabase& database, const QDateTime& now)
{
    sqlite3* db = SqliteStatement::handleOf(database);
    if (!db)
        return QStringLiteral("KPI: the store connection is not an open SQLite database");
    SqliteQuery query(db,
                      "SELECT 'task', queue, created_at FROM tasks WHERE state IN ('open', 'claimed') "
                      "UNION ALL SELECT 'fallout', queue, opened_at FROM fallout_cases WHERE state = 'open'");
    if (!query.isValid())
        return QStringLiteral("KPI: cannot read the open tasks and fallout cases: ") + query.error();
    // (kind, queue) -> ages in seconds; tasks first, then fallout, queues by name.
    std::map<std::pair<int, QString>, std::vector<qint64>> ages;
    while (query.next()) {
        const int kind = query.utf8(0) == "task" ? 0 : 1;
        const QDateTime since = fromStoreTimeText(query.text(2));
        const qint64 age = since.isValid() ? std::max<qint64>(0, since.msecsTo(now) / 1000) : 0;
        ages[{ kind, query.text(1) }].push_back(age);
    }
    if (!query.error().isEmpty())
        return QStringLiteral("KPI: cannot read the open tasks and fallout cases: ") + query.error();
    std::vector<QueueLoad> loads;
    for (auto& [key, values] : ages) {
        QueueLoad load;
        load.kind = key.first == 0 ? QStringLiteral("task") : QStringLiteral("fallout");
        load.queue = key.second;
        load.open = int(values.size());
        load.oldestSeconds = *std::max_element(values.begin(), values.end());
        load.medianAgeSeconds = nearestRank(values, 50);
        loads.push_back(std::move(load));
    }
    return loads;
}

QHash<QString, QString> KpiCalculator::laneNames(const QSqlDatabase& database)
{
    QHash<QString, QString> names;
    SqliteQuery query(SqliteStatement::handleOf(database), "SELECT document FROM catalogs ORDER BY imported_at");
    while (query.next()) {
        const auto document = nlohmann::json::parse(query.utf8(0), nullptr, false);
        if (!document.is_object() || !document.contains("lanes") || !document["lanes"].is_array())
            continue;
        for (const auto& lane : document["lanes"]) {
            if (lane.is_object() && lane.contains("id") && lane["id"].is_string())
                names.insert(QString::fromStdString(lane["id"].get<std::string>()),
                             QString::fromStdString(lane.contains("name") && lane["name"].is_string() ? lane["name"].get<std::string>()
                                                                                                      : lane["id"].get<std::string>()));
        }
    }
    return names;
}

} // namespace fw
