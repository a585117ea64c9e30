// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace fw {

// Where a stored step comes from: its order's catalog, the plan definition and the step's key in it.
struct StepOrigin {
    QString catalogId;
    QString planDefinition;
    QString stepKey;
};

// Reads a step's origin (steps joined with orders); nullopt when there is no such step.
Result<std::optional<StepOrigin>> readStepOrigin(const QSqlDatabase& database, const QString& orderId, const QString& stepId);

} // namespace fw
