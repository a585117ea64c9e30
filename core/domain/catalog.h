// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "condition.h"
#include "steptypes.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QVariant>

#include <optional>
#include <vector>

namespace fw {

// A product attribute definition ("size", "tier", "region", ...).
struct AttributeDefinition {
    enum class Type { String, Integer, Number, Boolean, Date, Enum };
    QString name;
    Type type = Type::String;
    bool required = false;
    QStringList values; // Enum only
    QVariant defaultValue;
};

struct BundleComponent {
    QString product;
    int minQuantity = 0;
    int maxQuantity = 1;
};

struct Product {
    enum class Kind { Commercial, Fulfillment };
    QString id;
    QString name;
    Kind kind = Kind::Commercial;
    bool isBundle = false;
    bool requiresFulfillment = true; // a commercial product that must decompose to something
    std::vector<AttributeDefinition> attributes;
    std::vector<BundleComponent> components; // bundles only
    static constexpr int defaultRenewalLeadDays = 90;
    int termMonths = 0; // a subscription's term ("term": {"months": n}); 0: no term, or termAttribute
    QString termAttribute; // "term": {"fromAttribute": "termMonths"}: each item's own term, in months
    int renewalLeadDays = defaultRenewalLeadDays; // with a term: a renewal is due this many days before its end
    bool hasTerm() const { return termMonths > 0 || !termAttribute.isEmpty(); }
};

// Copies a value into a fulfillment line's attribute: either a constant or a source field path.
struct FieldMapping {
    QString target; // attribute name on the destination line
    QString sourcePath; // e.g. "item.attributes.speed", "account.region"; empty when constant
    QVariant constant;
};

struct DecompositionDestination {
    QString product;
    std::vector<FieldMapping> mappings;
    // Per-unit lines (docs/catalog-format.md, "Per-unit destinations"): perUnit makes one line per
    // unit of quantity, maxUnitsPerLine > 0 lines of at most that many units; 0 and false: one line.
    static constexpr int maxSplitLines = 1000; // lines one destination may make of one line
    bool perUnit = false;
    int maxUnitsPerLine = 0;
    int unitsPerLine() const { return perUnit ? 1 : maxUnitsPerLine; } // 0: not split
};

struct DecompositionRule {
    QString id;
    QString name;
    QString source; // commercial product id
    Condition when;
    DecompositionScope scope = DecompositionScope::LineItem;
    std::vector<DecompositionDestination> destinations;
};

// Links a fulfillment product to the plan definition that fulfils it.
struct FulfillmentScenario {
    QString id;
    QString product;
    // The line actions it fulfils (docs/catalog-format.md, "Asset actions"); a scenario that
    // names none fulfils "add" only, so existing catalogs never plan a disconnect as an install.
    QStringList actions { QStringLiteral("add") };
    Condition when;
    QString planDefinition;
};

struct Lane {
    QString id;
    QString name;
};

struct StepDependency {
    QString step; // step key
    QString planDefinition; // empty: the same plan definition
    CrossPlanMatch match = CrossPlanMatch::Order; // cross-plan only
    bool optional = false; // cross-plan only: drop the dependency when no instance exists
};

struct CalloutSpec {
    QString endpoint;
    QString method = QStringLiteral("POST");
    QString path;
    QVariant payloadTemplate; // JSON-like tree with "{{path}}" placeholders
    QVariantMap responseMapping; // target path -> JSON pointer into the response
    int timeoutMs = 0; // 0: the endpoint's timeout
};

struct FormField {
    enum class Type { String, Text, Integer, Number, Boolean, Date, DateTime, Enum };
    QString name;
    QString label;
    Type type = Type::String;
    bool required = false;
    QStringList options; // Enum only
    bool operator==(const FormField&) const = default;
};

struct ManualTaskSpec {
    QString queue;
    QString instructions;
    std::vector<FormField> form;
    bool operator==(const ManualTaskSpec&) const = default;
};

struct PauseSpec {
    enum class Kind { Signal, Time, Field };
    Kind kind = Kind::Signal;
    QString signal; // Signal
    QString at; // Time: an ISO date-time or a "{{path}}" template
    QString field; // Field: the path that must reach `equals`
    QVariant equals;
};

struct AutoTaskSpec {
    QString handler;
    QVariantMap params;
    QString command; // handler "command": a name in the workstation's allow-list (docs/handlers.md)
};

// What a step's point of no return means for in-flight change (docs/change-orders.md).
enum class PointOfNoReturn {
    None, // changes undo the step if it has a compensation, else leave its effect as it is
    Hard, // once past it (completed, or started for a callout), a change to its lines is refused
    Soft, // once past it, a change is accepted and the step compensated (its compensation, else a manual undo)
};

struct StepDefinition {
    QString key;
    QString name;
    StepType type = StepType::AutoTask;
    StepScope scope = StepScope::LineItem;
    QString lane;
    std::vector<StepDependency> dependsOn;
    qint64 estimatedSeconds = 0;
    PointOfNoReturn pointOfNoReturn = PointOfNoReturn::None;
    QString retryPolicy;
    QString falloutQueue;
    // Runs only when this holds on the step's line, order and account as the step becomes ready;
    // else the engine skips it with the reason journalled (docs/catalog-format.md, "Step conditions").
    Condition when;
    AutoTaskSpec autoTask;
    CalloutSpec callout;
    ManualTaskSpec manualTask;
    PauseSpec pause;
    // In-flight change: the key of the step definition that undoes this one (its "compensation",
    // or the default manual undo of a soft point of no return; empty: none), and for such a
    // definition the key of the step it undoes.
    QString compensation;
    QString compensates;
    bool defaultCompensation = false; // the manual undo made for a soft PONR without a compensation
};

struct PlanDefinition {
    QString id;
    QString name;
    std::vector<StepDefinition> steps;
    // The steps' compensations ("<key>~undo"): never planned, added by in-flight change only.
    std::vector<StepDefinition> compensations;

    const StepDefinition* step(const QString& key) const; // a step or a compensation
};

struct RetryPolicy {
    enum class Kind { None, Immediate, Fixed, Exponential };
    QString id;
    Kind kind = Kind::Fixed;
    int maxAttempts = 3;
    qint64 intervalSeconds = 0; // Fixed: the interval; Exponential: the first delay
    qint64 maxIntervalSeconds = 0; // Exponential: the cap
    double multiplier = 2.0;
    qint64 windowSeconds = 0; // 0: no window
};

struct FalloutRule {
    enum class Classification { Retriable, Fatal };
    QString id;
    QString endpoint; // empty: any
    std::vector<int> httpStatuses; // empty: any
    QStringList errorCodes; // empty: any
    Classification classification = Classification::Fatal;
    QString queue;
};

struct Queue {
    enum class Kind { Task, Fallout };
    QString id;
    QString name;
    Kind kind = Kind::Task;
};

// A named credential an endpoint authenticates with (issue 22): its kind only, never a secret.
// The secret lives on each workstation (the workbench's desktop keyring, fwctl's credentials file
// or environment: docs/credentials.md). Header: `header` names the header carrying the secret.
struct Credential {
    enum class Kind { Bearer, Basic, Header, ClientCertificate };
    QString id; // the name endpoints give as "credential"
    Kind kind = Kind::Bearer;
    QString header; // Header kind: the header's name ("X-Api-Key")
    QString description;
};

struct Endpoint {
    QString id;
    QString name;
    QString baseUrl;
    int timeoutMs = 10000;
    QString credential; // a Credential id; empty: requests carry no credential
    // Callouts of this endpoint out at once; the rest wait in order. The default matches the
    // connections Qt opens per host, so a request's timeout runs only while it is really out.
    static constexpr int defaultMaxInFlight = 6;
    static constexpr int maxInFlightLimit = 1000;
    int maxInFlight = defaultMaxInFlight;
};

// Working time for jeopardy thresholds: the days and hours a team works, in its time zone, without
// holidays. A rule with a calendar counts only working time as elapsed.
struct BusinessCalendarSpec {
    QString id;
    QString name;
    QString timeZone = QStringLiteral("UTC"); // an IANA id
    std::vector<int> days { 1, 2, 3, 4, 5 }; // Qt::DayOfWeek values (1 = Monday)
    QTime opens { 9, 0 };
    QTime closes { 17, 0 }; // after opens, same day
    std::vector<QDate> holidays;
};

// When a jeopardy level is reached: after `seconds` of elapsed (working) time, or after `percent`
// of the estimate. Neither set: the level is not used by the rule.
struct JeopardyThreshold {
    qint64 seconds = 0;
    int percent = 0;
    bool isSet() const { return seconds > 0 || percent > 0; }
};

struct JeopardyAction {
    enum class Kind { Flag, Notify, RaisePriority, Reassign, Escalate };
    enum class Level { Warning, Critical };
    Kind kind = Kind::Flag;
    Level at = Level::Warning; // the level that triggers it
    QString queue; // Reassign: the task queue the step's task moves to; Escalate: the supervisors' queue
};

// A jeopardy rule: what it watches (step scope: every given match field must match, none given:
// every step; order scope: the whole order against its estimate or due date), its thresholds,
// its optional business calendar and the actions taken when a level is reached.
struct JeopardyRule {
    enum class Scope { Step, Order };
    QString id;
    QString description;
    Scope scope = Scope::Step;
    QString matchStep; // step key
    QString matchPlanDefinition;
    std::optional<StepType> matchStepType;
    QString matchLane;
    QString matchQueue; // manual tasks' queue
    qint64 estimatedSeconds = 0; // 0: the step's estimate (order scope: due date - created, else the plan's estimate)
    JeopardyThreshold warning;
    JeopardyThreshold critical;
    QString calendar; // a BusinessCalendarSpec id; empty: wall-clock time
    std::vector<JeopardyAction> actions;
    bool legacyForm = false; // read from the old elapsedPercent/severity/escalateTo form (for messages)
};

// A loaded catalog. Move-only: the indexes point into its own vectors (moving keeps them valid).
struct Catalog {
    Catalog() = default;
    Catalog(const Catalog&) = delete;
    Catalog& operator=(const Catalog&) = delete;
    Catalog(Catalog&&) = default;
    Catalog& operator=(Catalog&&) = default;

    QString id;
    QString name;
    QString version;
    QString sourceFile; // where it was read from, for messages about its contents
    int formatVersion = 1;
    std::vector<Product> products;
    std::vector<DecompositionRule> rules;
    std::vector<FulfillmentScenario> scenarios;
    std::vector<Lane> lanes;
    std::vector<PlanDefinition> planDefinitions;
    std::vector<RetryPolicy> retryPolicies;
    std::vector<FalloutRule> falloutRules;
    std::vector<Queue> queues;
    std::vector<Endpoint> endpoints;
    std::vector<JeopardyRule> jeopardyRules;
    std::vector<BusinessCalendarSpec> calendars;
    std::vector<Credential> credentials;
    const Credential* credential(const QString& id) const; // nullptr when not declared

    // Indexes, rebuilt by buildIndex() after loading.
    const Product* product(const QString& id) const;
    const PlanDefinition* planDefinition(const QString& id) const;
    const std::vector<const DecompositionRule*>& rulesFor(const QString& sourceProduct) const;
    const std::vector<const FulfillmentScenario*>& scenariosFor(const QString& product) const;
    int laneIndex(const QString& laneId) const; // -1 when unknown
    void buildIndex();

private:
    QHash<QString, int> m_productIndex;
    QHash<QString, int> m_planIndex;
    QHash<QString, int> m_laneIndex;
    QHash<QString, std::vector<const DecompositionRule*>> m_rulesBySource;
    QHash<QString, std::vector<const FulfillmentScenario*>> m_scenariosByProduct;
};

} // namespace fw
