// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl import: a catalog, one order (one transaction, as always), or many orders at once (files,
// directories, NDJSON on stdin) through the bulk import: grouped transactions, a summary at the end.

#include "cli.h"

#include "commands/commandprocessor.h"
#include "common/clock.h"
#include "io/orderinputs.h"
#include "store/database.h"
#include "store/storeclock.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace fw::cli {

namespace {
    // How many rejections are printed in full; the rest are counted.
    constexpr int shownRejections = 1000;

    int importMany(const QString& command, Database& database, const Clock& clock, const fw::Command& request, const QStringList& paths)
    {
        QFile standardInput;
        if (paths.contains(OrderInputs::stdinPath) && !standardInput.open(stdin, QIODevice::ReadOnly)) {
            err() << command << ": " << Fwctl::tr("cannot read standard input: %1").arg(standardInput.errorString()) << '\n';
            return Failure;
        }
        OrderInputs inputs(paths, &standardInput);
        BulkImportReport report;
        const CommandResult result = CommandProcessor(database, clock).importOrders(request, inputs, report);
        if (result.status == CommandResult::Status::Refused)
            return fw::cli::report(command, result);
        int shown = 0;
        for (const ImportRejection& rejection : report.rejected) {
            if (shown++ == shownRejections) {
                err() << command << ": " << Fwctl::tr("... and %1 more rejected inputs").arg(report.rejected.size() - shownRejections)
                      << '\n';
                break;
            }
            for (const Problem& problem : rejection.problems)
                err() << problem.toString() << '\n';
        }
        for (const QString& note : report.notes)
            err() << command << ": " << note << '\n';
        out() << (result.message.isEmpty() ? report.summary() : result.message) << '\n';
        return exitCodeOf(result);
    }
} // namespace

int runImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("catalog|order"), Fwctl::tr("What the files hold."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Fwctl::tr("The JSON file (- reads standard input). For orders: any number of files and "
                                           "directories (their *.json files), and - for standard input: NDJSON (one order "
                                           "document per line) or one order document."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption catalogOption(QStringLiteral("catalog"),
                                           Fwctl::tr("For an order: the stored catalog id to plan it with (default: the "
                                                     "only stored catalog that knows all its products)."),
                                           QStringLiteral("ID"));
    const QCommandLineOption asOption(QStringLiteral("as"), Fwctl::tr("Who imports (journal actor)."), QStringLiteral("USER"),
                                      defaultUser());
    parser.addOptions({ catalogOption, asOption });
    if (const auto stop
        = parseArguments(parser, arguments,
                         Fwctl::tr("Validates a catalog or an order (an order is decomposed and planned against the stored catalog) and "
                                   "stores it in one transaction: a bad file changes nothing.\nExit 2 with one line per problem; exit 1 "
                                   "when the store cannot be written (e.g. disk full).\n"
                                   "Many orders (several files, a directory, or - for NDJSON on stdin) are validated one by one and "
                                   "stored in grouped transactions: the good ones go in, each bad one is printed with its file (or "
                                   "stdin:LINE) and reason, then a summary 'imported N orders, rejected M'. Exit 0 when nothing was "
                                   "rejected, 2 when something was, 1 when the store could not be written."),
                         -1))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        err() << arguments.value(0) << ": " << Fwctl::tr("expected 'catalog' or 'order' and at least one FILE") << "\n\n"
              << commandHelp(parser, arguments.value(0));
        return BadInput;
    }
    const QString kind = positional.at(0);
    if (kind != QStringLiteral("catalog") && kind != QStringLiteral("order")) {
        err() << arguments.value(0) << ": " << Fwctl::tr("expected 'catalog' or 'order', got '%1'").arg(kind) << '\n';
        return BadInput;
    }
    const QStringList paths = positional.mid(1);
    const bool bulk = paths.size() > 1 || paths.constFirst() == OrderInputs::stdinPath || QFileInfo(paths.constFirst()).isDir();
    if (kind == QStringLiteral("catalog") && paths.size() > 1) {
        err() << arguments.value(0) << ": " << Fwctl::tr("one catalog file at a time") << '\n';
        return BadInput;
    }
    const auto database = openStore();
    if (!database)
        return Failure;
    const auto clock = StoreClock::forStore(database->connection()); // simulated time when the store runs in it
    QVariantMap args { { QStringLiteral("path"), bulk ? paths.join(QLatin1Char(' ')) : paths.constFirst() } };
    if (parser.isSet(catalogOption))
        args.insert(QStringLiteral("catalog"), parser.value(catalogOption));
    const fw::Command request = cliCommand(parser.value(asOption), kind + QStringLiteral(".import"), args);
    if (bulk && kind == QStringLiteral("order"))
        return importMany(arguments.value(0), *database, *clock, request, paths);
    const auto result = CommandProcessor(*database, *clock).process(request);
    if (result.ok()) {
        out() << result.message << '\n';
        return Ok;
    }
    if (result.status == CommandResult::Status::Refused)
        return report(arguments.value(0), result);
    err() << result.message << '\n'; // one line per problem, each naming the file, the field and the reason
    return exitCodeOf(result);
}

} // namespace fw::cli
