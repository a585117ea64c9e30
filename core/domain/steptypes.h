// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <optional>

namespace fw {

// What a plan step does when it runs.
enum class StepType { AutoTask, Callout, ManualTask, Milestone, Pause };

// How many instances of a step definition a plan gets.
enum class StepScope {
    Plan, // one per order plan and plan definition
    Bundle, // one per bundle among the lines that use the plan definition
    LineItem, // one per fulfillment line item
};

// How many fulfillment line items a decomposition rule produces.
enum class DecompositionScope {
    LineItem, // one line per source item (default)
    Order, // one line for all items of the order that decompose to the same destination
    Bundle, // one line per bundle
    Account, // one line across all orders of the account
};

// Which instances a cross-plan dependency waits for.
enum class CrossPlanMatch {
    Order, // every instance of the step in the order
    Bundle, // instances that share a bundle with the dependent step
    SourceItem, // instances whose lines come from the same commercial item
};

QString toString(StepType type);
QString toString(StepScope scope);
QString toString(DecompositionScope scope);
QString toString(CrossPlanMatch match);

std::optional<StepType> stepTypeFromString(const QString& text);
std::optional<StepScope> stepScopeFromString(const QString& text);
std::optional<DecompositionScope> decompositionScopeFromString(const QString& text);
std::optional<CrossPlanMatch> crossPlanMatchFromString(const QString& text);

// The spelled-out values, for error messages ("expected one of ...").
QString stepTypeNames();
QString stepScopeNames();
QString decompositionScopeNames();
QString crossPlanMatchNames();

} // namespace fw
