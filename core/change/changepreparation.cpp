// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "changepreparation.h"

#include "common/jsonvariant.h"
#include "decomposition/decomposer.h"
#include "engine/templates.h"
#include "planning/planner.h"
#include "sla/planforecast.h"

#include <QHash>

#include <nlohmann/json.hpp>

#include <tuple>

namespace fw {

namespace {

    // Whether fulfilment of a commercial item (or of a supplement of it) has started: a step on one
    // of its lines left pending/ready.
    bool itemStarted(const OrderRuntime& order, const QString& item)
    {
        for (std::size_t i = 0; i < order.steps.size(); ++i) {
            const StepState state = order.execution->state(int(i));
            if (state == StepState::Pending || state == StepState::Ready || state == StepState::Cancelled)
                continue;
            for (int line : order.steps[i].lines) {
                if (line < 0)
                    continue;
                for (const QString& source : order.lines[std::size_t(line)].sourceItems) {
                    if (source == item || source.startsWith(item + QLatin1Char('+')))
                        return true;
                }
            }
        }
        return false;
    }

    // The callouts the change will send: added, compensation and amended callout steps, their
    // payloads rendered from the amended order and their first line.
    std::vector<ExternalEffect> externalEffects(const PreparedChange& prepared, const Order& order)
    {
        std::vector<ExternalEffect> effects;
        QHash<QString, const FulfillmentLine*> lines;
        for (const ReconciledLine& line : prepared.reconciliation.lines)
            lines.insert(line.line.id, &line.line);
        for (const ReconciledStep& step : prepared.reconciliation.steps) {
            const StepChangeKind kind = step.change.kind;
            if (step.definition->type != StepType::Callout
                || (kind != StepChangeKind::Added && kind != StepChangeKind::Compensation && kind != StepChangeKind::Amended))
                continue;
            FieldContext context;
            context.order = &order;
            context.line = lines.value(step.change.lines.value(0));
            context.deliveryGroup = context.line ? order.deliveryGroup(context.line->deliveryGroup) : nullptr;
            const RenderedTemplate payload = renderTemplate(step.definition->callout.payloadTemplate, context);
            const CalloutSpec& callout = step.definition->callout;
            effects.push_back({ step.change.id, step.change.name, toString(kind), callout.endpoint, callout.method, callout.path,
                                toQString(variantToJson(payload.value).dump(2)) });
        }
        return effects;
    }

    // One step for the forecast, by id (the plan after a change is not in topological order).
    struct Projected {
        QString id;
        QStringList dependsOn;
        qint64 estimatedSeconds = 0;
        bool done = false;
        QDateTime startedAt;
        QDateTime completedAt;
    };

    // The projected completion (docs/sla.md, "Forecast") of steps given by id.
    QDateTime projectedCompletion(const std::vector<Projected>& steps, const QDateTime& now)
    {
        QHash<QString, int> index;
        for (std::size_t i = 0; i < steps.size(); ++i)
            index.insert(steps[i].id, int(i));
        std::vector<int> waiting(steps.size(), 0);
        std::vector<std::vector<int>> dependents(steps.size());
        for (std::size_t i = 0; i < steps.size(); ++i) {
            for (const QString& id : steps[i].dependsOn) {
                if (const int d = index.value(id, -1); d >= 0) {
                    ++waiting[i];
                    dependents[std::size_t(d)].push_back(int(i));
                }
            }
        }
        std::vector<int> order;
        for (std::size_t i = 0; i < steps.size(); ++i) {
            if (waiting[i] == 0)
                order.push_back(int(i));
        }
        for (std::size_t k = 0; k < order.size(); ++k) {
            for (int dependent : dependents[std::size_t(order[k])]) {
                if (--waiting[std::size_t(dependent)] == 0)
                    order.push_back(dependent);
            }
        }
        std::vector<int> position(steps.size(), -1);
        for (std::size_t k = 0; k < order.size(); ++k)
            position[std::size_t(order[k])] = int(k);
        std::vector<ForecastStep> sorted;
        QDateTime startedAt;
        for (int i : order) {
            const Projected& p = steps[std::size_t(i)];
            ForecastStep step { p.id, {}, p.estimatedSeconds, p.done, p.startedAt, p.completedAt };
            for (const QString& id : p.dependsOn) {
                if (const int d = index.value(id, -1); d >= 0)
                    step.dependsOn.push_back(position[std::size_t(d)]);
            }
            if (p.startedAt.isValid() && (!startedAt.isValid() || p.startedAt < startedAt))
                startedAt = p.startedAt;
            sorted.push_back(std::move(step));
        }
        return forecastPlan(sorted, startedAt, now).projectedCompletion;
    }

    std::pair<QDateTime, QDateTime> forecasts(const OrderRuntime& current, const Reconciliation& reconciliation, const QDateTime& now)
    {
        std::vector<Projected> before;
        for (std::size_t i = 0; i < current.steps.size(); ++i) {
            const StepRuntime& s = current.steps[i];
            const StepState state = current.execution->state(int(i));
            Projected p { s.id, {}, s.definition->estimatedSeconds, isTerminal(state), {}, s.completedAt };
            for (int d : current.execution->dependencies(int(i)))
                p.dependsOn << current.steps[std::size_t(d)].id;
            if (state != StepState::Pending && state != StepState::Ready)
                p.startedAt = s.firstAttemptAt.isValid() ? s.firstAttemptAt : now;
            before.push_back(std::move(p));
        }
        std::vector<Projected> after;
        for (const ReconciledStep& r : reconciliation.steps) {
            Projected p { r.change.id, r.change.dependsOn, r.change.estimatedSeconds, isTerminal(r.stateAfter), {}, {} };
            if (r.current >= 0) {
                const StepRuntime& s = current.steps[std::size_t(r.current)];
                p.completedAt = s.completedAt;
                if (r.stateAfter != StepState::Pending && r.stateAfter != StepState::Ready)
                    p.startedAt = s.firstAttemptAt.isValid() ? s.firstAttemptAt : now;
            }
            after.push_back(std::move(p));
        }
        return { projectedCompletion(before, now), projectedCompletion(after, now) };
    }

    Problems located(const ChangeOrder& change, const QString& pointer, const QString& message)
    {
        return { Problem { change.sourceLabel, pointer, message } };
    }

} // namespace

PreparedChange prepareChange(const OrderRuntime& current, const nlohmann::json& currentDocument, const ChangeOrder& change, int revision,
                             AccountLineRegistry* accountLines, const QDateTime& now, const AssetLookup& assets)
{
    PreparedChange prepared;
    ChangePreview& preview = prepared.preview;
    preview.orderId = current.orderId;
    preview.changeId = change.id;
    preview.revision = revision;
    preview.cancelsOrder = change.cancelsOrder();
    if (change.order != current.orderId) {
        preview.problems = located(change, QStringLiteral("/order"),
                                   QStringLiteral("the change order is for order '%1', not '%2'").arg(change.order, current.orderId));
        return prepared;
    }
    if (current.execution->cancelRequested() || current.storedState == OrderState::Cancelled
        || current.storedState == OrderState::Completed) {
        const QString state = current.storedState == OrderState::Cancelled || current.storedState == OrderState::Completed
            ? toString(current.storedState)
            : QStringLiteral("being cancelled");
        preview.problems = located(change, QStringLiteral("/order"),
                                   QStringLiteral("order %1 is %2; a change order cannot change it").arg(current.orderId, state));
        return prepared;
    }
    const Order* nextOrder = nullptr;
    if (!preview.cancelsOrder) {
        prepared.amended
            = amendOrder(currentDocument, change, *current.catalog, [&current](const QString& item) { return itemStarted(current, item); });
        preview.items = prepared.amended.changes;
        if (!prepared.amended.ok()) {
            preview.problems = prepared.amended.problems;
            return prepared;
        }
        const QString label = change.sourceLabel + QStringLiteral(" (order %1 as amended)").arg(current.orderId);
        InMemoryAccountLineRegistry ownLines;
        Decomposition lines
            = Decomposer(*current.catalog, accountLines ? accountLines : &ownLines, assets).decompose(*prepared.amended.order, label);
        if (!lines.problems.empty()) {
            preview.problems = lines.problems;
            return prepared;
        }
        PlanResult planned = Planner(*current.catalog, assets).plan(*prepared.amended.order, std::move(lines.lines), label);
        if (!planned.plan || !planned.problems.empty()) {
            preview.problems = planned.problems;
            return prepared;
        }
        prepared.plan = std::move(planned.plan);
        nextOrder = &*prepared.amended.order;
    }
    prepared.reconciliation = reconcilePlan({ &current, nextOrder, prepared.plan ? &*prepared.plan : nullptr, revision });
    preview.refusals = prepared.reconciliation.refusals;
    preview.inFlight = prepared.reconciliation.inFlight;
    for (const ReconciledLine& line : prepared.reconciliation.lines) {
        if (!line.earlier)
            preview.lines.push_back(line.change);
    }
    for (const ReconciledStep& step : prepared.reconciliation.steps)
        preview.steps.push_back(step.change);
    preview.effects = externalEffects(prepared, nextOrder ? *nextOrder : current.order);
    if (now.isValid())
        std::tie(preview.forecastBefore, preview.forecastAfter) = forecasts(current, prepared.reconciliation, now);
    return prepared;
}

QString toString(StepChangeKind kind)
{
    switch (kind) {
    case StepChangeKind::Kept:
        return QStringLiteral("kept");
    case StepChangeKind::Amended:
        return QStringLiteral("amended");
    case StepChangeKind::Added:
        return QStringLiteral("added");
    case StepChangeKind::Discarded:
        return QStringLiteral("discarded");
    case StepChangeKind::Compensation:
        return QStringLiteral("compensation");
    case StepChangeKind::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

int ChangePreview::count(StepChangeKind kind) const
{
    return int(std::count_if(steps.begin(), steps.end(), [kind](const StepChange& s) { return s.kind == kind; }));
}

} // namespace fw
