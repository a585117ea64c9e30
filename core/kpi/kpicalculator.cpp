// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "kpicalculator.h"

#include "store/kpidrillreader.h"
#include "store/kpistorereader.h"

#include <algorithm>
#include <map>
#include <string_view>

namespace fw {

namespace {
    // "YYYY-MM-DD…" -> the Julian day, or -1.
    qint64 julianDayOf(std::string_view text)
    {
        if (text.size() < 10 || text[4] != '-' || text[7] != '-')
            return -1;
        int parts[3] = { 0, 0, 0 };
        const std::size_t starts[3] = { 0, 5, 8 };
        const std::size_t lengths[3] = { 4, 2, 2 };
        for (int p = 0; p < 3; ++p) {
            for (std::size_t i = starts[p]; i < starts[p] + lengths[p]; ++i) {
                if (text[i] < '0' || text[i] > '9')
                    return -1;
                parts[p] = parts[p] * 10 + (text[i] - '0');
            }
        }
        const QDate date(parts[0], parts[1], parts[2]);
        return date.isValid() ? date.toJulianDay() : -1;
    }

    struct DayFacts {
        std::vector<qint64> cycles; // completed orders
        int cancelled = 0;
        int withFallout = 0;
        int touchless = 0;
    };

    void sortCounts(std::vector<KpiCount>& counts)
    {
        std::sort(counts.begin(), counts.end(),
                  [](const KpiCount& a, const KpiCount& b) { return a.count != b.count ? a.count > b.count : a.key < b.key; });
    }

    Status checkRange(const KpiRange& range)
    {
        if (!range.from.isValid() || !range.to.isValid())
            return failure(QStringLiteral("KPI range: both days must be valid dates"));
        if (range.from > range.to)
            return failure(
                QStringLiteral("KPI range: from %1 is after to %2").arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate)));
        if (range.from.daysTo(range.to) >= 3660)
            return failure(QStringLiteral("KPI range: %1 to %2 is longer than ten years")
                               .arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate)));
        return {};
    }

    // The order facts of the range, counted per day.
    Status readOrders(const KpiStoreReader& reader, const KpiRange& range, std::vector<DayFacts>& days)
    {
        const qint64 first = range.from.toJulianDay();
        char lastDay[10] = {};
        DayFacts* day = nullptr;
        const Status read
            = reader.visitOrderFacts(KpiCalculator::rangeBegin(range), KpiCalculator::rangeEnd(range), [&](const KpiOrderFact& fact) {
                  const std::string_view finished = fact.finishedAt;
                  if (finished.size() < 10)
                      return;
                  if (!day || !std::equal(finished.begin(), finished.begin() + 10, lastDay)) {
                      const qint64 index = julianDayOf(finished) - first;
                      if (index < 0 || index >= qint64(days.size()))
                          return;
                      day = &days[std::size_t(index)];
                      std::copy(finished.begin(), finished.begin() + 10, lastDay);
                  }
                  if (fact.completed) {
                      day->cycles.push_back(fact.cycleSeconds);
                      if (fact.touchless)
                          ++day->touchless;
                  } else {
                      ++day->cancelled;
                  }
                  if (fact.falloutCases > 0)
                      ++day->withFallout;
              });
        if (!read)
            return read.error();
        return {};
    }

    Status readLanes(const KpiStoreReader& reader, const KpiRange& range, const QHash<QString, QString>& names, KpiReport& report)
    {
        const auto rows = reader.laneDays(range.from, range.to);
        if (!rows)
            return rows.error();
        std::map<QString, LaneAdherence> lanes;
        for (const KpiLaneDay& row : *rows) {
            LaneAdherence day;
            day.lane = row.lane;
            day.label = names.value(day.lane, day.lane);
            day.day = QDate::fromString(row.day, Qt::ISODate);
            day.stepsDone = row.done;
            day.stepsOnTime = row.onTime;
            LaneAdherence& total = lanes[day.lane];
            total.lane = day.lane;
            total.label = day.label;
            total.stepsDone += day.stepsDone;
            total.stepsOnTime += day.stepsOnTime;
            report.stepsDone += day.stepsDone;
            report.stepsOnTime += day.stepsOnTime;
            report.laneAdherenceByDay.push_back(std::move(day));
        }
        for (auto& [lane, total] : lanes)
            report.laneAdherence.push_back(std::move(total));
        return {};
    }

    Status readFallout(const KpiStoreReader& reader, const KpiRange& range, KpiStoreReader::FalloutKey key,
                       const QHash<QString, QString>& names, std::vector<KpiCount>& counts)
    {
        const auto rows = reader.falloutCounts(key, KpiCalculator::rangeBegin(range), KpiCalculator::rangeEnd(range));
        if (!rows)
            return rows.error();
        for (const auto& [name, count] : *rows)
            counts.push_back({ name, names.value(name, name), count });
        sortCounts(counts);
        return {};
    }
} // namespace

QString KpiCalculator::rangeBegin(const KpiRange& range)
{
    return range.from.toString(Qt::ISODate) + QStringLiteral("T00:00:00.000Z");
}

QString KpiCalculator::rangeEnd(const KpiRange& range)
{
    return range.to.addDays(1).toString(Qt::ISODate) + QStringLiteral("T00:00:00.000Z");
}

qint64 KpiCalculator::nearestRank(std::vector<qint64>& values, int percent)
{
    if (values.empty())
        return 0;
    const std::size_t n = values.size();
    const std::size_t rank = std::max<std::size_t>(1, (n * std::size_t(percent) + 99) / 100); // ceil(percent/100 * n)
    auto nth = values.begin() + std::ptrdiff_t(rank - 1);
    std::nth_element(values.begin(), nth, values.end());
    return *nth;
}

std::vector<CycleTimeBucket> KpiCalculator::cycleTimeBuckets()
{
    constexpr qint64 hour = 3600;
    constexpr qint64 day = 24 * hour;
    return { { QStringLiteral("< 1h"), 0, hour },
             { QStringLiteral("1-4h"), hour, 4 * hour },
             { QStringLiteral("4-12h"), 4 * hour, 12 * hour },
             { QStringLiteral("12-24h"), 12 * hour, day },
             { QStringLiteral("1-2d"), day, 2 * day },
             { QStringLiteral("2-5d"), 2 * day, 5 * day },
             { QStringLiteral(">= 5d"), 5 * day, -1 } };
}

KpiRange KpiCalculator::lastDays(int days, const QDateTime& now)
{
    const QDate today = now.toUTC().date();
    return { today.addDays(-qint64(std::max(days, 1)) + 1), today };
}

Result<std::vector<DrillOrder>> KpiCalculator::drillDown(const QSqlDatabase& database, const KpiRange& range, const KpiDrill& drill,
                                                         const QDateTime& now, int limit)
{
    if (limit <= 0)
        return std::vector<DrillOrder> {};
    using Kind = KpiDrill::Kind;
    const bool byDay = drill.kind == Kind::CompletedOn || drill.kind == Kind::FalloutOn || drill.kind == Kind::TouchlessOn;
    if (byDay && !drill.day.isValid())
        return failure(QStringLiteral("KPI drill-down: this chart point needs a day"));
    // The days the query covers: the point's day, else the range.
    const KpiRange days = drill.day.isValid() && drill.kind != Kind::FalloutLane && drill.kind != Kind::FalloutSignature
        ? KpiRange { drill.day, drill.day }
        : range;
    if (!days.from.isValid() || !days.to.isValid() || days.from > days.to)
        return failure(QStringLiteral("KPI drill-down: the range is not valid"));
    const auto buckets = cycleTimeBuckets();
    if (drill.kind == Kind::CycleBucket && (drill.bucket < 0 || drill.bucket >= int(buckets.size())))
        return failure(QStringLiteral("KPI drill-down: no cycle-time bucket %1 (0 to %2)").arg(drill.bucket).arg(buckets.size() - 1));
    const CycleTimeBucket bucket = drill.kind == Kind::CycleBucket ? buckets[std::size_t(drill.bucket)] : CycleTimeBucket {};
    auto orders = readKpiDrillOrders(database, drill, rangeBegin(days), rangeEnd(days), bucket, now, limit);
    if (!orders)
        return orders.error();
    return std::move(*orders);
}

Result<KpiReport> KpiCalculator::compute(const QSqlDatabase& database, const KpiRange& range, const QDateTime& now)
{
    if (Status read = checkRange(range); !read)
        return read.error();
    const KpiStoreReader reader(database);
    KpiReport report;
    report.range = range;
    report.computedAt = now.toUTC();
    report.cycleTimeHistogram = cycleTimeBuckets();
    const auto laneNames = reader.laneNames();
    if (!laneNames)
        return laneNames.error();
    const QHash<QString, QString>& names = *laneNames;

    std::vector<DayFacts> facts(std::size_t(range.from.daysTo(range.to) + 1));
    if (Status read = readOrders(reader, range, facts); !read)
        return read.error();
    std::size_t completed = 0;
    for (const DayFacts& day : facts)
        completed += day.cycles.size();
    std::vector<qint64> all;
    all.reserve(completed);
    qint64 sum = 0;
    for (std::size_t i = 0; i < facts.size(); ++i) {
        DayFacts& f = facts[i];
        KpiDay day;
        day.day = range.from.addDays(qint64(i));
        day.completed = int(f.cycles.size());
        day.cancelled = f.cancelled;
        day.withFallout = f.withFallout;
        day.touchless = f.touchless;
        for (qint64 cycle : f.cycles) {
            sum += cycle;
            for (CycleTimeBucket& bucket : report.cycleTimeHistogram) {
                if (cycle >= bucket.fromSeconds && (bucket.toSeconds < 0 || cycle < bucket.toSeconds)) {
                    ++bucket.orders;
                    break;
                }
            }
        }
        all.insert(all.end(), f.cycles.begin(), f.cycles.end());
        day.medianCycleSeconds = nearestRank(f.cycles, 50);
        day.p90CycleSeconds = nearestRank(f.cycles, 90);
        report.ordersCompleted += day.completed;
        report.ordersCancelled += day.cancelled;
        report.ordersWithFallout += day.withFallout;
        report.touchlessOrders += day.touchless;
        report.days.push_back(day);
    }
    if (!all.empty()) {
        report.meanCycleSeconds = qRound64(double(sum) / double(all.size()));
        report.medianCycleSeconds = nearestRank(all, 50);
        report.p90CycleSeconds = nearestRank(all, 90);
    }
    if (Status read = readLanes(reader, range, names, report); !read)
        return read.error();
    if (Status read = readFallout(reader, range, KpiStoreReader::FalloutKey::Lane, names, report.falloutByLane); !read)
        return read.error();
    if (Status read = readFallout(reader, range, KpiStoreReader::FalloutKey::Signature, {}, report.falloutBySignature); !read)
        return read.error();
    auto openWork = reader.openWork(now);
    if (!openWork)
        return openWork.error();
    for (QueueAges& queue : *openWork) {
        QueueLoad load;
        load.kind = queue.kind;
        load.queue = queue.queue;
        load.open = int(queue.ageSeconds.size());
        load.oldestSeconds = *std::max_element(queue.ageSeconds.begin(), queue.ageSeconds.end());
        load.medianAgeSeconds = nearestRank(queue.ageSeconds, 50);
        report.queues.push_back(std::move(load));
    }
    return report;
}

} // namespace fw
