// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli.h"

#include "catalog/catalogreader.h"
#include "io/jsonfile.h"

#include <QCommandLineParser>

namespace fw::cli {

int runValidate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("CATALOG.json"), Fwctl::tr("The catalog file to check (- reads standard input)."));
    const QCommandLineOption quiet({ QStringLiteral("q"), QStringLiteral("quiet") }, Fwctl::tr("Print nothing when the catalog is valid."));
    parser.addOption(quiet);
    if (const auto stop = parseArguments(parser, arguments,
                                         QStringLiteral("Checks a catalog: JSON syntax, structure, references, "
                                                        "dependency cycles.\nExit 0 when valid; otherwise exit 2 and "
                                                        "one line per problem on stderr: FILE:/json/pointer: message"),
                                         1))
        return *stop;
    const QString path = parser.positionalArguments().constFirst();
    const CatalogLoad load = CatalogReader::readFile(path);
    if (!load.ok()) {
        for (const auto& problem : load.problems)
            err() << problem.toString() << '\n';
        return BadInput;
    }
    if (!parser.isSet(quiet)) {
        const Catalog& c = *load.catalog;
        std::size_t steps = 0;
        for (const auto& plan : c.planDefinitions)
            steps += plan.steps.size();
        out() << inputLabel(path) << ": "
              << Fwctl::tr("valid catalog '%1' (%2 products, %3 decomposition rules, %4 plan definitions, %5 steps, %6 lanes)")
                     .arg(c.id)
                     .arg(c.products.size())
                     .arg(c.rules.size())
                     .arg(c.planDefinitions.size())
                     .arg(steps)
                     .arg(c.lanes.size())
              << '\n';
    }
    return Ok;
}

} // namespace fw::cli
