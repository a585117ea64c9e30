// SlaReader (slareader.h): the open orders and their steps as the jeopardy evaluator sees them.

#include "store/slareader.h"

#include "catalog/catalogreader.h"
#include "common/clock.h"
#include "common/jsonparse.h"
#include "sqlitequery.h"
#include "sqlitequery.h"
#include "storedjson.h"

#include <QSqlError>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <unordered_map>

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

    // Steps that may run but have not started count from the instant they became workable: their
    // dependencies' latest completion, else the order's creation.
    void startWorkableSteps(SlaOrder& order)
    {
        for (SlaStep& step : order.steps) {
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
    if (query.prepare(QStringLiteral("SELECT document FROM catalogs WHERE id = ? AND version = ?"))) {
        query.addBindValue(id);
        query.addBindValue(version);
    }
    if (!query.exec()) {
        // Not kept: the next evaluation tries again.
        qWarning("sla: cannot read catalog %s: %s", qPrintable(key), qPrintable(query.lastError().text()));
        return nullptr;
    }
    if (query.next()) {
        const nlohmann::json json = parseStoredJson(query.value(0).toString());
        CatalogLoad load = CatalogReader::readJson(json, QStringLiteral("store:catalog/") + key);
        if (load.ok())
            loaded = load.catalog;
    }
    m_catalogs.insert(key, loaded); // a catalog that cannot be read is not retried every evaluation
    return loaded;
}

namespace {
    struct TransparentHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view> {}(text); }
    };

    // The few distinct names, keys, lanes, types and states of a store's steps, each decoded once
    // and shared (QString is implicitly shared): the scan reads hundreds of thousands of rows.
    class Interned {
    public:
        const QString& operator()(std::string_view utf8)
        {
            auto it = m_strings.find(utf8);
            if (it == m_strings.end())
                it = m_strings.emplace(std::string(utf8), QString::fromUtf8(utf8.data(), qsizetype(utf8.size()))).first;
            return it->second;
        }

    private:
        std::unordered_map<std::string, QString, TransparentHash, std::equal_to<>> m_strings;
    };

    // The step ids of depends_on (a JSON array of strings), as views into `json`; ids with escapes
    // go through the JSON parser.
    template <typename F> void forEachDependency(std::string_view json, F&& visit)
    {
        if (json.size() <= 2)
            return;
        if (json.find('\\') != std::string_view::npos) {
            const JsonParseResult parsed = parseJsonBounded(QByteArray(json.data(), qsizetype(json.size())));
            if (parsed.ok() && parsed.value->is_array()) {
                for (const auto& id : *parsed.value) {
                    if (id.is_string())
                        visit(std::string_view(id.get_ref<const std::string&>()));
                }
            }
            return;
        }
        for (std::size_t at = json.find('"'); at != std::string_view::npos; at = json.find('"', at)) {
            const std::size_t end = json.find('"', at + 1);
            if (end == std::string_view::npos)
                return;
            visit(json.substr(at + 1, end - at - 1));
            at = end + 1;
        }
    }
} // namespace

Result<std::vector<SlaOrder>> SlaReader::openOrders()
{
    sqlite3* handle = SqliteQuery::handleOf(m_database);
    std::vector<SlaOrder> orders;
    std::unordered_map<std::string, std::size_t, TransparentHash, std::equal_to<>> byId;
    {
        SqliteQuery rows(handle, openOrdersSql);
        if (!rows.isValid())
            return failure(rows.error(), {}, QStringLiteral("cannot read open orders"));
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
            byId.emplace(std::string(rows.utf8(0)), orders.size());
            orders.push_back(std::move(order));
        }
        if (!rows.error().isEmpty())
            return failure(rows.error(), {}, QStringLiteral("cannot read open orders"));
    }
    SqliteQuery rows(handle, openStepsSql);
    if (!rows.isValid())
        return failure(rows.error(), {}, QStringLiteral("cannot read the steps of open orders"));
    Interned interned;
    QHash<QString, StepType> types;
    std::string currentId;
    SlaOrder* current = nullptr;
    std::unordered_map<std::string, int, TransparentHash, std::equal_to<>> stepIndex; // the current order's steps
    while (rows.next()) {
        const std::string_view orderId = rows.utf8(0);
        if (!current || orderId != currentId) {
            const auto it = byId.find(orderId);
            if (it == byId.end()) {
                current = nullptr;
                continue; // became open between the two reads
            }
            currentId = std::string(orderId);
            current = &orders[it->second];
            stepIndex.clear();
        }
        SlaStep step;
        const std::string_view id = rows.utf8(1);
        step.id = QString::fromUtf8(id.data(), qsizetype(id.size()));
        step.name = interned(rows.utf8(2));
        step.stepKey = interned(rows.utf8(3));
        step.planDefinition = interned(rows.utf8(4));
        step.lane = interned(rows.utf8(5));
        const QString& type = interned(rows.utf8(6));
        auto known = types.constFind(type);
        if (known == types.cend())
            known = types.insert(type, stepTypeFromString(type).value_or(StepType::AutoTask));
        step.type = *known;
        step.state = interned(rows.utf8(7));
        step.estimatedSeconds = rows.integer(9);
        if (step.isDone())
            step.completedAt = rows.time(11); // what the forecast needs of a done step
        else
            step.startedAt = rows.time(10);
        step.queue = interned(rows.utf8(12));
        step.claimedBy = interned(rows.utf8(13));
        forEachDependency(rows.utf8(8), [&](std::string_view dependency) {
            if (const auto it = stepIndex.find(dependency); it != stepIndex.end())
                step.dependsOn.push_back(it->second); // dependencies come first (steps in seq order)
        });
        stepIndex.emplace(std::string(id), int(current->steps.size()));
        current->steps.push_back(std::move(step));
    }
    if (!rows.error().isEmpty())
        return failure(rows.error(), {}, QStringLiteral("cannot read the steps of open orders"));
    for (SlaOrder& order : orders)
        startWorkableSteps(order);
    return orders;
}

} // namespace fw
