#include "changeorderdraft.h"

#include <nlohmann/json.hpp>

#include <algorithm>

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
                else
                    attributes[text(key)] = text(value);
            }
            break;
        }
        case ChangeActionDraft::Kind::DeliveryGroup:
            json["action"] = "deliveryGroup";
            json["group"] = text(a.group);
            if (!a.address.isEmpty())
                json["address"] = address(a.address);
            if (!a.requestedDate.trimmed().isEmpty())
                json["requestedDate"] = text(a.requestedDate);
            break;
        }
        return json;
    }
} // namespace

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
    }
    return {};
}

QString ChangeOrderDraft::summary(const ChangeActionDraft& a)
{
    const QString item = a.item.isEmpty() ? tr("(no item chosen)") : a.item;
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
        return tr("Delivery group %1: %2")
            .arg(a.group.isEmpty() ? tr("(no group chosen)") : a.group,
                 what.isEmpty() ? tr("(nothing changed)") : what.join(QStringLiteral(", ")));
    }
    }
    return {};
}

QStringList ChangeOrderDraft::incomplete() const
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
            if (a.group.isEmpty())
                missing << tr("Action %1: choose a delivery group.").arg(n);
            if (a.address.isEmpty() && a.requestedDate.trimmed().isEmpty())
                missing << tr("Action %1: give a new address, a requested date or both.").arg(n);
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
