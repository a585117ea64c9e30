// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "decomposition/fieldresolver.h"

#include <QString>

namespace fw {

class ExecutionContext;
struct OrderRuntime;
struct StepRuntime;

// Why a step fell out, as its fallout case records it.
struct FalloutFacts {
    QString error;
    QString classification; // "fatal" or "retriable"
    QString request = {}; // callouts: the request and response of the last attempt
    QString response = {};
    QString rule = {}; // the fallout rule that matched
    QString queue = {}; // the rule's queue, else the step's falloutQueue, else "fallout"
};

// Moves the step to fallout, opens its fallout case and puts the order on hold (nothing new starts
// until an operator resumes it); written with the context's next flush.
void openFallout(ExecutionContext& context, OrderRuntime& order, int step, const FalloutFacts& facts);

// What templates and conditions of a step see: the order, the step's first line and that line's group.
FieldContext fieldContextOf(const OrderRuntime& order, const StepRuntime& step);

} // namespace fw
