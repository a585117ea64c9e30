// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "replicataskforms.h"

#include "common/logging.h"
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
    if (const StepDefinition* step = definition(database, task.orderId, task.stepId))
        task.spec = step->manualTask;
    if (m_specs.size() > 250000) // a long day of tasks: start again
        m_specs.clear();
    m_specs.insert(key, task.spec);
}

void ReplicaTaskForms::fill(const QSqlDatabase& database, FalloutSummary& fallout)
{
    if (const StepDefinition* step = definition(database, fallout.orderId, fallout.stepId))
        fallout.endpoint = step->callout.endpoint;
}

const StepDefinition* ReplicaTaskForms::definition(const QSqlDatabase& database, const QString& orderId, const QString& stepId)
{
    const auto origin = readStepOrigin(database, orderId, stepId);
    if (!origin) {
        qCWarning(lcEngine, "%s", qPrintable(origin.message()));
        return nullptr;
    }
    if (!*origin)
        return nullptr;
    const QString catalogId = (*origin)->catalogId;
    auto found = m_catalogs.find(catalogId);
    if (found == m_catalogs.end())
        found = m_catalogs.insert(catalogId, StoredCatalogs::load(database, catalogId).catalog);
    const PlanDefinition* plan = *found ? (*found)->planDefinition((*origin)->planDefinition) : nullptr;
    return plan ? plan->step((*origin)->stepKey) : nullptr;
}

} // namespace fw
