#pragma once

#include "domain/catalog.h"

#include <QHash>
#include <QSqlDatabase>

#include <memory>
#include <vector>

namespace fw {

struct TaskSummary;

// The catalog's instructions and form for the tasks of orders this engine does not run (replicas
// of other workstations' orders, docs/sync.md), so the task inbox can show and validate the same
// form as for a local task; the completion then goes to the owner. Catalogs and forms are read from
// the store once and kept.
class ReplicaTaskForms {
public:
    // Fills `task.spec` from the stored catalog of the task's order and its step definition.
    void fill(const QSqlDatabase& database, TaskSummary& task);

private:
    QHash<QString, std::shared_ptr<const Catalog>> m_catalogs; // catalog id -> parsed (null: unreadable)
    QHash<QString, ManualTaskSpec> m_specs; // order id + step id -> what fill() found, so each tick reads nothing
};

} // namespace fw
