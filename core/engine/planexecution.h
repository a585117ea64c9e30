// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "stepstate.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace fw {

// The runtime state of one order's plan: each step's state and how many of its dependencies are
// still unreleased. It enforces the step state machine and releases dependents when a step
// completes or is skipped. Pure and deterministic (no I/O, no clock): the engine persists the
// transitions it returns, and rebuilds a PlanExecution from stored states after a restart.
class PlanExecution {
public:
    struct Transition {
        int step = -1;
        StepState from = StepState::Pending;
        StepState to = StepState::Pending;
        bool operator==(const Transition&) const = default;
    };

    // dependsOn[i]: the steps step i waits for (indexes < i not required). states: the stored
    // states (empty: all pending).
    explicit PlanExecution(std::vector<std::vector<int>> dependsOn, std::vector<StepState> states = {});

    // Promotes every pending step whose dependencies are released (a new plan, or a plan resumed
    // after a crash between a completion and the promotion of its dependents).
    std::vector<Transition> promoteReady();

    // Moves a step to a new state. Fails (naming the reason) when the state machine forbids it.
    // Releasing a step (completed, skipped) appends the dependents it makes ready to effects.
    Status transition(int step, StepState to, std::vector<Transition>& effects);

    // Cancels every step that is not terminal yet (order cancel).
    std::vector<Transition> cancelAll();
    // The order is being cancelled (a cancelOrder change waits for its compensations): once every
    // step is terminal it is cancelled, not completed. cancelAll() sets it too.
    void setCancelRequested() { m_cancelRequested = true; }
    bool cancelRequested() const { return m_cancelRequested; }

    int size() const { return int(m_states.size()); }
    StepState state(int step) const { return m_states[std::size_t(step)]; }
    const std::vector<int>& dependents(int step) const { return m_dependents[std::size_t(step)]; }
    const std::vector<int>& dependencies(int step) const { return m_dependsOn[std::size_t(step)]; }
    std::vector<int> stepsIn(StepState state) const;
    // How many steps are in a state, kept up to date on every change (O(1)).
    int count(StepState state) const { return m_counts[std::size_t(state)]; }
    OrderState orderState() const; // O(1), from the counts

private:
    void set(std::size_t step, StepState to);

    std::vector<std::vector<int>> m_dependsOn;
    std::vector<std::vector<int>> m_dependents;
    std::vector<StepState> m_states;
    std::vector<int> m_unreleased; // per step: dependencies not completed or skipped yet
    std::array<int, 9> m_counts {}; // steps per StepState
    bool m_cancelRequested = false;
};

} // namespace fw
