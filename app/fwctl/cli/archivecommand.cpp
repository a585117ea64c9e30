// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl archive: move finished orders out of the working store into its archive (docs/store.md,
// "Archive"); and how the read commands find an archived order there.
#include "cli.h"

#include "commands/commandprocessor.h"
#include "store/database.h"
#include "store/orderarchive.h"
#include "store/orderbrowser.h"
#include "store/storeclock.h"

#include <QCommandLineParser>
#include <QLocale>

namespace fw::cli {

namespace {
    QString countsText(const OrderCounts& counts)
    {
        QStringList states;
        for (auto it = counts.byState.cbegin(); it != counts.byState.cend(); ++it)
            states << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        return states.isEmpty() ? QString() : QStringLiteral(" (") + states.join(QStringLiteral(", ")) + QLatin1Char(')');
    }

    // What the archive holds, by state ("fwctl archive" without a date, "fwctl status").
    int printArchive(const QString& command, Database& store)
    {
        const auto path = OrderArchive::pathOf(store);
        if (!path) {
            err() << command << ": " << path.message() << '\n';
            return Failure;
        }
        if (path->isEmpty()) {
            out() << Fwctl::tr("no archive: nothing archived from %1 yet").arg(store.path()) << '\n';
            return Ok;
        }
        const auto archive = OrderArchive::open(*path);
        if (!archive) {
            err() << command << ": " << archive.message() << '\n';
            return Failure;
        }
        const Result<OrderCounts> counts = OrderBrowser((*archive)->connection()).counts();
        if (!counts) {
            err() << command << ": " << counts.message() << '\n';
            return Failure;
        }
        out() << *path << ": " << Fwctl::tr("%1 archived order(s)").arg(counts->total) << countsText(*counts) << '\n';
        return Ok;
    }
} // namespace

int printStoreStatus(const QString& command, Database& store)
{
    const Result<OrderCounts> counts = OrderBrowser(store.connection()).counts();
    if (!counts) {
        err() << command << ": " << counts.message() << '\n';
        return Failure;
    }
    out() << store.path() << ": " << Fwctl::tr("%1 order(s)").arg(counts->total) << countsText(*counts) << '\n';
    return printArchive(command, store);
}

int runArchive(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption beforeOption(QStringLiteral("completed-before"),
                                          Fwctl::tr("Archive the orders completed or cancelled before this day (UTC)."),
                                          QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption archiveOption(QStringLiteral("archive"),
                                           Fwctl::tr("The archive file (default: the store's archive, else STORE.archive.db; "
                                                     "an existing archive is added to)."),
                                           QStringLiteral("FILE"));
    parser.addOptions({ beforeOption, archiveOption });
    if (const auto stop = parseArguments(parser, arguments,
                                         Fwctl::tr("Moves finished orders (completed or cancelled before the date) with their "
                                                   "steps, tasks, fallout cases and journal out of the store into its archive, "
                                                   "a store file of its own that timeline, summary, status and the KPI views "
                                                   "still read. Orders not finished stay. A supervisor's or an admin's; "
                                                   "journalled. Without --completed-before: what the archive holds.\n"
                                                   "Exit 0 when done, 1 when a store cannot be written (a rerun finishes an "
                                                   "interrupted one), 2 for a bad date or a refusal."),
                                         0))
        return *stop;
    const QString command = arguments.value(0);
    const auto database = openStore(parser.isSet(beforeOption) ? StoreAccess::Write : StoreAccess::Read);
    if (!database)
        return Failure;
    if (!parser.isSet(beforeOption)) {
        if (parser.isSet(archiveOption)) {
            err() << command << ": " << Fwctl::tr("--archive needs --completed-before (the archive shown is the store's)") << '\n';
            return BadInput;
        }
        return printArchive(command, *database);
    }
    QVariantMap args { { QStringLiteral("before"), parser.value(beforeOption) } };
    if (parser.isSet(archiveOption))
        args.insert(QStringLiteral("archive"), parser.value(archiveOption));
    const auto clock = StoreClock::forStore(database->connection());
    return report(command, CommandProcessor(*database, *clock).process(cliCommand(defaultUser(), QStringLiteral("store.archive"), args)));
}

std::unique_ptr<Database> archiveHolding(const QString& command, const Database& store, const QString& orderId, bool& failed)
{
    failed = false;
    auto archive = OrderArchive::holding(store, orderId);
    if (!archive) {
        err() << command << ": " << archive.message() << '\n';
        failed = true;
        return nullptr;
    }
    return std::move(*archive);
}

} // namespace fw::cli
