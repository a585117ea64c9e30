// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <optional>

namespace fw {

// The life of a plan step (docs/architecture.md, "Execution").
enum class StepState {
    Pending, // dependencies not yet completed or skipped
    Ready, // may start
    Running, // the engine is executing it (auto task, callout being sent)
    Waiting, // waiting for a person, a pause condition or a callout response
    Completed,
    FailedRetrying, // failed, another attempt is scheduled
    Fallout, // failed for good; a fallout case is open
    Skipped, // force-completed by an operator with a reason, or its condition ("when") was false when it became ready
    Cancelled,
};

// The order's state, rolled up from its steps.
enum class OrderState { Pending, InProgress, Fallout, Completed, Cancelled };

QString toString(StepState state);
QString toString(OrderState state);
std::optional<StepState> stepStateFromString(const QString& text);
std::optional<OrderState> orderStateFromString(const QString& text);

// Completed, skipped and cancelled steps never change again.
bool isTerminal(StepState state);
// Completed and skipped steps release their dependents.
bool releasesDependents(StepState state);
// Whether the state machine allows from -> to.
bool isAllowedTransition(StepState from, StepState to);

} // namespace fw
