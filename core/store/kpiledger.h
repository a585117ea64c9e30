// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include "common/result.h"

namespace fw {

// Keeps the KPI facts (schema v11: kpi_orders, kpi_steps, kpi_lane_days, kpi_fallout; docs/kpi.md)
// up to date with the journal. It reads the journal entries after its own cursor
// (kpi_state.journal_seq) and, in one transaction, turns
//   - orders that finished (order.state -> completed/cancelled) into kpi_orders rows,
//   - steps that completed (step.state -> completed) into kpi_steps rows and the per (day, lane)
//     rollup kpi_lane_days,
//   - orders whose steps fell out (step.state -> fallout), and finished orders, into kpi_fallout
//     rows (one per fallout case, with lane and signature).
// Facts are computed from the order's rows as they stand, so the ledger is incremental and
// idempotent: running it twice, or seeing an order's events again after a sync replica rewrote it,
// replaces rows and moves the rollup by the difference only. Defined in store/kpiledger.cpp: all
// SQL lives in core/store.
class KpiLedger {
public:
    // Returns how many journal entries it consumed (0 when up to date), or what failed and why
    // (nothing is changed then).
    static Result<qint64> catchUp(QSqlDatabase& database);

    // Journal kinds that are a person's action whatever the actor (an order with one is not
    // touchless); besides these, every step.state entry whose actor is not "engine" (a person
    // completed a task, retried, skipped or cancelled fallout).
    static const QStringList& personActionKinds();
    static QString engineActor() { return QStringLiteral("engine"); }
};

} // namespace fw
