// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "catalogvalidator.h"

#include "domain/catalog.h"
#include "engine/autotaskhandlers.h"
#include "credentialvalidation.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>

namespace fw {

namespace {

    QString at(const char* collection, std::size_t index, const char* field = nullptr)
    {
        QString pointer = QLatin1Char('/') + QLatin1String(collection) + QLatin1Char('/') + QString::number(index);
        if (field)
            pointer += QLatin1Char('/') + QLatin1String(field);
        return pointer;
    }

    class Checker {
    public:
        Checker(const Catalog& catalog, const QString& file, Problems& problems)
            : m_catalog(catalog)
            , m_file(file)
            , m_problems(problems)
        {
        }

        void run()
        {
            checkUnique("lanes", m_catalog.lanes, "lane");
            checkUnique("products", m_catalog.products, "product");
            checkUnique("decompositionRules", m_catalog.rules, "decomposition rule");
            checkUnique("fulfillmentScenarios", m_catalog.scenarios, "fulfillment scenario");
            checkUnique("planDefinitions", m_catalog.planDefinitions, "plan definition");
            checkUnique("retryPolicies", m_catalog.retryPolicies, "retry policy");
            checkUnique("falloutRules", m_catalog.falloutRules, "fallout rule");
            checkUnique("queues", m_catalog.queues, "queue");
            checkUnique("endpoints", m_catalog.endpoints, "endpoint");
            checkUnique("jeopardyRules", m_catalog.jeopardyRules, "jeopardy rule");
            checkUnique("calendars", m_catalog.calendars, "calendar");
            checkProducts();
            checkRules();
            checkScenarios();
            checkPlanDefinitions();
            checkFalloutAndJeopardy();
            checkCredentials(m_catalog, m_file, m_problems); // credentialvalidation.cpp
        }

    private:
        void report(const QString& pointer, const QString& message) { m_problems.push_back({ m_file, pointer, message }); }

        template <typename T> void checkUnique(const char* collection, const std::vector<T>& items, const char* what)
        {
            QHash<QString, std::size_t> seen;
            for (std::size_t i = 0; i < items.size(); ++i) {
                const auto first = seen.constFind(items[i].id);
                if (first != seen.cend())
                    report(at(collection, i, "id"),
                           QStringLiteral("duplicate %1 id '%2' (first defined at %3)")
                               .arg(QLatin1String(what), items[i].id, at(collection, *first)));
                else
                    seen.insert(items[i].id, i);
            }
        }

        bool hasQueue(const QString& id, Queue::Kind kind) const
        {
            for (const auto& queue : m_catalog.queues) {
                if (queue.id == id)
                    return queue.kind == kind;
            }
            return false;
        }

        void checkQueue(const QString& pointer, const QString& id, Queue::Kind kind)
        {
            const bool exists = std::any_of(m_catalog.queues.begin(), m_catalog.queues.end(), [&](const Queue& q) { return q.id == id; });
            const QString kindName = kind == Queue::Kind::Task ? QStringLiteral("task") : QStringLiteral("fallout");
            if (!exists)
                report(pointer, QStringLiteral("unknown queue '%1'").arg(id));
            else if (!hasQueue(id, kind))
                report(pointer, QStringLiteral("queue '%1' is not a %2 queue").arg(id, kindName));
        }

        bool hasEndpoint(const QString& id) const
        {
            return std::any_of(m_catalog.endpoints.begin(), m_catalog.endpoints.end(), [&](const Endpoint& e) { return e.id == id; });
        }

        // "term": {"fromAttribute": name} names an integer attribute of the product itself.
        void checkTermAttribute(const Product& product, std::size_t i)
        {
            if (product.termAttribute.isEmpty())
                return;
            const QString pointer = at("products", i) + QStringLiteral("/term/fromAttribute");
            const auto attribute = std::find_if(product.attributes.begin(), product.attributes.end(),
                                                [&](const AttributeDefinition& a) { return a.name == product.termAttribute; });
            if (attribute == product.attributes.end())
                report(pointer,
                       QStringLiteral("product '%1' has no attribute '%2' to take its term from").arg(product.id, product.termAttribute));
            else if (attribute->type != AttributeDefinition::Type::Integer)
                report(pointer,
                       QStringLiteral("the term comes from attribute '%1', which must be of type integer (months)")
                           .arg(product.termAttribute));
        }

        void checkProducts()
        {
            for (std::size_t i = 0; i < m_catalog.products.size(); ++i) {
                const Product& product = m_catalog.products[i];
                QSet<QString> attributeNames;
                for (std::size_t a = 0; a < product.attributes.size(); ++a) {
                    const auto& name = product.attributes[a].name;
                    if (attributeNames.contains(name))
                        report(at("products", i) + QStringLiteral("/attributes/%1/name").arg(a),
                               QStringLiteral("duplicate attribute '%1'").arg(name));
                    attributeNames.insert(name);
                }
                for (std::size_t c = 0; c < product.components.size(); ++c) {
                    const auto& component = product.components[c];
                    const QString pointer = at("products", i) + QStringLiteral("/components/%1").arg(c);
                    if (!m_catalog.product(component.product))
                        report(pointer + QStringLiteral("/product"), QStringLiteral("unknown product '%1'").arg(component.product));
                    if (component.maxQuantity < component.minQuantity)
                        report(pointer + QStringLiteral("/max"), QStringLiteral("max is below min"));
                }
                checkTermAttribute(product, i);
                if (product.kind == Product::Kind::Commercial && product.requiresFulfillment && m_catalog.rulesFor(product.id).empty())
                    report(at("products", i, "id"),
                           QStringLiteral("commercial product '%1' has no decomposition rule; add one or set "
                                          "\"requiresFulfillment\": false")
                               .arg(product.id));
                if (product.kind == Product::Kind::Fulfillment && m_catalog.scenariosFor(product.id).empty())
                    report(at("products", i, "id"),
                           QStringLiteral("fulfillment product '%1' has no fulfillment scenario (no plan fulfils it)").arg(product.id));
            }
        }

        void checkRules()
        {
            for (std::size_t i = 0; i < m_catalog.rules.size(); ++i) {
                const auto& rule = m_catalog.rules[i];
                const Product* source = m_catalog.product(rule.source);
                if (!source)
                    report(at("decompositionRules", i, "source"), QStringLiteral("unknown product '%1'").arg(rule.source));
                else if (source->kind != Product::Kind::Commercial)
                    report(at("decompositionRules", i, "source"),
                           QStringLiteral("source '%1' is a fulfillment product; rules decompose commercial products").arg(rule.source));
                for (std::size_t d = 0; d < rule.destinations.size(); ++d) {
                    const QString& id = rule.destinations[d].product;
                    const QString pointer = at("decompositionRules", i) + QStringLiteral("/destinations/%1/product").arg(d);
                    const Product* destination = m_catalog.product(id);
                    if (!destination)
                        report(pointer, QStringLiteral("unknown product '%1'").arg(id));
                    else if (destination->kind != Product::Kind::Fulfillment)
                        report(pointer, QStringLiteral("destination '%1' must be a fulfillment product").arg(id));
                }
            }
        }

        void checkScenarios()
        {
            for (std::size_t i = 0; i < m_catalog.scenarios.size(); ++i) {
                const auto& scenario = m_catalog.scenarios[i];
                const Product* product = m_catalog.product(scenario.product);
                if (!product)
                    report(at("fulfillmentScenarios", i, "product"), QStringLiteral("unknown product '%1'").arg(scenario.product));
                else if (product->kind != Product::Kind::Fulfillment)
                    report(at("fulfillmentScenarios", i, "product"),
                           QStringLiteral("'%1' is a commercial product; scenarios fulfil fulfillment products").arg(scenario.product));
                if (!m_catalog.planDefinition(scenario.planDefinition))
                    report(at("fulfillmentScenarios", i, "planDefinition"),
                           QStringLiteral("unknown plan definition '%1'").arg(scenario.planDefinition));
            }
        }

        void checkStep(const PlanDefinition& plan, const StepDefinition& step, const QString& pointer)
        {
            if (m_catalog.laneIndex(step.lane) < 0)
                report(pointer + QStringLiteral("/lane"), QStringLiteral("unknown lane '%1'").arg(step.lane));
            if (!step.retryPolicy.isEmpty()
                && std::none_of(m_catalog.retryPolicies.begin(), m_catalog.retryPolicies.end(),
                                [&](const RetryPolicy& p) { return p.id == step.retryPolicy; }))
                report(pointer + QStringLiteral("/retryPolicy"), QStringLiteral("unknown retry policy '%1'").arg(step.retryPolicy));
            if (!step.falloutQueue.isEmpty())
                checkQueue(pointer + QStringLiteral("/falloutQueue"), step.falloutQueue, Queue::Kind::Fallout);
            for (std::size_t d = 0; d < step.dependsOn.size(); ++d) {
                const auto& dependency = step.dependsOn[d];
                const QString depPointer = pointer + QStringLiteral("/dependsOn/%1").arg(d);
                const PlanDefinition* target
                    = dependency.planDefinition.isEmpty() ? &plan : m_catalog.planDefinition(dependency.planDefinition);
                if (!target) {
                    report(depPointer + QStringLiteral("/planDefinition"),
                           QStringLiteral("unknown plan definition '%1'").arg(dependency.planDefinition));
                } else if (!target->step(dependency.step)) {
                    report(dependency.planDefinition.isEmpty() ? depPointer : depPointer + QStringLiteral("/step"),
                           QStringLiteral("step '%1' depends on unknown step '%2' in plan definition '%3'")
                               .arg(step.key, dependency.step, target->id));
                } else if (target == &plan && dependency.step == step.key) {
                    report(depPointer, QStringLiteral("step '%1' depends on itself").arg(step.key));
                }
            }
            switch (step.type) {
            case StepType::Callout:
                if (!hasEndpoint(step.callout.endpoint))
                    report(pointer + QStringLiteral("/callout/endpoint"),
                           QStringLiteral("unknown endpoint '%1'").arg(step.callout.endpoint));
                break;
            case StepType::ManualTask: {
                checkQueue(pointer + QStringLiteral("/manualTask/queue"), step.manualTask.queue, Queue::Kind::Task);
                QSet<QString> names;
                for (std::size_t f = 0; f < step.manualTask.form.size(); ++f) {
                    const QString& name = step.manualTask.form[f].name;
                    if (names.contains(name))
                        report(pointer + QStringLiteral("/manualTask/form/%1/name").arg(f),
                               QStringLiteral("duplicate form field '%1'").arg(name));
                    names.insert(name);
                }
                break;
            }
            case StepType::AutoTask:
                checkAutoTask(step.autoTask, pointer + QStringLiteral("/autoTask"));
                break;
            case StepType::Milestone:
            case StepType::Pause:
                break;
            }
            Q_UNUSED(plan);
        }

        void checkPlanDefinitions()
        {
            for (std::size_t p = 0; p < m_catalog.planDefinitions.size(); ++p) {
                const auto& plan = m_catalog.planDefinitions[p];
                QHash<QString, std::size_t> keys;
                for (std::size_t s = 0; s < plan.steps.size(); ++s) {
                    const QString pointer = at("planDefinitions", p) + QStringLiteral("/steps/%1").arg(s);
                    const auto& step = plan.steps[s];
                    if (keys.contains(step.key))
                        report(pointer + QStringLiteral("/key"),
                               QStringLiteral("duplicate step key '%1' in plan definition '%2'").arg(step.key, plan.id));
                    keys.insert(step.key, s);
                    checkStep(plan, step, pointer);
                    const StepDefinition* undo = step.compensation.isEmpty() ? nullptr : plan.step(step.compensation);
                    if (undo && !undo->defaultCompensation)
                        checkStep(plan, *undo, pointer + QStringLiteral("/compensation"));
                }
            }
            if (m_problems.empty())
                checkCycles();
        }

        // Depth-first search over step definitions (same-plan and cross-plan edges); reports each
        // cycle once, as the chain of "plan/step" names.
        void checkCycles()
        {
            enum class Mark { None, Active, Done };
            QHash<QString, Mark> marks;
            QStringList stack;
            const auto nodeName = [](const QString& plan, const QString& step) -> QString { return plan + QLatin1Char('/') + step; };
            std::function<void(const PlanDefinition&, const StepDefinition&, const QString&)> visit;
            visit = [&](const PlanDefinition& plan, const StepDefinition& step, const QString& pointer) {
                const QString name = nodeName(plan.id, step.key);
                marks[name] = Mark::Active;
                stack << name;
                for (const auto& dependency : step.dependsOn) {
                    const PlanDefinition* target
                        = dependency.planDefinition.isEmpty() ? &plan : m_catalog.planDefinition(dependency.planDefinition);
                    const StepDefinition* next = target->step(dependency.step);
                    const QString nextName = nodeName(target->id, next->key);
                    const Mark mark = marks.value(nextName, Mark::None);
                    if (mark == Mark::Active) {
                        QStringList cycle = stack.mid(stack.indexOf(nextName));
                        cycle << nextName;
                        report(pointer + QStringLiteral("/dependsOn"),
                               QStringLiteral("dependency cycle: %1").arg(cycle.join(QStringLiteral(" -> "))));
                    } else if (mark == Mark::None) {
                        visit(*target, *next, stepPointer(*target, *next));
                    }
                }
                stack.removeLast();
                marks[name] = Mark::Done;
            };
            for (const auto& plan : m_catalog.planDefinitions) {
                for (const auto& step : plan.steps) {
                    if (marks.value(nodeName(plan.id, step.key), Mark::None) == Mark::None)
                        visit(plan, step, stepPointer(plan, step));
                }
            }
        }

        QString stepPointer(const PlanDefinition& plan, const StepDefinition& step) const
        {
            const auto p = static_cast<std::size_t>(&plan - m_catalog.planDefinitions.data());
            const auto s = static_cast<std::size_t>(&step - plan.steps.data());
            return at("planDefinitions", p) + QStringLiteral("/steps/%1").arg(s);
        }

        void checkFalloutAndJeopardy()
        {
            for (std::size_t i = 0; i < m_catalog.falloutRules.size(); ++i) {
                const auto& rule = m_catalog.falloutRules[i];
                if (!rule.endpoint.isEmpty() && !hasEndpoint(rule.endpoint))
                    report(at("falloutRules", i, "endpoint"), QStringLiteral("unknown endpoint '%1'").arg(rule.endpoint));
                if (!rule.queue.isEmpty())
                    checkQueue(at("falloutRules", i, "queue"), rule.queue, Queue::Kind::Fallout);
            }
            for (std::size_t i = 0; i < m_catalog.jeopardyRules.size(); ++i)
                checkJeopardyRule(m_catalog.jeopardyRules[i], at("jeopardyRules", i));
        }

        // A jeopardy rule's references: calendar, action queues (task queues), match fields.
        void checkJeopardyRule(const JeopardyRule& rule, const QString& pointer)
        {
            if (!rule.calendar.isEmpty()
                && std::none_of(m_catalog.calendars.begin(), m_catalog.calendars.end(),
                                [&](const BusinessCalendarSpec& c) { return c.id == rule.calendar; }))
                report(pointer + QStringLiteral("/calendar"), QStringLiteral("unknown calendar '%1'").arg(rule.calendar));
            for (std::size_t a = 0; a < rule.actions.size(); ++a) {
                const JeopardyAction& action = rule.actions[a];
                if (action.queue.isEmpty())
                    continue;
                checkQueue(rule.legacyForm ? pointer + QStringLiteral("/escalateTo") : pointer + QStringLiteral("/actions/%1/queue").arg(a),
                           action.queue, Queue::Kind::Task);
            }
            const QString match = pointer + QStringLiteral("/match");
            if (!rule.matchQueue.isEmpty())
                checkQueue(match + QStringLiteral("/queue"), rule.matchQueue, Queue::Kind::Task);
            if (!rule.matchLane.isEmpty() && m_catalog.laneIndex(rule.matchLane) < 0)
                report(match + QStringLiteral("/lane"), QStringLiteral("unknown lane '%1'").arg(rule.matchLane));
            const PlanDefinition* plan = nullptr;
            if (!rule.matchPlanDefinition.isEmpty()) {
                plan = m_catalog.planDefinition(rule.matchPlanDefinition);
                if (!plan) {
                    report(match + QStringLiteral("/planDefinition"),
                           QStringLiteral("unknown plan definition '%1'").arg(rule.matchPlanDefinition));
                    return;
                }
            }
            if (rule.matchStep.isEmpty())
                return;
            if (plan && !plan->step(rule.matchStep))
                report(match + QStringLiteral("/step"),
                       QStringLiteral("plan definition '%1' has no step '%2'").arg(plan->id, rule.matchStep));
            else if (!plan
                     && std::none_of(m_catalog.planDefinitions.begin(), m_catalog.planDefinitions.end(),
                                     [&](const PlanDefinition& p) { return p.step(rule.matchStep) != nullptr; }))
                report(match + QStringLiteral("/step"), QStringLiteral("no plan definition has a step '%1'").arg(rule.matchStep));
        }

        // The command handler (docs/handlers.md): the catalog names a command, the workstation's
        // allow-list says what it runs.
        void checkAutoTask(const AutoTaskSpec& task, const QString& pointer)
        {
            static const QRegularExpression commandName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
            if (task.handler == QLatin1String("command")) {
                if (task.command.isEmpty())
                    report(pointer + QStringLiteral("/command"),
                           QStringLiteral("the command handler needs 'command': a name in the workstation's command allow-list"));
                else if (!commandName.match(task.command).hasMatch())
                    report(pointer + QStringLiteral("/command"),
                           QStringLiteral("'%1' is not a command name (letters, digits, '.', '_', '-'; not a path)").arg(task.command));
                return;
            }
            if (!task.command.isEmpty())
                report(pointer + QStringLiteral("/command"), QStringLiteral("'command' applies to the command handler only"));
            if (!CatalogValidator::knownAutoTaskHandlers().contains(task.handler))
                report(pointer + QStringLiteral("/handler"),
                       QStringLiteral("unknown handler '%1' (built-in handlers: %2; or command, naming an allowed command)")
                           .arg(task.handler, CatalogValidator::knownAutoTaskHandlers().join(QStringLiteral(", "))));
        }

        const Catalog& m_catalog;
        const QString& m_file;
        Problems& m_problems;
    };

} // namespace

const QStringList& CatalogValidator::knownAutoTaskHandlers()
{
    return AutoTaskRegistry::builtInNames();
}

void CatalogValidator::validate(const Catalog& catalog, const QString& fileLabel, Problems& problems)
{
    Checker(catalog, fileLabel, problems).run();
}

} // namespace fw
