// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl timeline ORDER: an order's journal, filtered as the workbench's timeline filters it
// (--failures, --lane, --actor) and by time (--since).

#include "cli.h"

#include "common/clock.h"
#include "store/database.h"
#include "store/journalfilter.h"
#include "store/operationsreader.h"
#include "store/runtimeloader.h"
#include "domain/catalog.h"
#include "store/storeclock.h"
#include "store/storelistings.h"

#include <QCommandLineParser>

#include <nlohmann/json.hpp>

namespace fw::cli {

namespace {

    // The lanes of the order's steps: step id -> lane id, lane id -> name.
    struct StepLanes {
        QHash<QString, QString> laneOfStep;
        QHash<QString, QString> laneName;
    };

    void printEvent(const JournalEvent& event)
    {
        out() << toStoreTime(event.at) << "  " << event.kind << "  " << event.actor;
        if (!event.stepId.isEmpty())
            out() << "  " << event.stepId;
        if (!event.afterState.isEmpty())
            out() << "  " << event.beforeState << " -> " << event.afterState;
        out() << "  " << event.payload << '\n';
    }

    nlohmann::json eventJson(const JournalEvent& event)
    {
        return { { "seq", event.seq },
                 { "at", toStoreTime(event.at).toStdString() },
                 { "step", event.stepId.toStdString() },
                 { "kind", event.kind.toStdString() },
                 { "actor", event.actor.toStdString() },
                 { "before", event.beforeState.toStdString() },
                 { "after", event.afterState.toStdString() },
                 { "payload", event.payload.toStdString() } };
    }
} // namespace

int runTimeline(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ORDER"), Fwctl::tr("The order id."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Fwctl::tr("Print JSON."));
    const QCommandLineOption failuresOption(
        QStringLiteral("failures"), Fwctl::tr("Only what went wrong: steps into fallout or retrying, holds, jeopardy, refused changes."));
    const QCommandLineOption laneOption(QStringLiteral("lane"), Fwctl::tr("Only the entries of the steps in this lane (its id or name)."),
                                        QStringLiteral("LANE"));
    const QCommandLineOption actorOption(QStringLiteral("actor"), Fwctl::tr("Only what this user (or engine) did."),
                                         QStringLiteral("USER"));
    const QCommandLineOption sinceOption(QStringLiteral("since"),
                                         Fwctl::tr("Only entries from TIME on: an ISO 8601 date or time (2026-03-01, "
                                                   "2026-03-01T08:00:00Z, UTC without an offset) or how long ago (30m, 2h, 3d)."),
                                         QStringLiteral("TIME"));
    parser.addOptions({ jsonOption, failuresOption, laneOption, actorOption, sinceOption });
    if (const auto stop = parseArguments(parser, arguments, Fwctl::tr("Prints the journal of an order in time order."), 1))
        return *stop;
    const QString command = arguments.value(0);
    const auto database = openStore(StoreAccess::Read);
    if (!database)
        return Failure;
    JournalFilter filter;
    filter.failuresOnly = parser.isSet(failuresOption);
    filter.lane = parser.value(laneOption);
    filter.actor = parser.value(actorOption);
    if (parser.isSet(sinceOption)) {
        const auto clock = StoreClock::forStore(database->connection()); // "2h" in the store's time, simulated or not
        const Result<QDateTime> since = JournalFilter::parseSince(parser.value(sinceOption), clock->now());
        if (!since) {
            err() << command << ": --since '" << parser.value(sinceOption) << "': "
                  << Fwctl::tr(
                         "not a time: write an ISO 8601 date or time (2026-03-01, 2026-03-01T08:00:00Z) or how long ago (30m, 2h, 3d)")
                  << '\n';
            return BadInput;
        }
        filter.since = *since;
    }
    const QString orderId = parser.positionalArguments().constFirst();
    const auto standing = StoreListings(database->connection()).orderStanding(orderId);
    if (!standing) {
        err() << command << ": " << standing.message() << '\n';
        return Failure;
    }
    std::unique_ptr<Database> archive; // an archived order's journal is in the archive
    if (!*standing) {
        bool failed = false;
        archive = archiveHolding(command, *database, orderId, failed);
        if (failed)
            return Failure;
        if (!archive) {
            err() << command << ": " << Fwctl::tr("unknown order '%1' in %2").arg(orderId, databasePath()) << '\n';
            return BadInput;
        }
    }
    auto detail = OperationsReader((archive ? *archive : *database).connection()).orderDetail(orderId);
    if (!detail || !*detail) {
        err() << command << ": " << (detail ? Fwctl::tr("unknown order '%1' in %2").arg(orderId, databasePath()) : detail.message())
              << '\n';
        return detail ? BadInput : Failure;
    }
    // The lanes' names from the order's catalog (the store keeps the steps' lane ids), as the workbench shows them.
    if (!(*detail)->catalogId.isEmpty()) {
        CatalogCache cache;
        const auto catalog
            = RuntimeLoader::catalog((archive ? *archive : *database).connection(), (*detail)->catalogId, (*detail)->catalogVersion, cache);
        for (auto& [id, name] : (*detail)->lanes) {
            for (const Lane& lane : catalog ? (*catalog)->lanes : std::vector<Lane> {})
                if (lane.id == id)
                    name = lane.name;
        }
    }
    StepLanes lanes;
    for (const StepStatus& step : (*detail)->steps)
        lanes.laneOfStep.insert(step.id, step.lane);
    QStringList laneNames;
    for (const auto& [id, name] : (*detail)->lanes) {
        lanes.laneName.insert(id, name);
        laneNames << (name.isEmpty() || name == id ? id : QStringLiteral("%1 (%2)").arg(id, name));
    }
    if (!filter.lane.isEmpty() && std::none_of((*detail)->lanes.cbegin(), (*detail)->lanes.cend(), [&](const auto& lane) {
            return lane.first == filter.lane || lane.second.compare(filter.lane, Qt::CaseInsensitive) == 0;
        })) {
        err() << command << ": --lane '" << filter.lane
              << "': " << Fwctl::tr("order %1 has no such lane (its lanes: %2)").arg(orderId, laneNames.join(QStringLiteral(", "))) << '\n';
        return BadInput;
    }
    auto rows = nlohmann::json::array();
    for (const JournalEvent& event : (*detail)->events) {
        const QString lane = lanes.laneOfStep.value(event.stepId);
        if (!filter.matches(event, lane, lanes.laneName.value(lane)))
            continue;
        if (parser.isSet(jsonOption))
            rows.push_back(eventJson(event));
        else
            printEvent(event);
    }
    if (parser.isSet(jsonOption))
        out() << QString::fromStdString(rows.dump(2)) << '\n';
    return Ok;
}

} // namespace fw::cli
