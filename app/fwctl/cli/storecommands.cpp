// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli.h"

#include "common/clock.h"
#include "store/database.h"
#include "store/storelistings.h"
#include "store/storeclock.h"
#include "commands/commandprocessor.h"

#include <QCommandLineParser>

#include <nlohmann/json.hpp>

namespace fw::cli {

int runOrders(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), Fwctl::tr("Print JSON."));
    parser.addOption(jsonOption);
    if (const auto stop = parseArguments(parser, arguments, Fwctl::tr("Lists the orders in the store."), 0))
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
                  << order[5].toString().rightJustified(4) << ' ' << Fwctl::tr("steps") << "  " << order[1].toString() << '\n';
        }
    }
    if (parser.isSet(jsonOption))
        out() << QString::fromStdString(rows.dump(2)) << '\n';
    return Ok;
}

} // namespace fw::cli
