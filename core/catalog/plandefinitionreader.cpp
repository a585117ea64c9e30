// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "catalogreader.h"
#include "common/jsoncursor.h"
#include "conditionreader.h"
#include "common/jsonvariant.h"
#include "common/jsonpointer.h"

namespace fw {

namespace {

    StepDependency readDependency(const JsonCursor& c)
    {
        StepDependency dependency;
        if (c.node().is_string()) {
            dependency.step = toQString(c.node().get_ref<const std::string&>());
            return dependency;
        }
        if (!c.node().is_object()) {
            c.error(QStringLiteral("expected a step key or an object {\"planDefinition\", \"step\", \"match\"}, found %1")
                        .arg(jsonTypeName(c.node())));
            return dependency;
        }
        c.rejectUnknownKeys({ "step", "planDefinition", "match", "optional" });
        dependency.step = c.string("step", true);
        dependency.planDefinition = c.string("planDefinition", false);
        const QString match = c.string("match", false);
        if (!match.isEmpty()) {
            if (const auto value = crossPlanMatchFromString(match))
                dependency.match = *value;
            else
                c.errorAt("match", QStringLiteral("unknown match '%1' (expected one of %2)").arg(match, crossPlanMatchNames()));
            if (dependency.planDefinition.isEmpty())
                c.errorAt("match", QStringLiteral("'match' applies to cross-plan dependencies only"));
        }
        dependency.optional = c.boolean("optional", false);
        return dependency;
    }

    CalloutSpec readCallout(const JsonCursor& c)
    {
        CalloutSpec spec;
        if (!c.expectObject())
            return spec;
        c.rejectUnknownKeys({ "endpoint", "method", "path", "payload", "responseMapping", "timeout" });
        spec.endpoint = c.string("endpoint", true);
        spec.method = c.string("method", false, QStringLiteral("POST"));
        static const QStringList methods { QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"),
                                           QStringLiteral("DELETE") };
        if (!methods.contains(spec.method))
            c.errorAt("method",
                      QStringLiteral("unknown HTTP method '%1' (expected one of %2)").arg(spec.method, methods.join(QStringLiteral(", "))));
        spec.path = c.string("path", false, QStringLiteral("/"));
        spec.payloadTemplate = c.scalarOrTree("payload");
        spec.responseMapping = c.object("responseMapping");
        for (auto it = spec.responseMapping.cbegin(); it != spec.responseMapping.cend(); ++it) {
            if (!it.key().startsWith(QStringLiteral("line.fields.")) || it.key().size() <= 12)
                c.errorAt("responseMapping",
                          QStringLiteral("'%1' must name a line field to set, e.g. \"line.fields.reservationId\"").arg(it.key()));
            if (it.value().typeId() != QMetaType::QString || !it.value().toString().startsWith(QLatin1Char('/'))
                || !isJsonPointer(it.value().toString()))
                c.errorAt("responseMapping",
                          QStringLiteral("'%1' must map to a JSON pointer into the response, e.g. \"/id\"").arg(it.key()));
        }
        spec.timeoutMs = static_cast<int>(c.duration("timeout", false, kMaxTimeoutSeconds).value_or(0) * 1000);
        return spec;
    }

    ManualTaskSpec readManualTask(const JsonCursor& c)
    {
        ManualTaskSpec spec;
        if (!c.expectObject())
            return spec;
        c.rejectUnknownKeys({ "queue", "instructions", "form" });
        spec.queue = c.string("queue", true);
        spec.instructions = c.string("instructions", false);
        c.forEach("form", false, [&](const JsonCursor& f, std::size_t) {
            FormField field;
            if (f.expectObject()) {
                f.rejectUnknownKeys({ "name", "label", "type", "required", "options" });
                field.name = f.string("name", true);
                field.label = f.string("label", false, field.name);
                using T = FormField::Type;
                static const std::pair<T, const char*> types[] = {
                    { T::String, "string" },   { T::Text, "text" }, { T::Integer, "integer" },   { T::Number, "number" },
                    { T::Boolean, "boolean" }, { T::Date, "date" }, { T::DateTime, "datetime" }, { T::Enum, "enum" },
                };
                const QString type = f.string("type", true);
                bool known = false;
                QStringList names;
                for (const auto& [value, name] : types) {
                    names << QString::fromLatin1(name);
                    if (type == QLatin1String(name)) {
                        field.type = value;
                        known = true;
                    }
                }
                if (!type.isEmpty() && !known)
                    f.errorAt(
                        "type",
                        QStringLiteral("unknown form field type '%1' (expected one of %2)").arg(type, names.join(QStringLiteral(", "))));
                field.required = f.boolean("required", false);
                field.options = f.stringList("options", field.type == T::Enum && known);
            }
            spec.form.push_back(field);
        });
        return spec;
    }

    PauseSpec readPause(const JsonCursor& c)
    {
        PauseSpec spec;
        if (!c.expectObject())
            return spec;
        c.rejectUnknownKeys({ "signal", "at", "field", "equals" });
        const int kinds = int(c.has("signal")) + int(c.has("at")) + int(c.has("field"));
        if (kinds != 1) {
            c.error(QStringLiteral("a pause waits for exactly one of 'signal', 'at' or 'field'"));
            return spec;
        }
        if (c.has("signal")) {
            spec.kind = PauseSpec::Kind::Signal;
            spec.signal = c.string("signal", true);
        } else if (c.has("at")) {
            spec.kind = PauseSpec::Kind::Time;
            spec.at = c.string("at", true);
        } else {
            spec.kind = PauseSpec::Kind::Field;
            spec.field = c.string("field", true);
            if (!c.has("equals"))
                c.errorAt("equals", QStringLiteral("required field is missing"));
            spec.equals = c.scalarOrTree("equals");
        }
        return spec;
    }

    // The type's specification object, and only that one (checked once the type is known).
    void readSpecification(const JsonCursor& c, StepDefinition& step, const QString& type)
    {
        const std::pair<StepType, const char*> specs[] = { { StepType::AutoTask, "autoTask" },
                                                           { StepType::Callout, "callout" },
                                                           { StepType::ManualTask, "manualTask" },
                                                           { StepType::Pause, "pause" } };
        for (const auto& [specType, key] : specs) {
            if (c.has(key) && specType != step.type)
                c.errorAt(key, QStringLiteral("'%1' applies to %1 steps only, this step is a %2").arg(QString::fromLatin1(key), type));
            else if (!c.has(key) && specType == step.type)
                c.errorAt(key, QStringLiteral("a %1 step needs its '%1' specification").arg(type));
        }
        if (step.type == StepType::AutoTask && c.has("autoTask")) {
            const JsonCursor a = c.child("autoTask");
            if (a.expectObject()) {
                a.rejectUnknownKeys({ "handler", "params", "command" });
                step.autoTask.handler = a.string("handler", true);
                step.autoTask.params = a.object("params");
                step.autoTask.command = a.string("command", false); // handler "command" (docs/handlers.md)
            }
        } else if (step.type == StepType::Callout && c.has("callout")) {
            step.callout = readCallout(c.child("callout"));
        } else if (step.type == StepType::ManualTask && c.has("manualTask")) {
            step.manualTask = readManualTask(c.child("manualTask"));
        } else if (step.type == StepType::Pause && c.has("pause")) {
            step.pause = readPause(c.child("pause"));
        }
    }

    std::optional<StepType> readType(const JsonCursor& c, const QString& type)
    {
        const auto known = stepTypeFromString(type);
        if (!known && !type.isEmpty())
            c.errorAt("type", QStringLiteral("unknown step type '%1' (expected one of %2)").arg(type, stepTypeNames()));
        return known;
    }

    PointOfNoReturn readPointOfNoReturn(const JsonCursor& c)
    {
        if (!c.has("pointOfNoReturn"))
            return PointOfNoReturn::None;
        const auto& node = c.node().at("pointOfNoReturn");
        if (node.is_boolean())
            return node.get<bool>() ? PointOfNoReturn::Hard : PointOfNoReturn::None;
        if (node.is_string() && node.get_ref<const std::string&>() == "hard")
            return PointOfNoReturn::Hard;
        if (node.is_string() && node.get_ref<const std::string&>() == "soft")
            return PointOfNoReturn::Soft;
        c.errorAt("pointOfNoReturn", QStringLiteral("expected true, false, \"hard\" or \"soft\", found %1").arg(toQString(node.dump())));
        return PointOfNoReturn::None;
    }

    // A step's "compensation": what undoes it when an in-flight change must (docs/change-orders.md).
    // It runs in the step's lane and scope, on the step's lines.
    StepDefinition readCompensation(const JsonCursor& c, const StepDefinition& of)
    {
        StepDefinition undo;
        if (!c.expectObject())
            return undo;
        c.rejectUnknownKeys(
            { "name", "type", "estimatedDuration", "retryPolicy", "falloutQueue", "autoTask", "callout", "manualTask", "description" });
        undo.key = of.key + QStringLiteral("~undo");
        undo.name = c.string("name", false, QStringLiteral("Undo ") + of.name);
        undo.scope = of.scope;
        undo.lane = of.lane;
        undo.compensates = of.key;
        undo.estimatedSeconds = c.duration("estimatedDuration", false).value_or(of.estimatedSeconds);
        undo.retryPolicy = c.string("retryPolicy", false, of.retryPolicy);
        undo.falloutQueue = c.string("falloutQueue", false, of.falloutQueue);
        const QString type = c.string("type", true);
        const auto knownType = readType(c, type);
        if (!knownType)
            return undo;
        undo.type = *knownType;
        if (undo.type == StepType::Milestone || undo.type == StepType::Pause)
            c.errorAt("type", QStringLiteral("a compensation is an autoTask, callout or manualTask, not a %1").arg(type));
        else
            readSpecification(c, undo, type);
        return undo;
    }

    // Without a compensation, a soft point of no return is undone by hand: a manual task in the
    // step's fallout queue (else the "fallout" queue).
    StepDefinition defaultCompensation(const StepDefinition& of)
    {
        StepDefinition undo;
        undo.key = of.key + QStringLiteral("~undo");
        undo.name = QStringLiteral("Undo %1 by hand").arg(of.name);
        undo.type = StepType::ManualTask;
        undo.scope = of.scope;
        undo.lane = of.lane;
        undo.compensates = of.key;
        undo.defaultCompensation = true;
        undo.estimatedSeconds = of.estimatedSeconds;
        undo.manualTask.queue = of.falloutQueue.isEmpty() ? QStringLiteral("fallout") : of.falloutQueue;
        undo.manualTask.instructions
            = QStringLiteral("A change to the order needs '%1' undone, and the catalog defines no compensation for it. "
                             "Undo it in the system it affected, then complete this task.")
                  .arg(of.name);
        undo.manualTask.form.push_back(
            { QStringLiteral("reference"), QStringLiteral("Reference of the undo"), FormField::Type::String, false, {} });
        return undo;
    }

    StepDefinition readStep(const JsonCursor& c, std::vector<StepDefinition>& compensations)
    {
        StepDefinition step;
        if (!c.expectObject())
            return step;
        c.rejectUnknownKeys({ "key", "name", "type", "scope", "lane", "dependsOn", "estimatedDuration", "pointOfNoReturn", "compensation",
                              "retryPolicy", "falloutQueue", "autoTask", "callout", "manualTask", "pause", "description", "when" });
        step.key = c.string("key", true);
        if (step.key.contains(QLatin1Char('~')) || step.key.contains(QLatin1Char('@')))
            c.errorAt("key", QStringLiteral("'~' and '@' are reserved in step keys (compensations and redone steps use them)"));
        step.name = c.string("name", false, step.key);
        const QString type = c.string("type", true);
        const auto knownType = readType(c, type);
        if (knownType)
            step.type = *knownType;
        const QString scope = c.string("scope", false);
        if (!scope.isEmpty()) {
            if (const auto value = stepScopeFromString(scope))
                step.scope = *value;
            else
                c.errorAt("scope", QStringLiteral("unknown step scope '%1' (expected one of %2)").arg(scope, stepScopeNames()));
        }
        step.lane = c.string("lane", true);
        c.forEach("dependsOn", false, [&](const JsonCursor& d, std::size_t) { step.dependsOn.push_back(readDependency(d)); });
        step.estimatedSeconds = c.duration("estimatedDuration", false).value_or(0);
        step.pointOfNoReturn = readPointOfNoReturn(c);
        step.retryPolicy = c.string("retryPolicy", false);
        step.falloutQueue = c.string("falloutQueue", false);
        step.when = readStepCondition(c);
        if (!knownType)
            return step;
        readSpecification(c, step, type);
        if (c.has("compensation")) {
            if (step.pointOfNoReturn == PointOfNoReturn::Hard)
                c.errorAt("compensation",
                          QStringLiteral("a step with a hard point of no return is never undone; "
                                         "use \"pointOfNoReturn\": \"soft\" to compensate it"));
            compensations.push_back(readCompensation(c.child("compensation"), step));
        } else if (step.pointOfNoReturn == PointOfNoReturn::Soft) {
            compensations.push_back(defaultCompensation(step));
        }
        if (!compensations.empty() && compensations.back().compensates == step.key)
            step.compensation = compensations.back().key;
        return step;
    }

} // namespace

PlanDefinition readPlanDefinition(const JsonCursor& c)
{
    PlanDefinition plan;
    if (!c.expectObject())
        return plan;
    c.rejectUnknownKeys({ "id", "name", "steps", "description" });
    plan.id = c.string("id", true);
    plan.name = c.string("name", false, plan.id);
    c.forEach("steps", true, [&](const JsonCursor& s, std::size_t) { plan.steps.push_back(readStep(s, plan.compensations)); });
    if (c.has("steps") && c.node().at("steps").is_array() && plan.steps.empty())
        c.errorAt("steps", QStringLiteral("a plan definition needs at least one step"));
    return plan;
}

const StepDefinition* PlanDefinition::step(const QString& key) const
{
    for (const auto* list : { &steps, &compensations }) {
        for (const auto& s : *list) {
            if (s.key == key)
                return &s;
        }
    }
    return nullptr;
}

} // namespace fw
