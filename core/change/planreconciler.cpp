// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planreconciler.h"

#include "common/clock.h"
#include "reconciler.h"

#include <QSet>

namespace fw {

namespace reconciliation {

    Reconciliation Reconciler::run()
    {
        findLiveInstances();
        m_fate.assign(m_cur.steps.size(), Fate::Keep);
        m_reason.assign(m_cur.steps.size(), QString());
        m_next.assign(m_cur.steps.size(), -1);
        for (int i : topologicalOrder()) // a step sees what happens to the steps it waits for
            decide(i);
        buildSteps();
        for (auto& line : m_lines.lines)
            m_result.lines.push_back(std::move(line));
        return std::move(m_result);
    }

    void Reconciler::findLiveInstances()
    {
        m_live.assign(m_cur.steps.size(), false);
        QHash<QString, std::pair<int, int>> best; // base -> (revision, step)
        for (std::size_t i = 0; i < m_cur.steps.size(); ++i) {
            if (!m_cur.steps[i].definition->compensates.isEmpty())
                continue;
            const auto [base, revision] = splitRedo(m_cur.steps[i].id);
            const auto it = best.constFind(base);
            if (it == best.cend() || it->first < revision)
                best.insert(base, { revision, int(i) });
        }
        for (auto it = best.cbegin(); it != best.cend(); ++it)
            m_live[std::size_t(it->second)] = true;
    }

    bool Reconciler::inFlight(int i) const
    {
        const StepRuntime& s = m_cur.steps[std::size_t(i)];
        // A running callout or command (only commands among auto tasks run on) read back after a
        // restart is out even before it is sent or started again.
        return s.inFlight
            || ((s.definition->type == StepType::Callout || s.definition->type == StepType::AutoTask)
                && m_cur.execution->state(i) == StepState::Running);
    }

    // The first line of the step the change touches, else its first line.
    QString Reconciler::touchedLine(int i) const
    {
        const QStringList ids = lineIds(m_cur.steps[std::size_t(i)]);
        for (const QString& id : ids) {
            if (m_lines.changed(id))
                return id;
        }
        return ids.value(0);
    }

    void Reconciler::refuse(int i, const QString& what)
    {
        const StepRuntime& s = m_cur.steps[std::size_t(i)];
        const QString line = touchedLine(i);
        const ReconciledLine* reconciled = m_lines.find(line);
        const QString item = reconciled ? reconciled->line.sourceItems.value(0) : QString();
        const QString change = !m_in.nextOrder                   ? QStringLiteral("the order cannot be cancelled any more")
            : reconciled && !reconciled->change.detail.isEmpty() ? reconciled->change.detail
                                                                 : QStringLiteral("the change to its lines");
        m_result.refusals.push_back(
            { s.id, s.name, line, item,
              QStringLiteral("step '%1' (%2) on line %3 passed its point of no return (%4), so the change is refused: %5")
                  .arg(s.name, s.id, line, what, change) });
        m_fate[std::size_t(i)] = Fate::Refuse;
        m_reason[std::size_t(i)] = QStringLiteral("past its point of no return (%1)").arg(what);
    }

    QString Reconciler::lineReason(int i) const
    {
        const ReconciledLine* line = m_lines.find(touchedLine(i));
        return line ? line->change.detail : QString();
    }

    void Reconciler::decide(int i)
    {
        const StepRuntime& s = m_cur.steps[std::size_t(i)];
        const StepState state = m_cur.execution->state(i);
        auto& fate = m_fate[std::size_t(i)];
        auto& reason = m_reason[std::size_t(i)];
        if (!m_live[std::size_t(i)] || !s.definition->compensates.isEmpty())
            return; // history, or a compensation: they run to their end
        if (m_cur.stepIndex(undoId(s.id)) >= 0)
            return; // compensated by an earlier change
        const QStringList lines = lineIds(s);
        if (!lines.isEmpty() && std::all_of(lines.begin(), lines.end(), [this](const QString& l) {
                const ReconciledLine* line = m_lines.find(l);
                return line && line->earlier;
            }))
            return; // its lines were removed by an earlier change
        const int n = m_in.nextPlan ? m_in.nextPlan->stepIndex(splitRedo(s.id).first) : -1;
        m_next[std::size_t(i)] = n;
        const QStringList before = lineIds(s);
        bool touched = n < 0;
        bool additive = false;
        QString redoneBefore; // a step it waits for that is done again
        for (int d : m_cur.execution->dependencies(i)) {
            if (n >= 0 && redone(m_fate[std::size_t(d)]))
                redoneBefore = m_cur.steps[std::size_t(d)].name;
        }
        if (n >= 0) {
            const QStringList after = m_in.nextPlan->steps[std::size_t(n)].lines;
            // Only what its templates read counts (a manual task reads everything).
            const QStringList inputs = templateInputs(*s.definition);
            const bool anyChanged
                = std::any_of(before.begin(), before.end(), [&](const QString& l) { return m_lines.changedFor(l, inputs); });
            const QSet<QString> a(before.begin(), before.end());
            const QSet<QString> b(after.begin(), after.end());
            touched = anyChanged || a != b || !redoneBefore.isEmpty();
            additive = !anyChanged && redoneBefore.isEmpty() && b.contains(a) && a != b;
            if (additive) {
                for (const QString& l : after) {
                    if (!a.contains(l))
                        m_addedLines[std::size_t(i)] << l;
                }
            }
        }
        if (!touched)
            return;
        QString why = n < 0 ? lineReason(i)
            : additive      ? QStringLiteral("lines added: %1").arg(m_addedLines[std::size_t(i)].join(QStringLiteral(", ")))
                            : lineReason(i);
        if (!redoneBefore.isEmpty() && !additive && !std::any_of(before.begin(), before.end(), [&](const QString& l) {
                return m_lines.changedFor(l, templateInputs(*s.definition));
            }))
            why = QStringLiteral("it follows '%1', which is done again").arg(redoneBefore);
        if (state == StepState::Skipped) {
            reason = QStringLiteral("skipped by an operator; left as it is (%1)").arg(why);
            return;
        }
        if (state == StepState::Cancelled) {
            if (n >= 0) {
                fate = Fate::Redo;
                reason = why;
            }
            return;
        }
        if (inFlight(i)) {
            m_result.inFlight << s.id;
            reason = QStringLiteral("a callout is out now: the change waits for its reply");
            return;
        }
        if (!started(state)) {
            fate = n < 0 ? Fate::Discard : Fate::Amend;
            reason = why;
            return;
        }
        if (state == StepState::Completed) {
            if (additive) {
                fate = Fate::Supplement;
                reason = QStringLiteral("completed; an added instance covers the new lines");
            } else if (hardPonr(i)) {
                refuse(i,
                       s.completedAt.isValid()
                           ? QStringLiteral("completed %1").arg(s.completedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))
                           : QStringLiteral("completed"));
            } else if (hasCompensation(i)) {
                fate = n < 0 ? Fate::Compensate : Fate::CompensateRedo;
                reason = QStringLiteral("completed; compensated (%1)").arg(why);
            } else if (!redoneBefore.isEmpty()) {
                fate = Fate::KeepRedo;
                reason = QStringLiteral("completed; done again (%1)").arg(why);
            } else {
                reason = QStringLiteral("completed; the catalog defines no compensation, its effect stands (%1)").arg(why);
            }
            return;
        }
        // Waiting for a person or a condition, retrying, or in fallout.
        if (hardPonr(i) && s.definition->type == StepType::Callout) {
            refuse(i, QStringLiteral("callout started"));
            return;
        }
        fate = n < 0 ? Fate::Discard : Fate::CancelRedo;
        reason = why;
    }

    // The current steps, each after the steps it waits for (seq order stops being one once a
    // change rewires a waiting step to a step it added).
    std::vector<int> Reconciler::topologicalOrder() const
    {
        const int count = int(m_cur.steps.size());
        std::vector<int> waiting(std::size_t(count), 0);
        std::vector<int> order;
        for (int i = 0; i < count; ++i) {
            waiting[std::size_t(i)] = int(m_cur.execution->dependencies(i).size());
            if (waiting[std::size_t(i)] == 0)
                order.push_back(i);
        }
        for (std::size_t k = 0; k < order.size(); ++k) {
            for (int dependent : m_cur.execution->dependents(order[k])) {
                if (--waiting[std::size_t(dependent)] == 0)
                    order.push_back(dependent);
            }
        }
        return order;
    }

} // namespace reconciliation

Reconciliation reconcilePlan(const ReconcileInput& input)
{
    return reconciliation::Reconciler(input).run();
}

} // namespace fw
