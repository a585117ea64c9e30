// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/steptypes.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace fw {

// How step types, step scopes and decomposition scopes read and look in the workbench. The labels
// are translated; the catalog spelling (toString in steptypes.h) stays in ids and tooltips.
class StepPresentation {
    Q_DECLARE_TR_FUNCTIONS(fw::StepPresentation)

public:
    static QString typeLabel(StepType type);
    static QString typeDescription(StepType type);
    static QColor typeColor(StepType type);
    static QString scopeLabel(StepScope scope);
    static QString scopeLabel(DecompositionScope scope);
    // A stable accent colour for the lane at `index` in the catalog's lane order.
    static QColor laneColor(int index);
};

} // namespace fw
