#include "kpicalculator.h"

#include "store/kpistorereader.h"
#include "store/sqlitequery.h"
#include "store/sqlitestatement.h"

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

    std::optional<QString> checkRange(const KpiRange& range)
    {
        if (!range.from.isValid() || !range.to.isValid())
            return QStringLiteral("KPI range: both days must be valid dates");
        if (range.from > range.to)
            return QStringLiteral("KPI range: from %1 is after to %2")
                .arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate));
        if (range.from.daysTo(range.to) >= 3660)
            return QStringLiteral("KPI range: %1 to %2 is longer than ten years")
                .arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate));
        return std::nullopt;
    }

    // The order facts of the range in one pass over the covering index kpi_orders_finished.
    std::optional<QString> readOrders(sqlite3* db, const KpiRange& range, std::vector<DayFacts>& days)
    {
        SqliteQuery query(db,
                          "SELECT finished_at, state, cycle_seconds, fallout_cases, touchless FROM kpi_orders "
                          "INDEXED BY kpi_orders_finished WHERE finished_at >= ? AND finished_at < ?");
        if (!query.isValid())
            return QStringLiteral("KPI: cannot read the order facts (the store needs schema version 11): ") + query.error();
        query.bind(1, KpiCalculator::rangeBegin(range));
        query.bind(2, KpiCalculator::rangeEnd(range));
        const qint64 first = range.from.toJulianDay();
        char lastDay[10] = {};
        DayFacts* day = nullptr;
        while (query.next()) {
            const std::string_view finished = query.utf8(0);
            if (finished.size() < 10)
                continue;
            if (!day || !std::equal(finished.begin(), finished.begin() + 10, lastDay)) {
                const qint64 index = julianDayOf(finished) - first;
                if (index < 0 || index >= qint64(days.size()))
                    continue;
                day = &days[std::size_t(index)];
                std::copy(finished.begin(), finished.begin() + 10, lastDay);
            }
            const bool completed = query.utf8(1) == "completed";
            if (completed) {
                day->cycles.push_back(query.integer(2));
                if (query.integer(4))
                    ++day->touchless;
            } else {
                ++day->cancelled;
            }
            if (query.integer(3) > 0)
                ++day->withFallout;
        }
        if (!query.error().isEmpty())
            return QStringLiteral("KPI: cannot read the order facts: ") + query.error();
        return std::nullopt;
    }

    std::optional<QString> readLanes(sqlite3* db, const KpiRange& range, const QHash<QString, QString>& names, KpiReport& report)
    {
        SqliteQuery query(db,
                          "SELECT day, lane, done, on_time FROM kpi_lane_days WHERE day >= ? AND day <= ? AND done > 0 "
                          "ORDER BY day, lane");
        if (!query.isValid())
            return QStringLiteral("KPI: cannot read the lane rollup: ") + query.error();
        query.bind(1, range.from.toString(Qt::ISODate));
        query.bind(2, range.to.toString(Qt::ISODate));
        std::map<QString, LaneAdherence> lanes;
        while (query.next()) {
            LaneAdherence day;
            day.lane = query.text(1);
            day.label = names.value(day.lane, day.lane);
            day.day = QDate::fromString(query.text(0), Qt::ISODate);
            day.stepsDone = int(query.integer(2));
            day.stepsOnTime = int(query.integer(3));
            LaneAdherence& total = lanes[day.lane];
            total.lane = day.lane;
            total.label = day.label;
            total.stepsDone += day.stepsDone;
            total.stepsOnTime += day.stepsOnTime;
            report.stepsDone += day.stepsDone;
            report.stepsOnTime += day.stepsOnTime;
            report.laneAdherenceByDay.push_back(std::move(day));
        }
        if (!query.error().isEmpty())
            return QStringLiteral("KPI: cannot read the lane rollup: ") + query.error();
        for (auto& [lane, total] : lanes)
            report.laneAdherence.push_back(std::move(total));
        return std::nullopt;
    }

    std::optional<QString> readFallout(sqlite3* db, const KpiRange& range, const char* column, const QHash<QString, QString>& names,
                                       std::vector<KpiCount>& counts)
    {
        const std::string sql = std::string("SELECT ") + column
            + ", COUNT(*) FROM kpi_fallout WHERE opened_at >= ? AND opened_at < ? "
              "GROUP BY "
            + column;
        SqliteQuery query(db, sql.c_str());
        if (!query.isValid())
            return QStringLiteral("KPI: cannot read the fallout facts: ") + query.error();
        query.bind(1, KpiCalculator::rangeBegin(range));
        query.bind(2, KpiCalculator::rangeEnd(range));
        while (query.next()) {
            const QString key = query.text(0);
            counts.push_back({ key, names.value(key, key), int(query.integer(1)) });
        }
        if (!query.error().isEmpty())
            return QStringLiteral("KPI: cannot read the fallout facts: ") + query.error();
        sortCounts(counts);
        return std::nullopt;
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

std::variant<KpiReport, QString> KpiCalculator::compute(const QSqlDatabase& database, const KpiRange& range, const QDateTime& now)
{
    if (auto error = checkRange(range))
        return *error;
    sqlite3* db = SqliteStatement::handleOf(database);
    if (!db)
        return QStringLiteral("KPI: the store connection is not an open SQLite database");
    KpiReport report;
    report.range = range;
    report.computedAt = now.toUTC();
    report.cycleTimeHistogram = cycleTimeBuckets();
    const auto laneNames = KpiStoreReader(database).laneNames();
    if (!laneNames)
        return laneNames.message();
    const QHash<QString, QString>& names = *laneNames;

    std::vector<DayFacts> facts(std::size_t(range.from.daysTo(range.to) + 1));
    if (auto error = readOrders(db, range, facts))
        return *error;
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
    if (auto error = readLanes(db, range, names, report))
        return *error;
    if (auto error = readFallout(db, range, "lane", names, report.falloutByLane))
        return *error;
    if (auto error = readFallout(db, range, "signature", {}, report.falloutBySignature))
        return *error;
    auto openWork = KpiStoreReader(database).openWork(now);
    if (!openWork)
        return openWork.message();
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
