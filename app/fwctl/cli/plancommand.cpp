// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli.h"

#include "common/duration.h"
#include "decomposition/conditiontext.h"
#include "domain/catalog.h"
#include "io/jsonfile.h"
#include "io/planjson.h"
#include "planning/planningpipeline.h"
#include "store/database.h"
#include "store/storeassetlookup.h"

#include <QFileInfo>

#include <cstdlib>

#include <QCommandLineParser>

#include <nlohmann/json.hpp>

namespace fw::cli {

namespace {

    // What a line of an asset-based item does to its asset: "(change of asset SO-A1/S1-U: increase
    // 50, new total 150)", "(change of asset SO-10001/1.1: modify bandwidth)", "(disconnect of asset ...)".
    QString assetLineText(const FulfillmentLine& line)
    {
        if (line.changeKind == QLatin1String("increase") || line.changeKind == QLatin1String("decrease"))
            return Fwctl::tr("(%1 of asset %2: %3 %4, new total %5)")
                .arg(line.action, line.assetRef, line.changeKind)
                .arg(std::abs(line.quantityDelta))
                .arg(line.totalQuantity);
        if (!line.changeKind.isEmpty())
            return Fwctl::tr("(%1 of asset %2: %3 %4)")
                .arg(line.action, line.assetRef, line.changeKind, line.changedAttributes.join(QStringLiteral(", ")));
        return Fwctl::tr("(%1 of asset %2)").arg(line.action, line.assetRef);
    }

    void printPlanText(const OrchestrationPlan& plan, const Catalog& catalog)
    {
        out() << Fwctl::tr("Order %1 (catalog %2): %3 fulfillment lines, %4 steps in %5 lanes")
                     .arg(plan.orderId, plan.catalogId)
                     .arg(plan.lines.size())
                     .arg(plan.steps.size())
                     .arg(plan.lanes.size())
              << "\n\n"
              << Fwctl::tr("Fulfillment lines:") << '\n';
        for (const auto& line : plan.lines) {
            out()
                << "  " << line.id << "  " << line.product << "  "
                << Fwctl::tr("from %1  by rule %2").arg(line.sourceItems.join(QStringLiteral(", ")), line.rules.join(QStringLiteral(", ")));
            if (line.ownerOrder != line.orderId)
                out() << "  " << Fwctl::tr("(supplements the account line of order %1)").arg(line.ownerOrder);
            if (!line.assetRef.isEmpty())
                out() << "  " << assetLineText(line);
            out() << '\n';
        }
        for (const auto& laneId : plan.lanes) {
            const int laneIndex = catalog.laneIndex(laneId);
            out() << '\n' << Fwctl::tr("Lane %1:").arg(catalog.lanes[static_cast<std::size_t>(laneIndex)].name) << '\n';
            for (const auto& step : plan.steps) {
                if (step.lane != laneId)
                    continue;
                out() << "  [" << step.depth << "] " << step.id << "  " << step.name << "  (" << toString(step.type) << ", "
                      << toString(step.scope);
                if (step.estimatedSeconds > 0)
                    out() << ", " << Fwctl::tr("est. %1").arg(formatDuration(step.estimatedSeconds));
                if (step.pointOfNoReturn)
                    out() << ", " << Fwctl::tr("point of no return");
                out() << ")\n";
                for (int dependency : step.dependsOn)
                    out() << "      " << Fwctl::tr("after %1").arg(plan.steps[static_cast<std::size_t>(dependency)].id) << '\n';
                if (step.definition && !step.definition->when.isAlways()) // evaluated when the step becomes ready
                    out() << "      " << Fwctl::tr("only when %1").arg(conditionText(step.definition->when)) << '\n';
            }
        }
    }

} // namespace

PlanningAssets::PlanningAssets() = default;
PlanningAssets::~PlanningAssets() = default;

bool PlanningAssets::open(const QString& command)
{
    if (!databaseGiven() && !QFileInfo::exists(databasePath()))
        return true; // no store: nothing is installed
    qCDebug(fwctlLog).noquote() << command << "plans against the installed base of" << databasePath();
    m_store = openStore(StoreAccess::Read);
    if (!m_store)
        return false;
    m_assets = std::make_unique<StoreAssetLookup>(m_store->connection());
    return true;
}

AssetLookup PlanningAssets::lookup()
{
    return m_assets ? m_assets->lookup() : AssetLookup {};
}

Status PlanningAssets::status() const
{
    return m_assets ? m_assets->status() : Status();
}

int runPlan(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption catalogOption(QStringLiteral("catalog"), Fwctl::tr("The catalog file (- reads standard input)."),
                                           QStringLiteral("CATALOG.json"));
    const QCommandLineOption orderOption(QStringLiteral("order"), Fwctl::tr("The order file (- reads standard input)."),
                                         QStringLiteral("ORDER.json"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Fwctl::tr("Print the plan as JSON: {lineItems, steps, lanes, ...}."));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      Fwctl::tr("The store whose installed base an order acting on assets is planned against "
                                                "(same as the global --db; default $FW_DB, else the workbench's store if it exists)."),
                                      QStringLiteral("STORE"));
    parser.addOptions({ catalogOption, orderOption, jsonOption, dbOption });
    if (const auto stop = parseArguments(parser, arguments,
                                         Fwctl::tr("Decomposes an order into fulfillment lines and plans its "
                                                   "orchestration steps, without running them.\nExit 2 with one "
                                                   "line per problem (FILE:/json/pointer: message) on invalid input."),
                                         0))
        return *stop;
    if (!parser.isSet(catalogOption) || !parser.isSet(orderOption)) {
        err() << arguments.value(0) << ": " << Fwctl::tr("--catalog and --order are required") << "\n\n"
              << commandHelp(parser, arguments.value(0));
        return BadInput;
    }
    if (parser.value(catalogOption) == kStandardInputPath && parser.value(orderOption) == kStandardInputPath) {
        err() << arguments.value(0) << ": " << Fwctl::tr("--catalog - and --order - cannot both read standard input") << '\n';
        return BadInput;
    }
    if (parser.isSet(dbOption))
        setDatabaseOption(parser.value(dbOption));
    PlanningAssets assets;
    if (!assets.open(arguments.value(0)))
        return Failure;
    const PlanningOutcome outcome = planFromFiles(parser.value(catalogOption), parser.value(orderOption), assets.lookup());
    if (const Status read = assets.status(); !read) {
        err() << arguments.value(0) << ": " << Fwctl::tr("cannot read the installed base: %1").arg(read.message()) << '\n';
        return Failure;
    }
    if (!outcome.ok()) {
        for (const auto& problem : outcome.problems)
            err() << problem.toString() << '\n';
        return BadInput;
    }
    if (parser.isSet(jsonOption))
        out() << QString::fromStdString(planToJson(*outcome.plan, *outcome.catalog).dump(2)) << '\n';
    else
        printPlanText(*outcome.plan, *outcome.catalog);
    return Ok;
}

} // namespace fw::cli
