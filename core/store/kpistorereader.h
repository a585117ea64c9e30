// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <string_view>
#include <vector>

namespace fw {

// One finished order's facts (kpi_orders).
struct KpiOrderFact {
    std::string_view finishedAt; // the store's time text, valid during the visit only
    bool completed = false; // else cancelled
    qint64 cycleSeconds = 0;
    qint64 falloutCases = 0;
    bool touchless = false;
};

// One lane's steps done on a day (kpi_lane_days).
struct KpiLaneDay {
    QString day; // YYYY-MM-DD
    QString lane;
    int done = 0;
    int onTime = 0;
};

// The open work of one queue: how long each open task (or fallout case) of it has waited.
struct QueueAges {
    QString kind; // "task" or "fallout"
    QString queue;
    std::vector<qint64> ageSeconds;
};

// The store reads of the KPI figures (KpiCalculator): the ledger's facts (KpiLedger) of a range,
// open work per queue now, and the lane names of the stored catalogs. Ranges are [begin, end) in
// the store's time text. Read-only.
class KpiStoreReader {
public:
    explicit KpiStoreReader(QSqlDatabase database);

    // Visits the facts of the orders finished in the range, in one pass over the covering index
    // kpi_orders_finished (hundreds of thousands of rows: nothing is kept).
    Status visitOrderFacts(const QString& begin, const QString& end, const std::function<void(const KpiOrderFact&)>& visit) const;
    // The lanes' steps done per day from `from` to `to` (both included), by day and lane.
    Result<std::vector<KpiLaneDay>> laneDays(const QDate& from, const QDate& to) const;
    enum class FalloutKey { Lane, Signature };
    // Fallout cases opened in the range, counted per lane or per signature.
    Result<std::vector<std::pair<QString, int>>> falloutCounts(FalloutKey key, const QString& begin, const QString& end) const;

    // Open tasks and open fallout cases at `now`: tasks first, then fallout, each by queue name.
    Result<std::vector<QueueAges>> openWork(const QDateTime& now) const;
    // Lane id -> lane name from the stored catalogs (the newest import wins). A catalog document
    // that cannot be read is passed over (the KPI figures then show the lane's id).
    Result<QHash<QString, QString>> laneNames() const;

private:
    QSqlDatabase m_database;
};

} // namespace fw
