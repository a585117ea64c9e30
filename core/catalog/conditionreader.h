// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/condition.h"

namespace fw {

class JsonCursor;

// Reads a condition ({"field": ..., "op": ..., "value": ...}, {"all": [...]}, {"any": [...]},
// {"not": {...}}) and reports shape problems at the cursor's pointer.
Condition readCondition(const JsonCursor& cursor);
// Who reads it: a step's condition may use only the roots a step sees (line, order, account,
// deliveryGroup, action); other roots are reported.
enum class ConditionOwner { RuleOrScenario, Step };
Condition readCondition(const JsonCursor& cursor, ConditionOwner owner);

// Reads the optional "when" of an object; Always when absent.
Condition readOptionalCondition(const JsonCursor& owner, const char* key = "when");
// Reads the optional "when" of a plan-definition step; Always when absent.
Condition readStepCondition(const JsonCursor& step);

// The path roots a condition or mapping may use ("order", "account", "item", ...).
bool isKnownFieldPath(const QString& path);

} // namespace fw
