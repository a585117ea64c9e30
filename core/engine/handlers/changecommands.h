// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "engine/executioncontext.h"

#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <vector>

namespace fw {

struct ChangeOrder;
struct ChangePreview;
struct OrderRuntime;
struct PreparedChange;

// In-flight change on the orders this engine runs (docs/change-orders.md). preview works out what a
// change order would do, writing nothing. submit applies it in one transaction and runs the
// reconciled plan; a change that touches a callout in flight freezes the order (nothing new starts)
// and waits: before each run of the loop, waiting changes whose replies are in are applied in the
// order they came (after a restart they wait again: loaded()). The error names the problem
// (file:pointer: reason) or the refusal (the step and line past their PONR). outcome: "applied: 2
// kept, 1 added, ..." or "waiting for the replies of ...".
class ChangeCommands final : public RunLoopParticipant {
public:
    explicit ChangeCommands(ExecutionContext& context);
    ~ChangeCommands() override;

    ChangePreview preview(const nlohmann::json& document, const QString& label);
    Status submit(const nlohmann::json& document, const QString& label, const QString& user, QString* outcome = nullptr);
    // How many change orders wait for callouts in flight.
    int waiting() const { return int(m_waitingChanges.size()); }

    // RunLoopParticipant
    Status loaded() override; // the waiting changes of the store freeze their orders again
    Status beforeRun() override; // applies the waiting changes whose replies are in

private:
    struct WaitingChange {
        QString orderId;
        QString document; // the change order's JSON text
        QString label;
        QString user;
    };
    PreparedChange prepare(const ChangeOrder& change, bool resuming = false);
    Status applyPrepared(OrderRuntime& order, const PreparedChange& prepared, const ChangeOrder& change, const QString& document,
                         const QString& user);
    Status applyWaitingChanges();

    ExecutionContext& m_context;
    std::vector<WaitingChange> m_waitingChanges; // change orders waiting for callouts in flight, oldest first
    bool m_applyingWaitingChanges = false;
};

} // namespace fw
