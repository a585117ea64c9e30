#include "replicataskforms.h"

#include "enginesnapshot.h"
#include "store/steporigin.h"
#include "store/storedcatalogs.h"

namespace fw {

void ReplicaTaskForms::fill(const QSqlDatabase& database, TaskSummary& task)
{
    const QString key = task.orderId + QLatin1Char('\n') + task.stepId;
    if (const auto known = m_specs.constFind(key); known != m_specs.cend()) {
        task.spec = *known;
        return;
    }
    const auto origin = readStepOrigin(database, task.orderId, task.stepId);
    if (!origin) {
        qWarning("engine: %s", qPrintable(origin.message()));
        return;
    }
    if (!*origin)
        return;
    const QString catalogId = (*origin)->catalogId;
    auto found = m_catalogs.find(catalogId);
    if (found == m_catalogs.end())
        found = m_catalogs.insert(catalogId, StoredCatalogs::load(database, catalogId).catalog);
    const PlanDefinition* plan = *found ? (*found)->planDefinition((*origin)->planDefinition) : nullptr;
    if (const StepDefinition* step = plan ? plan->step((*origin)->stepKey) : nullptr)
        task.spec = step->manualTask;
    if (m_specs.size() > 10000) // a long day of other workstations' tasks: start again
        m_specs.clear();
    m_specs.insert(key, task.spec);
}

} // namespace fw
