// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/assetstate.h"

#include "changepreview.h"
#include "orderamendment.h"
#include "planreconciler.h"

#include <optional>

namespace fw {

class AccountLineRegistry;
struct OrderRuntime;

// A change order worked out against a running order, ready to preview or to write: the order as
// amended, its plan and the reconciliation with the running plan.
struct PreparedChange {
    ChangePreview preview;
    AmendedOrder amended; // empty document for a cancelOrder
    std::optional<OrchestrationPlan> plan; // the amended order's plan; empty for a cancelOrder
    Reconciliation reconciliation;
    bool ok() const { return preview.accepted(); }
};

// Amends the current order document, decomposes and plans the result against the order's catalog,
// and reconciles it with the running plan (docs/change-orders.md). Pure: nothing is written.
// currentDocument: the order as it stands (orders.current_document); revision: the one the change makes;
// now (valid): the plan's projected completion before and after is forecast at that instant.
// Problems (bad references, a cancelled or completed order, planning errors) land in preview.problems,
// located in the change order's file.
PreparedChange prepareChange(const OrderRuntime& current, const nlohmann::json& currentDocument, const ChangeOrder& change, int revision,
                             AccountLineRegistry* accountLines, const QDateTime& now = {}, const AssetLookup& assets = {});

} // namespace fw
