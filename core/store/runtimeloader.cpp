// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runtimeloader.h"
#include "storedlists.h"
#include "sqlitequery.h"
#include "storedjson.h"
#include "storedorder.h"

#include "common/clock.h"

#include "catalog/catalogreader.h"
#include "common/jsonvariant.h"
#include "order/orderreader.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

namespace fw {

namespace {

    // missing: the store could not give the catalog (not there, or not readable): not the order's fault.
    Result<std::shared_ptr<const Catalog>> loadCatalog(const QSqlDatabase& db, const QString& id, const QString& version,
                                                       QHash<QString, std::shared_ptr<const Catalog>>& cache, bool& missing)
    {
        const QString key = id + QLatin1Char('@') + version;
        if (const auto it = cache.constFind(key); it != cache.cend())
            return *it;
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT document FROM catalogs WHERE id = ? AND version = ?"));
        query.addBindValue(id);
        query.addBindValue(version);
        if (!query.exec()) {
            missing = true;
            return failure(query.lastError().text(), {}, QStringLiteral("read catalog '%1' version '%2'").arg(id, version));
        }
        if (!query.next()) {
            missing = true;
            return failure(QStringLiteral("catalog '%1' version '%2' is not in the store").arg(id, version));
        }
        const nlohmann::json document = parseStoredJson(query.value(0).toString());
        if (document.is_discarded()) {
            return failure(QStringLiteral("store:catalog/%1: the stored catalog is not valid JSON (cut short or damaged)").arg(key));
        }
        CatalogLoad load = CatalogReader::readJson(document, QStringLiteral("store:catalog/") + key);
        if (!load.ok())
            return failure(load.problems.front().toString());
        cache.insert(key, load.catalog);
        return std::shared_ptr<const Catalog>(load.catalog);
    }

} // namespace

struct RuntimeLoader::Statements {
    explicit Statements(sqlite3* handle)
        : order(handle,
                "SELECT catalog_id, catalog_version, COALESCE(current_document, document), state, on_hold, cancel_requested "
                "FROM orders WHERE id = ?")
        , lines(handle,
                "SELECT id, product, scope, owner_order, source_items, rules, quantity, attributes, fields, delivery_group, "
                "removed_by, rowid, action, asset_ref, change_kind, quantity_delta, total_quantity, changed_attributes "
                "FROM fulfillment_lines WHERE order_id = ?")
        , steps(handle,
                "SELECT id, name, plan_definition, step_key, lines, depends_on, state, attempts, first_attempt_at, "
                "next_attempt_at, completed_at, last_error, attempt_series, payload_override, idempotency_key, seq FROM steps "
                "WHERE order_id = ?")
        , signalNames(handle, "SELECT name FROM signals WHERE order_id = ?")
    {
    }
    SqliteQuery order;
    SqliteQuery lines;
    SqliteQuery steps;
    SqliteQuery signalNames;
};

RuntimeLoader::RuntimeLoader(const QSqlDatabase& database, CatalogCache& catalogs)
    : m_database(database)
    , m_catalogs(catalogs)
{
}

RuntimeLoader::~RuntimeLoader() = default;

Result<OrderRuntime> RuntimeLoader::read(const QString& orderId, bool* unreadable)
{
    bool storeError = false;
    Result<OrderRuntime> runtime = readOne(orderId, storeError);
    if (unreadable)
        *unreadable = !runtime && !storeError;
    return runtime;
}

Result<LoadedOrders> RuntimeLoader::loadActive(const QSqlDatabase& database)
{
    CatalogCache cache;
    QStringList ids;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id FROM orders WHERE state NOT IN ('completed', 'cancelled') AND replica_of IS NULL "
                                   "AND set_aside_reason IS NULL ORDER BY created_at, id")))
        return failure(query.lastError().text(), {}, QStringLiteral("read the orders to run"));
    while (query.next())
        ids << query.value(0).toString();
    LoadedOrders loaded;
    RuntimeLoader loader(database, cache);
    for (const QString& id : ids) {
        bool storeError = false;
        Result<OrderRuntime> runtime = loader.readOne(id, storeError);
        if (runtime)
            loaded.orders.push_back(std::move(*runtime));
        else if (!storeError)
            loaded.unreadable.push_back({ id, runtime.message() });
        else
            loaded.leftOut << runtime.message();
    }
    return loaded;
}

Result<OrderRuntime> RuntimeLoader::load(const QSqlDatabase& database, const QString& orderId, bool* unreadable)
{
    CatalogCache cache;
    return RuntimeLoader(database, cache).read(orderId, unreadable);
}

Result<OrderRuntime> RuntimeLoader::load(const QSqlDatabase& database, const QString& orderId, CatalogCache& cache, bool* unreadable)
{
    return RuntimeLoader(database, cache).read(orderId, unreadable);
}

Result<OrderRuntime> RuntimeLoader::readOne(const QString& orderId, bool& storeError)
{
    if (!m_statements) {
        sqlite3* handle = SqliteQuery::handleOf(m_database);
        if (!handle) {
            storeError = true;
            return failure(QStringLiteral("the store is not open"), {}, QStringLiteral("read order '%1'").arg(orderId));
        }
        m_statements = std::make_unique<Statements>(handle);
    }
    Statements& s = *m_statements;
    // Every statement is reset on the way out, whatever the outcome: none keeps a read open between orders.
    struct ResetAll {
        Statements& s;
        ~ResetAll()
        {
            for (SqliteQuery* query : { &s.order, &s.lines, &s.steps, &s.signalNames })
                query->reset();
        }
    } resetAll { s };
    SqliteQuery& query = s.order;
    query.reset();
    query.bind(1, orderId);
    const bool found = query.next();
    if (!found) {
        storeError = true; // not the order's data: nothing to set aside
        if (!query.error().isEmpty())
            return failure(query.error(), {}, QStringLiteral("read order '%1'").arg(orderId));
        return failure(QStringLiteral("unknown order '%1'").arg(orderId));
    }
    OrderRuntime runtime;
    runtime.orderId = orderId;
    const QString stateText = query.text(3);
    const std::optional<OrderState> storedState = orderStateFromString(stateText);
    if (!storedState)
        return failure(QStringLiteral("store:order/%1: the stored order state '%2' is not an order state").arg(orderId, stateText));
    runtime.storedState = *storedState;
    runtime.onHold = query.integer(4) != 0;
    const bool cancelRequested = query.integer(5) != 0;
    bool catalogMissing = false;
    Result<std::shared_ptr<const Catalog>> catalog = loadCatalog(m_database, query.text(0), query.text(1), m_catalogs, catalogMissing);
    if (!catalog) {
        // A catalog that is not (yet) in the store may still come (sync): the order is only left
        // out this time. One that is there but cannot be read sets the order aside.
        if (catalogMissing)
            storeError = true;
        return catalog.error();
    }
    runtime.catalog = std::move(*catalog);
    const nlohmann::json document = parseStoredUtf8(query.utf8(2));
    if (document.is_discarded())
        return failure(QStringLiteral("store:order/%1: the stored order document is not valid JSON (cut short, or a number "
                                      "out of range)")
                           .arg(orderId));
    OrderLoad order = OrderReader::readJson(document, QStringLiteral("store:order/") + orderId, *runtime.catalog);
    if (!order.ok())
        return failure(order.problems.front().toString());
    runtime.order = std::move(*order.order);

    // Rows come in the primary key's order (by id); lines keep their stored order and steps their
    // sequence, sorted here rather than by SQLite (an ORDER BY sorted each order's rows in a
    // temporary b-tree).
    std::vector<qint64> lineRowids;
    SqliteQuery& lines = s.lines;
    lines.reset();
    lines.bind(1, orderId);
    while (lines.next()) {
        FulfillmentLine line;
        line.id = lines.text(0);
        line.product = lines.text(1);
        line.orderId = orderId;
        const std::optional<DecompositionScope> scope = decompositionScopeFromString(lines.text(2));
        if (!scope)
            return failure(QStringLiteral("store:order/%1: line %2: the stored scope '%3' is not a decomposition scope")
                               .arg(orderId, line.id, lines.text(2)));
        line.scope = *scope;
        line.ownerOrder = lines.text(3);
        const std::optional<QStringList> sourceItems = storedIdList(lines.utf8(4));
        const std::optional<QStringList> rules = storedIdList(lines.utf8(5));
        if (!sourceItems || !rules)
            return failure(QStringLiteral("store:order/%1: line %2: the stored %3 are not a JSON array of ids")
                               .arg(orderId, line.id, sourceItems ? QStringLiteral("rules") : QStringLiteral("source items")));
        line.sourceItems = *sourceItems;
        line.rules = *rules;
        line.rule = line.rules.value(0);
        line.quantity = int(lines.integer(6));
        const nlohmann::json attributes = storedObject(lines.utf8(7));
        const nlohmann::json fields = storedObject(lines.utf8(8));
        for (const auto& [column, value] : { std::pair { "attributes", &attributes }, std::pair { "fields", &fields } }) {
            if (!value->is_object()) {
                return failure(QStringLiteral("store:order/%1: line %2: the stored %3 are not a JSON object (%4)")
                                   .arg(orderId, line.id, QLatin1String(column),
                                        value->is_discarded() ? QStringLiteral("cut short, or a number out of range")
                                                              : QString::fromStdString(value->type_name())));
            }
        }
        line.attributes = jsonToVariant(attributes).toMap();
        line.fields = jsonToVariant(fields).toMap();
        line.deliveryGroup = lines.text(9);
        line.removedBy = lines.text(10);
        lineRowids.push_back(lines.integer(11));
        line.action = lines.text(12); // asset-based lines (schema v25): the action, the asset, the change
        line.assetRef = lines.text(13);
        line.changeKind = lines.text(14);
        line.quantityDelta = int(lines.integer(15));
        line.totalQuantity = int(lines.integer(16));
        const std::optional<QStringList> changed = storedIdList(lines.utf8(17));
        if (!changed)
            return failure(QStringLiteral("store:order/%1: line %2: the stored changed attributes are not a JSON array of names")
                               .arg(orderId, line.id));
        line.changedAttributes = *changed;
        runtime.lines.push_back(std::move(line));
    }
    if (!lines.error().isEmpty()) {
        storeError = true;
        return failure(QStringLiteral("order '%1': cannot read its lines: %2").arg(orderId, lines.error()));
    }
    permute(runtime.lines, sortedOrder(lineRowids));
    QHash<QString, int> lineIndex;
    lineIndex.reserve(qsizetype(runtime.lines.size()));
    for (std::size_t i = 0; i < runtime.lines.size(); ++i)
        lineIndex.insert(runtime.lines[i].id, int(i));

    std::vector<QStringList> dependsOnIds;
    std::vector<qint64> stepSeqs;
    std::vector<StepState> states;
    SqliteQuery& steps = s.steps;
    steps.reset();
    steps.bind(1, orderId);
    const PlanDefinition* plan = nullptr; // the steps of an order mostly share one
    QString planId;
    while (steps.next()) {
        StepRuntime step;
        step.id = steps.text(0);
        step.name = steps.text(1);
        step.planDefinition = steps.text(2);
        if (!plan || planId != step.planDefinition) {
            plan = runtime.catalog->planDefinition(step.planDefinition);
            planId = step.planDefinition;
        }
        step.definition = plan ? plan->step(steps.text(3)) : nullptr;
        if (!step.definition)
            return failure(QStringLiteral("order '%1': step '%2' is not in catalog '%3'").arg(orderId, step.id, runtime.catalog->id));
        const std::optional<QStringList> stepLines = storedIdList(steps.utf8(4));
        const std::optional<QStringList> dependsOn = storedIdList(steps.utf8(5));
        if (!stepLines || !dependsOn)
            return failure(QStringLiteral("store:order/%1: step %2: the stored %3 are not a JSON array of ids")
                               .arg(orderId, step.id, stepLines ? QStringLiteral("dependencies") : QStringLiteral("lines")));
        for (const QString& line : *stepLines) {
            const auto at = lineIndex.constFind(line);
            if (at == lineIndex.cend())
                return failure(QStringLiteral("store:order/%1: step %2 works on line '%3', which is not a line of the order")
                                   .arg(orderId, step.id, line));
            step.lines.push_back(*at);
        }
        dependsOnIds.push_back(*dependsOn);
        const std::optional<StepState> state = stepStateFromString(steps.text(6));
        if (!state)
            return failure(
                QStringLiteral("store:order/%1: step %2: the stored state '%3' is not a step state").arg(orderId, step.id, steps.text(6)));
        states.push_back(*state);
        step.attempts = int(steps.integer(7));
        step.firstAttemptAt = steps.time(8);
        step.nextAttemptAt = steps.time(9);
        step.completedAt = steps.time(10);
        step.lastError = steps.text(11);
        step.attemptSeries = int(steps.integer(12));
        step.payloadOverride = steps.text(13);
        step.idempotencyKey = steps.text(14);
        stepSeqs.push_back(steps.integer(15));
        runtime.steps.push_back(std::move(step));
    }
    if (!steps.error().isEmpty()) {
        storeError = true;
        return failure(QStringLiteral("order '%1': cannot read its steps: %2").arg(orderId, steps.error()));
    }
    const std::vector<std::size_t> stepOrder = sortedOrder(stepSeqs);
    permute(runtime.steps, stepOrder);
    permute(dependsOnIds, stepOrder);
    permute(states, stepOrder);
    QHash<QString, int> stepIndex;
    stepIndex.reserve(qsizetype(runtime.steps.size()));
    for (std::size_t i = 0; i < runtime.steps.size(); ++i)
        stepIndex.insert(runtime.steps[i].id, int(i));
    std::vector<std::vector<int>> dependsOn;
    dependsOn.reserve(dependsOnIds.size());
    for (const QStringList& ids : dependsOnIds) {
        std::vector<int> indexes;
        for (const QString& id : ids) {
            const auto at = stepIndex.constFind(id);
            if (at == stepIndex.cend())
                return failure(QStringLiteral("store:order/%1: a step depends on '%2', which is not a step of the order").arg(orderId, id));
            indexes.push_back(*at);
        }
        dependsOn.push_back(std::move(indexes));
    }
    runtime.execution.emplace(std::move(dependsOn), std::move(states));
    if (cancelRequested)
        runtime.execution->setCancelRequested();

    SqliteQuery& signalNames = s.signalNames;
    signalNames.reset();
    signalNames.bind(1, orderId);
    while (signalNames.next())
        runtime.signalsReceived << signalNames.text(0);
    if (!signalNames.error().isEmpty()) {
        storeError = true;
        return failure(QStringLiteral("order '%1': cannot read its signals: %2").arg(orderId, signalNames.error()));
    }
    return runtime;
}

Result<std::shared_ptr<const Catalog>> RuntimeLoader::catalog(const QSqlDatabase& database, const QString& id, const QString& version,
                                                              CatalogCache& catalogs, bool* missing)
{
    bool notThere = false;
    auto loaded = loadCatalog(database, id, version, catalogs, notThere);
    if (missing)
        *missing = notThere;
    return loaded;
}

} // namespace fw
