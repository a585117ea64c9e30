#include "kpistorereader.h"

#include "common/clock.h"
#include "sqlitequery.h"
#include "sqlitestatement.h"
#include "storedjson.h"

#include <algorithm>
#include <map>

namespace fw {

KpiStoreReader::KpiStoreReader(QSqlDatabase database)
    : m_database(std::move(database))
{
}

Result<std::vector<QueueAges>> KpiStoreReader::openWork(const QDateTime& now) const
{
    const QString what = QStringLiteral("KPI: read the open tasks and fallout cases");
    sqlite3* db = SqliteStatement::handleOf(m_database);
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
    sqlite3* db = SqliteStatement::handleOf(m_database);
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
