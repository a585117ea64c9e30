#include "slareader.h"

#include "catalog/catalogreader.h"
#include "common/clock.h"
#include "store/sqlitequery.h"
#include "store/sqlitestatement.h"

#include <QSqlQuery>

#include <nlohmann/json.hpp>

namespace fw {

namespace {
    constexpr const char* openOrdersSql
        = "SELECT id, account_name, created_at, COALESCE(requested_date, ''), COALESCE(replica_of, ''), priority, on_hold, "
          "catalog_id, catalog_version FROM orders WHERE state NOT IN ('completed', 'cancelled') ORDER BY id";
    // The task of a manual step: the open or claimed one, else none.
    constexpr const char* openStepsSql
        = "SELECT s.order_id, s.id, s.name, s.step_key, s.plan_definition, s.lane, s.type, s.state, s.depends_on, "
          "s.estimated_seconds, s.first_attempt_at, s.completed_at, COALESCE(t.queue, ''), COALESCE(t.claimed_by, '') "
          "FROM orders o JOIN steps s ON s.order_id = o.id "
          "LEFT JOIN tasks t ON t.order_id = s.order_id AND t.step_id = s.id AND t.state IN ('open', 'claimed') "
          "WHERE o.state NOT IN ('completed', 'cancelled') ORDER BY s.order_id, s.seq";

    bool workable(const QString& state)
    {
        return state == QLatin1String("ready") || state == QLatin1String("running") || state == QLatin1String("waiting")
            || state == QLatin1String("retrying") || state == QLatin1String("fallout");
    }

    // depends_on holds step ids as a JSON array.
    QStringList dependencyIds(const QString& json)
    {
        QStringList ids;
        if (json.isEmpty() || json == QLatin1String("[]"))
            return ids;
        const auto parsed = nlohmann::json::parse(json.toStdString(), nullptr, false);
        if (!parsed.is_array())
            return ids;
        for (const auto& id : parsed) {
            if (id.is_string())
                ids << QString::fromStdString(id.get<std::string>());
        }
        return ids;
    }

    // Resolves dependency ids to indexes and gives steps that may run but have not started the
    // instant they became workable: their dependencies' latest completion, else the order's creation.
    void linkSteps(SlaOrder& order, const std::vector<QStringList>& dependencies)
    {
        QHash<QString, int> index;
        for (std::size_t i = 0; i < order.steps.size(); ++i)
            index.insert(order.steps[i].id, int(i));
        for (std::size_t i = 0; i < order.steps.size(); ++i) {
            SlaStep& step = order.steps[i];
            for (const QString& id : dependencies[i]) {
                const int at = index.value(id, -1);
                if (at >= 0 && at < int(i))
                    step.dependsOn.push_back(at);
            }
            if (step.startedAt.isValid() || step.isDone() || !workable(step.state))
                continue;
            QDateTime since = order.createdAt;
            for (int at : step.dependsOn) {
                const QDateTime done = order.steps[std::size_t(at)].completedAt;
                if (done.isValid() && done > since)
                    since = done;
            }
            step.startedAt = since;
        }
    }
} // namespace

SlaReader::SlaReader(const QSqlDatabase& database)
    : m_database(database)
{
}

QDateTime SlaReader::dueAt(const QString& requestedDate)
{
    if (requestedDate.isEmpty())
        return {};
    if (requestedDate.size() == 10) {
        const QDate day = QDate::fromString(requestedDate, Qt::ISODate);
        return day.isValid() ? QDateTime(day.addDays(1), QTime(0, 0), QTimeZone::utc()) : QDateTime();
    }
    QDateTime at = QDateTime::fromString(requestedDate, Qt::ISODateWithMs);
    if (at.isValid() && at.timeSpec() == Qt::LocalTime)
        at.setTimeZone(QTimeZone::utc()); // no zone given: UTC, as everything in the store
    return at.toUTC();
}

std::shared_ptr<const Catalog> SlaReader::catalog(const QString& id, const QString& version)
{
    const QString key = id + QLatin1Char('@') + version;
    if (const auto it = m_catalogs.constFind(key); it != m_catalogs.cend())
        return *it;
    std::shared_ptr<const Catalog> loaded;
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT document FROM catalogs WHERE id = ? AND version = ?"));
    query.addBindValue(id);
    query.addBindValue(version);
    if (query.exec() && query.next()) {
        const auto json = nlohmann::json::parse(query.value(0).toString().toStdString(), nullptr, false);
        CatalogLoad load = CatalogReader::readJson(json, QStringLiteral("store:catalog/") + key);
        if (load.ok())
            loaded = load.catalog;
    }
    m_catalogs.insert(key, loaded); // a catalog that cannot be read is not retried every evaluation
    return loaded;
}

std::variant<std::vector<SlaOrder>, QString> SlaReader::openOrders()
{
    sqlite3* handle = SqliteStatement::handleOf(m_database);
    std::vector<SlaOrder> orders;
    QHash<QString, std::size_t> byId;
    {
        SqliteQuery rows(handle, openOrdersSql);
        while (rows.next()) {
            SlaOrder order;
            order.orderId = rows.text(0);
            order.account = rows.text(1);
            order.createdAt = rows.time(2);
            order.dueAt = dueAt(rows.text(3));
            order.runsOn = rows.text(4);
            order.priority = int(rows.integer(5));
            order.onHold = rows.integer(6) != 0;
            order.catalog = catalog(rows.text(7), rows.text(8));
            byId.insert(order.orderId, orders.size());
            orders.push_back(std::move(order));
        }
        if (!rows.error().isEmpty())
            return QStringLiteral("cannot read open orders: ") + rows.error();
    }
    std::vector<std::vector<QStringList>> dependencies(orders.size());
    SqliteQuery rows(handle, openStepsSql);
    QString currentId;
    std::size_t current = 0;
    while (rows.next()) {
        const QString orderId = rows.text(0);
        if (orderId != currentId) {
            const auto it = byId.constFind(orderId);
            if (it == byId.cend())
                continue; // became open between the two reads
            currentId = orderId;
            current = *it;
        }
        SlaStep step;
        step.id = rows.text(1);
        step.name = rows.text(2);
        step.stepKey = rows.text(3);
        step.planDefinition = rows.text(4);
        step.lane = rows.text(5);
        step.type = stepTypeFromString(rows.text(6)).value_or(StepType::AutoTask);
        step.state = rows.text(7);
        step.estimatedSeconds = rows.integer(9);
        step.startedAt = rows.time(10);
        step.completedAt = rows.time(11);
        step.queue = rows.text(12);
        step.claimedBy = rows.text(13);
        dependencies[current].push_back(dependencyIds(rows.text(8)));
        orders[current].steps.push_back(std::move(step));
    }
    if (!rows.error().isEmpty())
        return QStringLiteral("cannot read the steps of open orders: ") + rows.error();
    for (std::size_t i = 0; i < orders.size(); ++i)
        linkSteps(orders[i], dependencies[i]);
    return orders;
}

} // namespace fw
