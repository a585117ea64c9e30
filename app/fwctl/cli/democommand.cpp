// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli.h"

#include "catalog/catalogreader.h"
#include "domain/plan.h"
#include "engine/assetrecording.h"
#include "planning/planningpipeline.h"
#include "store/storeassetlookup.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>

namespace fw::cli {

namespace {
    // Plans one sample order and prints its summary; false (problems printed) when it does not plan.
    bool planSample(const std::shared_ptr<const Catalog>& catalog, const QDir& dir, const QString& orderFile, const AssetLookup& assets,
                    PlanningOutcome& outcome)
    {
        QElapsedTimer timer;
        timer.start();
        outcome = planOrderFile(catalog, dir.filePath(orderFile), assets);
        if (!outcome.ok()) {
            for (const auto& problem : outcome.problems)
                err() << problem.toString() << '\n';
            return false;
        }
        const auto& plan = *outcome.plan;
        out() << "  " << orderFile << ": "
              << Fwctl::tr("order %1 -> %2 fulfillment lines, %3 steps in lanes %4 (%5 us)")
                     .arg(plan.orderId)
                     .arg(plan.lines.size())
                     .arg(plan.steps.size())
                     .arg(plan.lanes.join(QStringLiteral(", ")))
                     .arg(timer.nsecsElapsed() / 1000)
              << '\n';
        return true;
    }
} // namespace

int runDemo(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption samplesOption(QStringLiteral("samples"), Fwctl::tr("The samples directory."), QStringLiteral("DIR"),
                                           samplesDirectory());
    parser.addOption(samplesOption);
    if (const auto stop = parseArguments(parser, arguments,
                                         Fwctl::tr("The headless demo: validates every sample catalog and plans "
                                                   "every sample order next to it."),
                                         0))
        return *stop;
    const QDir samples(parser.value(samplesOption));
    if (parser.value(samplesOption).isEmpty() || !samples.exists()) {
        err() << "fwctl demo: " << Fwctl::tr("samples directory not found (use --samples DIR)") << '\n';
        return BadInput;
    }
    out() << Fwctl::tr("Fulfillment Workbench headless demo - samples in %1").arg(samples.absolutePath()) << "\n\n";
    int failures = 0;
    const auto scenarios = samples.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& scenario : scenarios) {
        const QDir dir(samples.filePath(scenario));
        const CatalogLoad catalog = CatalogReader::readFile(dir.filePath(QStringLiteral("catalog.json")));
        if (!catalog.ok()) {
            ++failures;
            for (const auto& problem : catalog.problems)
                err() << problem.toString() << '\n';
            continue;
        }
        out() << scenario << ": " << Fwctl::tr("catalog '%1'").arg(catalog.catalog->name) << '\n';
        const auto orders = dir.entryList({ QStringLiteral("order*.json") }, QDir::Files, QDir::Name);
        // The follow-up orders act on the assets the scenario's orders leave once completed: planned
        // against that installed base, kept in memory (the demo writes no store).
        InMemoryAssetLookup installed;
        for (const QString& orderFile : orders) {
            PlanningOutcome outcome;
            if (!planSample(catalog.catalog, dir, orderFile, {}, outcome)) {
                ++failures;
                continue;
            }
            const RecordedAssets left = assetsOfCompletedOrder(*outcome.order, outcome.plan->lines, *catalog.catalog,
                                                               QDateTime::currentDateTimeUtc(), QStringLiteral("demo"));
            for (const Asset& asset : left.assets)
                installed.add(assetStateOf(asset));
        }
        const QStringList followUps = QDir(dir.filePath(QStringLiteral("follow-up")))
                                          .entryList({ QStringLiteral("order*.json") }, QDir::Files, QDir::Name)
                                          .replaceInStrings(QRegularExpression(QStringLiteral("^")), QStringLiteral("follow-up/"));
        for (const QString& orderFile : followUps) {
            PlanningOutcome outcome;
            if (!planSample(catalog.catalog, dir, orderFile, installed.lookup(), outcome))
                ++failures;
        }
    }
    out() << '\n'
          << (failures ? Fwctl::tr("Demo finished with problems.") : Fwctl::tr("Demo finished: every sample validates and plans.")) << '\n'
          << Fwctl::tr("Next: 'fwctl plan --catalog FILE --order FILE' shows a plan step by step.") << '\n';
    return failures ? Failure : Ok;
}

} // namespace fw::cli
