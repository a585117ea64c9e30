// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "changepreview.h"
#include "domain/plan.h"
#include "engine/orderruntime.h"

#include <vector>

namespace fw {

// One step of the reconciled plan, as the store will hold it.
struct ReconciledStep {
    StepChange change; // id, lines, dependsOn, kind, states and reason (what the preview shows)
    const StepDefinition* definition = nullptr;
    int current = -1; // index into the current OrderRuntime::steps; -1: a step the change adds
    StepState stateAfter = StepState::Pending;
};

// One fulfillment line after the change.
struct ReconciledLine {
    FulfillmentLine line; // kept and amended lines: the current line (its learnt fields) with the new quantity and attributes
    LineChange change;
    int current = -1; // index into the current OrderRuntime::lines; -1: added
    bool earlier = false; // removed by an earlier change: not part of this one
    // Amended lines: what changed, as template paths ("line.quantity", "line.attributes.tier",
    // "deliveryGroup" for its address or date), matched against what a started step reads.
    QStringList changedInputs;
};

struct Reconciliation {
    std::vector<ReconciledStep> steps; // the current steps in their order, then the added ones
    std::vector<ReconciledLine> lines; // the current lines in their order, then the added ones
    std::vector<PonrRefusal> refusals;
    QStringList inFlight; // callouts out now on steps the change touches
    bool accepted() const { return refusals.empty(); }
};

struct ReconcileInput {
    const OrderRuntime* current = nullptr; // the order as it runs now
    const Order* nextOrder = nullptr; // the order as amended; null: the whole order is cancelled
    const OrchestrationPlan* nextPlan = nullptr; // planned from nextOrder; null with it
    int revision = 1; // the revision the change makes: redone steps get "@r<revision>"
};

// Diffs the running plan against the plan of the amended order and decides, per step, what the
// change does (docs/change-orders.md, "Reconciling a running plan"). Pure: the caller previews
// the result or writes it (ChangeWriter).
//
// Steps are matched by id (the planner's ids are stable: scope, scope key, step key); a step
// redone by an earlier change ("<id>@r2") stands for its base id. For each current step:
// - the new plan has it with the same inputs: kept
// - inputs changed: its lines; for a step not started yet, anything about its lines (quantity,
//   attributes, delivery group); for a started one, something its templates read (its callout
//   payload and path, auto task parameters, pause condition; a manual task reads everything):
//   - not started: amended
//   - completed and the change only adds lines to it: kept, plus an instance for the added lines
//   - completed: past a hard PONR: refused; with a compensation (or soft PONR): compensated and
//     redone ("<id>@r<revision>", after the compensation); without: kept, its effect stands
//   - waiting, retrying or in fallout: cancelled and redone (a started callout past a hard PONR: refused)
// - the new plan has no such step (its line removed, the order cancelled): not started or
//   unfinished: discarded; completed: as above, without the redo
// Callouts out now on a touched step are listed in inFlight: the change must wait for their replies.
// Steps still to run that waited for a compensated step also wait for its compensation (an invoice
// is not sent for a returned item).
Reconciliation reconcilePlan(const ReconcileInput& input);

// The field paths a step definition's templates read ("line.attributes.model", "deliveryGroup.address.city");
// "*" for a manual task (a person reads everything).
QStringList templateInputs(const StepDefinition& definition);

} // namespace fw
