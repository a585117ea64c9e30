// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "orderamender.h"

#include "common/jsonvariant.h"
#include "domain/catalog.h"
#include "order/orderreader.h"

namespace fw {

namespace {

    QString plural(int count, const QString& one, const QString& many)
    {
        return QStringLiteral("%1 %2").arg(count).arg(count == 1 ? one : many);
    }

    QString listOrNone(const QStringList& ids, const QString& noun)
    {
        return ids.isEmpty() ? QStringLiteral("the order has no %1").arg(noun)
                             : QStringLiteral("%1: %2").arg(noun, ids.join(QStringLiteral(", ")));
    }

    // An attribute value as people read it: strings bare, anything else as JSON.
    QString displayValue(const nlohmann::json* value)
    {
        if (!value)
            return QStringLiteral("(unset)");
        if (value->is_null())
            return QStringLiteral("(removed)");
        return value->is_string() ? QString::fromStdString(value->get<std::string>()) : QString::fromStdString(value->dump());
    }

    nlohmann::json* attributeOf(nlohmann::json& item, const std::string& name)
    {
        const auto attributes = item.find("attributes");
        if (attributes == item.end() || !attributes->is_object())
            return nullptr;
        const auto value = attributes->find(name);
        return value == attributes->end() ? nullptr : &*value;
    }

} // namespace

OrderAmender::OrderAmender(nlohmann::json& document, const ChangeOrder& change, const Catalog& catalog,
                           const std::function<bool(const QString&)>& fulfilmentStarted, AmendedOrder& result)
    : m_editor(document)
    , m_document(document)
    , m_change(change)
    , m_catalog(catalog)
    , m_started(fulfilmentStarted)
    , m_result(result)
{
}

void OrderAmender::apply()
{
    if (m_change.order != m_editor.orderId()) {
        error(QStringLiteral("/order"),
              QStringLiteral("change order %1 is for order '%2', not for order '%3'").arg(m_change.id, m_change.order, m_editor.orderId()));
        return;
    }
    for (const ChangeAction& action : m_change.actions) {
        switch (action.kind) {
        case ChangeAction::Kind::Quantity:
            changeQuantity(action);
            break;
        case ChangeAction::Kind::Attributes:
            changeAttributes(action);
            break;
        case ChangeAction::Kind::Remove:
            remove(action);
            break;
        case ChangeAction::Kind::Add:
            add(action);
            break;
        case ChangeAction::Kind::DeliveryGroup:
            changeDeliveryGroup(action);
            break;
        case ChangeAction::Kind::CancelOrder:
            break; // the document stays as it is: cancelling is the plan's business
        }
    }
}

// Problems of the order as amended, located at the action that touched the item or group.
void OrderAmender::readBack()
{
    OrderLoad load = OrderReader::readJson(m_document, m_change.sourceLabel, m_catalog);
    for (const Problem& problem : load.problems) {
        const QStringList tokens = problem.pointer.split(QLatin1Char('/'));
        QString where = problem.pointer.isEmpty() ? QString() : problem.pointer + QStringLiteral(": ");
        QString pointer;
        bool indexed = false;
        const int index = tokens.size() > 2 ? tokens.at(2).toInt(&indexed) : -1;
        if (indexed && (tokens.at(1) == u"items" || tokens.at(1) == u"deliveryGroups")) {
            const bool isItem = tokens.at(1) == u"items";
            static const nlohmann::json none;
            const auto list = m_document.is_object() ? m_document.find(tokens.at(1).toStdString()) : m_document.end();
            const bool listed = list != m_document.end() && list->is_array() && index >= 0 && std::size_t(index) < list->size();
            const QString id = OrderDocumentEditor::stringField(listed ? (*list)[std::size_t(index)] : none, "id");
            where = (isItem ? QStringLiteral("item '%1': ") : QStringLiteral("delivery group '%1': ")).arg(id);
            pointer = (isItem ? m_touchedItems : m_touchedGroups).value(id);
        }
        m_result.problems.push_back({ m_change.sourceLabel, pointer, QStringLiteral("the order as amended: ") + where + problem.message });
    }
    m_result.order = std::move(load.order);
}

void OrderAmender::changeQuantity(const ChangeAction& action)
{
    nlohmann::json* item = namedItem(action);
    if (!item)
        return;
    ItemChange change = itemChange(action, *item);
    const int before = change.quantityBefore;
    if (action.quantity == before) {
        error(action.pointer + QStringLiteral("/quantity"),
              QStringLiteral("the quantity of item '%1' is already %2").arg(action.item).arg(before));
        return;
    }
    change.quantityAfter = action.quantity;
    change.detail = QStringLiteral("quantity %1 -> %2").arg(before).arg(action.quantity);
    const int delta = action.quantity - before;
    const QStringList supplements = m_editor.supplementsOf(action.item);
    if (delta < 0) {
        (*item)["quantity"] = action.quantity;
        m_editor.removeItems(QSet<QString>(supplements.begin(), supplements.end()));
        if (!supplements.isEmpty())
            change.detail += QStringLiteral(" (%1 removed: %2)")
                                 .arg(supplements.size() == 1 ? QStringLiteral("supplement") : QStringLiteral("supplements"),
                                      supplements.join(QStringLiteral(", ")));
    } else if (m_started && m_started(action.item)) {
        const QString id = action.item + QLatin1Char('+') + m_change.id;
        if (m_editor.item(id)) {
            error(action.pointer + QStringLiteral("/item"),
                  QStringLiteral("supplement item '%1' already exists: change order %2 was applied already").arg(id, m_change.id));
            return;
        }
        nlohmann::json supplement = { { "id", id.toStdString() },
                                      { "product", change.product.toStdString() },
                                      { "quantity", delta },
                                      { "supplementOf", action.item.toStdString() } };
        for (const char* key : { "attributes", "parentItem", "deliveryGroup" }) {
            if (item->contains(key))
                supplement[key] = item->at(key);
        }
        m_editor.appendItem(std::move(supplement));
        m_touchedItems.insert(id, action.pointer);
        change.supplement = id;
        change.detail += QStringLiteral(" (+%1 as supplement %2)").arg(delta).arg(id);
    } else {
        (*item)["quantity"] = m_editor.ownQuantity(action.item) + delta;
    }
    record(action, std::move(change));
}

void OrderAmender::changeAttributes(const ChangeAction& action)
{
    nlohmann::json* item = namedItem(action);
    if (!item)
        return;
    ItemChange change = itemChange(action, *item);
    QStringList ids = m_editor.supplementsOf(action.item);
    ids.prepend(action.item);
    QStringList changed;
    for (auto it = action.attributes.cbegin(); it != action.attributes.cend(); ++it) {
        const std::string name = it.key().toStdString();
        const nlohmann::json value = variantToJson(it.value());
        const nlohmann::json* current = attributeOf(*item, name);
        if (current ? *current == value : value.is_null())
            continue;
        changed << QStringLiteral("%1: %2 -> %3")
                       .arg(it.key(), current ? displayValue(current) : unsetValue(change.product, it.key()), displayValue(&value));
        for (const QString& id : std::as_const(ids)) {
            nlohmann::json& target = *m_editor.item(id);
            if (value.is_null()) {
                if (target.contains("attributes"))
                    target["attributes"].erase(name);
            } else {
                target["attributes"][name] = value;
            }
        }
    }
    QStringList parts;
    if (!changed.isEmpty())
        parts << QStringLiteral("attributes ") + changed.join(QStringLiteral(", "));
    const QString groupBefore = OrderDocumentEditor::stringField(*item, "deliveryGroup");
    if (!action.moveToGroup.isEmpty() && action.moveToGroup != groupBefore) {
        if (!m_editor.group(action.moveToGroup)) {
            error(action.pointer + QStringLiteral("/deliveryGroup"), unknownGroupMessage(action.moveToGroup));
            return;
        }
        for (const QString& id : std::as_const(ids))
            (*m_editor.item(id))["deliveryGroup"] = action.moveToGroup.toStdString();
        parts << QStringLiteral("delivery group %1 -> %2")
                     .arg(groupBefore.isEmpty() ? QStringLiteral("(inherited)") : groupBefore, action.moveToGroup);
    }
    if (parts.isEmpty()) {
        error(action.pointer, QStringLiteral("changes nothing: item '%1' already has these values").arg(action.item));
        return;
    }
    change.detail = parts.join(QStringLiteral("; "));
    record(action, std::move(change));
}

void OrderAmender::remove(const ChangeAction& action)
{
    nlohmann::json* item = namedItem(action);
    if (!item)
        return;
    ItemChange change = itemChange(action, *item);
    change.quantityAfter = 0;
    QSet<QString> leaving { action.item };
    int children = 0;
    int supplements = 0;
    for (const QString& id : m_editor.supplementsOf(action.item) + m_editor.descendantsOf(action.item)) {
        leaving.insert(id);
        ++(OrderDocumentEditor::stringField(*m_editor.item(id), "supplementOf").isEmpty() ? children : supplements);
    }
    QStringList with;
    if (children > 0)
        with << plural(children, QStringLiteral("child item"), QStringLiteral("child items"));
    if (supplements > 0)
        with << plural(supplements, QStringLiteral("supplement"), QStringLiteral("supplements"));
    change.detail
        = with.isEmpty() ? QStringLiteral("removed") : QStringLiteral("removed (with %1)").arg(with.join(QStringLiteral(" and ")));
    m_editor.removeItems(leaving);
    record(action, std::move(change));
}

void OrderAmender::error(const QString& pointer, const QString& message)
{
    m_result.problems.push_back({ m_change.sourceLabel, pointer, message });
}

void OrderAmender::record(const ChangeAction& action, ItemChange change)
{
    change.action = toString(action.kind);
    m_result.changes.push_back(std::move(change));
}

// The item a quantity, attributes or remove action names; reports and returns null otherwise.
nlohmann::json* OrderAmender::namedItem(const ChangeAction& action)
{
    nlohmann::json* item = m_editor.item(action.item);
    const QString pointer = action.pointer + QStringLiteral("/item");
    if (!item) {
        error(pointer, unknownItemMessage(QStringLiteral("item"), action.item));
        return nullptr;
    }
    const QString base = OrderDocumentEditor::stringField(*item, "supplementOf");
    if (!base.isEmpty()) {
        error(pointer, QStringLiteral("item '%1' is a supplement of item '%2'; name '%2'").arg(action.item, base));
        return nullptr;
    }
    m_touchedItems.insert(action.item, action.pointer);
    return item;
}

ItemChange OrderAmender::itemChange(const ChangeAction& action, const nlohmann::json& item) const
{
    ItemChange change;
    change.item = action.item;
    change.product = OrderDocumentEditor::stringField(item, "product");
    change.quantityBefore = change.quantityAfter = m_editor.totalQuantity(action.item);
    return change;
}

// An attribute the item does not set: its catalog default, when there is one.
QString OrderAmender::unsetValue(const QString& productId, const QString& attribute) const
{
    if (const Product* product = m_catalog.product(productId)) {
        for (const auto& definition : product->attributes) {
            if (definition.name == attribute && definition.defaultValue.isValid()) {
                const nlohmann::json value = variantToJson(definition.defaultValue);
                return displayValue(&value) + QStringLiteral(" (default)");
            }
        }
    }
    return displayValue(nullptr);
}

QString OrderAmender::unknownItemMessage(const QString& what, const QString& item) const
{
    return QStringLiteral("unknown %1 '%2' in order %3 (%4)")
        .arg(what, item, m_editor.orderId(), listOrNone(m_editor.baseItemIds(), QStringLiteral("items")));
}

QString OrderAmender::unknownGroupMessage(const QString& group) const
{
    return QStringLiteral("unknown delivery group '%1' in order %2 (%3)")
        .arg(group, m_editor.orderId(), listOrNone(m_editor.groupIds(), QStringLiteral("delivery groups")));
}

} // namespace fw
