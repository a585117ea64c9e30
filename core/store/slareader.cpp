// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// SlaReader (slareader.h): the open orders and their steps as the jeopardy evaluator sees them.

#include "store/slareader.h"

#include "common/logging.h"
#include "catalog/catalogreader.h"
#include "common/clock.h"
#include "common/jsonparse.h"
#include "sqlitequery.h"
#include "storedjson.h"

#include <QSqlError>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_map>

namespace fw {

namespace {
    // One chunk: the open orders by id after ?1 up to the chunk's last one (chunkBoundSql; none:
    // the last chunk, to the end), each with its steps and the open or claimed task of a manual
    // step. One statement, so a chunk is read from one snapshot. Orders by the primary key's index
    // range, steps and tasks by theirs: no scan of all orders or steps, and no sort (the steps are
    // put in plan order per order in memory).
#define FW_SLA_CHUNK_COLUMNS                                                                                                               \
    "SELECT o.id, o.account_name, o.created_at, COALESCE(o.requested_date, ''), COALESCE(o.replica_of, ''), o.priority, "                  \
    "o.on_hold, o.catalog_id, o.catalog_version, "                                                                                         \
    "s.id, s.name, s.step_key, s.plan_definition, s.lane, s.type, s.state, s.depends_on, "                                                 \
    "s.estimated_seconds, s.first_attempt_at, s.completed_at, COALESCE(t.queue, ''), COALESCE(t.claimed_by, ''), s.seq "                   \
    "FROM orders o LEFT JOIN steps s ON s.order_id = o.id "                                                                                \
    "LEFT JOIN tasks t ON t.order_id = s.order_id AND t.step_id = s.id AND t.state IN ('open', 'claimed') "
    constexpr const char* chunkBoundSql
        = "SELECT id FROM orders WHERE id > ?1 AND state NOT IN ('completed', 'cancelled') ORDER BY id LIMIT 1 OFFSET ?2";
    constexpr const char* openChunkSql
        = FW_SLA_CHUNK_COLUMNS "WHERE o.id > ?1 AND o.id <= ?2 AND o.state NOT IN ('completed', 'cancelled') ORDER BY o.id";
    constexpr const char* lastChunkSql = FW_SLA_CHUNK_COLUMNS "WHERE o.id > ?1 AND o.state NOT IN ('completed', 'cancelled') ORDER BY o.id";
#undef FW_SLA_CHUNK_COLUMNS
    constexpr const char* journalHeadSql = "SELECT COALESCE(MAX(seq), 0) FROM journal";
    // By the journal's key (seq), not the order index: DISTINCT or "order_id IS NOT NULL" here
    // would scan the whole journal by journal_order.
    constexpr const char* journalledSinceSql = "SELECT order_id FROM journal WHERE seq > ?1";
    constexpr const char* presenceSql
        = "SELECT state NOT IN ('completed', 'cancelled'), COALESCE(replica_of, '') FROM orders WHERE id = ?1";

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
        qCWarning(lcStore, "sla: cannot read catalog %s: %s", qPrintable(key), qPrintable(query.lastError().text()));
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

void SlaReader::setChunkSize(int orders)
{
    m_chunkSize = std::max(1, orders);
}

Result<std::vector<SlaOrder>> SlaReader::openOrders()
{
    std::vector<SlaOrder> all;
    const Status read = forEachOpenChunk([&all](std::vector<SlaOrder>& chunk) {
        std::move(chunk.begin(), chunk.end(), std::back_inserter(all));
        return Status();
    });
    if (!read)
        return read.error();
    return all;
}

Status SlaReader::forEachOpenChunk(const std::function<Status(std::vector<SlaOrder>&)>& visit)
{
    QString after = QStringLiteral(""); // before every id
    for (;;) {
        bool last = false;
        auto chunk = openChunkAfter(after, &last);
        if (!chunk)
            return chunk.error();
        if (chunk->empty())
            return {};
        after = chunk->back().orderId;
        if (const Status visited = visit(*chunk); !visited)
            return visited;
        if (last)
            return {};
    }
}

Result<std::vector<SlaOrder>> SlaReader::openChunkAfter(const QString& after, bool* last)
{
    sqlite3* handle = SqliteQuery::handleOf(m_database);
    const QString from = after.isNull() ? QStringLiteral("") : after;
    QString bound; // the chunk's last order; null: to the end
    {
        SqliteQuery row(handle, chunkBoundSql);
        row.bind(1, from);
        row.bind(2, qint64(m_chunkSize - 1));
        if (row.next())
            bound = row.text(0);
        else if (!row.error().isEmpty())
            return failure(row.error(), {}, QStringLiteral("cannot read open orders after '%1'").arg(from));
    }
    *last = bound.isNull();
    SqliteQuery rows(handle, *last ? lastChunkSql : openChunkSql);
    if (!rows.isValid())
        return failure(rows.error(), {}, QStringLiteral("cannot read open orders"));
    rows.bind(1, from);
    if (!*last)
        rows.bind(2, bound);
    Interned interned;
    QHash<QString, StepType> types;
    std::vector<SlaOrder> chunk;
    std::string currentId;
    struct Read {
        qint64 seq = 0;
        SlaStep step;
        std::string dependsOn;
    };
    std::vector<Read> read; // the current order's steps as read (any order)
    std::unordered_map<std::string, int, TransparentHash, std::equal_to<>> stepIndex;
    // The current order's steps in plan order; a dependency links to a step before it.
    const auto finishOrder = [&] {
        if (chunk.empty())
            return;
        std::sort(read.begin(), read.end(), [](const Read& a, const Read& b) { return a.seq < b.seq; });
        stepIndex.clear();
        for (std::size_t i = 0; i < read.size(); ++i)
            stepIndex.emplace(read[i].step.id.toStdString(), int(i));
        SlaOrder& order = chunk.back();
        order.steps.reserve(read.size());
        for (std::size_t i = 0; i < read.size(); ++i) {
            SlaStep& step = read[i].step;
            forEachDependency(read[i].dependsOn, [&](std::string_view dependency) {
                if (const auto it = stepIndex.find(dependency); it != stepIndex.end() && it->second < int(i))
                    step.dependsOn.push_back(it->second);
            });
            order.steps.push_back(std::move(step));
        }
        read.clear();
        startWorkableSteps(order);
    };
    while (rows.next()) {
        const std::string_view orderId = rows.utf8(0);
        if (chunk.empty() || orderId != currentId) {
            finishOrder();
            currentId = std::string(orderId);
            SlaOrder order;
            order.orderId = rows.text(0);
            order.account = rows.text(1);
            order.createdAt = rows.time(2);
            order.dueAt = dueAt(rows.text(3));
            order.runsOn = rows.text(4);
            order.priority = int(rows.integer(5));
            order.onHold = rows.integer(6) != 0;
            order.catalog = catalog(rows.text(7), rows.text(8));
            chunk.push_back(std::move(order));
        }
        if (rows.isNull(9))
            continue; // an order without steps
        Read& r = read.emplace_back();
        r.seq = rows.integer(22);
        SlaStep& step = r.step;
        const std::string_view id = rows.utf8(9);
        step.id = QString::fromUtf8(id.data(), qsizetype(id.size()));
        step.name = interned(rows.utf8(10));
        step.stepKey = interned(rows.utf8(11));
        step.planDefinition = interned(rows.utf8(12));
        step.lane = interned(rows.utf8(13));
        const QString& type = interned(rows.utf8(14));
        auto known = types.constFind(type);
        if (known == types.cend())
            known = types.insert(type, stepTypeFromString(type).value_or(StepType::AutoTask));
        step.type = *known;
        step.state = interned(rows.utf8(15));
        step.estimatedSeconds = rows.integer(17);
        if (step.isDone())
            step.completedAt = rows.time(19); // what the forecast needs of a done step
        else
            step.startedAt = rows.time(18);
        step.queue = interned(rows.utf8(20));
        step.claimedBy = interned(rows.utf8(21));
        r.dependsOn = std::string(rows.utf8(16));
    }
    if (!rows.error().isEmpty())
        return failure(rows.error(), {}, QStringLiteral("cannot read open orders after '%1'").arg(from));
    finishOrder();
    return chunk;
}

Result<qint64> SlaReader::journalHead()
{
    SqliteQuery row(SqliteQuery::handleOf(m_database), journalHeadSql);
    if (!row.next())
        return failure(row.error(), {}, QStringLiteral("cannot read the journal's newest entry"));
    return row.integer(0);
}

Result<QSet<QString>> SlaReader::ordersJournalledSince(qint64 seq)
{
    SqliteQuery rows(SqliteQuery::handleOf(m_database), journalledSinceSql);
    rows.bind(1, seq);
    QSet<QString> orders;
    while (rows.next()) {
        if (!rows.isNull(0))
            orders.insert(rows.text(0));
    }
    if (!rows.error().isEmpty())
        return failure(rows.error(), {}, QStringLiteral("cannot read the orders journalled since %1").arg(seq));
    return orders;
}

Result<SlaReader::Presence> SlaReader::presenceOf(const QString& orderId)
{
    SqliteQuery row(SqliteQuery::handleOf(m_database), presenceSql);
    row.bind(1, orderId);
    Presence presence;
    if (row.next()) {
        presence.open = row.integer(0) != 0;
        presence.runsOn = row.text(1);
    } else if (!row.error().isEmpty()) {
        return failure(row.error(), QStringLiteral("order ") + orderId, QStringLiteral("cannot read the order"));
    }
    return presence;
}

} // namespace fw
