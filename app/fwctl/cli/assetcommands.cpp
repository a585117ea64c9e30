// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl assets --account ID: the installed base of an account (what its completed orders left it);
// fwctl asset ID: one asset with its components and its history (docs/assets.md).

#include "cli.h"

#include "common/clock.h"
#include "common/jsonvariant.h"
#include "store/assetreader.h"
#include "store/database.h"

#include <QCommandLineParser>

#include <nlohmann/json.hpp>

namespace fw::cli {

namespace {

    QString attributesText(const QVariantMap& attributes)
    {
        QStringList parts;
        for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
            parts << it.key() + QLatin1Char('=') + it.value().toString();
        return parts.join(QStringLiteral(", "));
    }

    // What an asset-based order changed, from an event's before and after (docs/assets.md):
    // "x100 -> x150", "[edition=pro] -> [edition=enterprise]", "active -> suspended",
    // "@HQ Berlin -> @BRANCH Hamburg"; the keys whose values differ only.
    QString stateChangeText(const QVariantMap& before, const QVariantMap& after)
    {
        const auto site = [](const QVariantMap& s) {
            return QStringLiteral("@%1 %2").arg(s.value(QStringLiteral("deliveryGroup")).toString(),
                                                s.value(QStringLiteral("site")).toMap().value(QStringLiteral("city")).toString());
        };
        QStringList parts;
        const auto differs = [&](const char* key) { return before.value(QLatin1String(key)) != after.value(QLatin1String(key)); };
        if (differs("quantity"))
            parts << QStringLiteral("x%1 -> x%2")
                         .arg(before.value(QStringLiteral("quantity")).toString(), after.value(QStringLiteral("quantity")).toString());
        if (differs("attributes"))
            parts << QStringLiteral("[%1] -> [%2]")
                         .arg(attributesText(before.value(QStringLiteral("attributes")).toMap()),
                              attributesText(after.value(QStringLiteral("attributes")).toMap()));
        if (differs("status"))
            parts << QStringLiteral("%1 -> %2")
                         .arg(before.value(QStringLiteral("status")).toString(), after.value(QStringLiteral("status")).toString());
        if (differs("deliveryGroup") || differs("site"))
            parts << QStringLiteral("%1 -> %2").arg(site(before).trimmed(), site(after).trimmed());
        return parts.join(QStringLiteral("  "));
    }

    QString dateText(const QDate& date)
    {
        return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("-");
    }

    nlohmann::json assetJson(const Asset& asset)
    {
        nlohmann::json row
            = { { "id", asset.id.toStdString() },
                { "account", asset.accountId.toStdString() },
                { "product", asset.product.toStdString() },
                { "parentAsset", asset.parentAsset.isEmpty() ? nlohmann::json() : nlohmann::json(asset.parentAsset.toStdString()) },
                { "attributes", variantToJson(asset.attributes) },
                { "quantity", asset.quantity },
                { "deliveryGroup", asset.deliveryGroup.toStdString() },
                { "site", variantToJson(asset.site) },
                { "status", toString(asset.status).toStdString() },
                { "sourceOrder", asset.sourceOrder.toStdString() },
                { "sourceItem", asset.sourceItem.toStdString() },
                { "lines", toJsonArray(asset.lines) },
                { "createdAt", toStoreTime(asset.createdAt).toStdString() },
                { "updatedAt", toStoreTime(asset.updatedAt).toStdString() },
                { "revision", asset.revision } };
        if (asset.termStart.isValid())
            row["term"] = { { "start", dateText(asset.termStart).toStdString() },
                            { "end", dateText(asset.termEnd).toStdString() },
                            { "renewalLeadDays", asset.renewalLeadDays } };
        return row;
    }

    nlohmann::json eventJson(const AssetEvent& event)
    {
        return { { "seq", event.seq },
                 { "at", toStoreTime(event.at).toStdString() },
                 { "kind", event.kind.toStdString() },
                 { "order", event.orderId.toStdString() },
                 { "changeOrders", toJsonArray(event.changeOrders) },
                 { "actor", event.actor.toStdString() },
                 { "before", event.before.isEmpty() ? nlohmann::json() : variantToJson(event.before) },
                 { "after", event.after.isEmpty() ? nlohmann::json() : variantToJson(event.after) } };
    }

} // namespace

int runAssets(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption accountOption(QStringLiteral("account"), Fwctl::tr("The account whose assets to list (required)."),
                                           QStringLiteral("ID"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Fwctl::tr("Print JSON."));
    parser.addOptions({ accountOption, jsonOption });
    if (const auto stop = parseArguments(parser, arguments,
                                         Fwctl::tr("Lists the assets of an account: what its completed orders left it, a "
                                                   "bundle's components under it."),
                                         0))
        return *stop;
    const QString command = arguments.value(0);
    if (parser.value(accountOption).isEmpty()) {
        err() << command << ": " << Fwctl::tr("name the account: --account ID") << '\n';
        return BadInput;
    }
    const auto database = openStore(StoreAccess::Read);
    if (!database)
        return Failure;
    const QString account = parser.value(accountOption);
    const auto assets = AssetReader(database->connection()).ofAccount(account);
    if (!assets) {
        err() << command << ": " << assets.message() << '\n';
        return Failure;
    }
    if (parser.isSet(jsonOption)) {
        auto rows = nlohmann::json::array();
        for (const Asset& asset : *assets)
            rows.push_back(assetJson(asset));
        out() << QString::fromStdString(rows.dump(2)) << '\n';
        return Ok;
    }
    if (assets->empty()) {
        out() << Fwctl::tr("Account %1 has no assets.").arg(account) << '\n';
        return Ok;
    }
    std::vector<QStringList> rows { { Fwctl::tr("ASSET"), Fwctl::tr("PRODUCT"), Fwctl::tr("QTY"), Fwctl::tr("STATUS"),
                                      Fwctl::tr("TERM END"), Fwctl::tr("ORDER"), Fwctl::tr("ATTRIBUTES") } };
    for (const Asset& asset : *assets)
        rows.push_back({ (asset.parentAsset.isEmpty() ? QString() : QStringLiteral("  ")) + asset.id, asset.product,
                         QString::number(asset.quantity), toString(asset.status), dateText(asset.termEnd), asset.sourceOrder,
                         attributesText(asset.attributes) });
    printColumns(rows);
    return Ok;
}

int runAsset(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ASSET"), Fwctl::tr("The asset id (ORDER/ITEM, as fwctl assets lists it)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Fwctl::tr("Print JSON."));
    parser.addOption(jsonOption);
    if (const auto stop = parseArguments(parser, arguments, Fwctl::tr("Shows an asset, its components and its history."), 1))
        return *stop;
    const QString command = arguments.value(0);
    const auto database = openStore(StoreAccess::Read);
    if (!database)
        return Failure;
    const QString id = parser.positionalArguments().constFirst();
    const AssetReader reader(database->connection());
    const auto asset = reader.asset(id);
    if (!asset) {
        err() << command << ": " << asset.message() << '\n';
        return Failure;
    }
    if (!*asset) {
        err() << command << ": " << Fwctl::tr("unknown asset '%1' in %2").arg(id, databasePath()) << '\n';
        return BadInput;
    }
    const auto children = reader.children(id);
    const auto history = reader.history(id);
    if (!children || !history) {
        err() << command << ": " << (children ? history.message() : children.message()) << '\n';
        return Failure;
    }
    const Asset& a = **asset;
    if (parser.isSet(jsonOption)) {
        nlohmann::json document = assetJson(a);
        auto components = nlohmann::json::array();
        for (const Asset& child : *children)
            components.push_back(child.id.toStdString());
        document["components"] = std::move(components);
        auto events = nlohmann::json::array();
        for (const AssetEvent& event : *history)
            events.push_back(eventJson(event));
        document["history"] = std::move(events);
        out() << QString::fromStdString(document.dump(2)) << '\n';
        return Ok;
    }
    std::vector<QStringList> fields {
        { Fwctl::tr("Asset:"), a.id },
        { Fwctl::tr("Account:"), a.accountId },
        { Fwctl::tr("Product:"), a.product },
        { Fwctl::tr("Quantity:"), QString::number(a.quantity) },
        { Fwctl::tr("Status:"), toString(a.status) },
        { Fwctl::tr("Attributes:"), a.attributes.isEmpty() ? QStringLiteral("-") : attributesText(a.attributes) },
        { Fwctl::tr("Site:"),
          a.deliveryGroup.isEmpty() ? QStringLiteral("-")
                                    : a.deliveryGroup + QStringLiteral(" (") + attributesText(a.site) + QLatin1Char(')') },
        { Fwctl::tr("Term:"),
          a.termStart.isValid()
              ? Fwctl::tr("%1 to %2, renewal due %3 days before").arg(dateText(a.termStart), dateText(a.termEnd)).arg(a.renewalLeadDays)
              : Fwctl::tr("none") },
        { Fwctl::tr("From:"), Fwctl::tr("order %1, item %2").arg(a.sourceOrder, a.sourceItem) },
        { Fwctl::tr("Lines:"), a.lines.join(QStringLiteral(", ")) }
    };
    if (!a.parentAsset.isEmpty())
        fields.push_back({ Fwctl::tr("Part of:"), a.parentAsset });
    QStringList componentIds;
    for (const Asset& child : *children)
        componentIds << child.id;
    if (!componentIds.isEmpty())
        fields.push_back({ Fwctl::tr("Components:"), componentIds.join(QStringLiteral(", ")) });
    printColumns(fields);
    out() << '\n' << Fwctl::tr("History:") << '\n';
    for (const AssetEvent& event : *history) {
        out() << "  " << toStoreTime(event.at) << "  " << event.kind << "  " << event.actor;
        if (!event.orderId.isEmpty()) // a renewal's events have none
            out() << "  " << Fwctl::tr("order %1").arg(event.orderId);
        if (!event.changeOrders.isEmpty())
            out() << " (" << Fwctl::tr("change orders %1").arg(event.changeOrders.join(QStringLiteral(", "))) << ')';
        const auto state = [](const QVariantMap& s) -> QString {
            if (s.contains(QStringLiteral("term"))) { // renewed, renewal declined: {"term": {"start", "end"}, "reason"}
                const QVariantMap term = s.value(QStringLiteral("term")).toMap();
                const QString reason = s.value(QStringLiteral("reason")).toString();
                return Fwctl::tr("term %1 to %2")
                           .arg(term.value(QStringLiteral("start")).toString(), term.value(QStringLiteral("end")).toString())
                    + (reason.isEmpty() ? QString() : QStringLiteral(" (") + reason + QLatin1Char(')'));
            }
            return QStringLiteral("x%1 [%2]")
                .arg(s.value(QStringLiteral("quantity")).toString(), attributesText(s.value(QStringLiteral("attributes")).toMap()));
        };
        if (event.before.isEmpty() && !event.after.isEmpty())
            out() << "  " << state(event.after); // created: what it started as
        else if (event.before.contains(QStringLiteral("term"))) // renewed, renewal declined
            out() << "  " << state(event.before) << " -> " << state(event.after);
        else if (!event.before.isEmpty())
            out() << "  " << stateChangeText(event.before, event.after); // an asset-based order: what changed
        out() << '\n';
    }
    return Ok;
}

} // namespace fw::cli
