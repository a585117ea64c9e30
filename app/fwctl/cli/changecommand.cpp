// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl change preview|submit and fwctl summary: in-flight change to running orders (docs/change-orders.md).

#include "cli.h"

#include "change/changeorder.h"
#include "change/changepreviewjson.h"
#include "change/ordersummaryjson.h"
#include "change/ordersummaryreader.h"
#include "change/storedchange.h"
#include "commands/commandprocessor.h"
#include "io/jsonfile.h"
#include "store/database.h"
#include "store/storeclock.h"
#include "store/runtimeloader.h"

#include <QCommandLineParser>
#include "common/jsonparse.h"
#include "store/storelistings.h"

#include <nlohmann/json.hpp>

namespace fw::cli {

namespace {

    void printProblems(const QString& command, const Problems& problems)
    {
        for (const Problem& p : problems)
            err() << command << ": " << p.toString() << '\n';
    }

    void printPreview(const ChangePreview& preview)
    {
        out() << Fwctl::tr("change %1 of order %2 (revision %3): %4")
                     .arg(preview.changeId, preview.orderId, QString::number(preview.revision),
                          preview.accepted() ? Fwctl::tr("can be applied") : Fwctl::tr("REFUSED"))
              << '\n';
        for (const PonrRefusal& r : preview.refusals)
            out() << "  " << Fwctl::tr("refused: %1").arg(r.message) << '\n';
        if (preview.forecastBefore.isValid() && preview.forecastAfter.isValid())
            out() << "  "
                  << Fwctl::tr("forecast completion: %1 -> %2")
                         .arg(preview.forecastBefore.toUTC().toString(Qt::ISODate), preview.forecastAfter.toUTC().toString(Qt::ISODate))
                  << '\n';
        for (const ItemChange& i : preview.items)
            out() << "  " << (i.item.isEmpty() ? QString() : Fwctl::tr("item %1: ").arg(i.item)) << i.detail << '\n';
        if (!preview.inFlight.isEmpty())
            out() << "  " << Fwctl::tr("waits for the replies of: %1").arg(preview.inFlight.join(QStringLiteral(", "))) << '\n';
        out() << Fwctl::tr("steps: %1").arg(changeOutcome(preview)) << '\n';
        for (const StepChange& s : preview.steps) {
            if (s.kind == StepChangeKind::Kept && s.reason.isEmpty())
                continue;
            out() << "  " << toString(s.kind).toUpper().leftJustified(13) << s.id << "  [" << s.stateBefore
                  << (s.stateBefore == s.stateAfter ? QString() : QStringLiteral(" -> ") + s.stateAfter) << "]  " << s.reason << '\n';
        }
        if (!preview.effects.empty())
            out() << Fwctl::tr("external effects:") << '\n';
        for (const ExternalEffect& e : preview.effects)
            out() << "  " << e.kind << "  " << e.stepId << "  " << e.method << ' ' << e.endpoint << e.path << "  "
                  << QString(e.payload).replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified() << '\n';
    }

    int preview(const QString& command, const ChangeOrder& change, const QString& user, bool json)
    {
        const auto database = openStore();
        if (!database)
            return Failure;
        const auto clock = StoreClock::forStore(database->connection());
        if (const auto refused
            = CommandProcessor(*database, *clock)
                  .admit(cliCommand(user, QStringLiteral("change.preview"), { { QStringLiteral("order"), change.order } })))
            return report(command, *refused);
        const Result<OrderRuntime> order = RuntimeLoader::load(database->connection(), change.order);
        const bool runs = order && order->storedState != OrderState::Completed && order->storedState != OrderState::Cancelled;
        const PreparedChange prepared = prepareStoredChange(database->connection(), runs ? &*order : nullptr, change, false, clock->now());
        if (json)
            out() << QString::fromStdString(changePreviewToJson(prepared.preview).dump(2)) << '\n';
        else if (prepared.preview.problems.empty())
            printPreview(prepared.preview);
        printProblems(command, prepared.preview.problems);
        return prepared.preview.problems.empty() ? Ok : BadInput;
    }

    int submit(const QString& command, const ChangeOrder& change, const nlohmann::json& document, const QString& path, const QString& user,
               int wait, bool json)
    {
        const int code = withEngine(command,
                                    { QStringLiteral("change.submit"),
                                      { { QStringLiteral("order"), change.order },
                                        { QStringLiteral("document"), QString::fromStdString(document.dump()) },
                                        { QStringLiteral("label"), path } },
                                      user },
                                    wait);
        const auto database = openStore();
        if (!database)
            return Failure;
        const auto read = StoreListings(database->connection()).changeOrder(change.order, change.id);
        if (!read) {
            err() << "fwctl change: " << read.message() << '\n';
            return Failure;
        }
        const std::optional<StoredChangeOrder>& stored = *read;
        if (!stored)
            return code == Ok ? Failure : code;
        if (json) {
            const JsonParseResult preview = parseJsonBounded(stored->preview.toUtf8());
            if (!preview.ok()) {
                err() << "fwctl change: " << Fwctl::tr("the stored preview of change %1 cannot be read: %2").arg(change.id, preview.message)
                      << '\n';
                return Failure;
            }
            out() << QString::fromStdString(preview.value->dump(2)) << '\n';
        } else {
            out() << Fwctl::tr("change %1 of order %2: %3 (%4)").arg(change.id, change.order, stored->state, stored->outcome) << '\n';
        }
        return code;
    }

} // namespace

int runChange(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("preview|submit"), Fwctl::tr("Preview the change, or submit it."));
    parser.addPositionalArgument(QStringLiteral("CHANGE.json"),
                                 Fwctl::tr("The change order (docs/change-orders.md); - reads standard input."));
    const QCommandLineOption order(QStringLiteral("order"), Fwctl::tr("The order it changes (must match the file)."), QStringLiteral("ID"));
    const QCommandLineOption json(QStringLiteral("json"), Fwctl::tr("Print JSON."));
    const QCommandLineOption as(QStringLiteral("as"), Fwctl::tr("Who previews or submits."), QStringLiteral("USER"), defaultUser());
    parser.addOptions({ order, json, as, waitOption(), endpointOption() });
    if (const auto stop = parseArguments(parser, arguments,
                                         Fwctl::tr("Previews or submits a change order (amendment or cancellation) to a running "
                                                   "order: the plan diff, compensations, callouts it sends, PONR refusals."),
                                         2))
        return *stop;
    const QString command = arguments.value(0);
    const QString action = parser.positionalArguments().value(0);
    const QString path = parser.positionalArguments().value(1);
    const QString label = inputLabel(path); // "stdin" for -
    if (action != QLatin1String("preview") && action != QLatin1String("submit")) {
        err() << command << ": " << Fwctl::tr("unknown action '%1' (preview or submit)").arg(action) << '\n';
        return BadInput;
    }
    Problems problems;
    const auto document = readJsonFile(path, problems);
    const ChangeOrderLoad load = document ? ChangeOrderReader::readJson(*document, label) : ChangeOrderLoad {};
    if (!document || !load.ok()) {
        printProblems(command, document ? load.problems : problems);
        return BadInput;
    }
    if (parser.isSet(order) && parser.value(order) != load.changeOrder->order) {
        err() << command << ": " << label
              << ":/order: " << Fwctl::tr("the change order is for order '%1', not '%2'").arg(load.changeOrder->order, parser.value(order))
              << '\n';
        return BadInput;
    }
    if (action == QLatin1String("preview"))
        return preview(command, *load.changeOrder, parser.value(as), parser.isSet(json));
    return submit(command, *load.changeOrder, *document, label, parser.value(as), waitSeconds(parser), parser.isSet(json));
}

int runSummary(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ORDER"), Fwctl::tr("The order."));
    const QCommandLineOption json(QStringLiteral("json"), Fwctl::tr("Print JSON."));
    parser.addOption(json);
    if (const auto stop = parseArguments(parser, arguments,
                                         Fwctl::tr("What an order stands at across its change orders and splits: each item "
                                                   "ordered and now (active, pending, cancelled, delivered, billed), each "
                                                   "delivery group's path, the change orders and the billing."),
                                         1))
        return *stop;
    const QString command = arguments.value(0);
    const auto database = openStore();
    if (!database)
        return Failure;
    const QString orderId = parser.positionalArguments().value(0);
    auto report = readOrderSummaryReport(database->connection(), orderId);
    if (!report) { // an archived order is summarised from the archive
        bool failed = false;
        if (const auto archive = archiveHolding(command, *database, orderId, failed))
            report = readOrderSummaryReport(archive->connection(), orderId);
    }
    if (!report) {
        err() << command << ": " << report.message() << '\n';
        return BadInput;
    }
    if (parser.isSet(json)) {
        out() << QString::fromStdString(orderSummaryToJson(*report).dump(2)) << '\n';
        return Ok;
    }
    out() << (report->cancelled ? Fwctl::tr("order %1 (%2): %3, revision %4, cancelled") : Fwctl::tr("order %1 (%2): %3, revision %4"))
                 .arg(report->orderId, report->account, report->state, QString::number(report->revision))
          << '\n'
          << Fwctl::tr("items:") << '\n';
    for (const ItemPosition& i : report->items)
        out() << "  " << i.item.leftJustified(10) << i.product.leftJustified(22) << Fwctl::tr("ordered") << ' '
              << QString::number(i.quantityOrdered).rightJustified(5) << "  " << Fwctl::tr("now") << ' '
              << QString::number(i.quantityNow).rightJustified(5) << "  " << i.status.leftJustified(10)
              << (i.status != QLatin1String("cancelled") && i.quantityDelivered > 0 && i.quantityDelivered < i.quantityNow
                      ? Fwctl::tr("%1 of %2 delivered, +%3 %4")
                            .append(QStringLiteral("  "))
                            .arg(i.quantityDelivered)
                            .arg(i.quantityNow)
                            .arg(i.quantityNow - i.quantityDelivered)
                            .arg(i.quantityPending == i.quantityNow - i.quantityDelivered ? Fwctl::tr("pending") : Fwctl::tr("in progress"))
                      : QString())
              << (i.changedBy.isEmpty() ? QString() : Fwctl::tr("changed by %1").arg(i.changedBy.join(QStringLiteral(", ")))) << '\n';
    if (!report->splits.empty())
        out() << Fwctl::tr("delivery groups:") << '\n';
    for (const SplitPath& p : report->splits)
        out() << "  " << p.group.leftJustified(10) << p.status.leftJustified(10)
              << Fwctl::tr("%1/%2 steps  items %3").arg(p.stepsDone).arg(p.steps).arg(p.items.join(QStringLiteral(", "))) << "  "
              << p.address << '\n';
    if (!report->billing.isEmpty())
        out() << Fwctl::tr("billing: %1").arg(report->billing) << '\n';
    if (!report->changeOrders.empty())
        out() << Fwctl::tr("change orders:") << '\n';
    for (const ChangeOrderRecord& c : report->changeOrders)
        out() << "  " << c.id.leftJustified(12) << "r" << c.revision << "  " << c.state.leftJustified(8) << c.submittedBy << "  "
              << c.outcome << (c.reason.isEmpty() ? QString() : QStringLiteral("  (") + c.reason + QLatin1Char(')')) << '\n';
    return Ok;
}

} // namespace fw::cli
