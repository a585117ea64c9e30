// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "catalogreader.h"

#include "domain/order.h"

#include "catalogvalidator.h"
#include "common/jsoncursor.h"
#include "conditionreader.h"
#include "io/jsonfile.h"
#include "jeopardyreader.h"

namespace fw {

namespace {

    template <typename Enum>
    Enum readEnum(const JsonCursor& cursor, const char* key, std::initializer_list<std::pair<Enum, const char*>> names, Enum fallback,
                  bool required = false)
    {
        const QString text = cursor.string(key, required);
        if (text.isEmpty())
            return fallback;
        QStringList spelled;
        for (const auto& [value, name] : names) {
            if (text == QLatin1String(name))
                return value;
            spelled << QString::fromLatin1(name);
        }
        cursor.errorAt(key, QStringLiteral("unknown value '%1' (expected one of %2)").arg(text, spelled.join(QStringLiteral(", "))));
        return fallback;
    }

    // Credentials (issue 22): a name and a kind, never a secret (docs/credentials.md).
    Credential readCredential(const JsonCursor& c)
    {
        using K = Credential::Kind;
        Credential credential;
        if (!c.expectObject())
            return credential;
        static constexpr const char* secretKeys[] = { "secret", "token", "password", "value", "user", "certificate", "key" };
        for (const char* key : secretKeys) {
            if (c.has(key))
                c.errorAt(key,
                          QStringLiteral("a catalog never holds a credential's secret: set it on each workstation "
                                         "(the workbench's File > Credentials..., fwctl's credentials file; docs/credentials.md)"));
        }
        c.rejectUnknownKeys(
            { "name", "kind", "header", "description", "secret", "token", "password", "value", "user", "certificate", "key" });
        credential.id = c.string("name", true);
        credential.kind = readEnum<K>(
            c, "kind",
            { { K::Bearer, "bearer" }, { K::Basic, "basic" }, { K::Header, "header" }, { K::ClientCertificate, "clientCertificate" } },
            K::Bearer, true);
        credential.header = c.string("header", credential.kind == K::Header);
        if (credential.kind != K::Header && c.has("header"))
            c.errorAt("header", QStringLiteral("only a credential of kind header names a header"));
        credential.description = c.string("description", false);
        return credential;
    }

    AttributeDefinition readAttribute(const JsonCursor& c)
    {
        AttributeDefinition attribute;
        if (!c.expectObject())
            return attribute;
        c.rejectUnknownKeys({ "name", "type", "required", "values", "default", "description" });
        attribute.name = c.string("name", true);
        using T = AttributeDefinition::Type;
        attribute.type = readEnum<T>(c, "type",
                                     { { T::String, "string" },
                                       { T::Integer, "integer" },
                                       { T::Number, "number" },
                                       { T::Boolean, "boolean" },
                                       { T::Date, "date" },
                                       { T::Enum, "enum" } },
                                     T::String);
        attribute.required = c.boolean("required", false);
        attribute.values = c.stringList("values", attribute.type == T::Enum);
        attribute.defaultValue = c.scalarOrTree("default");
        return attribute;
    }

    // A subscription's term ({"months": 12}, or {"fromAttribute": "termMonths"}: each item's own
    // integer attribute) and how many days before its end a renewal is due (docs/assets.md). Only
    // commercial products have a term: assets are commercial items.
    void readTerm(const JsonCursor& c, Product& product)
    {
        if (c.has("term")) {
            const JsonCursor term = c.child("term");
            if (term.expectObject()) {
                term.rejectUnknownKeys({ "months", "fromAttribute" });
                if (term.has("months") && term.has("fromAttribute"))
                    c.errorAt("term", QStringLiteral("a term has either \"months\" or \"fromAttribute\", not both"));
                else if (term.has("fromAttribute"))
                    product.termAttribute = term.string("fromAttribute", true);
                else
                    product.termMonths = int(term.integer("months", true, 1, 1200).value_or(0));
            }
            if (product.kind == Product::Kind::Fulfillment)
                c.errorAt("term", QStringLiteral("only a commercial product has a term"));
        }
        product.renewalLeadDays = int(c.integer("renewalLeadDays", false, 0, 3650).value_or(Product::defaultRenewalLeadDays));
        if (c.has("renewalLeadDays") && !c.has("term"))
            c.errorAt("renewalLeadDays", QStringLiteral("a renewal lead time needs a term (\"term\": {\"months\": n})"));
    }

    Product readProduct(const JsonCursor& c)
    {
        Product product;
        if (!c.expectObject())
            return product;
        c.rejectUnknownKeys({ "id", "name", "kind", "bundle", "requiresFulfillment", "attributes", "components", "description", "term",
                              "renewalLeadDays" });
        product.id = c.string("id", true);
        product.name = c.string("name", false, product.id);
        using K = Product::Kind;
        product.kind = readEnum<K>(c, "kind", { { K::Commercial, "commercial" }, { K::Fulfillment, "fulfillment" } }, K::Commercial, true);
        product.isBundle = c.boolean("bundle", false);
        product.requiresFulfillment = c.boolean("requiresFulfillment", !product.isBundle);
        c.forEach("attributes", false, [&](const JsonCursor& e, std::size_t) { product.attributes.push_back(readAttribute(e)); });
        c.forEach("components", false, [&](const JsonCursor& e, std::size_t) {
            BundleComponent component;
            if (e.expectObject()) {
                e.rejectUnknownKeys({ "product", "min", "max" });
                component.product = e.string("product", true);
                component.minQuantity = static_cast<int>(e.integer("min", false).value_or(0));
                component.maxQuantity = static_cast<int>(e.integer("max", false, 1).value_or(1));
            }
            product.components.push_back(component);
        });
        if (!product.components.empty() && !product.isBundle)
            c.errorAt("components", QStringLiteral("only a bundle (\"bundle\": true) has components"));
        readTerm(c, product);
        return product;
    }

    DecompositionRule readRule(const JsonCursor& c)
    {
        DecompositionRule rule;
        if (!c.expectObject())
            return rule;
        c.rejectUnknownKeys({ "id", "name", "source", "when", "scope", "destinations", "description" });
        rule.id = c.string("id", true);
        rule.name = c.string("name", false, rule.id);
        rule.source = c.string("source", true);
        rule.when = readOptionalCondition(c);
        const QString scope = c.string("scope", false);
        if (!scope.isEmpty()) {
            if (const auto value = decompositionScopeFromString(scope))
                rule.scope = *value;
            else
                c.errorAt("scope", QStringLiteral("unknown scope '%1' (expected one of %2)").arg(scope, decompositionScopeNames()));
        }
        c.forEach("destinations", true, [&](const JsonCursor& d, std::size_t) {
            DecompositionDestination destination;
            if (d.expectObject()) {
                d.rejectUnknownKeys({ "product", "mappings", "perUnit", "maxUnitsPerLine" });
                destination.product = d.string("product", true);
                destination.perUnit = d.boolean("perUnit", false);
                destination.maxUnitsPerLine = int(d.integer("maxUnitsPerLine", false, 1, 1000000).value_or(0));
                if (destination.perUnit && d.has("maxUnitsPerLine"))
                    d.errorAt("maxUnitsPerLine", QStringLiteral("give either \"perUnit\": true or \"maxUnitsPerLine\", not both"));
                d.forEach("mappings", false, [&](const JsonCursor& m, std::size_t) {
                    FieldMapping mapping;
                    if (!m.expectObject())
                        return;
                    m.rejectUnknownKeys({ "to", "from", "value" });
                    mapping.target = m.string("to", true);
                    mapping.sourcePath = m.string("from", false);
                    mapping.constant = m.scalarOrTree("value");
                    if (m.has("from") == m.has("value"))
                        m.error(QStringLiteral("a mapping needs exactly one of 'from' or 'value'"));
                    else if (!mapping.sourcePath.isEmpty() && !isKnownFieldPath(mapping.sourcePath))
                        m.errorAt("from", QStringLiteral("'%1' is not a field path").arg(mapping.sourcePath));
                    destination.mappings.push_back(mapping);
                });
            }
            rule.destinations.push_back(destination);
        });
        if (c.has("destinations") && c.node().at("destinations").is_array() && rule.destinations.empty())
            c.errorAt("destinations", QStringLiteral("needs at least one destination"));
        return rule;
    }

    FulfillmentScenario readScenario(const JsonCursor& c)
    {
        FulfillmentScenario scenario;
        if (!c.expectObject())
            return scenario;
        c.rejectUnknownKeys({ "id", "product", "actions", "when", "planDefinition", "description" });
        scenario.id = c.string("id", true);
        scenario.product = c.string("product", true);
        if (c.has("actions")) {
            scenario.actions = c.stringList("actions", false);
            for (const QString& action : std::as_const(scenario.actions)) {
                if (!OrderItem::actions().contains(action))
                    c.errorAt("actions",
                              QStringLiteral("unknown action '%1' (expected one of %2)")
                                  .arg(action, OrderItem::actions().join(QStringLiteral(", "))));
            }
            if (scenario.actions.isEmpty() && c.node().at("actions").is_array())
                c.errorAt("actions", QStringLiteral("needs at least one action"));
        }
        scenario.when = readOptionalCondition(c);
        scenario.planDefinition = c.string("planDefinition", true);
        return scenario;
    }

    RetryPolicy readRetryPolicy(const JsonCursor& c)
    {
        RetryPolicy policy;
        if (!c.expectObject())
            return policy;
        c.rejectUnknownKeys({ "id", "kind", "maxAttempts", "interval", "maxInterval", "multiplier", "window" });
        policy.id = c.string("id", true);
        using K = RetryPolicy::Kind;
        policy.kind = readEnum<K>(
            c, "kind", { { K::None, "none" }, { K::Immediate, "immediate" }, { K::Fixed, "fixed" }, { K::Exponential, "exponential" } },
            K::Fixed, true);
        policy.maxAttempts = static_cast<int>(c.integer("maxAttempts", policy.kind != K::None, 1).value_or(1));
        const bool needsInterval = policy.kind == K::Fixed || policy.kind == K::Exponential;
        policy.intervalSeconds = c.duration("interval", needsInterval).value_or(0);
        policy.maxIntervalSeconds = c.duration("maxInterval", false).value_or(0);
        policy.multiplier = c.number("multiplier", false).value_or(2.0);
        if (policy.multiplier < 1.0)
            c.errorAt("multiplier", QStringLiteral("must be at least 1"));
        policy.windowSeconds = c.duration("window", false).value_or(0);
        return policy;
    }

    FalloutRule readFalloutRule(const JsonCursor& c)
    {
        FalloutRule rule;
        if (!c.expectObject())
            return rule;
        c.rejectUnknownKeys({ "id", "endpoint", "httpStatus", "errorCodes", "classification", "queue", "description" });
        rule.id = c.string("id", true);
        rule.endpoint = c.string("endpoint", false);
        c.forEach("httpStatus", false, [&](const JsonCursor& e, std::size_t) {
            const auto& n = e.node(); // compared as 64-bit: 4294967596 is not 300
            if (n.is_number_integer() && !(n.is_number_unsigned() && n.get<quint64>() > 599) && n.get<qint64>() >= 100
                && n.get<qint64>() <= 599)
                rule.httpStatuses.push_back(static_cast<int>(n.get<qint64>()));
            else
                e.error(QStringLiteral("expected an HTTP status code (100-599)"));
        });
        rule.errorCodes = c.stringList("errorCodes", false);
        using C = FalloutRule::Classification;
        rule.classification = readEnum<C>(c, "classification", { { C::Retriable, "retriable" }, { C::Fatal, "fatal" } }, C::Fatal, true);
        rule.queue = c.string("queue", false);
        return rule;
    }

    template <typename T, typename Reader>
    void readList(const JsonCursor& root, const char* key, bool required, std::vector<T>& out, Reader reader)
    {
        root.forEach(key, required, [&](const JsonCursor& e, std::size_t) { out.push_back(reader(e)); });
    }

} // namespace

CatalogLoad CatalogReader::readFile(const QString& path)
{
    CatalogLoad load;
    const auto document = readJsonFile(path, load.problems);
    if (!document)
        return load;
    return readJson(*document, inputLabel(path));
}

CatalogLoad CatalogReader::readJson(const nlohmann::json& document, const QString& fileLabel)
{
    CatalogLoad load;
    const JsonCursor root(document, fileLabel, QString(), load.problems);
    if (!root.expectObject())
        return load;
    root.rejectUnknownKeys({ "$schema", "formatVersion", "id", "name", "version", "description", "lanes", "products", "decompositionRules",
                             "fulfillmentScenarios", "planDefinitions", "retryPolicies", "falloutRules", "queues", "endpoints", "calendars",
                             "jeopardyRules", "credentials" });
    auto catalog = std::make_shared<Catalog>();
    const auto version = root.integer("formatVersion", true, 1);
    if (version && *version != currentFormatVersion)
        root.errorAt("formatVersion",
                     QStringLiteral("unsupported format version %1 (this build reads version %2)").arg(*version).arg(currentFormatVersion));
    catalog->formatVersion = static_cast<int>(version.value_or(currentFormatVersion));
    catalog->id = root.string("id", true);
    catalog->name = root.string("name", false, catalog->id);
    catalog->version = root.string("version", false);
    catalog->sourceFile = fileLabel;

    readList(root, "lanes", true, catalog->lanes, [](const JsonCursor& c) {
        Lane lane;
        if (c.expectObject()) {
            c.rejectUnknownKeys({ "id", "name" });
            lane.id = c.string("id", true);
            lane.name = c.string("name", false, lane.id);
        }
        return lane;
    });
    readList(root, "products", true, catalog->products, readProduct);
    readList(root, "decompositionRules", false, catalog->rules, readRule);
    readList(root, "fulfillmentScenarios", false, catalog->scenarios, readScenario);
    readList(root, "planDefinitions", false, catalog->planDefinitions, readPlanDefinition);
    readList(root, "retryPolicies", false, catalog->retryPolicies, readRetryPolicy);
    readList(root, "falloutRules", false, catalog->falloutRules, readFalloutRule);
    readList(root, "queues", false, catalog->queues, [](const JsonCursor& c) {
        Queue queue;
        if (c.expectObject()) {
            c.rejectUnknownKeys({ "id", "name", "kind" });
            queue.id = c.string("id", true);
            queue.name = c.string("name", false, queue.id);
            queue.kind = readEnum<Queue::Kind>(c, "kind", { { Queue::Kind::Task, "task" }, { Queue::Kind::Fallout, "fallout" } },
                                               Queue::Kind::Task, true);
        }
        return queue;
    });
    readList(root, "endpoints", false, catalog->endpoints, [](const JsonCursor& c) {
        Endpoint endpoint;
        if (c.expectObject()) {
            c.rejectUnknownKeys({ "id", "name", "baseUrl", "timeout", "maxInFlight", "credential" });
            endpoint.id = c.string("id", true);
            endpoint.name = c.string("name", false, endpoint.id);
            endpoint.baseUrl = c.string("baseUrl", true);
            endpoint.timeoutMs = static_cast<int>(c.duration("timeout", false, kMaxTimeoutSeconds).value_or(10) * 1000);
            if (const auto limit = c.integer("maxInFlight", false, 1, Endpoint::maxInFlightLimit))
                endpoint.maxInFlight = int(*limit);
            endpoint.credential = c.string("credential", false);
        }
        return endpoint;
    });
    readList(root, "credentials", false, catalog->credentials, readCredential);
    readList(root, "calendars", false, catalog->calendars, readBusinessCalendar);
    readList(root, "jeopardyRules", false, catalog->jeopardyRules, readJeopardyRule);

    if (!load.problems.empty())
        return load; // cross-references are meaningless on a structurally broken catalog
    catalog->buildIndex();
    CatalogValidator::validate(*catalog, fileLabel, load.problems);
    if (load.problems.empty())
        load.catalog = std::move(catalog);
    return load;
}

} // namespace fw
