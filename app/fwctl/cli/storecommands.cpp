#include "cli.h"

#include "common/clock.h"
#include "store/database.h"
#include "store/storelistings.h"
#include "store/storeclock.h"
#include "store/journal.h"
#include "commands/commandprocessor.h"

#include <QCommandLineParser>

#include <nlohmann/json.hpp>

namespace fw::cli {

int runImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("catalog|order"), QStringLiteral("What the file holds."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The JSON file."));
    const QCommandLineOption catalogOption(QStringLiteral("catalog"),
                                           QStringLiteral("For an order: the stored catalog id to plan it with (default: the "
                                                          "only stored catalog that knows all its products)."),
                                           QStringLiteral("ID"));
    const QCommandLineOption asOption(QStringLiteral("as"), QStringLiteral("Who imports (journal actor)."), QStringLiteral("USER"),
                                      defaultUser());
    parser.addOptions({ catalogOption, asOption });
    if (const auto stop = parseArguments(parser, arguments,
                                         QStringLiteral("Validates a catalog or an order (an order is decomposed and planned "
                                                        "against the stored catalog) and stores it in one transaction: a "
                                                        "bad file changes nothing.\nExit 2 with one line per problem; "
                                                        "exit 1 when the store cannot be written (e.g. disk full)."),
                                         2))
        return *stop;
    const QString kind = parser.positionalArguments().at(0);
    if (kind != QStringLiteral("catalog") && kind != QStringLiteral("order")) {
        err() << arguments.value(0) << ": expected 'catalog' or 'order', got '" << kind << "'\n";
        return BadInput;
    }
    const auto database = openStore();
    if (!database)
        return Failure;
    const auto clock = StoreClock::forStore(database->connection()); // simulated time when the store runs in it
    QVariantMap args { { QStringLiteral("path"), parser.positionalArguments().at(1) } };
    if (parser.isSet(catalogOption))
        args.insert(QStringLiteral("catalog"), parser.value(catalogOption));
    const auto result
        = CommandProcessor(*database, *clock).process(cliCommand(parser.value(asOption), kind + QStringLiteral(".import"), args));
    if (result.ok()) {
        out() << result.message << '\n';
        return Ok;
    }
    if (result.status == CommandResult::Status::Refused)
        return report(arguments.value(0), result);
    err() << result.message << '\n'; // one line per problem, each naming the file, the field and the reason
    return exitCodeOf(result); // a full disk is not bad input
}

int runOrders(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(jsonOption);
    if (const auto stop = parseArguments(parser, arguments, QStringLiteral("Lists the orders in the store."), 0))
        return *stop;
    const auto database = openStore(StoreAccess::Read);
    if (!database)
        return Failure;
    // An order set aside (its stored data cannot be read) shows as "set-aside", with its reason in JSON.
    const auto read = StoreListings(database->connection()).orders();
    if (!read) {
        err() << arguments.value(0) << ": " << read.message() << '\n';
        return Failure;
    }
    auto rows = nlohmann::json::array();
    for (const QVariantList& order : read->rows) {
        if (parser.isSet(jsonOption)) {
            rows.push_back({ { "id", order[0].toString().toStdString() },
                             { "account", order[1].toString().toStdString() },
                             { "state", order[2].toString().toStdString() },
                             { "catalog", order[3].toString().toStdString() },
                             { "requestedDate", order[4].toString().toStdString() },
                             { "steps", order[5].toInt() },
                             { "setAsideReason", order[6].toString().toStdString() } });
        } else {
            out() << order[0].toString().leftJustified(12) << ' ' << order[2].toString().leftJustified(10) << ' '
                  << order[5].toString().rightJustified(4) << " steps  " << order[1].toString() << '\n';
        }
    }
    if (parser.isSet(jsonOption))
        out() << QString::fromStdString(rows.dump(2)) << '\n';
    return Ok;
}

int runTimeline(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ORDER"), QStringLiteral("The order id."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(jsonOption);
    if (const auto stop = parseArguments(parser, arguments, QStringLiteral("Prints the journal of an order in time order."), 1))
        return *stop;
    const auto database = openStore(StoreAccess::Read);
    if (!database)
        return Failure;
    const QString orderId = parser.positionalArguments().constFirst();
    const auto standing = StoreListings(database->connection()).orderStanding(orderId);
    if (!standing) {
        err() << arguments.value(0) << ": " << standing.message() << '\n';
        return Failure;
    }
    std::unique_ptr<Database> archive; // an archived order's journal is in the archive
    if (!*standing) {
        bool failed = false;
        archive = archiveHolding(arguments.value(0), *database, orderId, failed);
        if (failed)
            return Failure;
        if (!archive) {
            err() << arguments.value(0) << ": unknown order '" << orderId << "' in " << databasePath() << '\n';
            return BadInput;
        }
    }
    const auto events = Journal::forOrder((archive ? *archive : *database).connection(), orderId);
    if (!events) {
        err() << arguments.value(0) << ": " << events.message() << '\n';
        return Failure;
    }
    auto rows = nlohmann::json::array();
    for (const auto& event : *events) {
        if (parser.isSet(jsonOption)) {
            rows.push_back({ { "seq", event.seq },
                             { "at", toStoreTime(event.at).toStdString() },
                             { "step", event.stepId.toStdString() },
                             { "kind", event.kind.toStdString() },
                             { "actor", event.actor.toStdString() },
                             { "before", event.beforeState.toStdString() },
                             { "after", event.afterState.toStdString() },
                             { "payload", event.payload.toStdString() } });
        } else {
            out() << toStoreTime(event.at) << "  " << event.kind << "  " << event.actor;
            if (!event.stepId.isEmpty())
                out() << "  " << event.stepId;
            if (!event.afterState.isEmpty())
                out() << "  " << event.beforeState << " -> " << event.afterState;
            out() << "  " << event.payload << '\n';
        }
    }
    if (parser.isSet(jsonOption))
        out() << QString::fromStdString(rows.dump(2)) << '\n';
    return Ok;
}

} // namespace fw::cli
