// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/condition.h"

#include <QString>
#include <QVariantMap>

#include <nlohmann/json_fwd.hpp>

namespace fw {

struct FieldContext;

// A condition in its catalog form ({"field", "op", "value"}, {"all": [...]}, ...), for plan documents.
nlohmann::json conditionToJson(const Condition& condition);

// A condition as one line of text for people: line.attributes.survey eq true, all(a; b), not(a).
QString conditionText(const Condition& condition);

// The values the condition's fields have in the context, by path (a missing field: an invalid QVariant,
// written as null), for the journal entry of a step skipped by its condition.
QVariantMap conditionValues(const Condition& condition, const FieldContext& context);

} // namespace fw
