// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The actions that add to an order: new items and new or changed delivery groups.

#include "orderamender.h"

#include "common/jsonvariant.h"
#include "domain/catalog.h"

namespace fw {

void OrderAmender::add(const ChangeAction& action)
{
    const QString pointer = action.pointer + QStringLiteral("/item/");
    const QString productId = action.newItem.value(QStringLiteral("product")).toString();
    const QString parent = action.newItem.value(QStringLiteral("parentItem")).toString();
    const QString group = action.newItem.value(QStringLiteral("deliveryGroup")).toString();
    const std::size_t problemsBefore = m_result.problems.size();
    if (m_editor.item(action.item))
        error(pointer + QStringLiteral("id"), QStringLiteral("item '%1' already exists in order %2").arg(action.item, m_editor.orderId()));
    const Product* product = m_catalog.product(productId);
    if (!product)
        error(pointer + QStringLiteral("product"),
              QStringLiteral("unknown product '%1' (not in catalog '%2')").arg(productId, m_catalog.id));
    else if (product->kind != Product::Kind::Commercial)
        error(pointer + QStringLiteral("product"),
              QStringLiteral("'%1' is a fulfillment product; orders contain commercial products").arg(productId));
    if (!parent.isEmpty()) {
        const nlohmann::json* parentItem = m_editor.item(parent);
        if (!parentItem)
            error(pointer + QStringLiteral("parentItem"), unknownItemMessage(QStringLiteral("parent item"), parent));
        else if (const QString base = OrderDocumentEditor::stringField(*parentItem, "supplementOf"); !base.isEmpty())
            error(pointer + QStringLiteral("parentItem"),
                  QStringLiteral("parent item '%1' is a supplement of item '%2'; name '%2'").arg(parent, base));
    }
    if (!group.isEmpty() && !m_editor.group(group))
        error(pointer + QStringLiteral("deliveryGroup"), unknownGroupMessage(group));
    if (m_result.problems.size() != problemsBefore)
        return;
    m_editor.appendItem(variantToJson(action.newItem));
    m_touchedItems.insert(action.item, action.pointer);
    ItemChange change;
    change.item = action.item;
    change.product = productId;
    change.quantityAfter = m_editor.ownQuantity(action.item);
    change.detail = QStringLiteral("added %1 x%2").arg(productId).arg(change.quantityAfter);
    if (const QString asset = action.newItem.value(QStringLiteral("assetRef")).toString(); !asset.isEmpty())
        change.detail
            = QStringLiteral("added %1 of asset %2 (%3)").arg(action.newItem.value(QStringLiteral("action")).toString(), asset, productId);
    if (!parent.isEmpty())
        change.detail += QStringLiteral(" to bundle item ") + parent;
    if (!group.isEmpty())
        change.detail += QStringLiteral(" in group ") + group;
    record(action, std::move(change));
}

void OrderAmender::changeDeliveryGroup(const ChangeAction& action)
{
    nlohmann::json* group = m_editor.group(action.group);
    if (action.createGroup && group) {
        error(action.pointer + QStringLiteral("/new"),
              QStringLiteral("delivery group '%1' already exists in order %2").arg(action.group, m_editor.orderId()));
        return;
    }
    if (!action.createGroup && !group) {
        error(action.pointer + QStringLiteral("/group"),
              unknownGroupMessage(action.group) + QStringLiteral("; to create it, add \"new\": true"));
        return;
    }
    if (action.createGroup && !action.address) {
        error(action.pointer, QStringLiteral("a new delivery group needs an address"));
        return;
    }
    QStringList parts;
    if (action.createGroup) {
        m_editor.appendGroup({ { "id", action.group.toStdString() } });
        group = m_editor.group(action.group);
    }
    if (action.address && (!group->contains("address") || group->at("address") != variantToJson(*action.address))) {
        (*group)["address"] = variantToJson(*action.address);
        parts << (action.createGroup ? QStringLiteral("address set") : QStringLiteral("address changed"));
    }
    if (action.requestedDate && OrderDocumentEditor::stringField(*group, "requestedDate") != *action.requestedDate) {
        (*group)["requestedDate"] = action.requestedDate->toStdString();
        parts << QStringLiteral("requested date ") + *action.requestedDate;
    }
    if (parts.isEmpty()) {
        error(action.pointer, QStringLiteral("changes nothing: delivery group '%1' already has this address and date").arg(action.group));
        return;
    }
    m_touchedGroups.insert(action.group, action.pointer);
    ItemChange change;
    change.detail
        = (action.createGroup ? QStringLiteral("new delivery group %1: ") : QStringLiteral("delivery group %1: ")).arg(action.group)
        + parts.join(QStringLiteral(", "));
    record(action, std::move(change));
}

} // namespace fw
