// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli.h"

#include "catalog/catalogreader.h"
#include "planning/planningpipeline.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>

namespace fw::cli {

int runDemo(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption samplesOption(QStringLiteral("samples"), QStringLiteral("The samples directory."), QStringLiteral("DIR"),
                                           samplesDirectory());
    parser.addOption(samplesOption);
    if (const auto stop = parseArguments(parser, arguments,
                                         QStringLiteral("The headless demo: validates every sample catalog and plans "
                                                        "every sample order next to it."),
                                         0))
        return *stop;
    const QDir samples(parser.value(samplesOption));
    if (parser.value(samplesOption).isEmpty() || !samples.exists()) {
        err() << "fwctl demo: samples directory not found (use --samples DIR)\n";
        return BadInput;
    }
    out() << "Fulfillment Workbench headless demo - samples in " << samples.absolutePath() << "\n\n";
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
        out() << scenario << ": catalog '" << catalog.catalog->name << "'\n";
        const auto orders = dir.entryList({ QStringLiteral("order*.json") }, QDir::Files, QDir::Name);
        for (const QString& orderFile : orders) {
            QElapsedTimer timer;
            timer.start();
            const PlanningOutcome outcome = planOrderFile(catalog.catalog, dir.filePath(orderFile));
            if (!outcome.ok()) {
                ++failures;
                for (const auto& problem : outcome.problems)
                    err() << problem.toString() << '\n';
                continue;
            }
            const auto& plan = *outcome.plan;
            out() << "  " << orderFile << ": order " << plan.orderId << " -> " << plan.lines.size() << " fulfillment lines, "
                  << plan.steps.size() << " steps in lanes " << plan.lanes.join(QStringLiteral(", ")) << " (" << timer.nsecsElapsed() / 1000
                  << " us)\n";
        }
    }
    out() << '\n'
          << (failures ? "Demo finished with problems." : "Demo finished: every sample validates and plans.")
          << "\nNext: 'fwctl plan --catalog FILE --order FILE' shows a plan step by step.\n";
    return failures ? Failure : Ok;
}

} // namespace fw::cli
