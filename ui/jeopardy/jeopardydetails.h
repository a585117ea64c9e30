// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sla/jeopardy.h"

#include <QCoreApplication>
#include <QString>

namespace fw {

class JeopardyModel;

// The jeopardy page's details of one finding (rich text): where it is, why, forecast against due,
// its open escalation with the notes, the order's critical path by step name, the rule's actions.
// Its texts are translated in the JeopardyPage context.
class JeopardyDetails {
    Q_DECLARE_TR_FUNCTIONS(fw::JeopardyPage)

public:
    static QString html(const JeopardyFinding& finding, const JeopardyModel& model);
};

} // namespace fw
