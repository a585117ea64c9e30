// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planner.h"

#include "decomposition/conditionevaluator.h"
#include "domain/catalog.h"
#include "domain/order.h"
#include "topologicalsort.h"

#include <QSet>

#include <map>

namespace fw {

namespace {

    // The lines of one order that one plan definition fulfils, and the step instances made for them.
    struct PlanGroup {
        const PlanDefinition* definition = nullptr;
        std::vector<int> lines; // indexes into plan.lines
        // For step definition s and the k-th line of the group: the instance (index into steps).
        std::vector<std::vector<int>> instanceOfLine;
        std::vector<std::vector<int>> instances; // all instances of step definition s
    };

    QString bundleKeyOf(const FulfillmentLine& line)
    {
        return line.bundleItem.isEmpty() ? line.id : line.bundleItem;
    }

    // For cross-plan "bundle" matches: an item outside any bundle is a bundle of its own, so lines
    // decomposed from the same stand-alone item match each other.
    QString bundleOrItemOf(const FulfillmentLine& line)
    {
        return line.bundleItem.isEmpty() ? QStringLiteral("item:") + line.sourceItems.value(0) : line.bundleItem;
    }

    class PlanBuilder {
    public:
        PlanBuilder(const Catalog& catalog, const Order& order, const QString& file, const AssetLookup& assets, PlanResult& result)
            : m_catalog(catalog)
            , m_assets(assets)
            , m_order(order)
            , m_file(file)
            , m_problems(result.problems)
        {
        }

        std::optional<OrchestrationPlan> build(std::vector<FulfillmentLine> lines)
        {
            m_plan.orderId = m_order.id;
            m_plan.catalogId = m_catalog.id;
            m_plan.lines = std::move(lines);
            for (std::size_t i = 0; i < m_order.items.size(); ++i)
                m_itemIndex.insert(m_order.items[i].id, static_cast<int>(i));
            assignScenarios();
            if (!m_problems.empty())
                return std::nullopt;
            createInstances();
            resolveDependencies();
            if (!m_problems.empty())
                return std::nullopt;
            if (!sortTopologically(m_plan, m_problems, m_file))
                return std::nullopt;
            collectLanes();
            m_plan.rebuildStepIndex();
            return std::move(m_plan);
        }

    private:
        const AssetState* assetOf(const FulfillmentLine& line)
        {
            m_asset.reset();
            if (!line.assetRef.isEmpty() && m_assets)
                m_asset = m_assets(line.assetRef);
            return m_asset ? &*m_asset : nullptr;
        }

        QString itemPointer(const FulfillmentLine& line) const
        {
            const int index = m_itemIndex.value(line.sourceItems.value(0), -1);
            return index < 0 ? QString() : QStringLiteral("/items/%1").arg(index);
        }

        void assignScenarios()
        {
            std::map<QString, std::size_t> groupOf; // plan definition id -> group, first-use order kept below
            for (std::size_t l = 0; l < m_plan.lines.size(); ++l) {
                // An account line another order opened is planned too: this order's line supplements
                // it by this order's quantity (a scenario can tell it by line.supplement).
                const FulfillmentLine& line = m_plan.lines[l];
                FieldContext context;
                context.order = &m_order;
                context.line = &line;
                context.deliveryGroup = line.deliveryGroup.isEmpty() ? nullptr : m_order.deliveryGroup(line.deliveryGroup);
                const FulfillmentScenario* chosen = nullptr;
                context.asset = assetOf(line);
                for (const FulfillmentScenario* scenario : m_catalog.scenariosFor(line.product)) {
                    if (scenario->actions.contains(line.action) && evaluateCondition(scenario->when, context)) {
                        chosen = scenario;
                        break;
                    }
                }
                if (!chosen) {
                    const QString forAction = line.action == QLatin1String("add")
                        ? QString()
                        : QStringLiteral(" for action '%1'; a scenario with \"actions\": [\"%1\"] plans it").arg(line.action);
                    m_problems.push_back(
                        { m_file, itemPointer(line),
                          QStringLiteral("no fulfillment scenario matches line '%1' (product '%2')").arg(line.id, line.product)
                              + forAction });
                    continue;
                }
                const auto [it, inserted] = groupOf.try_emplace(chosen->planDefinition, m_groups.size());
                if (inserted) {
                    m_groups.emplace_back();
                    m_groups.back().definition = m_catalog.planDefinition(chosen->planDefinition);
                }
                m_groups[it->second].lines.push_back(static_cast<int>(l));
            }
        }

        int addStep(const PlanGroup& group, const StepDefinition& definition, const QString& id, const QString& scopeKey,
                    std::vector<int> lines)
        {
            PlanStep step;
            step.id = id;
            step.name = definition.name;
            step.type = definition.type;
            step.scope = definition.scope;
            step.lane = definition.lane;
            step.planDefinition = group.definition->id;
            step.stepKey = definition.key;
            step.scopeKey = scopeKey;
            step.estimatedSeconds = definition.estimatedSeconds;
            step.pointOfNoReturn = definition.pointOfNoReturn != PointOfNoReturn::None;
            step.definition = &definition;
            for (int line : lines)
                step.lines << m_plan.lines[static_cast<std::size_t>(line)].id;
            m_stepLines.push_back(std::move(lines));
            m_plan.steps.push_back(std::move(step));
            return static_cast<int>(m_plan.steps.size() - 1);
        }

        void createInstances()
        {
            for (auto& group : m_groups) {
                const auto& definitions = group.definition->steps;
                group.instanceOfLine.assign(definitions.size(), std::vector<int>(group.lines.size(), -1));
                group.instances.resize(definitions.size());
                for (std::size_t s = 0; s < definitions.size(); ++s) {
                    const StepDefinition& definition = definitions[s];
                    const QString& pd = group.definition->id;
                    switch (definition.scope) {
                    case StepScope::LineItem:
                        for (std::size_t k = 0; k < group.lines.size(); ++k) {
                            const auto& line = m_plan.lines[static_cast<std::size_t>(group.lines[k])];
                            const int step
                                = addStep(group, definition, QStringLiteral("line:") + line.id + QLatin1Char('/') + definition.key, line.id,
                                          { group.lines[k] });
                            group.instanceOfLine[s][k] = step;
                            group.instances[s].push_back(step);
                        }
                        break;
                    case StepScope::Bundle: {
                        QHash<QString, int> byBundle;
                        for (std::size_t k = 0; k < group.lines.size(); ++k) {
                            const QString key = bundleKeyOf(m_plan.lines[static_cast<std::size_t>(group.lines[k])]);
                            auto it = byBundle.find(key);
                            if (it == byBundle.end()) {
                                const int step = addStep(
                                    group, definition,
                                    QStringLiteral("bundle:") + key + QLatin1Char('/') + pd + QLatin1Char('/') + definition.key, key, {});
                                it = byBundle.insert(key, step);
                                group.instances[s].push_back(step);
                            }
                            group.instanceOfLine[s][k] = *it;
                            m_stepLines[static_cast<std::size_t>(*it)].push_back(group.lines[k]);
                            m_plan.steps[static_cast<std::size_t>(*it)].lines << m_plan.lines[static_cast<std::size_t>(group.lines[k])].id;
                        }
                        break;
                    }
                    case StepScope::Plan: {
                        const int step
                            = addStep(group, definition, QStringLiteral("plan:") + pd + QLatin1Char('/') + definition.key, pd, group.lines);
                        std::fill(group.instanceOfLine[s].begin(), group.instanceOfLine[s].end(), step);
                        group.instances[s].push_back(step);
                        break;
                    }
                    }
                }
            }
        }

        const PlanGroup* groupFor(const QString& planDefinition) const
        {
            for (const auto& group : m_groups) {
                if (group.definition->id == planDefinition)
                    return &group;
            }
            return nullptr;
        }

        static std::size_t stepIndexIn(const PlanDefinition& definition, const QString& key)
        {
            return static_cast<std::size_t>(definition.step(key) - definition.steps.data());
        }

        // Two per-unit lines of the same items, split into as many lines (docs/catalog-format.md,
        // "Per-unit destinations"): a sourceItem dependency between them goes unit to unit.
        static bool splitAlike(const FulfillmentLine& a, const FulfillmentLine& b)
        {
            const QString count = QStringLiteral("unitCount");
            return a.attributes.contains(QStringLiteral("unitIndex")) && b.attributes.contains(QStringLiteral("unitIndex"))
                && a.attributes.value(count) == b.attributes.value(count) && a.sourceItems == b.sourceItems;
        }

        bool shares(const std::vector<int>& a, const std::vector<int>& b, CrossPlanMatch match) const
        {
            if (match == CrossPlanMatch::Order)
                return true;
            for (int la : a) {
                const auto& lineA = m_plan.lines[static_cast<std::size_t>(la)];
                for (int lb : b) {
                    const auto& lineB = m_plan.lines[static_cast<std::size_t>(lb)];
                    if (match == CrossPlanMatch::Bundle && bundleOrItemOf(lineA) == bundleOrItemOf(lineB))
                        return true;
                    if (match == CrossPlanMatch::SourceItem && splitAlike(lineA, lineB)) {
                        if (lineA.attributes.value(QStringLiteral("unitIndex")) == lineB.attributes.value(QStringLiteral("unitIndex")))
                            return true; // unit to unit
                        continue;
                    }
                    if (match == CrossPlanMatch::SourceItem) {
                        for (const auto& item : lineA.sourceItems) {
                            if (lineB.sourceItems.contains(item))
                                return true;
                        }
                    }
                }
            }
            return false;
        }

        QString catalogStepPointer(const PlanDefinition& definition, std::size_t s, std::size_t d) const
        {
            const auto p = static_cast<std::size_t>(&definition - m_catalog.planDefinitions.data());
            return QStringLiteral("/planDefinitions/%1/steps/%2/dependsOn/%3").arg(p).arg(s).arg(d);
        }

        void resolveDependencies()
        {
            for (const auto& group : m_groups) {
                QHash<int, int> positionOfLine; // plan line index -> position in this group
                for (std::size_t k = 0; k < group.lines.size(); ++k)
                    positionOfLine.insert(group.lines[k], static_cast<int>(k));
                const auto& definitions = group.definition->steps;
                for (std::size_t s = 0; s < definitions.size(); ++s) {
                    for (std::size_t d = 0; d < definitions[s].dependsOn.size(); ++d) {
                        const StepDependency& dependency = definitions[s].dependsOn[d];
                        for (int instance : group.instances[s])
                            resolveOne(group, positionOfLine, instance, dependency, s, d);
                    }
                }
            }
        }

        void resolveOne(const PlanGroup& group, const QHash<int, int>& positionOfLine, int instance, const StepDependency& dependency,
                        std::size_t s, std::size_t d)
        {
            PlanStep& step = m_plan.steps[static_cast<std::size_t>(instance)];
            const auto& myLines = m_stepLines[static_cast<std::size_t>(instance)];
            std::vector<int> targets;
            if (dependency.planDefinition.isEmpty() || dependency.planDefinition == group.definition->id) {
                const std::size_t t = stepIndexIn(*group.definition, dependency.step);
                for (int line : myLines)
                    targets.push_back(group.instanceOfLine[t][static_cast<std::size_t>(positionOfLine.value(line))]);
            } else if (const PlanGroup* other = groupFor(dependency.planDefinition)) {
                const std::size_t t = stepIndexIn(*other->definition, dependency.step);
                for (int candidate : other->instances[t]) {
                    if (shares(myLines, m_stepLines[static_cast<std::size_t>(candidate)], dependency.match))
                        targets.push_back(candidate);
                }
            }
            if (targets.empty() && !dependency.optional) {
                m_problems.push_back(
                    { m_catalog.sourceFile, catalogStepPointer(*group.definition, s, d),
                      QStringLiteral("step '%1' of order '%2' depends on '%3/%4' (match %5), but the order has no such "
                                     "step; mark the dependency \"optional\": true or change the catalog")
                          .arg(step.id, m_order.id, dependency.planDefinition, dependency.step, toString(dependency.match)) });
                return;
            }
            std::sort(targets.begin(), targets.end());
            targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
            for (int target : targets) {
                if (target != instance && std::find(step.dependsOn.begin(), step.dependsOn.end(), target) == step.dependsOn.end())
                    step.dependsOn.push_back(target);
            }
        }

        void collectLanes()
        {
            QSet<QString> used;
            for (const auto& step : m_plan.steps)
                used.insert(step.lane);
            for (const auto& lane : m_catalog.lanes) {
                if (used.contains(lane.id))
                    m_plan.lanes << lane.id;
            }
        }

        const Catalog& m_catalog;
        const AssetLookup& m_assets;
        std::optional<AssetState> m_asset; // the asset of the line being assigned
        const Order& m_order;
        const QString& m_file;
        Problems& m_problems;
        OrchestrationPlan m_plan;
        std::vector<PlanGroup> m_groups;
        std::vector<std::vector<int>> m_stepLines; // per step: plan line indexes it covers
        QHash<QString, int> m_itemIndex;
    };

} // namespace

Planner::Planner(const Catalog& catalog, AssetLookup assets)
    : m_catalog(catalog)
    , m_assets(std::move(assets))
{
}

PlanResult Planner::plan(const Order& order, std::vector<FulfillmentLine> lines, const QString& orderFileLabel) const
{
    PlanResult result;
    result.plan = PlanBuilder(m_catalog, order, orderFileLabel, m_assets, result).build(std::move(lines));
    return result;
}

} // namespace fw
