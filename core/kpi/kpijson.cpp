// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "kpijson.h"

#include "common/clock.h"
#include "common/jsonvariant.h"

namespace fw {

namespace {
    nlohmann::json day(const QDate& date)
    {
        return date.isValid() ? nlohmann::json(utf8(date.toString(Qt::ISODate))) : nlohmann::json();
    }
    nlohmann::json instant(const QDateTime& time)
    {
        return time.isValid() ? nlohmann::json(utf8(toStoreTime(time))) : nlohmann::json();
    }

    nlohmann::json lane(const LaneAdherence& lane, bool withDay)
    {
        nlohmann::json json { { "lane", utf8(lane.lane) },
                              { "label", utf8(lane.label) },
                              { "stepsDone", lane.stepsDone },
                              { "stepsOnTime", lane.stepsOnTime },
                              { "ratio", lane.ratio() } };
        if (withDay)
            json["day"] = day(lane.day);
        return json;
    }

    nlohmann::json counts(const std::vector<KpiCount>& counts)
    {
        auto json = nlohmann::json::array();
        for (const KpiCount& count : counts)
            json.push_back({ { "key", utf8(count.key) }, { "label", utf8(count.label) }, { "count", count.count } });
        return json;
    }
} // namespace

nlohmann::json kpiReportToJson(const KpiReport& report)
{
    nlohmann::json json;
    json["range"] = { { "from", day(report.range.from) }, { "to", day(report.range.to) } };
    json["computedAt"] = instant(report.computedAt);
    json["falloutTarget"] = KpiReport::falloutTarget;
    json["ordersCompleted"] = report.ordersCompleted;
    json["ordersCancelled"] = report.ordersCancelled;
    json["ordersFinished"] = report.ordersFinished();
    json["ordersWithFallout"] = report.ordersWithFallout;
    json["touchlessOrders"] = report.touchlessOrders;
    json["falloutRate"] = report.falloutRate();
    json["touchlessRatio"] = report.touchlessRatio();
    json["slaAdherence"] = report.slaAdherence();
    json["medianCycleSeconds"] = report.medianCycleSeconds;
    json["p90CycleSeconds"] = report.p90CycleSeconds;
    json["meanCycleSeconds"] = report.meanCycleSeconds;
    json["stepsDone"] = report.stepsDone;
    json["stepsOnTime"] = report.stepsOnTime;
    auto buckets = nlohmann::json::array();
    for (const CycleTimeBucket& bucket : report.cycleTimeHistogram)
        buckets.push_back({ { "label", utf8(bucket.label) },
                            { "fromSeconds", bucket.fromSeconds },
                            { "toSeconds", bucket.toSeconds < 0 ? nlohmann::json() : nlohmann::json(bucket.toSeconds) },
                            { "orders", bucket.orders } });
    json["cycleTimeHistogram"] = std::move(buckets);
    auto days = nlohmann::json::array();
    for (const KpiDay& d : report.days)
        days.push_back({ { "day", day(d.day) },
                         { "completed", d.completed },
                         { "cancelled", d.cancelled },
                         { "withFallout", d.withFallout },
                         { "touchless", d.touchless },
                         { "medianCycleSeconds", d.medianCycleSeconds },
                         { "p90CycleSeconds", d.p90CycleSeconds },
                         { "falloutRate", d.falloutRate() },
                         { "touchlessRatio", d.touchlessRatio() } });
    json["days"] = std::move(days);
    auto lanes = nlohmann::json::array();
    for (const LaneAdherence& l : report.laneAdherence)
        lanes.push_back(lane(l, false));
    json["laneAdherence"] = std::move(lanes);
    auto laneDays = nlohmann::json::array();
    for (const LaneAdherence& l : report.laneAdherenceByDay)
        laneDays.push_back(lane(l, true));
    json["laneAdherenceByDay"] = std::move(laneDays);
    json["falloutByLane"] = counts(report.falloutByLane);
    json["falloutBySignature"] = counts(report.falloutBySignature);
    auto queues = nlohmann::json::array();
    for (const QueueLoad& q : report.queues)
        queues.push_back({ { "queue", utf8(q.queue) },
                           { "kind", utf8(q.kind) },
                           { "open", q.open },
                           { "oldestSeconds", q.oldestSeconds },
                           { "medianAgeSeconds", q.medianAgeSeconds } });
    json["queues"] = std::move(queues);
    return json;
}

nlohmann::json drillOrdersToJson(const std::vector<DrillOrder>& orders)
{
    auto json = nlohmann::json::array();
    for (const DrillOrder& order : orders)
        json.push_back({ { "orderId", utf8(order.orderId) },
                         { "account", utf8(order.account) },
                         { "state", utf8(order.state) },
                         { "createdAt", instant(order.createdAt) },
                         { "finishedAt", instant(order.finishedAt) },
                         { "cycleSeconds", order.cycleSeconds },
                         { "detail", utf8(order.detail) } });
    return json;
}

} // namespace fw
