// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>
#include <QVariantMap>

namespace fw {

struct FormField;
struct ManualTaskSpec;

// Checks manual-task form data against the catalog's form: required fields present and
// non-empty, values of the declared type (integer, number, boolean, ISO date or date-time, one of
// the enum options), no unknown fields. One message per problem, naming the field by its label.
QStringList validateForm(const ManualTaskSpec& spec, const QVariantMap& data);
// The problem with one field's value ("is required", "must be a whole number"), empty when fine.
// A required yes/no must be given explicitly (true or false): missing or null is "is required:
// answer yes or no", never taken as false.
QString validateFormField(const FormField& field, const QVariant& value);

} // namespace fw
