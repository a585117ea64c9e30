// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl kpi: the supervisor's figures over a range of days (docs/kpi.md).

#include "cli.h"

#include "common/duration.h"
#include "kpi/kpicalculator.h"
#include "kpi/kpijson.h"
#include "store/kpiledger.h"
#include "store/database.h"

#include <QCommandLineParser>

namespace fw::cli {

namespace {
    QString percent(double ratio)
    {
        return QString::number(ratio * 100.0, 'f', 1) + QLatin1Char('%');
    }

    // A day option: YYYY-MM-DD, else the error naming the option.
    std::optional<QDate> dayOption(const QCommandLineParser& parser, const QString& name, const QString& command, QDate fallback)
    {
        if (!parser.isSet(name))
            return fallback;
        const QString value = parser.value(name);
        const QDate day = QDate::fromString(value, Qt::ISODate);
        if (!day.isValid() || value.size() != 10) {
            err() << command << ": " << Fwctl::tr("--%1 expects a date YYYY-MM-DD, got '%2'").arg(name, value) << '\n';
            return std::nullopt;
        }
        return day;
    }

    // "  LABEL                VALUE": the label in the user's language, the values in one column.
    QString headline(const QString& label)
    {
        return QStringLiteral("  ") + label.leftJustified(20) + QLatin1Char(' ');
    }

    void printText(const KpiReport& r)
    {
        QTextStream& o = out();
        o << Fwctl::tr("KPIs %1 to %2 (UTC), computed %3")
                 .arg(r.range.from.toString(Qt::ISODate), r.range.to.toString(Qt::ISODate), r.computedAt.toString(Qt::ISODate))
          << "\n\n";
        o << headline(Fwctl::tr("completed")) << r.ordersCompleted << '\n';
        o << headline(Fwctl::tr("cancelled")) << r.ordersCancelled << '\n';
        o << headline(Fwctl::tr("cycle time"))
          << Fwctl::tr("median %1, p90 %2, mean %3")
                 .arg(formatDuration(r.medianCycleSeconds), formatDuration(r.p90CycleSeconds), formatDuration(r.meanCycleSeconds))
          << '\n';
        o << headline(Fwctl::tr("fallout rate")) << percent(r.falloutRate()) << ' '
          << (r.falloutRate() <= KpiReport::falloutTarget ? Fwctl::tr("(%1 of %2 finished; target %3, met)")
                                                          : Fwctl::tr("(%1 of %2 finished; target %3, missed)"))
                 .arg(r.ordersWithFallout)
                 .arg(r.ordersFinished())
                 .arg(percent(KpiReport::falloutTarget))
          << '\n';
        o << headline(Fwctl::tr("touchless")) << percent(r.touchlessRatio()) << ' '
          << Fwctl::tr("(%1 of %2 completed)").arg(r.touchlessOrders).arg(r.ordersCompleted) << '\n';
        o << headline(Fwctl::tr("SLA adherence")) << percent(r.slaAdherence()) << ' '
          << Fwctl::tr("(%1 of %2 steps on time)").arg(r.stepsOnTime).arg(r.stepsDone) << '\n';

        o << '\n' << Fwctl::tr("Cycle time") << '\n';
        for (const CycleTimeBucket& bucket : r.cycleTimeHistogram)
            o << "  " << bucket.label.leftJustified(8) << QString::number(bucket.orders).rightJustified(9) << '\n';

        o << '\n'
          << Fwctl::tr("Per day").leftJustified(13) << Fwctl::tr("completed").rightJustified(10)
          << Fwctl::tr("cancelled").rightJustified(10) << Fwctl::tr("fallout").rightJustified(9)
          << Fwctl::tr("touchless").rightJustified(10) << Fwctl::tr("median").rightJustified(9) << Fwctl::tr("p90").rightJustified(9)
          << '\n';
        for (const KpiDay& d : r.days)
            o << "  " << d.day.toString(Qt::ISODate) << QString::number(d.completed).rightJustified(10)
              << QString::number(d.cancelled).rightJustified(10) << QString::number(d.withFallout).rightJustified(9)
              << QString::number(d.touchless).rightJustified(10) << formatDuration(d.medianCycleSeconds).rightJustified(9)
              << formatDuration(d.p90CycleSeconds).rightJustified(9) << '\n';

        o << '\n' << Fwctl::tr("Per lane (steps within estimate)") << '\n';
        if (r.laneAdherence.empty())
            o << "  " << Fwctl::tr("(no completed steps)") << '\n';
        for (const LaneAdherence& lane : r.laneAdherence)
            o << "  " << lane.label.leftJustified(20) << QString::number(lane.stepsOnTime).rightJustified(8) << ' '
              << Fwctl::tr("of %1").arg(lane.stepsDone).leftJustified(11) << percent(lane.ratio()).rightJustified(7) << '\n';

        const auto printCounts = [&o](const QString& title, const std::vector<KpiCount>& counts) {
            o << '\n' << title << '\n';
            if (counts.empty())
                o << "  " << Fwctl::tr("(none)") << '\n';
            for (const KpiCount& count : counts)
                o << "  " << QString::number(count.count).rightJustified(6) << "  " << count.label << '\n';
        };
        printCounts(Fwctl::tr("Fallout cases opened by lane"), r.falloutByLane);
        printCounts(Fwctl::tr("Fallout cases opened by signature"), r.falloutBySignature);

        o << '\n'
          << Fwctl::tr("Queues now").leftJustified(14) << Fwctl::tr("kind").leftJustified(8) << Fwctl::tr("open").rightJustified(8)
          << Fwctl::tr("oldest").rightJustified(9) << Fwctl::tr("median age").rightJustified(13) << '\n';
        if (r.queues.empty())
            o << "  " << Fwctl::tr("(no open work)") << '\n';
        for (const QueueLoad& q : r.queues)
            o << "  " << q.queue.leftJustified(12) << q.kind.leftJustified(8) << QString::number(q.open).rightJustified(8)
              << formatDuration(q.oldestSeconds).rightJustified(9) << formatDuration(q.medianAgeSeconds).rightJustified(13) << '\n';
    }
} // namespace

int runKpi(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), Fwctl::tr("The store (same as the global --db)."), QStringLiteral("STORE"));
    const QCommandLineOption fromOption(QStringLiteral("from"), Fwctl::tr("First day (UTC), default 29 days before --to."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption toOption(QStringLiteral("to"), Fwctl::tr("Last day (UTC), default today."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption atOption(QStringLiteral("at"),
                                      Fwctl::tr("Compute as of this instant (ISO 8601; default now): today and the queue ages."),
                                      QStringLiteral("DATETIME"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Fwctl::tr("Print the report as JSON (docs/kpi.md)."));
    parser.addOptions({ dbOption, fromOption, toOption, atOption, jsonOption });
    if (const auto stop = parseArguments(parser, arguments,
                                         Fwctl::tr("Brings the KPI facts up to date with the journal, then prints the "
                                                   "supervisor's figures over a range of days (default: the last 30 days)."),
                                         0))
        return *stop;
    const QString command = arguments.value(0);
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(atOption)) {
        now = QDateTime::fromString(parser.value(atOption), Qt::ISODateWithMs);
        if (!now.isValid()) {
            err() << command << ": "
                  << Fwctl::tr("--at expects an ISO 8601 date-time such as 2026-11-24T09:00:00Z, got '%1'").arg(parser.value(atOption))
                  << '\n';
            return BadInput;
        }
        now = now.toUTC();
    }
    const auto to = dayOption(parser, QStringLiteral("to"), command, now.date());
    if (!to)
        return BadInput;
    const auto from = dayOption(parser, QStringLiteral("from"), command, to->addDays(-29));
    if (!from)
        return BadInput;
    if (*from > *to) {
        err() << command << ": " << Fwctl::tr("--from %1 is after --to %2").arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate))
              << '\n';
        return BadInput;
    }
    if (parser.isSet(dbOption))
        setDatabaseOption(parser.value(dbOption));
    const auto database = openStore();
    if (!database)
        return Failure;
    QSqlDatabase connection = database->connection();
    const auto consumed = KpiLedger::catchUp(connection);
    if (!consumed) {
        err() << command << ": " << consumed.message() << '\n';
        return Failure;
    }
    const auto report = KpiCalculator::compute(connection, { *from, *to }, now);
    if (!report) {
        err() << command << ": " << report.message() << '\n';
        return Failure;
    }
    if (parser.isSet(jsonOption))
        out() << QString::fromStdString(kpiReportToJson(*report).dump(2)) << '\n';
    else
        printText(*report);
    return Ok;
}

} // namespace fw::cli
