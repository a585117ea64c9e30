// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/catalog.h"

#include <QHash>
#include <QSqlDatabase>

#include <memory>
#include <vector>

namespace fw {

struct FalloutSummary;
struct TaskSummary;

// The catalog's instructions and form for the tasks of orders this engine does not hold in memory
// (replicas of other workstations' orders, docs/sync.md, and its own orders waiting in the store),
// so the task inbox can show and validate the same form as for a resident order's task (the GUI
// fills the one task an operator opens: StoreSession::readTask); a replica's completion then goes
// to the owner. Also a waiting order's fallout case's endpoint (the engine's snapshot). Catalogs and
// forms are read from the store once and kept.
class ReplicaTaskForms {
public:
    // Fills `task.spec` from the stored catalog of the task's order and its step definition.
    void fill(const QSqlDatabase& database, TaskSummary& task);
    // Fills `fallout.endpoint` (callouts) from the stored catalog of the case's order.
    void fill(const QSqlDatabase& database, FalloutSummary& fallout);

private:
    const StepDefinition* definition(const QSqlDatabase& database, const QString& orderId, const QString& stepId);

    QHash<QString, std::shared_ptr<const Catalog>> m_catalogs; // catalog id -> parsed (null: unreadable)
    QHash<QString, ManualTaskSpec> m_specs; // order id + step id -> what fill() found, so each tick reads nothing
};

} // namespace fw
