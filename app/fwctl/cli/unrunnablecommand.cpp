// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl unrunnable: every order the engine cannot run (set aside because its stored data cannot be
// read, or its catalog not in the store), with the reason: the full list behind the summaries that
// `fwctl run` and the workbench show.

#include "cli.h"

#include "store/database.h"
#include "store/unrunnableorders.h"

#include <QCommandLineParser>

#include <nlohmann/json.hpp>

namespace fw::cli {

int runUnrunnable(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), Fwctl::tr("Print JSON."));
    parser.addOption(jsonOption);
    if (const auto stop = parseArguments(parser, arguments,
                                         Fwctl::tr("Lists the orders the engine cannot run (set aside, or their catalog "
                                                   "missing), with the reason."),
                                         0))
        return *stop;
    const auto database = openStore(StoreAccess::Read);
    if (!database)
        return Failure;
    const auto orders = readUnrunnableOrders(database->connection());
    if (!orders) {
        err() << arguments.value(0) << ": " << orders.message() << '\n';
        return Failure;
    }
    if (parser.isSet(jsonOption)) {
        auto rows = nlohmann::json::array();
        for (const UnreadableOrder& order : *orders)
            rows.push_back({ { "id", order.orderId.toStdString() }, { "reason", order.reason.toStdString() } });
        out() << QString::fromStdString(rows.dump(2)) << '\n';
        return Ok;
    }
    out() << (orders->size() == 1 ? Fwctl::tr("%1 order cannot run") : Fwctl::tr("%1 orders cannot run")).arg(orders->size())
          << (orders->empty() ? "\n" : ":\n");
    for (const UnreadableOrder& order : *orders)
        out() << order.orderId << "  " << order.reason << '\n';
    return Ok;
}

} // namespace fw::cli
