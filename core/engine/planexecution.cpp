// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planexecution.h"

namespace fw {

PlanExecution::PlanExecution(std::vector<std::vector<int>> dependsOn, std::vector<StepState> states)
    : m_dependsOn(std::move(dependsOn))
    , m_dependents(m_dependsOn.size())
    , m_states(std::move(states))
    , m_unreleased(m_dependsOn.size(), 0)
{
    if (m_states.empty())
        m_states.assign(m_dependsOn.size(), StepState::Pending);
    Q_ASSERT(m_states.size() == m_dependsOn.size());
    for (StepState state : m_states)
        ++m_counts[std::size_t(state)];
    for (std::size_t step = 0; step < m_dependsOn.size(); ++step) {
        for (int dependency : m_dependsOn[step]) {
            m_dependents[std::size_t(dependency)].push_back(int(step));
            if (!releasesDependents(m_states[std::size_t(dependency)]))
                ++m_unreleased[step];
        }
    }
}

std::vector<PlanExecution::Transition> PlanExecution::promoteReady()
{
    std::vector<Transition> transitions;
    for (std::size_t step = 0; step < m_states.size(); ++step) {
        if (m_states[step] == StepState::Pending && m_unreleased[step] == 0) {
            set(step, StepState::Ready);
            transitions.push_back({ int(step), StepState::Pending, StepState::Ready });
        }
    }
    return transitions;
}

Status PlanExecution::transition(int step, StepState to, std::vector<Transition>& effects)
{
    if (step < 0 || step >= size())
        return failure(QStringLiteral("no step #%1 in this plan").arg(step));
    const StepState from = m_states[std::size_t(step)];
    if (!isAllowedTransition(from, to))
        return failure(QStringLiteral("a %1 step cannot become %2").arg(toString(from), toString(to)));
    if (from == StepState::Pending && to == StepState::Ready && m_unreleased[std::size_t(step)] > 0)
        return failure(QStringLiteral("the step still waits for %1 dependencies").arg(m_unreleased[std::size_t(step)]));
    set(std::size_t(step), to);
    effects.push_back({ step, from, to });
    if (releasesDependents(to)) {
        for (int dependent : m_dependents[std::size_t(step)]) {
            auto& unreleased = m_unreleased[std::size_t(dependent)];
            if (--unreleased == 0 && m_states[std::size_t(dependent)] == StepState::Pending) {
                set(std::size_t(dependent), StepState::Ready);
                effects.push_back({ dependent, StepState::Pending, StepState::Ready });
            }
        }
    }
    return {};
}

std::vector<PlanExecution::Transition> PlanExecution::cancelAll()
{
    m_cancelRequested = true;
    std::vector<Transition> transitions;
    for (std::size_t step = 0; step < m_states.size(); ++step) {
        if (!isTerminal(m_states[step])) {
            transitions.push_back({ int(step), m_states[step], StepState::Cancelled });
            set(step, StepState::Cancelled);
        }
    }
    return transitions;
}

void PlanExecution::set(std::size_t step, StepState to)
{
    --m_counts[std::size_t(m_states[step])];
    ++m_counts[std::size_t(to)];
    m_states[step] = to;
}

std::vector<int> PlanExecution::stepsIn(StepState state) const
{
    std::vector<int> steps;
    if (count(state) == 0)
        return steps;
    for (std::size_t step = 0; step < m_states.size(); ++step) {
        if (m_states[step] == state)
            steps.push_back(int(step));
    }
    return steps;
}

OrderState PlanExecution::orderState() const
{
    const int terminal = count(StepState::Completed) + count(StepState::Skipped) + count(StepState::Cancelled);
    // Steps a change order discarded are cancelled too: the order is cancelled only when asked
    // to be, or when nothing of it was done.
    if (terminal == size())
        return m_cancelRequested || count(StepState::Completed) + count(StepState::Skipped) == 0 ? OrderState::Cancelled
                                                                                                 : OrderState::Completed;
    if (count(StepState::Fallout) > 0)
        return OrderState::Fallout;
    return count(StepState::Pending) + count(StepState::Ready) < size() ? OrderState::InProgress : OrderState::Pending;
}

} // namespace fw
