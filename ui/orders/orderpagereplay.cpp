// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// OrderPage's replay (orderpage.h): the plan graph, the Steps tab and the open work as they stood
// at a moment of the order's journal (OrderReplay), and back to live.

#include "orderpage.h"

#include "orderreplaybar.h"
#include "plan/plangraphwidget.h"
#include "plangraph/ordergraph.h"
#include "replayworkpanel.h"
#include "stepinspector.h"
#include "stepstatusmodel.h"

#include <QStackedWidget>

namespace fw {

bool OrderPage::isReplaying() const
{
    return m_replayBar->isReplaying();
}

void OrderPage::replayAt(qint64 seq)
{
    if (m_replay.isEmpty())
        return;
    m_replayBar->showMoment(m_replay.momentIndexOf(seq)); // emits momentChosen -> showReplay
}

bool OrderPage::replayBefore(const QString& state)
{
    const std::vector<ReplayMoment>& moments = m_replay.moments();
    for (std::size_t i = 0; i < moments.size(); ++i) {
        if (moments[i].kind == QLatin1String("step.state") && moments[i].afterState == state) {
            m_replayBar->showMoment(std::max(0, int(i) - 1));
            return true;
        }
    }
    return false;
}

void OrderPage::showReplay(qint64 seq)
{
    if (m_replay.isEmpty()) {
        live();
        return;
    }
    const ReplayState state = m_replay.stateAt(seq);
    std::vector<NodeStatus> statuses;
    statuses.reserve(m_detail.steps.size());
    QHash<QString, QString> names;
    std::vector<StepStatus> steps = m_detail.steps; // the Steps tab as it stood then
    for (StepStatus& step : steps) {
        const StepState then = state.steps.value(step.id, StepState::Pending);
        statuses.push_back({ step.id, then, 0 });
        names.insert(step.id, step.name);
        step.state = toString(then);
        step.updatedAt = state.since.value(step.id);
        step.completedAt = then == StepState::Completed ? step.updatedAt : QDateTime();
        step.attempts = 0; // not journalled per step: left blank rather than today's count
        step.lastError.clear();
    }
    for (const ReplayFallout& fallout : state.fallout) {
        for (StepStatus& step : steps) {
            if (step.id == fallout.stepId)
                step.lastError = fallout.error;
        }
    }
    m_graph->applyStatuses(statuses);
    m_steps->setSteps(steps);
    const int index = m_replay.momentIndexOf(seq);
    m_replayWork->showState(m_replay.moments()[std::size_t(std::max(0, index))], state, names);
    m_side->setCurrentWidget(m_replayWork);
    updatePermissions();
}

void OrderPage::live()
{
    m_replayBar->goLive(); // no signal when already live
    m_graph->applyStatuses(nodeStatusesOf(m_detail));
    m_steps->setSteps(m_detail.steps);
    m_side->setCurrentWidget(m_inspector);
    updatePermissions();
}

} // namespace fw
