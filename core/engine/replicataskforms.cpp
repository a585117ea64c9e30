#include "replicataskforms.h"

#include "enginesnapshot.h"
#include "store/storedcatalogs.h"

#include <QSqlQuery>

namespace fw {

void ReplicaTaskForms::fill(const QSqlDatabase& database, TaskSummary& task)
{
    const QString key = task.orderId + QLatin1Char('\n') + task.stepId;
    if (const auto known = m_specs.constFind(key); known != m_specs.cend()) {
        task.spec = *known;
        return;
    }
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT o.catalog_id, s.plan_definition, s.step_key FROM steps s JOIN orders o ON o.id = s.order_id "
                                 "WHERE s.order_id = ? AND s.id = ?"));
    query.addBindValue(task.orderId);
    query.addBindValue(task.stepId);
    if (!query.exec() || !query.next())
        return;
    const QString catalogId = query.value(0).toString();
    auto found = m_catalogs.find(catalogId);
    if (found == m_catalogs.end())
        found = m_catalogs.insert(catalogId, StoredCatalogs::load(database, catalogId).catalog);
    const PlanDefinition* plan = *found ? (*found)->planDefinition(query.value(1).toString()) : nullptr;
    if (const StepDefinition* step = plan ? plan->step(query.value(2).toString()) : nullptr)
        task.spec = step->manualTask;
    if (m_specs.size() > 10000) // a long day of other workstations' tasks: start again
        m_specs.clear();
    m_specs.insert(key, task.spec);
}

} // namespace fw
