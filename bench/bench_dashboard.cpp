// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark: opening the KPI dashboard on a big store (issue 6: "dashboard open < 500 ms" on a
// store of 1,000,000 completed orders): compute the default range's report (KpiCalculator, as the
// dashboard's worker does), hand it to the page (models, nine charts, tiles) and paint it once.
//   fw_bench_kpi --keep /tmp/kpi.db        (makes the store: 1,000,000 finished orders' facts)
//   fw_bench_dashboard --db /tmp/kpi.db [--days 30] [--runs 3]

#include "dashboard/dashboardpage.h"
#include "kpi/kpicalculator.h"
#include "store/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace fw;

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("A store made by fw_bench_kpi --keep PATH."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption daysOption(QStringLiteral("days"), QStringLiteral("The range: the last N days (the dashboard's default: 30)."),
                                        QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Repetitions (best and median printed)."),
                                        QStringLiteral("R"), QStringLiteral("3"));
    // fw_bench_kpi's facts end on 2026-11-25 18:00 UTC.
    const QCommandLineOption nowOption(QStringLiteral("now"), QStringLiteral("The instant the range ends (ISO 8601)."),
                                       QStringLiteral("TIME"), QStringLiteral("2026-11-25T18:00:00Z"));
    parser.addOptions({ dbOption, daysOption, runsOption, nowOption });
    parser.process(app);
    if (!parser.isSet(dbOption)) {
        out << "fw_bench_dashboard: --db PATH is required (make the store with fw_bench_kpi --keep PATH)\n";
        return 2;
    }
    Database database(parser.value(dbOption));
    if (const Status opened = database.openStore(); !opened) {
        out << opened.message() << '\n';
        return 1;
    }
    const QDateTime now = QDateTime::fromString(parser.value(nowOption), Qt::ISODate);
    const KpiRange range = KpiCalculator::lastDays(std::max(1, parser.value(daysOption).toInt()), now);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    std::vector<double> computes, shows, totals;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto computed = KpiCalculator::compute(database.connection(), range, now);
        if (!computed) {
            out << computed.message() << '\n';
            return 1;
        }
        const double compute = double(timer.nsecsElapsed()) / 1e6;
        DashboardPage page;
        page.resize(1600, 1000);
        page.setRange(range);
        page.setReport(*computed);
        page.show();
        QApplication::processEvents();
        const QPixmap painted = page.grab(); // the first paint, charts included
        const double total = double(timer.nsecsElapsed()) / 1e6;
        computes.push_back(compute);
        shows.push_back(total - compute);
        totals.push_back(total);
        if (run == 0)
            out << "range " << range.from.toString(Qt::ISODate) << " .. " << range.to.toString(Qt::ISODate) << ": "
                << computed->ordersFinished() << " finished orders; painted " << painted.width() << "x" << painted.height() << '\n';
    }
    const auto print = [&out](const char* what, std::vector<double> values) {
        std::sort(values.begin(), values.end());
        out << qSetFieldWidth(44) << Qt::left << what << qSetFieldWidth(0) << "best " << qRound(values.front()) << " ms, median "
            << qRound(values[values.size() / 2]) << " ms\n";
    };
    print("compute the report (KpiCalculator)", computes);
    print("models, charts, tiles and first paint", shows);
    print("dashboard open, total", totals);
    return 0;
}
