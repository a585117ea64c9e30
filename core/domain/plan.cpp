#include "plan.h"

namespace fw {

int OrchestrationPlan::stepIndex(const QString& id) const { return m_stepIndex.value(id, -1); }

} // namespace fw
