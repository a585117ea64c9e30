// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// loadStepHistory (stephistoryreader.h): step durations from the KPI facts.

#include "store/stephistoryreader.h"

#include "common/clock.h"
#include "sqlitequery.h"
#include "sqlitequery.h"

namespace fw {

Result<StepHistory> loadStepHistory(const QSqlDatabase& database, const QDateTime& now, int windowDays)
{
    SqliteQuery rows(SqliteQuery::handleOf(database),
                     "SELECT plan_definition, step_key, lane, seconds FROM kpi_steps WHERE finished_at >= ? AND finished_at <= ?");
    if (!rows.isValid())
        return failure(rows.error(), {}, QStringLiteral("cannot read the step history"));
    rows.bind(1, toStoreTime(now.addDays(-windowDays)));
    rows.bind(2, toStoreTime(now));
    StepHistory history;
    while (rows.next())
        history.add(rows.text(0), rows.text(1), rows.text(2), rows.integer(3));
    if (!rows.error().isEmpty())
        return failure(rows.error(), {}, QStringLiteral("cannot read the step history"));
    history.finish();
    return history;
}

} // namespace fw
