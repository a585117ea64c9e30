// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace fw {

struct OrderRuntime;
struct StepRuntime;

// A step's "when" as the step becomes ready (docs/catalog-format.md, "Step conditions"): it runs
// when the condition holds on one of its lines (with the line's delivery group, the order and the
// account as they are now), or on the order alone for a step without lines. Else skippedPayload is
// the journal payload of its skip: the condition, its text and the values it saw per line.
struct StepConditionVerdict {
    bool runs = true;
    QString skippedPayload;
};

StepConditionVerdict evaluateStepCondition(const OrderRuntime& order, const StepRuntime& step);

} // namespace fw
