#include "planreconciler.h"

#include "common/clock.h"
#include "linediff.h"

#include <QSet>

#include <functional>

namespace fw {

namespace {

    // "line:1.F_X/ship@r2" -> base "line:1.F_X/ship", revision 2.
    std::pair<QString, int> splitRedo(const QString& id)
    {
        const qsizetype at = id.lastIndexOf(QLatin1String("@r"));
        bool ok = false;
        const int revision = at < 0 ? 0 : id.mid(at + 2).toInt(&ok);
        return ok ? std::pair { id.left(at), revision } : std::pair { id, 0 };
    }

    bool started(StepState s) { return s != StepState::Pending && s != StepState::Ready; }

    // KeepRedo: completed, without a compensation, after a step that is done again: done again too.
    enum class Fate { Keep, Amend, Discard, Refuse, Compensate, CompensateRedo, CancelRedo, KeepRedo, Supplement, Redo };

    class Reconciler {
    public:
        explicit Reconciler(const ReconcileInput& input)
            : m_in(input)
            , m_cur(*input.current)
            , m_lines(diffLines(*input.current, input.nextOrder, input.nextPlan))
        {
        }

        Reconciliation run()
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

    private:
        QStringList lineIds(const StepRuntime& step) const
        {
            QStringList ids;
            for (int line : step.lines)
                ids << (line >= 0 ? m_cur.lines[std::size_t(line)].id : QString());
            return ids;
        }

        void findLiveInstances()
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

        bool inFlight(int i) const
        {
            const StepRuntime& s = m_cur.steps[std::size_t(i)];
            return s.inFlight || (s.definition->type == StepType::Callout && m_cur.execution->state(i) == StepState::Running);
        }

        bool hasCompensation(int i) const { return !m_cur.steps[std::size_t(i)].definition->compensation.isEmpty(); }
        bool hardPonr(int i) const { return m_cur.steps[std::size_t(i)].definition->pointOfNoReturn == PointOfNoReturn::Hard; }

        // The first line of the step the change touches, else its first line.
        QString touchedLine(int i) const
        {
            const QStringList ids = lineIds(m_cur.steps[std::size_t(i)]);
            for (const QString& id : ids) {
                if (m_lines.changed(id))
                    return id;
            }
            return ids.value(0);
        }

        void refuse(int i, const QString& what)
        {
            const StepRuntime& s = m_cur.steps[std::size_t(i)];
            const QString line = touchedLine(i);
            const ReconciledLine* reconciled = m_lines.find(line);
            const QString item = reconciled ? reconciled->line.sourceItems.value(0) : QString();
            const QString change = !m_in.nextOrder ? QStringLiteral("the order cannot be cancelled any more")
                : reconciled && !reconciled->change.detail.isEmpty() ? reconciled->change.detail
                                                                     : QStringLiteral("the change to its lines");
            m_result.refusals.push_back(
                { s.id, s.name, line, item,
                  QStringLiteral("step '%1' (%2) on line %3 passed its point of no return (%4), so the change is refused: %5")
                      .arg(s.name, s.id, line, what, change) });
            m_fate[std::size_t(i)] = Fate::Refuse;
            m_reason[std::size_t(i)] = QStringLiteral("past its point of no return (%1)").arg(what);
        }

        QString lineReason(int i) const
        {
            const ReconciledLine* line = m_lines.find(touchedLine(i));
            return line ? line->change.detail : QString();
        }

        void decide(int i)
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
                const bool anyChanged = std::any_of(before.begin(), before.end(), [&](const QString& l) { return m_lines.changedFor(l, inputs); });
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
            QString why = n < 0 ? lineReason(i) : additive ? QStringLiteral("lines added: %1").arg(m_addedLines[std::size_t(i)].join(QStringLiteral(", ")))
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
                    refuse(i, s.completedAt.isValid() ? QStringLiteral("completed %1").arg(s.completedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))
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

        static QString undoId(const QString& id) { return id + QStringLiteral("~undo"); }
        QString redoId(int i) const
        {
            return splitRedo(m_cur.steps[std::size_t(i)].id).first + QStringLiteral("@r") + QString::number(m_in.revision);
        }
        static bool compensated(Fate fate) { return fate == Fate::Compensate || fate == Fate::CompensateRedo; }
        static bool redone(Fate fate)
        {
            return fate == Fate::CompensateRedo || fate == Fate::CancelRedo || fate == Fate::KeepRedo || fate == Fate::Redo;
        }

        // The current steps, each after the steps it waits for (seq order stops being one once a
        // change rewires a waiting step to a step it added).
        std::vector<int> topologicalOrder() const
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

        // The step ids that stand for the next plan's steps after the change.
        void mapNextSteps()
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

        QStringList mappedDependencies(int n) const
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

        StepChange describe(const StepDefinition& definition, const QString& id, const QStringList& lines,
                            const QStringList& dependsOn, StepChangeKind kind, const QString& reason) const
        {
            StepChange change;
            change.id = id;
            change.name = definition.name;
            change.type = toString(definition.type);
            change.scope = toString(definition.scope);
            change.lane = definition.lane;
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
        bool allReleased(const QStringList& ids) const
        {
            return std::all_of(ids.begin(), ids.end(), [this](const QString& id) {
                const int i = m_cur.stepIndex(id);
                return i >= 0 && releasesDependents(m_cur.execution->state(i)) && m_fate[std::size_t(i)] != Fate::CancelRedo;
            });
        }

        void addCurrentSteps()
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
                ReconciledStep step { describe(*s.definition, s.id, lines, dependsOn, kind, m_reason[i]), s.definition, int(i), after };
                step.change.planDefinition = s.planDefinition;
                step.change.stateBefore = toString(state);
                step.change.stateAfter = toString(after);
                m_result.steps.push_back(std::move(step));
            }
        }

        void addCompensations()
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
                ReconciledStep step { describe(*undo, undoId(s.id), lineIds(s), dependsOn, StepChangeKind::Compensation,
                                               QStringLiteral("undoes '%1': %2").arg(s.name, lineReason(i))),
                                      undo, -1, StepState::Pending };
                step.change.planDefinition = s.planDefinition;
                step.change.compensates = s.id;
                m_result.steps.push_back(std::move(step));
            }
        }

        void addNextSteps()
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
                    reason = line && line->change.change == QLatin1String("added") ? line->change.detail : QStringLiteral("new in the amended plan");
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
                ReconciledStep step { describe(*planned.definition, id, lines, dependsOn, StepChangeKind::Added, reason),
                                      planned.definition, -1, StepState::Pending };
                step.change.planDefinition = planned.planDefinition;
                m_result.steps.push_back(std::move(step));
            }
        }

        void computeDepths()
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

        void buildSteps()
        {
            mapNextSteps();
            addCurrentSteps();
            addCompensations();
            addNextSteps();
            computeDepths();
        }

        const ReconcileInput& m_in;
        const OrderRuntime& m_cur;
        LineDiff m_lines;
        Reconciliation m_result;
        std::vector<bool> m_live;
        std::vector<Fate> m_fate;
        std::vector<QString> m_reason;
        std::vector<int> m_next; // per current step: its index in the next plan, -1 none
        std::map<std::size_t, QStringList> m_addedLines; // Supplement: the lines the added instance covers
        QHash<QString, QStringList> m_liveAfter; // next plan step id -> the step ids that stand for it after the change
        QHash<int, int> m_matched; // next plan step -> the current step it continues
    };

} // namespace

Reconciliation reconcilePlan(const ReconcileInput& input) { return Reconciler(input).run(); }

} // namespace fw
