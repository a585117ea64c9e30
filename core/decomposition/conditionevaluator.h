// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/condition.h"
#include "fieldresolver.h"

namespace fw {

// Evaluates a condition against a field context. Numbers compare numerically, everything else as
// text (ISO dates therefore compare chronologically). A missing field equals nothing and only
// satisfies "notExists", "ne" and "notIn".
bool evaluateCondition(const Condition& condition, const FieldContext& context);

} // namespace fw
