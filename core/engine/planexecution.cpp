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
            m_states[step] = StepState::Ready;
            transitions.push_back({ int(step), StepState::Pending, StepState::Ready });
        }
    }
    return transitions;
}

std::optional<QString> PlanExecution::transition(int step, StepState to, std::vector<Transition>& effects)
{
    if (step < 0 || step >= size())
        return QStringLiteral("no step #%1 in this plan").arg(step);
    const StepState from = m_states[std::size_t(step)];
    if (!isAllowedTransition(from, to))
        return QStringLiteral("a %1 step cannot become %2").arg(toString(from), toString(to));
    if (from == StepState::Pending && to == StepState::Ready && m_unreleased[std::size_t(step)] > 0)
        return QStringLiteral("the step still waits for %1 dependencies").arg(m_unreleased[std::size_t(step)]);
    m_states[std::size_t(step)] = to;
    effects.push_back({ step, from, to });
    if (releasesDependents(to)) {
        for (int dependent : m_dependents[std::size_t(step)]) {
            auto& unreleased = m_unreleased[std::size_t(dependent)];
            if (--unreleased == 0 && m_states[std::size_t(dependent)] == StepState::Pending) {
                m_states[std::size_t(dependent)] = StepState::Ready;
                effects.push_back({ dependent, StepState::Pending, StepState::Ready });
            }
        }
    }
    return std::nullopt;
}

std::vector<PlanExecution::Transition> PlanExecution::cancelAll()
{
    std::vector<Transition> transitions;
    for (std::size_t step = 0; step < m_states.size(); ++step) {
        if (!isTerminal(m_states[step])) {
            transitions.push_back({ int(step), m_states[step], StepState::Cancelled });
            m_states[step] = StepState::Cancelled;
        }
    }
    return transitions;
}

std::vector<int> PlanExecution::stepsIn(StepState state) const
{
    std::vector<int> steps;
    for (std::size_t step = 0; step < m_states.size(); ++step) {
        if (m_states[step] == state)
            steps.push_back(int(step));
    }
    return steps;
}

OrderState PlanExecution::orderState() const
{
    bool allTerminal = true;
    bool anyCancelled = false;
    bool anyFallout = false;
    bool anyStarted = false;
    for (StepState state : m_states) {
        allTerminal = allTerminal && isTerminal(state);
        anyCancelled = anyCancelled || state == StepState::Cancelled;
        anyFallout = anyFallout || state == StepState::Fallout;
        anyStarted = anyStarted || (state != StepState::Pending && state != StepState::Ready);
    }
    if (allTerminal)
        return anyCancelled ? OrderState::Cancelled : OrderState::Completed;
    if (anyFallout)
        return OrderState::Fallout;
    return anyStarted ? OrderState::InProgress : OrderState::Pending;
}

} // namespace fw
