// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "kpi/kpireport.h"

// A hand-made KPI report for the dashboard tests: 4 days (2026-03-02..05, the last without
// orders), 3 lanes, 3 error signatures, 3 queues. Totals: 30 completed, 3 cancelled, 2 with fallout
// (6.1 %, above the 2 % target), 19 touchless, 188 of 200 steps on time.
namespace fw::test {

inline QDate kpiDay(int offset)
{
    return QDate(2026, 3, 2).addDays(offset);
}

inline KpiReport sampleKpiReport()
{
    KpiReport report;
    report.range = { kpiDay(0), kpiDay(3) };
    report.computedAt = QDateTime(QDate(2026, 3, 5), QTime(14, 30), Qt::UTC);
    report.ordersCompleted = 30;
    report.ordersCancelled = 3;
    report.ordersWithFallout = 2;
    report.touchlessOrders = 19;
    report.medianCycleSeconds = 3 * 3600;
    report.p90CycleSeconds = 10 * 3600;
    report.meanCycleSeconds = 4 * 3600;
    report.stepsDone = 200;
    report.stepsOnTime = 188;
    report.cycleTimeHistogram = { { QStringLiteral("< 1h"), 0, 3600, 4 },       { QStringLiteral("1-4h"), 3600, 14400, 15 },
                                  { QStringLiteral("4-12h"), 14400, 43200, 8 }, { QStringLiteral("12-24h"), 43200, 86400, 2 },
                                  { QStringLiteral("1-2d"), 86400, 172800, 1 }, { QStringLiteral("2-5d"), 172800, 432000, 0 },
                                  { QStringLiteral(">= 5d"), 432000, -1, 0 } };
    report.days = {
        { kpiDay(0), 10, 0, 1, 6, 3 * 3600, 8 * 3600 },
        { kpiDay(1), 12, 1, 0, 9, 9000, 6 * 3600 },
        { kpiDay(2), 8, 2, 1, 4, 4 * 3600, 12 * 3600 },
        { kpiDay(3), 0, 0, 0, 0, 0, 0 },
    };
    report.laneAdherence = { { QStringLiteral("billing"), QStringLiteral("Billing"), {}, 50, 48 },
                             { QStringLiteral("logistics"), QStringLiteral("Logistics"), {}, 90, 80 },
                             { QStringLiteral("provisioning"), QStringLiteral("Provisioning"), {}, 60, 60 } };
    report.laneAdherenceByDay = { { QStringLiteral("billing"), QStringLiteral("Billing"), kpiDay(0), 20, 19 },
                                  { QStringLiteral("logistics"), QStringLiteral("Logistics"), kpiDay(0), 40, 36 },
                                  { QStringLiteral("billing"), QStringLiteral("Billing"), kpiDay(1), 30, 29 },
                                  { QStringLiteral("logistics"), QStringLiteral("Logistics"), kpiDay(1), 30, 24 },
                                  { QStringLiteral("logistics"), QStringLiteral("Logistics"), kpiDay(2), 20, 20 },
                                  { QStringLiteral("provisioning"), QStringLiteral("Provisioning"), kpiDay(2), 60, 60 } };
    report.falloutByLane = { { QStringLiteral("provisioning"), QStringLiteral("Provisioning"), 3 },
                             { QStringLiteral("billing"), QStringLiteral("Billing"), 1 } };
    report.falloutBySignature = {
        { QStringLiteral("sig-a1"), QStringLiteral("HTTP 503 from inventory-service POST /reservations (timeout after 30 s)"), 2 },
        { QStringLiteral("sig-b2"), QStringLiteral("SCHEMA_MISMATCH: missing field serviceId"), 1 },
        { QStringLiteral("sig-c3"), QStringLiteral("Address validation failed"), 1 },
    };
    report.queues = { { QStringLiteral("billing-review"), QStringLiteral("task"), 5, 26 * 3600, 4 * 3600 },
                      { QStringLiteral("provisioning"), QStringLiteral("fallout"), 3, 50 * 3600, 20 * 3600 },
                      { QStringLiteral("shipping"), QStringLiteral("task"), 12, 2 * 3600, 1800 } };
    return report;
}

// Two days only (2026-03-10..11), one lane: replaces the sample, nothing of it may remain.
inline KpiReport smallKpiReport()
{
    KpiReport report;
    report.range = { QDate(2026, 3, 10), QDate(2026, 3, 11) };
    report.computedAt = QDateTime(QDate(2026, 3, 11), QTime(9, 0), Qt::UTC);
    report.ordersCompleted = 7;
    report.ordersWithFallout = 0;
    report.touchlessOrders = 7;
    report.medianCycleSeconds = 3600;
    report.p90CycleSeconds = 7200;
    report.cycleTimeHistogram = { { QStringLiteral("< 1h"), 0, 3600, 3 }, { QStringLiteral(">= 1h"), 3600, -1, 4 } };
    report.days = { { QDate(2026, 3, 10), 3, 0, 0, 3, 1800, 3600 }, { QDate(2026, 3, 11), 4, 0, 0, 4, 3600, 7200 } };
    report.laneAdherence = { { QStringLiteral("billing"), QStringLiteral("Billing"), {}, 10, 10 } };
    report.laneAdherenceByDay = { { QStringLiteral("billing"), QStringLiteral("Billing"), QDate(2026, 3, 11), 10, 10 } };
    report.queues = { { QStringLiteral("shipping"), QStringLiteral("task"), 1, 600, 600 } };
    return report;
}

// The sample's days with 13 lanes (long names sharing their first words, one without a name), error
// signatures and queues whose names differ only at the end: what a big store shows.
inline KpiReport manyLanesKpiReport()
{
    KpiReport report = sampleKpiReport();
    report.laneAdherence.clear();
    report.laneAdherenceByDay.clear();
    report.falloutByLane.clear();
    for (int l = 0; l < 13; ++l) {
        const QString lane = QStringLiteral("lane-%1").arg(l, 2, 10, QLatin1Char('0'));
        const QString label = l == 12 ? QString() : QStringLiteral("Fibre access provisioning region %1").arg(l + 1);
        int done = 0;
        int onTime = 0;
        for (int d = 0; d < 3; ++d) {
            const int steps = 20 + l;
            const int late = (l * 3 + d) % 7;
            report.laneAdherenceByDay.push_back({ lane, label, kpiDay(d), steps, steps - late });
            done += steps;
            onTime += steps - late;
        }
        report.laneAdherence.push_back({ lane, label, {}, done, onTime });
        report.falloutByLane.push_back({ lane, label, 13 - l });
    }
    report.falloutBySignature.clear();
    for (int i = 0; i < 12; ++i)
        report.falloutBySignature.push_back({ QStringLiteral("sig-%1").arg(i),
                                              QStringLiteral("HTTP 503 from inventory-service POST /reservations/%1 (timeout)").arg(i),
                                              20 - i });
    report.queues.clear();
    for (int q = 0; q < 9; ++q)
        report.queues.push_back({ QStringLiteral("field-operations-region-%1").arg(q + 1),
                                  q % 3 ? QStringLiteral("task") : QStringLiteral("fallout"), q + 1, (q + 2) * 3600, 1800 });
    return report;
}

} // namespace fw::test
