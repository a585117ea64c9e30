// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <vector>

namespace fw {

// Days, UTC, both ends included.
struct KpiRange {
    QDate from;
    QDate to;
    bool contains(const QDate& day) const { return day >= from && day <= to; }
};

// Orders by cycle time (created in the store -> finished), bucket [fromSeconds, toSeconds).
struct CycleTimeBucket {
    QString label; // e.g. "< 1h", "1-4h", "4-12h", "12-24h", "1-2d", "2-5d", ">= 5d"
    qint64 fromSeconds = 0;
    qint64 toSeconds = -1; // -1: open-ended
    int orders = 0;
};

// One day of the range (days without orders are present with zeros, so charts have no gaps).
struct KpiDay {
    QDate day;
    int completed = 0; // orders that finished completed that day (throughput)
    int cancelled = 0;
    int withFallout = 0; // finished orders that had at least one fallout case
    int touchless = 0; // finished completed orders no person acted on
    qint64 medianCycleSeconds = 0; // of the orders completed that day; 0 when none
    qint64 p90CycleSeconds = 0;
    double falloutRate() const { return completed + cancelled ? double(withFallout) / (completed + cancelled) : 0.0; }
    double touchlessRatio() const { return completed ? double(touchless) / completed : 0.0; }
};

// Steps of a lane that completed within their estimate, over the range or on one day.
struct LaneAdherence {
    QString lane;
    QString label; // the lane's name from the stored catalog (the id when no catalog names it)
    QDate day; // invalid: the whole range
    int stepsDone = 0;
    int stepsOnTime = 0;
    double ratio() const { return stepsDone ? double(stepsOnTime) / stepsDone : 1.0; }
};

// A count under a key: fallout cases by lane or by error signature.
struct KpiCount {
    QString key;
    QString label;
    int count = 0;
};

// Open work in a queue now (not limited to the range).
struct QueueLoad {
    QString queue;
    QString kind; // "task" or "fallout"
    int open = 0;
    qint64 oldestSeconds = 0;
    qint64 medianAgeSeconds = 0;
};

// The supervisor's figures over a range. The dashboard's charts and `fwctl kpi` show the same.
struct KpiReport {
    static constexpr double falloutTarget = 0.02; // the seeds' 2 %

    KpiRange range;
    QDateTime computedAt;
    int ordersCompleted = 0;
    int ordersCancelled = 0;
    int ordersWithFallout = 0; // finished (completed or cancelled) orders with at least one fallout case
    int touchlessOrders = 0; // completed orders no person acted on
    qint64 medianCycleSeconds = 0; // completed orders
    qint64 p90CycleSeconds = 0;
    qint64 meanCycleSeconds = 0;
    int stepsDone = 0;
    int stepsOnTime = 0;
    std::vector<CycleTimeBucket> cycleTimeHistogram;
    std::vector<KpiDay> days; // every day of the range
    std::vector<LaneAdherence> laneAdherence; // per lane over the range, lanes by name
    std::vector<LaneAdherence> laneAdherenceByDay; // per lane and day (days with steps only)
    std::vector<KpiCount> falloutByLane; // cases opened in the range, most first
    std::vector<KpiCount> falloutBySignature; // same, by error signature (engine/falloutsignature.h)
    std::vector<QueueLoad> queues; // open tasks and fallout per queue now

    int ordersFinished() const { return ordersCompleted + ordersCancelled; }
    double falloutRate() const { return ordersFinished() ? double(ordersWithFallout) / ordersFinished() : 0.0; }
    double touchlessRatio() const { return ordersCompleted ? double(touchlessOrders) / ordersCompleted : 0.0; }
    double slaAdherence() const { return stepsDone ? double(stepsOnTime) / stepsDone : 1.0; }
};

// What a chart's bar or point stands for, to list the orders behind it.
struct KpiDrill {
    enum class Kind {
        CycleBucket, // orders completed in the range in cycle-time bucket `bucket`
        CompletedOn, // orders completed on `day` (throughput, cycle-time trend)
        FalloutOn, // orders finished on `day` that had fallout
        TouchlessOn, // completed orders on `day` no person acted on
        LaneLate, // orders with a step of lane `key` that finished late (on `day`, or in the range when invalid)
        FalloutLane, // orders with fallout cases of lane `key` opened in the range
        FalloutSignature, // orders with fallout cases of signature `key` opened in the range
        Queue, // orders with open work in queue `key`
    };
    Kind kind = Kind::CompletedOn;
    QString key;
    QDate day;
    int bucket = -1;
};

// One order behind a drill-down.
struct DrillOrder {
    QString orderId;
    QString account;
    QString state;
    QDateTime createdAt;
    QDateTime finishedAt; // invalid: not finished
    qint64 cycleSeconds = 0;
    QString detail; // e.g. the late step, the fallout error
};

} // namespace fw
