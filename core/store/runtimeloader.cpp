#include "runtimeloader.h"
#include "storedjson.h"

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

    QDateTime time(const QVariant& value)
    {
        return value.isNull() ? QDateTime() : fromStoreTimeText(value.toString());
    }

    std::shared_ptr<const Catalog> loadCatalog(const QSqlDatabase& db, const QString& id, const QString& version,
                                               QHash<QString, std::shared_ptr<const Catalog>>& cache, QString& error, bool& missing)
    {
        const QString key = id + QLatin1Char('@') + version;
        if (const auto it = cache.constFind(key); it != cache.cend())
            return *it;
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT document FROM catalogs WHERE id = ? AND version = ?"));
        query.addBindValue(id);
        query.addBindValue(version);
        if (!query.exec() || !query.next()) {
            error = QStringLiteral("catalog '%1' version '%2' is not in the store").arg(id, version);
            missing = true;
            return nullptr;
        }
        const nlohmann::json document = parseStoredJson(query.value(0).toString());
        if (document.is_discarded()) {
            error = QStringLiteral("store:catalog/%1: the stored catalog is not valid JSON (cut short or damaged)").arg(key);
            return nullptr;
        }
        CatalogLoad load = CatalogReader::readJson(document, QStringLiteral("store:catalog/") + key);
        if (!load.ok()) {
            error = load.problems.front().toString();
            return nullptr;
        }
        cache.insert(key, load.catalog);
        return load.catalog;
    }

    std::optional<OrderRuntime> loadOne(const QSqlDatabase& db, const QString& orderId,
                                        QHash<QString, std::shared_ptr<const Catalog>>& cache, QString& error, bool* storeError)
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT catalog_id, catalog_version, COALESCE(current_document, document), state, on_hold, "
                                     "cancel_requested FROM orders WHERE id = ?"));
        query.addBindValue(orderId);
        if (!query.exec() || !query.next()) {
            error = QStringLiteral("unknown order '%1'").arg(orderId);
            if (storeError)
                *storeError = true; // not the order's data: nothing to set aside
            return std::nullopt;
        }
        OrderRuntime runtime;
        runtime.orderId = orderId;
        runtime.storedState = orderStateFromString(query.value(3).toString()).value_or(OrderState::Pending);
        runtime.onHold = query.value(4).toBool();
        const bool cancelRequested = query.value(5).toBool();
        bool catalogMissing = false;
        runtime.catalog = loadCatalog(db, query.value(0).toString(), query.value(1).toString(), cache, error, catalogMissing);
        if (!runtime.catalog) {
            // A catalog that is not (yet) in the store may still come (sync): the order is only left
            // out this time. One that is there but cannot be read sets the order aside.
            if (storeError && catalogMissing)
                *storeError = true;
            return std::nullopt;
        }
        const nlohmann::json document = parseStoredJson(query.value(2).toString());
        if (document.is_discarded()) {
            error = QStringLiteral("store:order/%1: the stored order document is not valid JSON (cut short, or a number "
                                   "out of range)")
                        .arg(orderId);
            return std::nullopt;
        }
        OrderLoad order = OrderReader::readJson(document, QStringLiteral("store:order/") + orderId, *runtime.catalog);
        if (!order.ok()) {
            error = order.problems.front().toString();
            return std::nullopt;
        }
        runtime.order = std::move(*order.order);

        QHash<QString, int> lineIndex;
        query.prepare(QStringLiteral("SELECT id, product, scope, owner_order, source_items, rules, quantity, attributes, fields, "
                                     "delivery_group, removed_by FROM fulfillment_lines WHERE order_id = ? ORDER BY rowid"));
        query.addBindValue(orderId);
        if (!query.exec()) {
            error = QStringLiteral("order '%1': cannot read its lines: %2").arg(orderId, query.lastError().text());
            if (storeError)
                *storeError = true;
            return std::nullopt;
        }
        while (query.next()) {
            FulfillmentLine line;
            line.id = query.value(0).toString();
            line.product = query.value(1).toString();
            line.orderId = orderId;
            line.scope = decompositionScopeFromString(query.value(2).toString()).value_or(DecompositionScope::LineItem);
            line.ownerOrder = query.value(3).toString();
            line.sourceItems = fromJsonArrayText(query.value(4).toString());
            line.rules = fromJsonArrayText(query.value(5).toString());
            line.rule = line.rules.value(0);
            line.quantity = query.value(6).toInt();
            const nlohmann::json attributes = parseStoredJson(query.value(7).toString());
            const nlohmann::json fields = parseStoredJson(query.value(8).toString());
            for (const auto& [column, value] : { std::pair { "attributes", &attributes }, std::pair { "fields", &fields } }) {
                if (!value->is_object()) {
                    error = QStringLiteral("store:order/%1: line %2: the stored %3 are not a JSON object (%4)")
                                .arg(orderId, line.id, QLatin1String(column),
                                     value->is_discarded() ? QStringLiteral("cut short, or a number out of range")
                                                           : QString::fromStdString(value->type_name()));
                    return std::nullopt;
                }
            }
            line.attributes = jsonToVariant(attributes).toMap();
            line.fields = jsonToVariant(fields).toMap();
            line.deliveryGroup = query.value(9).toString();
            line.removedBy = query.value(10).toString();
            lineIndex.insert(line.id, int(runtime.lines.size()));
            runtime.lines.push_back(std::move(line));
        }

        QHash<QString, int> stepIndex;
        std::vector<QStringList> dependsOnIds;
        std::vector<StepState> states;
        query.prepare(QStringLiteral("SELECT id, name, plan_definition, step_key, lines, depends_on, state, attempts, "
                                     "first_attempt_at, next_attempt_at, completed_at, last_error, attempt_series, payload_override, "
                                     "idempotency_key FROM steps "
                                     "WHERE order_id = ? ORDER BY seq"));
        query.addBindValue(orderId);
        if (!query.exec()) {
            error = QStringLiteral("order '%1': cannot read its steps: %2").arg(orderId, query.lastError().text());
            if (storeError)
                *storeError = true;
            return std::nullopt;
        }
        while (query.next()) {
            StepRuntime step;
            step.id = query.value(0).toString();
            step.name = query.value(1).toString();
            step.planDefinition = query.value(2).toString();
            const PlanDefinition* plan = runtime.catalog->planDefinition(step.planDefinition);
            step.definition = plan ? plan->step(query.value(3).toString()) : nullptr;
            if (!step.definition) {
                error = QStringLiteral("order '%1': step '%2' is not in catalog '%3'").arg(orderId, step.id, runtime.catalog->id);
                return std::nullopt;
            }
            for (const QString& line : fromJsonArrayText(query.value(4).toString()))
                step.lines.push_back(lineIndex.value(line, -1));
            dependsOnIds.push_back(fromJsonArrayText(query.value(5).toString()));
            states.push_back(stepStateFromString(query.value(6).toString()).value_or(StepState::Pending));
            step.attempts = query.value(7).toInt();
            step.firstAttemptAt = time(query.value(8));
            step.nextAttemptAt = time(query.value(9));
            step.completedAt = time(query.value(10));
            step.lastError = query.value(11).toString();
            step.attemptSeries = query.value(12).toInt();
            step.payloadOverride = query.value(13).toString();
            step.idempotencyKey = query.value(14).toString();
            stepIndex.insert(step.id, int(runtime.steps.size()));
            runtime.steps.push_back(std::move(step));
        }
        std::vector<std::vector<int>> dependsOn;
        for (const QStringList& ids : dependsOnIds) {
            std::vector<int> indexes;
            for (const QString& id : ids)
                indexes.push_back(stepIndex.value(id));
            dependsOn.push_back(std::move(indexes));
        }
        runtime.execution.emplace(std::move(dependsOn), std::move(states));
        if (cancelRequested)
            runtime.execution->setCancelRequested();

        query.prepare(QStringLiteral("SELECT name FROM signals WHERE order_id = ?"));
        query.addBindValue(orderId);
        query.exec();
        while (query.next())
            runtime.signalsReceived << query.value(0).toString();
        return runtime;
    }

} // namespace

std::vector<OrderRuntime> RuntimeLoader::loadActive(const QSqlDatabase& database, QStringList& errors,
                                                    std::vector<UnreadableOrder>* unreadable)
{
    QHash<QString, std::shared_ptr<const Catalog>> cache;
    QStringList ids;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT id FROM orders WHERE state NOT IN ('completed', 'cancelled') AND replica_of IS NULL "
                              "AND set_aside_reason IS NULL ORDER BY created_at, id"));
    while (query.next())
        ids << query.value(0).toString();
    std::vector<OrderRuntime> runtimes;
    for (const QString& id : ids) {
        QString error;
        bool storeError = false;
        if (auto runtime = loadOne(database, id, cache, error, &storeError))
            runtimes.push_back(std::move(*runtime));
        else if (unreadable && !storeError)
            unreadable->push_back({ id, error });
        else
            errors << error;
    }
    return runtimes;
}

std::optional<OrderRuntime> RuntimeLoader::load(const QSqlDatabase& database, const QString& orderId, QString& error, bool* unreadable)
{
    QHash<QString, std::shared_ptr<const Catalog>> cache;
    bool storeError = false;
    auto runtime = loadOne(database, orderId, cache, error, &storeError);
    if (unreadable)
        *unreadable = !runtime && !storeError;
    return runtime;
}

} // namespace fw
