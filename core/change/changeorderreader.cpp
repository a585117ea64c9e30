// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "changeorder.h"

#include "common/jsoncursor.h"
#include "common/jsonvariant.h"
#include "io/jsonfile.h"

#include <QDate>
#include <QHash>

#include <limits>

namespace fw {

namespace {

    struct KindName {
        ChangeAction::Kind kind;
        const char* name;
    };

    constexpr KindName kindNames[] = {
        { ChangeAction::Kind::Quantity, "quantity" },
        { ChangeAction::Kind::Attributes, "attributes" },
        { ChangeAction::Kind::Remove, "remove" },
        { ChangeAction::Kind::Add, "add" },
        { ChangeAction::Kind::DeliveryGroup, "deliveryGroup" },
        { ChangeAction::Kind::CancelOrder, "cancelOrder" },
    };

    std::optional<ChangeAction::Kind> kindFromString(const QString& text)
    {
        for (const auto& entry : kindNames) {
            if (text == QLatin1String(entry.name))
                return entry.kind;
        }
        return std::nullopt;
    }

    QString kindList()
    {
        QStringList names;
        for (const auto& entry : kindNames)
            names << QString::fromLatin1(entry.name);
        return names.join(QStringLiteral(", "));
    }

    // An optional string that, when present, must not be blank.
    QString optionalNonEmpty(const JsonCursor& c, const char* key)
    {
        const QString value = c.string(key, false);
        if (c.has(key) && c.node().at(key).is_string() && value.trimmed().isEmpty())
            c.errorAt(key, QStringLiteral("must not be empty"));
        return value;
    }

    void readQuantity(const JsonCursor& c, ChangeAction& action)
    {
        c.rejectUnknownKeys({ "action", "item", "quantity" });
        action.item = c.string("item", true);
        // At most INT_MAX (reported by integer(), also past 2^63); at least 1, with this reader's message.
        const auto quantity = c.integer("quantity", true, std::numeric_limits<qint64>::min());
        if (!quantity)
            return;
        if (*quantity <= 0)
            c.errorAt("quantity", QStringLiteral("quantity must be greater than 0, got %1").arg(*quantity));
        else
            action.quantity = static_cast<int>(*quantity);
    }

    void readAttributes(const JsonCursor& c, ChangeAction& action)
    {
        c.rejectUnknownKeys({ "action", "item", "attributes", "deliveryGroup" });
        action.item = c.string("item", true);
        action.attributes = c.object("attributes");
        action.moveToGroup = optionalNonEmpty(c, "deliveryGroup");
        if (!c.has("attributes") && !c.has("deliveryGroup"))
            c.error(QStringLiteral("an attributes action needs 'attributes', 'deliveryGroup' or both"));
        else if (c.has("attributes") && c.node().at("attributes").is_object() && action.attributes.isEmpty())
            c.errorAt("attributes", QStringLiteral("must name at least one attribute"));
    }

    void readAddress(const JsonCursor& c, ChangeAction& action)
    {
        const JsonCursor address = c.child("address");
        if (!address.expectObject())
            return;
        address.rejectUnknownKeys({ "line1", "line2", "city", "postalCode", "region", "country" });
        QVariantMap fields;
        for (const char* key : { "line1", "line2", "city", "postalCode", "region", "country" }) {
            if (address.has(key))
                fields.insert(QString::fromLatin1(key), address.string(key, false));
        }
        action.address = fields;
    }

    void readDeliveryGroup(const JsonCursor& c, ChangeAction& action)
    {
        c.rejectUnknownKeys({ "action", "group", "new", "address", "requestedDate" });
        action.group = c.string("group", true);
        action.createGroup = c.boolean("new", false);
        if (c.has("address"))
            readAddress(c, action);
        if (c.has("requestedDate")) {
            const QString date = c.string("requestedDate", false);
            if (c.node().at("requestedDate").is_string()) {
                if (QDate::fromString(date, Qt::ISODate).isValid())
                    action.requestedDate = date;
                else
                    c.errorAt("requestedDate", QStringLiteral("'%1' is not an ISO date (YYYY-MM-DD)").arg(date));
            }
        }
        if (!c.has("address") && !c.has("requestedDate"))
            c.error(QStringLiteral("a deliveryGroup action needs 'address', 'requestedDate' or both"));
    }

    // The new item of an add action, spelled as an order item (docs/order-format.md, "Item"). Its
    // references (product, parent, group) are checked by amendOrder against the order.
    void readAdd(const JsonCursor& c, ChangeAction& action)
    {
        c.rejectUnknownKeys({ "action", "item" });
        if (!c.has("item")) {
            c.errorAt("item", QStringLiteral("required field is missing"));
            return;
        }
        const JsonCursor item = c.child("item");
        if (!item.node().is_object()) {
            item.error(QStringLiteral("expected the new order item as an object {\"id\", \"product\", ...}, found %1")
                           .arg(jsonTypeName(item.node())));
            return;
        }
        item.rejectUnknownKeys({ "id", "product", "quantity", "attributes", "parentItem", "deliveryGroup", "action", "assetRef" });
        action.item = item.string("id", true);
        item.string("product", true);
        item.integer("quantity", false, 1);
        item.object("attributes");
        optionalNonEmpty(item, "parentItem");
        optionalNonEmpty(item, "deliveryGroup");
        optionalNonEmpty(item, "action"); // an item acting on an asset (checked as the amended order is read)
        optionalNonEmpty(item, "assetRef");
        action.newItem = jsonToVariant(item.node()).toMap();
    }

    std::optional<ChangeAction> readChangeAction(const JsonCursor& c)
    {
        if (!c.expectObject())
            return std::nullopt;
        const QString name = c.string("action", true);
        if (name.trimmed().isEmpty())
            return std::nullopt; // reported: missing, empty or not a string
        const auto kind = kindFromString(name);
        if (!kind) {
            c.errorAt("action", QStringLiteral("unknown action '%1' (expected one of %2)").arg(name, kindList()));
            return std::nullopt;
        }
        ChangeAction action;
        action.kind = *kind;
        action.pointer = c.pointer();
        switch (action.kind) {
        case ChangeAction::Kind::Quantity:
            readQuantity(c, action);
            break;
        case ChangeAction::Kind::Attributes:
            readAttributes(c, action);
            break;
        case ChangeAction::Kind::Remove:
            c.rejectUnknownKeys({ "action", "item" });
            action.item = c.string("item", true);
            break;
        case ChangeAction::Kind::Add:
            readAdd(c, action);
            break;
        case ChangeAction::Kind::DeliveryGroup:
            readDeliveryGroup(c, action);
            break;
        case ChangeAction::Kind::CancelOrder:
            c.rejectUnknownKeys({ "action" });
            break;
        }
        return action;
    }

    QString itemPointer(const ChangeAction& action)
    {
        return action.pointer + (action.kind == ChangeAction::Kind::Add ? QStringLiteral("/item/id") : QStringLiteral("/item"));
    }

    // At most one action per item and per delivery group; cancelOrder stands alone.
    void checkActionSet(const std::vector<ChangeAction>& actions, std::size_t actionCount, const QString& file, Problems& problems)
    {
        QHash<QString, QString> itemActions; // item id -> pointer of the action naming it
        QHash<QString, QString> groupActions;
        for (const ChangeAction& action : actions) {
            if (action.kind == ChangeAction::Kind::CancelOrder && actionCount > 1)
                problems.push_back({ file, action.pointer,
                                     QStringLiteral("cancelOrder must be the only action (this change order has %1)").arg(actionCount) });
            if (action.kind == ChangeAction::Kind::DeliveryGroup && !action.group.isEmpty()) {
                if (groupActions.contains(action.group))
                    problems.push_back({ file, action.pointer + QStringLiteral("/group"),
                                         QStringLiteral("delivery group '%1' is already changed by %2 (one action per group)")
                                             .arg(action.group, groupActions.value(action.group)) });
                else
                    groupActions.insert(action.group, action.pointer);
            }
            if (action.item.isEmpty())
                continue;
            if (itemActions.contains(action.item))
                problems.push_back({ file, itemPointer(action),
                                     QStringLiteral("item '%1' is already changed by %2 (one action per item)")
                                         .arg(action.item, itemActions.value(action.item)) });
            else
                itemActions.insert(action.item, action.pointer);
        }
    }

} // namespace

QString toString(ChangeAction::Kind kind)
{
    for (const auto& entry : kindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    Q_UNREACHABLE();
    return {};
}

bool ChangeOrder::cancelsOrder() const
{
    return actions.size() == 1 && actions.front().kind == ChangeAction::Kind::CancelOrder;
}

ChangeOrderLoad ChangeOrderReader::readFile(const QString& path)
{
    ChangeOrderLoad load;
    const auto document = readJsonFile(path, load.problems);
    if (!document)
        return load;
    return readJson(*document, inputLabel(path));
}

ChangeOrderLoad ChangeOrderReader::readJson(const nlohmann::json& document, const QString& label)
{
    ChangeOrderLoad load;
    const JsonCursor root(document, label, QString(), load.problems);
    if (!root.expectObject())
        return load;
    root.rejectUnknownKeys({ "$schema", "formatVersion", "id", "order", "requestedBy", "reason", "actions" });
    ChangeOrder change;
    change.sourceLabel = label;
    const auto version = root.integer("formatVersion", true, 1);
    if (version && *version != currentFormatVersion)
        root.errorAt("formatVersion",
                     QStringLiteral("unsupported format version %1 (this build reads version %2)").arg(*version).arg(currentFormatVersion));
    change.formatVersion = static_cast<int>(version.value_or(currentFormatVersion));
    change.id = root.string("id", true);
    change.order = root.string("order", true);
    change.requestedBy = root.string("requestedBy", false);
    change.reason = root.string("reason", false);
    std::size_t actionCount = 0;
    const bool isArray = root.forEach("actions", true, [&](const JsonCursor& c, std::size_t) {
        ++actionCount;
        if (auto action = readChangeAction(c))
            change.actions.push_back(std::move(*action));
    });
    if (isArray && actionCount == 0)
        root.errorAt("actions", QStringLiteral("a change order needs at least one action"));
    checkActionSet(change.actions, actionCount, label, load.problems);

    if (load.problems.empty())
        load.changeOrder = std::move(change);
    return load;
}

} // namespace fw
