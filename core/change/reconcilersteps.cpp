// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The steps of the plan after a change: current steps with their fate, compensations in reverse
// order, added and redone steps, their dependencies and depths (docs/change-orders.md).
#include "reconciler.h"

#include <functional>

namespace fw::reconciliation {

// The step ids that stand for the next plan's steps after the change.
void Reconciler::mapNextSteps()
{
    for (std::size_t i = 0; i < m_cur.steps.size(); ++i) {
        const int n = m_next[i];
        if (n < 0)
            continue;
        const QString& id = m_in.nextPlan->steps[std::size_t(n)].id;
        m_matched.insert(n, int(i));
        const Fate fate = m_fate[i];
        if (redone(fate))
            m_liveAfter.insert(id, { redoId(int(i)) });
        else if (fate == Fate::Supplement)
            m_liveAfter.insert(id, { m_cur.steps[i].id, redoId(int(i)) });
        else
            m_liveAfter.insert(id, { m_cur.steps[i].id });
    }
    if (!m_in.nextPlan)
        return;
    for (std::size_t n = 0; n < m_in.nextPlan->steps.size(); ++n) {
        if (!m_matched.contains(int(n)))
            m_liveAfter.insert(m_in.nextPlan->steps[n].id, { m_in.nextPlan->steps[n].id });
    }
}

QStringList Reconciler::mappedDependencies(int n) const
{
    QStringList ids;
    for (int d : m_in.nextPlan->steps[std::size_t(n)].dependsOn) {
        for (const QString& id : m_liveAfter.value(m_in.nextPlan->steps[std::size_t(d)].id)) {
            if (!ids.contains(id))
                ids << id;
        }
    }
    return ids;
}

StepChange Reconciler::describe(const StepDefinition& definition, const QString& planDefinition, const QString& id,
                                const QStringList& lines, const QStringList& dependsOn, StepChangeKind kind, const QString& reason) const
{
    StepChange change;
    change.id = id;
    change.name = definition.name;
    change.type = toString(definition.type);
    change.scope = toString(definition.scope);
    change.lane = definition.lane;
    change.planDefinition = planDefinition;
    change.stepKey = definition.key;
    change.lines = lines;
    change.dependsOn = dependsOn;
    change.estimatedSeconds = definition.estimatedSeconds;
    change.pointOfNoReturn = definition.pointOfNoReturn != PointOfNoReturn::None;
    change.kind = kind;
    change.reason = reason;
    change.stateAfter = toString(StepState::Pending);
    return change;
}

// Whether every step id is a current step that is completed or skipped (and stays so).
bool Reconciler::allReleased(const QStringList& ids) const
{
    return std::all_of(ids.begin(), ids.end(), [this](const QString& id) {
        const int i = m_cur.stepIndex(id);
        return i >= 0 && releasesDependents(m_cur.execution->state(i)) && m_fate[std::size_t(i)] != Fate::CancelRedo;
    });
}

void Reconciler::addCurrentSteps()
{
    for (std::size_t i = 0; i < m_cur.steps.size(); ++i) {
        const StepRuntime& s = m_cur.steps[i];
        const StepState state = m_cur.execution->state(int(i));
        const Fate fate = m_fate[i];
        const int n = m_next[i];
        StepState after = state;
        StepChangeKind kind = StepChangeKind::Kept;
        switch (fate) {
        case Fate::Amend:
            kind = StepChangeKind::Amended;
            break;
        case Fate::Discard:
        case Fate::CancelRedo:
            kind = StepChangeKind::Discarded;
            after = StepState::Cancelled;
            break;
        case Fate::Refuse:
            kind = StepChangeKind::Refused;
            break;
        default:
            break;
        }
        const bool survives = !isTerminal(after) && n >= 0 && fate != Fate::Refuse;
        QStringList lines = survives ? m_in.nextPlan->steps[std::size_t(n)].lines : lineIds(s);
        QStringList dependsOn;
        if (survives) {
            dependsOn = mappedDependencies(n);
            for (int d : m_cur.execution->dependencies(int(i))) {
                if (compensated(m_fate[std::size_t(d)]))
                    dependsOn << undoId(m_cur.steps[std::size_t(d)].id);
            }
            if (after == StepState::Ready && !allReleased(dependsOn))
                after = StepState::Pending; // promoted again once its new dependencies are released
        } else {
            for (int d : m_cur.execution->dependencies(int(i)))
                dependsOn << m_cur.steps[std::size_t(d)].id;
        }
        ReconciledStep step { describe(*s.definition, s.planDefinition, s.id, lines, dependsOn, kind, m_reason[i]), s.definition, int(i),
                              after };
        step.change.stateBefore = toString(state);
        step.change.stateAfter = toString(after);
        m_result.steps.push_back(std::move(step));
    }
}

void Reconciler::addCompensations()
{
    for (int i = int(m_cur.steps.size()) - 1; i >= 0; --i) {
        if (!compensated(m_fate[std::size_t(i)]))
            continue;
        const StepRuntime& s = m_cur.steps[std::size_t(i)];
        const PlanDefinition* plan = m_cur.catalog->planDefinition(s.planDefinition);
        const StepDefinition* undo = plan ? plan->step(s.definition->compensation) : nullptr;
        if (!undo)
            continue; // the catalog lost it: the compensation is reported missing by the caller's validation
        QStringList dependsOn { s.id };
        for (int j : m_cur.execution->dependents(i)) {
            if (compensated(m_fate[std::size_t(j)]))
                dependsOn << undoId(m_cur.steps[std::size_t(j)].id);
        }
        ReconciledStep step { describe(*undo, s.planDefinition, undoId(s.id), lineIds(s), dependsOn, StepChangeKind::Compensation,
                                       QStringLiteral("undoes '%1': %2").arg(s.name, lineReason(i))),
                              undo, -1, StepState::Pending };
        step.change.compensates = s.id;
        m_result.steps.push_back(std::move(step));
    }
}

void Reconciler::addNextSteps()
{
    if (!m_in.nextPlan)
        return;
    for (std::size_t n = 0; n < m_in.nextPlan->steps.size(); ++n) {
        const PlanStep& planned = m_in.nextPlan->steps[n];
        const int i = m_matched.value(int(n), -1);
        QString id = planned.id;
        QStringList lines = planned.lines;
        QStringList dependsOn = mappedDependencies(int(n));
        QString reason;
        if (i < 0) {
            const ReconciledLine* line = m_lines.find(planned.lines.value(0));
            reason
                = line && line->change.change == QLatin1String("added") ? line->change.detail : QStringLiteral("new in the amended plan");
        } else if (redone(m_fate[std::size_t(i)])) {
            id = redoId(i);
            if (m_fate[std::size_t(i)] == Fate::CompensateRedo)
                dependsOn << undoId(m_cur.steps[std::size_t(i)].id);
            const Fate fate = m_fate[std::size_t(i)];
            reason = fate == Fate::CompensateRedo ? QStringLiteral("done again after its compensation: %1").arg(lineReason(i))
                                                  : QStringLiteral("done again: %1").arg(m_reason[std::size_t(i)]);
        } else if (m_fate[std::size_t(i)] == Fate::Supplement) {
            id = redoId(i);
            lines = m_addedLines[std::size_t(i)];
            reason = QStringLiteral("covers the added lines %1").arg(lines.join(QStringLiteral(", ")));
        } else {
            continue;
        }
        ReconciledStep step { describe(*planned.definition, planned.planDefinition, id, lines, dependsOn, StepChangeKind::Added, reason),
                              planned.definition, -1, StepState::Pending };
        m_result.steps.push_back(std::move(step));
    }
}

void Reconciler::computeDepths()
{
    QHash<QString, int> index;
    for (std::size_t i = 0; i < m_result.steps.size(); ++i)
        index.insert(m_result.steps[i].change.id, int(i));
    std::vector<int> depth(m_result.steps.size(), -1);
    std::function<int(int)> of = [&](int i) {
        int& d = depth[std::size_t(i)];
        if (d >= 0)
            return d;
        d = 0; // also breaks a cycle, which reconciliation never makes
        int deepest = 0;
        for (const QString& id : m_result.steps[std::size_t(i)].change.dependsOn) {
            const int j = index.value(id, -1);
            if (j >= 0)
                deepest = std::max(deepest, of(j) + 1);
        }
        return d = deepest;
    };
    for (std::size_t i = 0; i < m_result.steps.size(); ++i)
        m_result.steps[i].change.depth = of(int(i));
}

void Reconciler::buildSteps()
{
    mapNextSteps();
    addCurrentSteps();
    addCompensations();
    addNextSteps();
    computeDepths();
}

} // namespace fw::reconciliation
