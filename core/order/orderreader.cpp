// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "orderreader.h"

#include "common/jsoncursor.h"
#include "io/jsonfile.h"
#include "ordervalidator.h"

#include <QDate>
#include <QDateTime>

#include <algorithm>

namespace fw {

namespace {

    void checkDate(const JsonCursor& c, const char* key, const QString& value)
    {
        if (!value.isEmpty() && !QDate::fromString(value, Qt::ISODate).isValid())
            c.errorAt(key, QStringLiteral("'%1' is not an ISO date (YYYY-MM-DD)").arg(value));
    }

    void checkDateTime(const JsonCursor& c, const char* key, const QString& value)
    {
        if (!value.isEmpty() && !QDateTime::fromString(value, Qt::ISODate).isValid())
            c.errorAt(key, QStringLiteral("'%1' is not an ISO date-time (YYYY-MM-DDThh:mm:ssZ)").arg(value));
    }

    QString oneOf(const JsonCursor& c, const char* key, const QStringList& allowed, const QString& fallback)
    {
        const QString value = c.string(key, false, fallback);
        if (!allowed.contains(value))
            c.errorAt(key, QStringLiteral("unknown value '%1' (expected one of %2)").arg(value, allowed.join(QStringLiteral(", "))));
        return value;
    }

    Account readAccount(const JsonCursor& c)
    {
        Account account;
        if (!c.expectObject())
            return account;
        c.rejectUnknownKeys({ "id", "name", "region", "country", "segment", "fields" });
        account.id = c.string("id", true);
        account.name = c.string("name", false, account.id);
        account.region = c.string("region", false);
        account.country = c.string("country", false);
        account.segment = c.string("segment", false);
        account.fields = c.object("fields");
        return account;
    }

    DeliveryGroup readDeliveryGroup(const JsonCursor& c)
    {
        DeliveryGroup group;
        if (!c.expectObject())
            return group;
        c.rejectUnknownKeys({ "id", "requestedDate", "address" });
        group.id = c.string("id", true);
        group.requestedDate = c.string("requestedDate", false);
        checkDate(c, "requestedDate", group.requestedDate);
        if (c.has("address")) {
            const JsonCursor a = c.child("address");
            if (a.expectObject()) {
                a.rejectUnknownKeys({ "line1", "line2", "city", "postalCode", "region", "country" });
                group.address.line1 = a.string("line1", false);
                group.address.line2 = a.string("line2", false);
                group.address.city = a.string("city", false);
                group.address.postalCode = a.string("postalCode", false);
                group.address.region = a.string("region", false);
                group.address.country = a.string("country", false);
            }
        }
        return group;
    }

    // "price": {"recurring": 12.5, "currency": "EUR", "period": "month"} (docs/order-format.md,
    // "Prices"); the currency defaults to the order's.
    RecurringPrice readPrice(const JsonCursor& c, const QString& orderCurrency)
    {
        RecurringPrice price;
        if (!c.expectObject())
            return price;
        c.rejectUnknownKeys({ "recurring", "currency", "period" });
        price.amount = c.number("recurring", true).value_or(0);
        if (price.amount < 0)
            c.errorAt("recurring", QStringLiteral("a price cannot be negative, found %1").arg(price.amount));
        price.currency = c.string("currency", false, orderCurrency);
        if (price.currency.isEmpty())
            c.errorAt("currency", QStringLiteral("a price needs a currency: give \"currency\" here or on the order"));
        else if ((price.currency.size() != 3 || !std::all_of(price.currency.begin(), price.currency.end(), [](QChar ch) {
                      return ch >= QLatin1Char('A') && ch <= QLatin1Char('Z');
                  })))
            c.errorAt("currency",
                      QStringLiteral("'%1' is not an ISO 4217 currency code (three capital letters, e.g. EUR)").arg(price.currency));
        price.period = oneOf(c, "period", { QStringLiteral("month"), QStringLiteral("year") }, QStringLiteral("month"));
        return price;
    }

    OrderItem readItem(const JsonCursor& c, const QString& orderCurrency)
    {
        OrderItem item;
        if (!c.expectObject())
            return item;
        c.rejectUnknownKeys(
            { "id", "product", "quantity", "attributes", "parentItem", "deliveryGroup", "supplementOf", "action", "assetRef", "price" });
        item.id = c.string("id", true);
        item.product = c.string("product", true);
        item.quantityGiven = c.has("quantity");
        item.quantity = static_cast<int>(c.integer("quantity", false, 1).value_or(1));
        item.attributes = c.object("attributes");
        item.parentItem = c.string("parentItem", false);
        item.deliveryGroup = c.string("deliveryGroup", false);
        item.supplementOf = c.string("supplementOf", false);
        item.assetRef = c.string("assetRef", false);
        if (c.has("price"))
            item.price = readPrice(c.child("price"), orderCurrency);
        if (c.has("action") && c.node().at("action").is_string() && c.node().at("action").get<std::string>() == "remove")
            c.errorAt("action", QStringLiteral("'remove' is no longer an item action: use \"disconnect\" with the assetRef of the asset"));
        else if (!c.has("action") && !item.assetRef.isEmpty())
            c.errorAt("action",
                      QStringLiteral("an item with assetRef '%1' needs an action (one of %2)")
                          .arg(item.assetRef, OrderItem::actions().mid(1).join(QStringLiteral(", "))));
        else
            item.action = oneOf(c, "action", OrderItem::actions(), QStringLiteral("add"));
        return item;
    }

} // namespace

OrderLoad OrderReader::readFile(const QString& path, const Catalog& catalog)
{
    OrderLoad load;
    const auto document = readJsonFile(path, load.problems);
    if (!document)
        return load;
    return readJson(*document, inputLabel(path), catalog);
}

OrderLoad OrderReader::readJson(const nlohmann::json& document, const QString& fileLabel, const Catalog& catalog)
{
    OrderLoad load;
    const JsonCursor root(document, fileLabel, QString(), load.problems);
    if (!root.expectObject())
        return load;
    root.rejectUnknownKeys({ "$schema", "description", "formatVersion", "id", "type", "orderedAt", "requestedDate", "currency", "channel",
                             "fields", "account", "deliveryGroups", "items" });
    const auto version = root.integer("formatVersion", true, 1);
    if (version && *version != currentFormatVersion)
        root.errorAt("formatVersion",
                     QStringLiteral("unsupported format version %1 (this build reads version %2)").arg(*version).arg(currentFormatVersion));
    Order order;
    order.id = root.string("id", true);
    order.type = oneOf(root, "type", { QStringLiteral("new"), QStringLiteral("change"), QStringLiteral("cancel") }, QStringLiteral("new"));
    order.orderedAt = root.string("orderedAt", false);
    checkDateTime(root, "orderedAt", order.orderedAt);
    order.requestedDate = root.string("requestedDate", false);
    checkDate(root, "requestedDate", order.requestedDate);
    order.currency = root.string("currency", false);
    order.channel = root.string("channel", false);
    order.fields = root.object("fields");
    if (root.has("account"))
        order.account = readAccount(root.child("account"));
    else
        root.errorAt("account", QStringLiteral("required field is missing"));
    root.forEach("deliveryGroups", false, [&](const JsonCursor& c, std::size_t) { order.deliveryGroups.push_back(readDeliveryGroup(c)); });
    root.forEach("items", true, [&](const JsonCursor& c, std::size_t) { order.items.push_back(readItem(c, order.currency)); });
    if (root.has("items") && root.node().at("items").is_array() && order.items.empty())
        root.errorAt("items", QStringLiteral("an order needs at least one item"));

    if (!load.problems.empty())
        return load;
    validateOrder(order, catalog, fileLabel, load.problems);
    if (load.problems.empty())
        load.order = std::move(order);
    return load;
}

} // namespace fw
