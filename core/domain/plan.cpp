// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "plan.h"

namespace fw {

int OrchestrationPlan::stepIndex(const QString& id) const
{
    return m_stepIndex.value(id, -1);
}

void OrchestrationPlan::rebuildStepIndex()
{
    m_stepIndex.clear();
    m_stepIndex.reserve(static_cast<qsizetype>(steps.size()));
    for (std::size_t i = 0; i < steps.size(); ++i)
        m_stepIndex.insert(steps[i].id, static_cast<int>(i));
}

} // namespace fw
