// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl commands that drive the engine on the store: run, status, tasks, task, signal, fallout.

#include "cli.h"

#include "common/clock.h"
#include "common/duration.h"
#include "common/jsonparse.h"
#include "common/jsonvariant.h"
#include "engine/callouttransport.h"
#include "engine/executor.h"
#include "engine/falloutsignature.h"
#include "store/operationsreader.h"
#include "commands/command.h"
#include "engine/requestinbox.h"
#include "store/database.h"
#include "store/storelistings.h"
#include "store/storeclock.h"

#include <QCommandLineParser>
#include <QDeadlineTimer>

#include <nlohmann/json.hpp>

namespace fw::cli {

namespace {

    // A listing as lines of cells, or as a JSON array of objects; false (said) when it cannot be read.
    bool printListing(const QString& command, const Result<Listing>& read, bool json)
    {
        if (!read) {
            err() << command << ": " << read.message() << '\n';
            return false;
        }
        const Listing& listing = *read;
        auto rows = nlohmann::json::array();
        for (const QVariantList& values : listing.rows) {
            nlohmann::json row;
            QStringList cells;
            for (int c = 0; c < listing.columns.size(); ++c) {
                row[listing.columns[c].toStdString()] = variantToJson(values[c]);
                cells << values[c].toString();
            }
            if (json)
                rows.push_back(std::move(row));
            else
                out() << cells.join(QStringLiteral("  ")) << '\n';
        }
        if (json)
            out() << QString::fromStdString(rows.dump(2)) << '\n';
        return true;
    }

} // namespace

int runStatus(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ORDER"), Fwctl::tr("The order id."), QStringLiteral("[ORDER]"));
    const QCommandLineOption json(QStringLiteral("json"), Fwctl::tr("Print JSON."));
    parser.addOption(json);
    if (const auto stop = parseArguments(parser, arguments,
                                         Fwctl::tr("Shows an order's state and its steps; without ORDER, the store's orders by "
                                                   "state and what its archive holds."),
                                         -1))
        return *stop;
    if (parser.positionalArguments().size() > 1) {
        err() << arguments.value(0) << ": " << Fwctl::tr("expected at most 1 argument, got %1").arg(parser.positionalArguments().size())
              << '\n';
        return BadInput;
    }
    const auto database = openStore(StoreAccess::Read);
    if (!database)
        return Failure;
    if (parser.positionalArguments().isEmpty())
        return printStoreStatus(arguments.value(0), *database);
    const QString orderId = parser.positionalArguments().constFirst();
    const StoreListings listings(database->connection());
    const auto read = listings.orderStanding(orderId);
    if (!read) {
        err() << arguments.value(0) << ": " << read.message() << '\n';
        return Failure;
    }
    const std::optional<OrderStanding>& standing = *read;
    if (!standing) {
        bool failed = false;
        const auto archive = archiveHolding(arguments.value(0), *database, orderId, failed);
        if (failed)
            return Failure;
        if (!archive) {
            err() << arguments.value(0) << ": " << Fwctl::tr("unknown order '%1'").arg(orderId) << '\n';
            return BadInput;
        }
        const StoreListings archived(archive->connection());
        const auto kept = archived.orderStanding(orderId);
        if (!parser.isSet(json) && kept && *kept)
            out() << Fwctl::tr("Order %1: %2 (archived in %3)").arg(orderId, (*kept)->state, archive->path()) << '\n';
        return printListing(arguments.value(0), archived.steps(orderId), parser.isSet(json)) ? Ok : Failure;
    }
    // A held order says so, with its open fallout cases: nothing new starts until it is resumed.
    const int openCases = standing->openFalloutCases;
    if (standing->setAsideReason) // its stored data cannot be read: the engine does not run it
        out() << Fwctl::tr("Order %1: set-aside (%2 when set aside): %3").arg(orderId, standing->state, *standing->setAsideReason) << '\n';
    else if (!parser.isSet(json) && standing->onHold) {
        const QString next = openCases > 0 ? Fwctl::tr("retry, skip or cancel them: 'fwctl fallout'")
                                           : Fwctl::tr("'fwctl resume %1' continues it").arg(orderId);
        out() << (openCases == 1 ? Fwctl::tr("Order %1: on hold (%2, %3 open fallout case; %4)")
                                 : Fwctl::tr("Order %1: on hold (%2, %3 open fallout cases; %4)"))
                     .arg(orderId, standing->state, QString::number(openCases), next)
              << '\n';
    } else if (!parser.isSet(json))
        out() << Fwctl::tr("Order %1: %2").arg(orderId, standing->state) << '\n';
    if (!printListing(arguments.value(0), listings.steps(orderId), parser.isSet(json)))
        return Failure;
    return Ok;
}

int runTasks(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption queue(QStringLiteral("queue"), Fwctl::tr("Only this queue."), QStringLiteral("Q"));
    const QCommandLineOption all(QStringLiteral("all"), Fwctl::tr("Include completed tasks."));
    const QCommandLineOption json(QStringLiteral("json"), Fwctl::tr("Print JSON."));
    const QCommandLineOption limit(QStringLiteral("limit"), Fwctl::tr("List the first N tasks by id (default 1000; 0: all)."),
                                   QStringLiteral("N"), QStringLiteral("1000"));
    parser.addOptions({ queue, all, json, limit });
    if (const auto stop = parseArguments(parser, arguments, Fwctl::tr("Lists manual tasks (open and claimed by default)."), 0))
        return *stop;
    bool numeric = false;
    const qint64 first = parser.value(limit).toLongLong(&numeric);
    if (!numeric || first < 0) {
        err() << arguments.value(0) << ": " << Fwctl::tr("--limit '%1' is not a number of tasks").arg(parser.value(limit)) << '\n';
        return BadInput;
    }
    const auto database = openStore(StoreAccess::Read);
    if (!database)
        return Failure;
    // One more than asked for tells whether there are more (100,000 waiting tasks are not listed by default).
    Result<Listing> tasks = StoreListings(database->connection()).tasks(parser.value(queue), parser.isSet(all), first > 0 ? first + 1 : 0);
    const bool more = tasks && first > 0 && qint64(tasks->rows.size()) > first;
    if (more)
        tasks->rows.pop_back();
    if (!printListing(arguments.value(0), tasks, parser.isSet(json)))
        return Failure;
    if (more)
        err() << arguments.value(0) << ": " << Fwctl::tr("the first %1 tasks listed; --limit 0 lists them all").arg(first) << '\n';
    return Ok;
}

int runTask(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"), Fwctl::tr("claim, release or complete."),
                                 QStringLiteral("claim|release|complete"));
    parser.addPositionalArgument(QStringLiteral("ID"), Fwctl::tr("The task id."));
    const QCommandLineOption data(QStringLiteral("data"), Fwctl::tr("complete: the form data as a JSON object."), QStringLiteral("JSON"),
                                  QStringLiteral("{}"));
    const QCommandLineOption comment(QStringLiteral("comment"), Fwctl::tr("complete: a comment."), QStringLiteral("TEXT"));
    const QCommandLineOption as(QStringLiteral("as"), Fwctl::tr("Who acts."), QStringLiteral("USER"), defaultUser());
    parser.addOptions({ data, comment, as, waitOption(), endpointOption() });
    if (const auto stop = parseArguments(parser, arguments, Fwctl::tr("Claims, releases or completes a manual task."), 2))
        return *stop;
    const QString action = parser.positionalArguments().at(0);
    bool numeric = false;
    const qint64 id = parser.positionalArguments().at(1).toLongLong(&numeric);
    if (!numeric) {
        err() << arguments.value(0) << ": " << Fwctl::tr("task id '%1' is not a number").arg(parser.positionalArguments().at(1)) << '\n';
        return BadInput;
    }
    const QString user = parser.value(as);
    if (action == QStringLiteral("claim"))
        return withEngine(arguments.value(0), { QStringLiteral("task.claim"), { { QStringLiteral("task"), id } }, user },
                          waitSeconds(parser));
    if (action == QStringLiteral("release"))
        return withEngine(arguments.value(0), { QStringLiteral("task.release"), { { QStringLiteral("task"), id } }, user },
                          waitSeconds(parser));
    if (action != QStringLiteral("complete")) {
        err() << arguments.value(0) << ": " << Fwctl::tr("unknown action '%1' (claim, release or complete)").arg(action) << '\n';
        return BadInput;
    }
    const auto form = jsonObjectOption(QStringLiteral("--data"), parser.value(data));
    if (!form) {
        err() << arguments.value(0) << ": " << form.message() << '\n';
        return BadInput;
    }
    return withEngine(
        arguments.value(0),
        { QStringLiteral("task.complete"),
          { { QStringLiteral("task"), id }, { QStringLiteral("data"), *form }, { QStringLiteral("comment"), parser.value(comment) } },
          user },
        waitSeconds(parser));
}

int runSignal(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ORDER"), Fwctl::tr("The order id."));
    parser.addPositionalArgument(QStringLiteral("NAME"), Fwctl::tr("The signal (a pause step waits for it)."));
    const QCommandLineOption as(QStringLiteral("as"), Fwctl::tr("Who signals."), QStringLiteral("USER"), defaultUser());
    parser.addOptions({ as, waitOption(), endpointOption() });
    if (const auto stop = parseArguments(parser, arguments, Fwctl::tr("Gives an order an external signal."), 2))
        return *stop;
    const QString order = parser.positionalArguments().at(0);
    const QString name = parser.positionalArguments().at(1);
    return withEngine(
        arguments.value(0),
        { QStringLiteral("signal"), { { QStringLiteral("order"), order }, { QStringLiteral("name"), name } }, parser.value(as) },
        waitSeconds(parser));
}

namespace {
    int listFalloutSignatures(bool json)
    {
        const auto database = openStore(StoreAccess::Read);
        if (!database)
            return Failure;
        EngineSnapshot open;
        if (const Status read = OperationsReader(database->connection()).readFallout(open); !read) {
            err() << "fwctl: " << read.message() << '\n';
            return Failure;
        }
        QMap<QString, int> counts;
        for (const FalloutSummary& fallout : open.fallout)
            ++counts[falloutSignature(fallout)];
        auto rows = nlohmann::json::array();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (json)
                rows.push_back({ { "signature", it.key().toStdString() }, { "cases", it.value() } });
            else
                out() << QString::number(it.value()).rightJustified(5) << "  " << it.key() << '\n';
        }
        if (json)
            out() << QString::fromStdString(rows.dump(2)) << '\n';
        return Ok;
    }
} // namespace

int runFallout(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION ID"), Fwctl::tr("retry, skip or cancel the case ID; without: list."),
                                 QStringLiteral("[retry|skip|cancel ID]"));
    const QCommandLineOption queue(QStringLiteral("queue"),
                                   Fwctl::tr("List: only this queue. Bulk retry or skip: the open cases of this queue."),
                                   QStringLiteral("Q"));
    const QCommandLineOption signature(QStringLiteral("signature"),
                                       Fwctl::tr("Bulk retry or skip (a supervisor's): the open cases with this signature, the "
                                                 "same problem ('fwctl fallout --by-signature' lists them)."),
                                       QStringLiteral("SIG"));
    const QCommandLineOption all(QStringLiteral("all"), Fwctl::tr("Bulk retry or skip: every open case."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Fwctl::tr("Bulk: list the cases it would act on, do nothing."));
    const QCommandLineOption bySignature(QStringLiteral("by-signature"), Fwctl::tr("List: open cases counted by signature."));
    const QCommandLineOption json(QStringLiteral("json"), Fwctl::tr("List: print JSON."));
    const QCommandLineOption fields(QStringLiteral("fields"),
                                    Fwctl::tr("retry: corrected data, a JSON object of line fields set before the retry."),
                                    QStringLiteral("JSON"), QStringLiteral("{}"));
    const QCommandLineOption payload(QStringLiteral("payload"),
                                     Fwctl::tr("retry of a callout: the edited request payload (a JSON object) to send instead."),
                                     QStringLiteral("JSON"));
    const QCommandLineOption newRequest(QStringLiteral("new-request"),
                                        Fwctl::tr("retry with --payload after an attempt that got no answer (the system may "
                                                  "have carried it out): send the edited payload as a new request anyway, "
                                                  "with a new idempotency key. Without it such a retry resends the same "
                                                  "request with the same key."));
    const QCommandLineOption reason(QStringLiteral("reason"), Fwctl::tr("skip, cancel: why (required)."), QStringLiteral("TEXT"));
    const QCommandLineOption keepHold(QStringLiteral("keep-hold"),
                                      Fwctl::tr("retry: keep the order on hold even when this was its last open case."));
    const QCommandLineOption as(QStringLiteral("as"), Fwctl::tr("Who acts."), QStringLiteral("USER"), defaultUser());
    parser.addOptions({ queue, signature, all, dryRun, bySignature, json, fields, payload, newRequest, reason, keepHold, as, waitOption(),
                        endpointOption() });
    if (const auto stop = parseArguments(parser, arguments,
                                         Fwctl::tr("Lists open fallout cases, or resolves one: retry runs the failed step "
                                                   "again (optionally after correcting line fields) and resumes the order "
                                                   "when no other case of it is open; skip force-completes the step; cancel "
                                                   "cancels the order. After skip (or retry --keep-hold): 'fwctl resume ORDER'."),
                                         -1))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() && parser.isSet(bySignature))
        return listFalloutSignatures(parser.isSet(json));
    const bool bulk = parser.isSet(signature) || parser.isSet(all) || (positional.size() == 1 && parser.isSet(queue));
    if (bulk) {
        const QString action = positional.value(0);
        if (positional.size() != 1 || (action != QLatin1String("retry") && action != QLatin1String("skip"))) {
            err() << arguments.value(0) << ": " << Fwctl::tr("bulk actions are 'retry' or 'skip' with --signature SIG, --queue Q or --all")
                  << '\n';
            return BadInput;
        }
        QVariantMap args { { QStringLiteral("dryRun"), parser.isSet(dryRun) }, { QStringLiteral("reason"), parser.value(reason) } };
        if (parser.isSet(signature))
            args.insert(QStringLiteral("signature"), parser.value(signature));
        if (parser.isSet(queue))
            args.insert(QStringLiteral("queue"), parser.value(queue));
        if (parser.isSet(all))
            args.insert(QStringLiteral("all"), true);
        return withEngine(arguments.value(0), { QStringLiteral("fallout.bulk-") + action, args, parser.value(as) }, waitSeconds(parser));
    }
    if (positional.isEmpty()) {
        const auto database = openStore(StoreAccess::Read);
        if (!database)
            return Failure;
        if (!printListing(arguments.value(0), StoreListings(database->connection()).openFallout(parser.value(queue)), parser.isSet(json)))
            return Failure;
        return Ok;
    }
    bool numeric = false;
    const qint64 id = positional.value(1).toLongLong(&numeric);
    if (positional.size() != 2 || !numeric) {
        err() << arguments.value(0) << ": " << Fwctl::tr("expected 'retry|skip|cancel ID'") << '\n';
        return BadInput;
    }
    const QString action = positional.at(0);
    const QString user = parser.value(as);
    if (action == QStringLiteral("retry")) {
        const auto fixes = jsonObjectOption(QStringLiteral("--fields"), parser.value(fields));
        if (!fixes) {
            err() << arguments.value(0) << ": " << fixes.message() << '\n';
            return BadInput;
        }
        const QString edited = parser.value(payload);
        if (parser.isSet(payload)) {
            if (const auto checked = jsonObjectOption(QStringLiteral("--payload"), edited); !checked) {
                err() << arguments.value(0) << ": " << checked.message() << '\n';
                return BadInput;
            }
        }
        QVariantMap args { { QStringLiteral("case"), id },
                           { QStringLiteral("fields"), *fixes },
                           { QStringLiteral("payload"), edited },
                           { QStringLiteral("resume"), !parser.isSet(keepHold) } };
        if (parser.isSet(newRequest))
            args.insert(QStringLiteral("newRequest"), true);
        return withEngine(arguments.value(0), { QStringLiteral("fallout.retry"), std::move(args), user }, waitSeconds(parser));
    }
    if (action == QStringLiteral("skip"))
        return withEngine(arguments.value(0),
                          { QStringLiteral("fallout.skip"),
                            { { QStringLiteral("case"), id }, { QStringLiteral("reason"), parser.value(reason) } },
                            user },
                          waitSeconds(parser));
    if (action == QStringLiteral("cancel"))
        return withEngine(arguments.value(0),
                          { QStringLiteral("fallout.cancel"),
                            { { QStringLiteral("case"), id }, { QStringLiteral("reason"), parser.value(reason) } },
                            user },
                          waitSeconds(parser));
    err() << arguments.value(0) << ": " << Fwctl::tr("unknown action '%1' (retry, skip or cancel)").arg(action) << '\n';
    return BadInput;
}

int runSetField(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ORDER"), Fwctl::tr("The order id."));
    parser.addPositionalArgument(QStringLiteral("LINE"), Fwctl::tr("The fulfillment line id."));
    parser.addPositionalArgument(QStringLiteral("FIELD"), Fwctl::tr("The line field (e.g. customsCleared)."));
    parser.addPositionalArgument(QStringLiteral("VALUE"), Fwctl::tr("A JSON value: true, 42, \"text\"."));
    const QCommandLineOption as(QStringLiteral("as"), Fwctl::tr("Who reports it."), QStringLiteral("USER"), defaultUser());
    parser.addOptions({ as, waitOption(), endpointOption() });
    if (const auto stop = parseArguments(parser, arguments,
                                         Fwctl::tr("Sets a line field (corrected or external data); pauses waiting on "
                                                   "it re-check."),
                                         4))
        return *stop;
    const QStringList p = parser.positionalArguments();
    const auto value = jsonValueOption(QStringLiteral("VALUE"), p.at(3));
    if (!value) {
        const bool syntax = value.error().why.contains(QStringLiteral("malformed JSON"));
        err() << arguments.value(0) << ": " << value.message() << (syntax ? " (quote text: '\"text\"')\n" : "\n");
        return BadInput;
    }
    return withEngine(arguments.value(0),
                      { QStringLiteral("line.set-field"),
                        { { QStringLiteral("order"), p.at(0) },
                          { QStringLiteral("line"), p.at(1) },
                          { QStringLiteral("field"), p.at(2) },
                          { QStringLiteral("value"), *value } },
                        parser.value(as) },
                      waitSeconds(parser));
}

int runResume(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ORDER"), Fwctl::tr("The order id."));
    const QCommandLineOption as(QStringLiteral("as"), Fwctl::tr("Who resumes."), QStringLiteral("USER"), defaultUser());
    parser.addOptions({ as, waitOption(), endpointOption() });
    if (const auto stop
        = parseArguments(parser, arguments, Fwctl::tr("Resumes an order held after fallout once its cases are resolved."), 1))
        return *stop;
    const QString order = parser.positionalArguments().constFirst();
    return withEngine(arguments.value(0), { QStringLiteral("order.resume"), { { QStringLiteral("order"), order } }, parser.value(as) },
                      waitSeconds(parser));
}

} // namespace fw::cli
