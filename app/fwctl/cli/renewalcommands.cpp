// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl renewals [--within 90d] [--state S] [--json]: the renewals coming due, by month, with their
// value at risk; fwctl renewal claim|renew|decline ID: the renewal task through the command path
// (docs/assets.md, "Renewals").

#include "cli.h"

#include "commands/commandprocessor.h"
#include "common/clock.h"
#include "common/duration.h"
#include "renewals/renewalforecast.h"
#include "store/database.h"
#include "store/storeclock.h"

#include <QCommandLineParser>

#include <nlohmann/json.hpp>

namespace fw::cli {

namespace {

    QString moneyText(double value, const QString& currency)
    {
        return currency.isEmpty() ? QStringLiteral("-") : QString::number(value, 'f', 2) + QLatin1Char(' ') + currency;
    }

    QString valuesText(const QMap<QString, double>& values)
    {
        QStringList parts;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (!it.key().isEmpty())
                parts << moneyText(it.value(), it.key());
        }
        return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(", "));
    }

    nlohmann::json renewalJson(const Renewal& r)
    {
        const auto text = [](const QString& s) { return s.isEmpty() ? nlohmann::json() : nlohmann::json(s.toStdString()); };
        return { { "id", r.id ? nlohmann::json(r.id) : nlohmann::json() },
                 { "asset", r.assetId.toStdString() },
                 { "account", r.accountId.toStdString() },
                 { "product", r.product.toStdString() },
                 { "termStart", r.termStart.toString(Qt::ISODate).toStdString() },
                 { "termEnd", r.termEnd.toString(Qt::ISODate).toStdString() },
                 { "termMonths", r.termMonths },
                 { "dueDate", r.dueDate.toString(Qt::ISODate).toStdString() },
                 { "state", toString(r.state).toStdString() },
                 { "claimedBy", text(r.claimedBy) },
                 { "valueAtRisk", r.value },
                 { "currency", text(r.currency) },
                 { "decidedBy", text(r.decidedBy) },
                 { "reason", text(r.reason) } };
    }

    // "90d", "12w", or a number of days.
    std::optional<int> withinDays(const QString& text)
    {
        bool isNumber = false;
        const int days = text.toInt(&isNumber);
        if (isNumber)
            return days >= 0 && days <= 36600 ? std::optional<int>(days) : std::nullopt;
        const auto seconds = parseDurationSeconds(text);
        if (!seconds || *seconds < 0 || *seconds % 86400 != 0)
            return std::nullopt;
        return int(*seconds / 86400);
    }

} // namespace

int runRenewals(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption withinOption(QStringLiteral("within"),
                                          Fwctl::tr("The renewals whose term ends within this time from today (default 90d)."),
                                          QStringLiteral("DURATION"), QStringLiteral("90d"));
    const QCommandLineOption stateOption(QStringLiteral("state"),
                                         Fwctl::tr("Only renewals in these states, comma-separated: upcoming, open, claimed, renewed, "
                                                   "declined (default: upcoming, open, claimed)."),
                                         QStringLiteral("STATES"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Fwctl::tr("Print JSON."));
    parser.addOptions({ withinOption, stateOption, jsonOption });
    if (const auto stop = parseArguments(parser, arguments,
                                         Fwctl::tr("Lists the subscriptions whose term ends soon, by month: the renewals opened "
                                                   "(due: within their lead time) and those to come, with the value at risk "
                                                   "(recurring price x quantity x one term, the asset and its components)."),
                                         0))
        return *stop;
    const QString command = arguments.value(0);
    const auto days = withinDays(parser.value(withinOption));
    if (!days) {
        err() << command << ": " << Fwctl::tr("--within: '%1' is not a number of days (e.g. 90d, 12w, 30)").arg(parser.value(withinOption))
              << '\n';
        return BadInput;
    }
    RenewalQuery query;
    query.withinDays = *days;
    if (parser.isSet(stateOption)) {
        for (const QString& name : parser.value(stateOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto state = renewalStateFromString(name.trimmed());
            if (!state) {
                err() << command << ": "
                      << Fwctl::tr("--state: unknown state '%1' (upcoming, open, claimed, renewed, declined)").arg(name.trimmed()) << '\n';
                return BadInput;
            }
            query.states.push_back(*state);
        }
    }
    const auto database = openStore(StoreAccess::Read);
    if (!database)
        return Failure;
    const auto clock = StoreClock::forStore(database->connection());
    query.today = clock->now().toUTC().date();
    const auto renewals = upcomingRenewals(database->connection(), query);
    if (!renewals) {
        err() << command << ": " << renewals.message() << '\n';
        return Failure;
    }
    const std::vector<RenewalMonth> months = renewalsByMonth(*renewals);
    if (parser.isSet(jsonOption)) {
        nlohmann::json document { { "today", query.today.toString(Qt::ISODate).toStdString() }, { "withinDays", query.withinDays } };
        auto rows = nlohmann::json::array();
        for (const Renewal& renewal : *renewals)
            rows.push_back(renewalJson(renewal));
        document["renewals"] = std::move(rows);
        auto byMonth = nlohmann::json::array();
        for (const RenewalMonth& month : months) {
            nlohmann::json value = nlohmann::json::object();
            for (auto it = month.value.cbegin(); it != month.value.cend(); ++it) {
                if (!it.key().isEmpty())
                    value[it.key().toStdString()] = it.value();
            }
            byMonth.push_back({ { "month", month.month.toString(QStringLiteral("yyyy-MM")).toStdString() },
                                { "count", month.count },
                                { "valueAtRisk", value } });
        }
        document["months"] = std::move(byMonth);
        out() << QString::fromStdString(document.dump(2)) << '\n';
        return Ok;
    }
    if (renewals->empty()) {
        out() << Fwctl::tr("No renewals within %1 days of %2.").arg(query.withinDays).arg(query.today.toString(Qt::ISODate)) << '\n';
        return Ok;
    }
    for (const RenewalMonth& month : months) {
        out() << Fwctl::tr("%1: %2 renewal(s), value at risk %3")
                     .arg(month.month.toString(QStringLiteral("yyyy-MM")))
                     .arg(month.count)
                     .arg(valuesText(month.value))
              << '\n';
    }
    out() << '\n';
    std::vector<QStringList> rows { { Fwctl::tr("ID"), Fwctl::tr("ASSET"), Fwctl::tr("ACCOUNT"), Fwctl::tr("PRODUCT"),
                                      Fwctl::tr("TERM END"), Fwctl::tr("DUE"), Fwctl::tr("STATE"), Fwctl::tr("CLAIMED BY"),
                                      Fwctl::tr("VALUE AT RISK") } };
    for (const Renewal& r : *renewals)
        rows.push_back({ r.id ? QString::number(r.id) : QStringLiteral("-"), r.assetId, r.accountId, r.product,
                         r.termEnd.toString(Qt::ISODate), r.dueDate.toString(Qt::ISODate), toString(r.state),
                         r.claimedBy.isEmpty() ? QStringLiteral("-") : r.claimedBy, moneyText(r.value, r.currency) });
    printColumns(rows);
    return Ok;
}

int runRenewal(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"), Fwctl::tr("claim, renew or decline"));
    parser.addPositionalArgument(QStringLiteral("ID"), Fwctl::tr("The renewal id (fwctl renewals)."));
    const QCommandLineOption reasonOption(QStringLiteral("reason"), Fwctl::tr("Why the renewal is declined (decline: required)."),
                                          QStringLiteral("TEXT"));
    parser.addOption(reasonOption);
    if (const auto stop = parseArguments(parser, arguments,
                                         Fwctl::tr("Works a renewal as the acting user (--as): claim it; renew it (the asset's term "
                                                   "is extended by one term); or decline it with --reason (a supervisor's). "
                                                   "Exit 0 when done, 2 for a refusal or a renewal that is not open."),
                                         2))
        return *stop;
    const QString command = arguments.value(0);
    const QString action = parser.positionalArguments().at(0);
    static const QStringList actions { QStringLiteral("claim"), QStringLiteral("renew"), QStringLiteral("decline") };
    if (!actions.contains(action)) {
        err() << command << ": " << Fwctl::tr("unknown action '%1' (claim, renew, decline)").arg(action) << '\n';
        return BadInput;
    }
    QVariantMap args { { QStringLiteral("renewal"), parser.positionalArguments().at(1) } };
    if (parser.isSet(reasonOption))
        args.insert(QStringLiteral("reason"), parser.value(reasonOption));
    const auto database = openStore();
    if (!database)
        return Failure;
    const auto clock = StoreClock::forStore(database->connection());
    return report(command,
                  CommandProcessor(*database, *clock).process(cliCommand(defaultUser(), QStringLiteral("renewal.") + action, args)));
}

} // namespace fw::cli
