// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The reconciler's insides, shared by planreconciler.cpp (what happens to each step) and
// reconcilersteps.cpp (the steps of the plan after the change). Use reconcilePlan().

#include "linediff.h"
#include "planreconciler.h"

#include <QHash>

#include <map>
#include <vector>

namespace fw::reconciliation {

// "line:1.F_X/ship@r2" -> base "line:1.F_X/ship", revision 2.
inline std::pair<QString, int> splitRedo(const QString& id)
{
    const qsizetype at = id.lastIndexOf(QLatin1String("@r"));
    bool ok = false;
    const int revision = at < 0 ? 0 : id.mid(at + 2).toInt(&ok);
    return ok ? std::pair { id.left(at), revision } : std::pair { id, 0 };
}

inline bool started(StepState s)
{
    return s != StepState::Pending && s != StepState::Ready;
}

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

    Reconciliation run();

private:
    QStringList lineIds(const StepRuntime& step) const
    {
        QStringList ids;
        for (int line : step.lines)
            ids << (line >= 0 ? m_cur.lines[std::size_t(line)].id : QString());
        return ids;
    }

    void findLiveInstances();

    bool inFlight(int i) const;

    bool hasCompensation(int i) const { return !m_cur.steps[std::size_t(i)].definition->compensation.isEmpty(); }
    bool hardPonr(int i) const { return m_cur.steps[std::size_t(i)].definition->pointOfNoReturn == PointOfNoReturn::Hard; }

    // The first line of the step the change touches, else its first line.
    QString touchedLine(int i) const;

    void refuse(int i, const QString& what);

    QString lineReason(int i) const;

    void decide(int i);

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
    std::vector<int> topologicalOrder() const;

    // The step ids that stand for the next plan's steps after the change.
    void mapNextSteps();

    QStringList mappedDependencies(int n) const;

    StepChange describe(const StepDefinition& definition, const QString& planDefinition, const QString& id, const QStringList& lines,
                        const QStringList& dependsOn, StepChangeKind kind, const QString& reason) const;

    // Whether every step id is a current step that is completed or skipped (and stays so).
    bool allReleased(const QStringList& ids) const;

    void addCurrentSteps();

    void addCompensations();

    void addNextSteps();

    void computeDepths();

    void buildSteps();

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

} // namespace fw::reconciliation
