// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plangraph.h"

#include <QString>

#include <utility>
#include <vector>

namespace fw {

struct ChangePreview;
enum class StepChangeKind;
struct OrderDetail;

// The before/after of a change order preview as plan graphs (docs/change-orders.md, "Preview").
// Lanes are named from `lanes` (id, name; the order detail's), in that order; a lane only the
// change uses is added under its id.
//
// After: every step of ChangePreview::steps (the plan as the change leaves it, discarded steps
// where they were), each with its change badge and its state after the change.
PlanGraph planGraphAfterChange(const ChangePreview& preview, const std::vector<std::pair<QString, QString>>& lanes);
std::vector<NodeStatus> statusesAfterChange(const ChangePreview& preview);

// A previewed step change as the graph's badge.
NodeChange nodeChangeOf(StepChangeKind kind);

// Before: the order's plan as it stands (planGraphFromOrder), with a badge on the steps the change
// amends, discards or is refused at, and on completed steps it will compensate.
PlanGraph planGraphBeforeChange(const OrderDetail& detail, const ChangePreview& preview);

} // namespace fw
