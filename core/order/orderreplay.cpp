// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "orderreplay.h"

#include "store/storedjson.h"

#include <algorithm>

namespace fw {

namespace {
    const QLatin1String replayStepStateKind("step.state");
    const QLatin1String replayStepAddedKind("step.added");

    // The journal kinds replay folds; every other entry leaves the picture as it was.
    bool replayedKind(const QString& kind)
    {
        return kind == replayStepStateKind || kind == replayStepAddedKind || kind.startsWith(QLatin1String("task."))
            || kind == QLatin1String("order.held") || kind == QLatin1String("order.resumed") || kind == QLatin1String("order.state")
            || kind == QLatin1String("order.imported");
    }

    template <typename Work> void dropWorkOfStep(std::vector<Work>& work, const QString& stepId)
    {
        work.erase(std::remove_if(work.begin(), work.end(), [&](const Work& w) { return w.stepId == stepId; }), work.end());
    }

    ReplayTask* replayTaskOf(std::vector<ReplayTask>& tasks, const QString& stepId)
    {
        const auto it = std::find_if(tasks.begin(), tasks.end(), [&](const ReplayTask& t) { return t.stepId == stepId; });
        return it == tasks.end() ? nullptr : &*it;
    }

    void replayStepEntry(ReplayState& state, const JournalEvent& e)
    {
        const StepState after = stepStateFromString(e.afterState).value_or(StepState::Pending);
        state.steps.insert(e.stepId, after);
        state.since.insert(e.stepId, e.at);
        if (after != StepState::Waiting)
            dropWorkOfStep(state.tasks, e.stepId);
        if (after != StepState::Fallout)
            dropWorkOfStep(state.fallout, e.stepId);
        if (after == StepState::Waiting || after == StepState::Fallout) {
            const nlohmann::json payload = parseStoredJson(e.payload);
            const QString queue = storedString(payload, "queue");
            if (after == StepState::Waiting && !queue.isEmpty() && !replayTaskOf(state.tasks, e.stepId))
                state.tasks.push_back({ e.stepId, queue, {}, e.at });
            else if (after == StepState::Fallout) {
                dropWorkOfStep(state.fallout, e.stepId);
                state.fallout.push_back({ e.stepId, queue, storedString(payload, "error"), e.at });
            }
        }
    }

    void replayTaskEntry(ReplayState& state, const JournalEvent& e)
    {
        ReplayTask* task = replayTaskOf(state.tasks, e.stepId);
        if (!task)
            return;
        if (e.kind == QLatin1String("task.claimed") || e.kind == QLatin1String("task.claim-renewed"))
            task->claimedBy = e.actor;
        else if (e.afterState == QLatin1String("open")) // released, expired, reassigned
            task->claimedBy.clear();
        if (e.kind == QLatin1String("task.reassigned")) {
            const QString to = storedString(parseStoredJson(e.payload), "to");
            if (!to.isEmpty())
                task->queue = to;
        }
    }
} // namespace

OrderReplay::OrderReplay(std::vector<JournalEvent> events, const QStringList& planStepIds)
    : m_planSteps(planStepIds)
{
    std::stable_sort(events.begin(), events.end(), [](const JournalEvent& a, const JournalEvent& b) { return a.seq < b.seq; });
    for (JournalEvent& e : events) {
        if (!replayedKind(e.kind))
            continue;
        if (e.kind != QLatin1String("order.imported") && e.kind != QLatin1String("order.state"))
            m_moments.push_back({ e.seq, e.at, e.kind, e.stepId, e.actor, e.beforeState, e.afterState });
        else if (e.kind == QLatin1String("order.imported"))
            m_moments.push_back({ e.seq, e.at, e.kind, {}, e.actor, {}, {} });
        m_events.push_back(std::move(e));
    }
}

ReplayState OrderReplay::stateAt(qint64 seq) const
{
    ReplayState state;
    state.orderState = QStringLiteral("pending");
    // Before its first transition a step is in that transition's "before" state; a step a change
    // order added does not exist until then.
    QHash<QString, bool> seen;
    for (const JournalEvent& e : m_events) {
        if (e.stepId.isEmpty() || seen.contains(e.stepId))
            continue;
        if (e.kind == replayStepAddedKind)
            seen.insert(e.stepId, true);
        else if (e.kind == replayStepStateKind) {
            seen.insert(e.stepId, true);
            state.steps.insert(e.stepId, stepStateFromString(e.beforeState).value_or(StepState::Pending));
        }
    }
    for (const QString& step : m_planSteps) {
        if (!seen.contains(step))
            state.steps.insert(step, StepState::Pending);
    }
    for (const JournalEvent& e : m_events) {
        if (e.seq > seq)
            break;
        state.seq = e.seq;
        state.at = e.at;
        if (e.kind == replayStepStateKind || e.kind == replayStepAddedKind)
            replayStepEntry(state, e);
        else if (e.kind.startsWith(QLatin1String("task.")))
            replayTaskEntry(state, e);
        else if (e.kind == QLatin1String("order.held"))
            state.onHold = true;
        else if (e.kind == QLatin1String("order.resumed"))
            state.onHold = false;
        else if (e.kind == QLatin1String("order.state"))
            state.orderState = e.afterState;
    }
    return state;
}

ReplayState OrderReplay::stateAtTime(const QDateTime& time) const
{
    qint64 seq = 0;
    for (const JournalEvent& e : m_events) {
        if (e.at > time)
            break;
        seq = e.seq;
    }
    return stateAt(seq);
}

int OrderReplay::momentIndexOf(qint64 seq) const
{
    if (m_moments.empty())
        return -1;
    const auto after = std::upper_bound(m_moments.begin(), m_moments.end(), seq, [](qint64 s, const ReplayMoment& m) { return s < m.seq; });
    return std::max(0, int(after - m_moments.begin()) - 1);
}

} // namespace fw
