// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "changeorderdraft.h"

#include "change/ordersummaryreport.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>

namespace fw {

namespace {
    std::string text(const QString& s)
    {
        return s.trimmed().toStdString();
    }

    nlohmann::ordered_json address(const ChangeActionDraft::Address& a)
    {
        nlohmann::ordered_json json = nlohmann::ordered_json::object();
        const std::pair<const char*, const QString*> fields[]
            = { { "line1", &a.line1 },           { "line2", &a.line2 },   { "city", &a.city },
                { "postalCode", &a.postalCode }, { "region", &a.region }, { "country", &a.country } };
        for (const auto& [name, value] : fields) {
            if (!value->trimmed().isEmpty())
                json[name] = text(*value);
        }
        return json;
    }

    nlohmann::ordered_json typed(const QVariant& value)
    {
        switch (value.typeId()) {
        case QMetaType::Bool:
            return value.toBool();
        case QMetaType::Int:
        case QMetaType::LongLong:
            return value.toLongLong();
        case QMetaType::Double:
            return value.toDouble();
        default:
            return text(value.toString());
        }
    }

    nlohmann::ordered_json newItem(const ChangeActionDraft& a)
    {
        nlohmann::ordered_json item;
        item["id"] = text(a.item);
        item["product"] = text(a.product);
        if (!a.parentItem.trimmed().isEmpty())
            item["parentItem"] = text(a.parentItem);
        item["quantity"] = a.quantity;
        if (!a.newAttributes.isEmpty()) {
            auto& attributes = item["attributes"] = nlohmann::ordered_json::object();
            for (auto it = a.newAttributes.cbegin(); it != a.newAttributes.cend(); ++it)
                attributes[text(it.key())] = typed(it.value());
        }
        if (a.parentItem.trimmed().isEmpty() && !a.group.trimmed().isEmpty())
            item["deliveryGroup"] = text(a.group); // a bundle's items ship with it
        return item;
    }

    const CatalogProductInfo* productOf(const OrderSummaryReport* order, const QString& id)
    {
        if (!order)
            return nullptr;
        const auto found
            = std::find_if(order->products.begin(), order->products.end(), [&](const CatalogProductInfo& p) { return p.id == id; });
        return found == order->products.end() ? nullptr : &*found;
    }

    // "B (Business Fiber Bundle)" when the order knows the item's product name, else "B".
    QString itemLabel(const OrderSummaryReport* order, const QString& item)
    {
        if (order) {
            for (const ItemPosition& position : order->items) {
                if (position.item == item && !position.productName.isEmpty())
                    return QStringLiteral("%1 (%2)").arg(item, position.productName);
            }
        }
        return item;
    }

    nlohmann::ordered_json action(const ChangeActionDraft& a)
    {
        nlohmann::ordered_json json;
        switch (a.kind) {
        case ChangeActionDraft::Kind::CancelOrder:
            json["action"] = "cancelOrder";
            break;
        case ChangeActionDraft::Kind::Remove:
            json["action"] = "remove";
            json["item"] = text(a.item);
            break;
        case ChangeActionDraft::Kind::Quantity:
            json["action"] = "quantity";
            json["item"] = text(a.item);
            json["quantity"] = a.quantity;
            break;
        case ChangeActionDraft::Kind::Attributes: {
            json["action"] = "attributes";
            json["item"] = text(a.item);
            auto& attributes = json["attributes"] = nlohmann::ordered_json::object();
            for (const auto& [key, value] : a.attributes) {
                if (key.trimmed().isEmpty())
                    continue;
                if (value.trimmed().isEmpty())
                    attributes[text(key)] = nullptr; // removes it
                else if (a.newAttributes.contains(key.trimmed()))
                    attributes[text(key)] = typed(a.newAttributes.value(key.trimmed()));
                else
                    attributes[text(key)] = text(value);
            }
            break;
        }
        case ChangeActionDraft::Kind::DeliveryGroup:
            json["action"] = "deliveryGroup";
            json["group"] = text(a.group);
            if (a.newGroup)
                json["new"] = true;
            if (!a.address.isEmpty())
                json["address"] = address(a.address);
            if (!a.requestedDate.trimmed().isEmpty())
                json["requestedDate"] = text(a.requestedDate);
            break;
        case ChangeActionDraft::Kind::Add:
            json["action"] = "add";
            json["item"] = newItem(a);
            break;
        }
        return json;
    }
} // namespace

namespace {
    QString field(const nlohmann::json& object, const char* key)
    {
        const auto it = object.is_object() ? object.find(key) : object.end();
        return object.is_object() && it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
    }

    QVariant scalar(const nlohmann::json& value)
    {
        if (value.is_boolean())
            return value.get<bool>();
        if (value.is_number_integer())
            return qlonglong(value.get<qint64>());
        if (value.is_number())
            return value.get<double>();
        if (value.is_string())
            return QString::fromStdString(value.get<std::string>());
        return {};
    }

    std::optional<ChangeActionDraft> draftOf(const nlohmann::json& json)
    {
        using Kind = ChangeActionDraft::Kind;
        ChangeActionDraft a;
        const QString action = field(json, "action");
        const auto quantityOf = [](const nlohmann::json& object) {
            const auto it = object.find("quantity");
            return it != object.end() && it->is_number_integer() ? int(it->get<qint64>()) : 1;
        };
        if (action == QLatin1String("cancelOrder")) {
            a.kind = Kind::CancelOrder;
        } else if (action == QLatin1String("remove")) {
            a.kind = Kind::Remove;
            a.item = field(json, "item");
        } else if (action == QLatin1String("quantity")) {
            a.kind = Kind::Quantity;
            a.item = field(json, "item");
            a.quantity = quantityOf(json);
        } else if (action == QLatin1String("attributes") && json.contains("attributes") && json["attributes"].is_object()
                   && !json.contains("deliveryGroup")) {
            a.kind = Kind::Attributes;
            a.item = field(json, "item");
            for (const auto& [key, value] : json["attributes"].items()) {
                a.attributes.append({ QString::fromStdString(key), value.is_null() ? QString() : scalar(value).toString() });
                if (!value.is_null() && !value.is_string())
                    a.newAttributes.insert(QString::fromStdString(key), scalar(value));
            }
        } else if (action == QLatin1String("deliveryGroup")) {
            a.kind = Kind::DeliveryGroup;
            a.group = field(json, "group");
            a.newGroup = json.contains("new") && json["new"] == true;
            if (json.contains("address")) {
                const nlohmann::json& address = json["address"];
                a.address = { field(address, "line1"),      field(address, "line2"),  field(address, "city"),
                              field(address, "postalCode"), field(address, "region"), field(address, "country") };
            }
            a.requestedDate = field(json, "requestedDate");
        } else if (action == QLatin1String("add") && json.contains("item") && json["item"].is_object()) {
            const nlohmann::json& item = json["item"];
            a.kind = Kind::Add;
            a.item = field(item, "id");
            a.product = field(item, "product");
            a.parentItem = field(item, "parentItem");
            a.group = field(item, "deliveryGroup");
            a.quantity = quantityOf(item);
            if (item.contains("attributes") && item["attributes"].is_object()) {
                for (const auto& [key, value] : item["attributes"].items())
                    a.newAttributes.insert(QString::fromStdString(key), scalar(value));
            }
        } else {
            return std::nullopt;
        }
        return a;
    }
} // namespace

Result<ChangeOrderDraft> ChangeOrderDraft::fromJson(const QString& text)
{
    const nlohmann::json json = nlohmann::json::parse(text.toStdString(), nullptr, false);
    if (json.is_discarded() || !json.is_object())
        return failure(tr("not a change order: the text is not a JSON object"));
    ChangeOrderDraft draft;
    draft.id = field(json, "id");
    draft.order = field(json, "order");
    draft.requestedBy = field(json, "requestedBy");
    draft.reason = field(json, "reason");
    const auto actions = json.find("actions");
    if (actions == json.end() || !actions->is_array())
        return failure(tr("not a change order: it has no list of actions"));
    for (std::size_t i = 0; i < actions->size(); ++i) {
        const auto action = draftOf((*actions)[i]);
        if (!action)
            return failure(tr("action %1 cannot be composed here; open the file to preview it as it is").arg(i + 1),
                           QStringLiteral("/actions/%1").arg(i));
        draft.actions.push_back(*action);
    }
    return draft;
}

bool ChangeActionDraft::Address::isEmpty() const
{
    return line1.trimmed().isEmpty() && line2.trimmed().isEmpty() && city.trimmed().isEmpty() && postalCode.trimmed().isEmpty()
        && region.trimmed().isEmpty() && country.trimmed().isEmpty();
}

QString ChangeOrderDraft::toJson() const
{
    nlohmann::ordered_json json;
    json["formatVersion"] = 1;
    json["id"] = text(id);
    json["order"] = text(order);
    if (!requestedBy.trimmed().isEmpty())
        json["requestedBy"] = text(requestedBy);
    if (!reason.trimmed().isEmpty())
        json["reason"] = text(reason);
    auto& list = json["actions"] = nlohmann::ordered_json::array();
    for (const ChangeActionDraft& a : actions)
        list.push_back(action(a));
    return QString::fromStdString(json.dump(2)) + QLatin1Char('\n');
}

QString ChangeOrderDraft::kindLabel(ChangeActionDraft::Kind kind)
{
    switch (kind) {
    case ChangeActionDraft::Kind::CancelOrder:
        return tr("Cancel the whole order");
    case ChangeActionDraft::Kind::Remove:
        return tr("Remove an item");
    case ChangeActionDraft::Kind::Quantity:
        return tr("Change an item's quantity");
    case ChangeActionDraft::Kind::Attributes:
        return tr("Change an item's attributes");
    case ChangeActionDraft::Kind::DeliveryGroup:
        return tr("Change a delivery group's address or date");
    case ChangeActionDraft::Kind::Add:
        return tr("Add an item");
    }
    return {};
}

QString ChangeOrderDraft::summary(const ChangeActionDraft& a, const OrderSummaryReport* order)
{
    const QString item = a.item.isEmpty() ? tr("(no item chosen)") : itemLabel(order, a.item);
    switch (a.kind) {
    case ChangeActionDraft::Kind::CancelOrder:
        return tr("Cancel the whole order");
    case ChangeActionDraft::Kind::Remove:
        return tr("Remove item %1").arg(item);
    case ChangeActionDraft::Kind::Quantity:
        return tr("Item %1: quantity %2").arg(item).arg(a.quantity);
    case ChangeActionDraft::Kind::Attributes: {
        QStringList values;
        for (const auto& [key, value] : a.attributes) {
            if (!key.trimmed().isEmpty())
                values << (value.trimmed().isEmpty() ? tr("%1 removed").arg(key.trimmed())
                                                     : tr("%1 = %2").arg(key.trimmed(), value.trimmed()));
        }
        return tr("Item %1: %2").arg(item, values.isEmpty() ? tr("(no attributes)") : values.join(QStringLiteral(", ")));
    }
    case ChangeActionDraft::Kind::DeliveryGroup: {
        QStringList what;
        if (!a.address.isEmpty())
            what << tr("new address");
        if (!a.requestedDate.trimmed().isEmpty())
            what << tr("requested %1").arg(a.requestedDate.trimmed());
        return (a.newGroup ? tr("New delivery group %1: %2") : tr("Delivery group %1: %2"))
            .arg(a.group.isEmpty() ? tr("(no group chosen)") : a.group,
                 what.isEmpty() ? tr("(nothing changed)") : what.join(QStringLiteral(", ")));
    }
    case ChangeActionDraft::Kind::Add: {
        const CatalogProductInfo* product = productOf(order, a.product);
        const QString name = a.product.isEmpty() ? tr("(no product chosen)") : product ? product->name : a.product;
        if (!a.parentItem.isEmpty())
            return tr("Add %1 \u00d7%2 to bundle %3 as item %4").arg(name).arg(a.quantity).arg(itemLabel(order, a.parentItem), a.item);
        return tr("Add %1 \u00d7%2 as item %3").arg(name).arg(a.quantity).arg(a.item);
    }
    }
    return {};
}

QStringList ChangeOrderDraft::incomplete(const OrderSummaryReport* order) const
{
    QStringList missing;
    if (id.trimmed().isEmpty())
        missing << tr("The change order needs an id.");
    if (actions.empty())
        missing << tr("Add at least one action.");
    for (std::size_t i = 0; i < actions.size(); ++i) {
        const ChangeActionDraft& a = actions[i];
        const int n = int(i) + 1;
        switch (a.kind) {
        case ChangeActionDraft::Kind::CancelOrder:
            if (actions.size() > 1)
                missing << tr("Action %1: cancelling the order must be the only action.").arg(n);
            break;
        case ChangeActionDraft::Kind::Remove:
        case ChangeActionDraft::Kind::Quantity:
            if (a.item.isEmpty())
                missing << tr("Action %1: choose an item.").arg(n);
            break;
        case ChangeActionDraft::Kind::Attributes:
            if (a.item.isEmpty())
                missing << tr("Action %1: choose an item.").arg(n);
            if (std::none_of(a.attributes.begin(), a.attributes.end(), [](const auto& kv) { return !kv.first.trimmed().isEmpty(); }))
                missing << tr("Action %1: name at least one attribute.").arg(n);
            break;
        case ChangeActionDraft::Kind::DeliveryGroup:
            if (a.group.trimmed().isEmpty())
                missing << (a.newGroup ? tr("Action %1: name the new delivery group.") : tr("Action %1: choose a delivery group.")).arg(n);
            else if (a.newGroup && order && std::any_of(order->splits.begin(), order->splits.end(), [&](const SplitPath& p) {
                         return p.group == a.group.trimmed();
                     }))
                missing << tr("Action %1: the order already has a delivery group %2.").arg(n).arg(a.group.trimmed());
            if (a.newGroup && a.address.isEmpty())
                missing << tr("Action %1: a new delivery group needs an address.").arg(n);
            else if (a.address.isEmpty() && a.requestedDate.trimmed().isEmpty())
                missing << tr("Action %1: give a new address, a requested date or both.").arg(n);
            break;
        case ChangeActionDraft::Kind::Add:
            if (a.product.isEmpty())
                missing << tr("Action %1: choose a product.").arg(n);
            if (a.item.trimmed().isEmpty())
                missing << tr("Action %1: give the new item an id.").arg(n);
            else if (order && std::any_of(order->items.begin(), order->items.end(), [&](const ItemPosition& p) {
                         return p.item == a.item.trimmed();
                     }))
                missing << tr("Action %1: the order already has an item %2; give the new item another id.").arg(n).arg(a.item.trimmed());
            if (const CatalogProductInfo* product = productOf(order, a.product)) {
                for (const CatalogProductInfo::Attribute& attribute : product->attributes) {
                    if (attribute.required && !a.newAttributes.contains(attribute.name))
                        missing << tr("Action %1: %2 needs attribute %3.").arg(n).arg(product->name, attribute.name);
                }
            }
            break;
        }
    }
    return missing;
}

bool ChangeOrderDraft::cancelsOrder() const
{
    return std::any_of(actions.begin(), actions.end(),
                       [](const ChangeActionDraft& a) { return a.kind == ChangeActionDraft::Kind::CancelOrder; });
}

} // namespace fw
