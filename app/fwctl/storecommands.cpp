#include "cli.h"

#include "common/clock.h"
#include "engine/handlers/importcommands.h"
#include "store/database.h"
#include "store/storeclock.h"
#include "store/journal.h"

#include <QCommandLineParser>
#include <QSqlQuery>

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
    const QCommandLineOption asOption(QStringLiteral("as"), QStringLiteral("Who imports (journal actor)."),
                                      QStringLiteral("USER"), defaultUser());
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
    // No run loop here: an engine running on the store takes a new order up itself.
    const ImportResult result = ImportCommands(*database, *clock)
                                    .importFile(kind, parser.positionalArguments().at(1), parser.value(asOption),
                                                parser.value(catalogOption));
    if (!result.ok()) {
        for (const auto& problem : result.problems)
            err() << problem.toString() << '\n';
        return result.storeFailed ? Failure : BadInput; // a full disk is not bad input
    }
    out() << result.summary << '\n';
    return Ok;
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
    QSqlQuery query(database->connection());
    query.setForwardOnly(true);
    // An order set aside (its stored data cannot be read) shows as "set-aside", with its reason in JSON.
    query.exec(QStringLiteral("SELECT o.id, o.account_name, CASE WHEN o.set_aside_reason IS NULL THEN o.state ELSE 'set-aside' END, "
                              "o.catalog_id, o.requested_date, (SELECT COUNT(*) FROM steps s WHERE s.order_id = o.id), "
                              "COALESCE(o.set_aside_reason, '') FROM orders o ORDER BY o.id"));
    auto rows = nlohmann::json::array();
    while (query.next()) {
        if (parser.isSet(jsonOption)) {
            rows.push_back({ { "id", query.value(0).toString().toStdString() },
                             { "account", query.value(1).toString().toStdString() },
                             { "state", query.value(2).toString().toStdString() },
                             { "catalog", query.value(3).toString().toStdString() },
                             { "requestedDate", query.value(4).toString().toStdString() },
                             { "steps", query.value(5).toInt() },
                             { "setAsideReason", query.value(6).toString().toStdString() } });
        } else {
            out() << query.value(0).toString().leftJustified(12) << ' ' << query.value(2).toString().leftJustified(10) << ' '
                  << query.value(5).toString().rightJustified(4) << " steps  " << query.value(1).toString() << '\n';
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
    QSqlQuery exists(database->connection());
    exists.prepare(QStringLiteral("SELECT 1 FROM orders WHERE id = ?"));
    exists.addBindValue(orderId);
    if (!exists.exec() || !exists.next()) {
        err() << arguments.value(0) << ": unknown order '" << orderId << "' in " << databasePath() << '\n';
        return BadInput;
    }
    const auto events = Journal::forOrder(database->connection(), orderId);
    auto rows = nlohmann::json::array();
    for (const auto& event : events) {
        if (parser.isSet(jsonOption)) {
            rows.push_back({ { "seq", event.seq }, { "at", toStoreTime(event.at).toStdString() },
                             { "step", event.stepId.toStdString() }, { "kind", event.kind.toStdString() },
                             { "actor", event.actor.toStdString() }, { "before", event.beforeState.toStdString() },
                             { "after", event.afterState.toStdString() }, { "payload", event.payload.toStdString() } });
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
