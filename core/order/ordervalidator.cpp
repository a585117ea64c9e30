// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ordervalidator.h"

#include "assetitemvalidator.h"

#include "domain/catalog.h"
#include "domain/order.h"

#include <QDate>
#include <QHash>
#include <QSet>

namespace fw {

namespace {

    QString itemPointer(std::size_t index, const QString& field = {})
    {
        QString pointer = QStringLiteral("/items/%1").arg(index);
        if (!field.isEmpty())
            pointer += QLatin1Char('/') + field;
        return pointer;
    }

    // Empty when the value suits the attribute, otherwise the reason.
    QString attributeTypeError(const AttributeDefinition& definition, const QVariant& value)
    {
        using T = AttributeDefinition::Type;
        const int type = value.typeId();
        switch (definition.type) {
        case T::String:
            return type == QMetaType::QString ? QString() : QStringLiteral("expected a string");
        case T::Integer:
            return type == QMetaType::LongLong ? QString() : QStringLiteral("expected an integer");
        case T::Number:
            return type == QMetaType::LongLong || type == QMetaType::Double ? QString() : QStringLiteral("expected a number");
        case T::Boolean:
            return type == QMetaType::Bool ? QString() : QStringLiteral("expected true or false");
        case T::Date:
            return type == QMetaType::QString && QDate::fromString(value.toString(), Qt::ISODate).isValid()
                ? QString()
                : QStringLiteral("expected an ISO date (YYYY-MM-DD)");
        case T::Enum:
            if (type == QMetaType::QString && definition.values.contains(value.toString()))
                return {};
            return QStringLiteral("'%1' is not one of %2").arg(value.toString(), definition.values.join(QStringLiteral(", ")));
        }
        return {};
    }

    void checkAttributes(OrderItem& item, const Product& product, std::size_t index, const QString& file, Problems& problems)
    {
        for (auto it = item.attributes.cbegin(); it != item.attributes.cend(); ++it) {
            const auto definition = std::find_if(product.attributes.begin(), product.attributes.end(),
                                                 [&](const AttributeDefinition& a) { return a.name == it.key(); });
            const QString pointer = itemPointer(index, QStringLiteral("attributes/") + escapePointerToken(it.key()));
            if (definition == product.attributes.end()) {
                problems.push_back({ file, pointer, QStringLiteral("product '%1' has no attribute '%2'").arg(product.id, it.key()) });
                continue;
            }
            const QString reason = attributeTypeError(*definition, it.value());
            if (!reason.isEmpty())
                problems.push_back({ file, pointer, QStringLiteral("attribute '%1': %2").arg(it.key(), reason) });
            else if (it.key() == product.termAttribute && (it.value().toLongLong() < 1 || it.value().toLongLong() > 1200))
                problems.push_back({ file, pointer,
                                     QStringLiteral("attribute '%1' is the term of product '%2' in months: it must be 1 to 1200, found %3")
                                         .arg(it.key(), product.id)
                                         .arg(it.value().toLongLong()) });
        }
        if (item.actsOnAsset())
            return; // the asset has the rest; defaults and required attributes apply to new items
        for (const auto& definition : product.attributes) {
            if (item.attributes.contains(definition.name))
                continue;
            if (definition.defaultValue.isValid())
                item.attributes.insert(definition.name, definition.defaultValue);
            else if (definition.required)
                problems.push_back(
                    { file, itemPointer(index, QStringLiteral("attributes")),
                      QStringLiteral("required attribute '%1' of product '%2' is missing").arg(definition.name, product.id) });
        }
    }

    // A supplement carries a quantity increase of another item (docs/order-format.md, "Supplements").
    void checkSupplements(const Order& order, const QHash<QString, std::size_t>& itemIndex, const QString& file, Problems& problems)
    {
        for (std::size_t i = 0; i < order.items.size(); ++i) {
            const OrderItem& item = order.items[i];
            if (item.supplementOf.isEmpty())
                continue;
            const QString pointer = itemPointer(i, QStringLiteral("supplementOf"));
            if (item.supplementOf == item.id) {
                problems.push_back({ file, pointer, QStringLiteral("an item cannot be a supplement of itself") });
                continue;
            }
            if (!itemIndex.contains(item.supplementOf)) {
                problems.push_back({ file, pointer, QStringLiteral("supplement of unknown item '%1'").arg(item.supplementOf) });
                continue;
            }
            const OrderItem& base = order.items[itemIndex.value(item.supplementOf)];
            if (!base.supplementOf.isEmpty())
                problems.push_back(
                    { file, pointer,
                      QStringLiteral("item '%1' is itself a supplement (of '%2'); name '%2'").arg(base.id, base.supplementOf) });
            else if (base.product != item.product)
                problems.push_back({ file, itemPointer(i, QStringLiteral("product")),
                                     QStringLiteral("a supplement has its base item's product: '%1' is a supplement of "
                                                    "item '%2' (product '%3')")
                                         .arg(item.product, base.id, base.product) });
        }
    }

} // namespace

void validateOrder(Order& order, const Catalog& catalog, const QString& file, Problems& problems)
{
    QSet<QString> groups;
    for (std::size_t g = 0; g < order.deliveryGroups.size(); ++g) {
        const QString& id = order.deliveryGroups[g].id;
        if (groups.contains(id))
            problems.push_back(
                { file, QStringLiteral("/deliveryGroups/%1/id").arg(g), QStringLiteral("duplicate delivery group id '%1'").arg(id) });
        groups.insert(id);
    }

    QHash<QString, std::size_t> itemIndex;
    for (std::size_t i = 0; i < order.items.size(); ++i) {
        const QString& id = order.items[i].id;
        if (itemIndex.contains(id))
            problems.push_back({ file, itemPointer(i, QStringLiteral("id")),
                                 QStringLiteral("duplicate item id '%1' (first at /items/%2)").arg(id).arg(itemIndex[id]) });
        else
            itemIndex.insert(id, i);
    }

    checkSupplements(order, itemIndex, file, problems);
    validateAssetItems(order, file, problems);

    QHash<QString, QHash<QString, int>> componentCounts; // bundle item -> component product -> quantity
    for (std::size_t i = 0; i < order.items.size(); ++i) {
        OrderItem& item = order.items[i];
        const Product* product = catalog.product(item.product);
        if (!product) {
            problems.push_back({ file, itemPointer(i, QStringLiteral("product")),
                                 QStringLiteral("unknown product '%1' (not in catalog '%2')").arg(item.product, catalog.id) });
            continue;
        }
        checkAttributes(item, *product, i, file, problems);
        if (!item.deliveryGroup.isEmpty() && !groups.contains(item.deliveryGroup))
            problems.push_back({ file, itemPointer(i, QStringLiteral("deliveryGroup")),
                                 QStringLiteral("unknown delivery group '%1'").arg(item.deliveryGroup) });
        if (item.parentItem.isEmpty())
            continue;
        const QString parentPointer = itemPointer(i, QStringLiteral("parentItem"));
        if (!itemIndex.contains(item.parentItem)) {
            problems.push_back({ file, parentPointer, QStringLiteral("unknown parent item '%1'").arg(item.parentItem) });
            continue;
        }
        if (item.parentItem == item.id) {
            problems.push_back({ file, parentPointer, QStringLiteral("an item cannot be its own parent") });
            continue;
        }
        const OrderItem& parent = order.items[itemIndex[item.parentItem]];
        const Product* parentProduct = catalog.product(parent.product);
        if (!parentProduct)
            continue; // reported on the parent
        if (!parentProduct->isBundle) {
            problems.push_back(
                { file, parentPointer, QStringLiteral("parent item '%1' (product '%2') is not a bundle").arg(parent.id, parent.product) });
            continue;
        }
        const bool listed = std::any_of(parentProduct->components.begin(), parentProduct->components.end(),
                                        [&](const BundleComponent& c) { return c.product == item.product; });
        if (!parentProduct->components.empty() && !listed)
            problems.push_back({ file, itemPointer(i, QStringLiteral("product")),
                                 QStringLiteral("'%1' is not a component of bundle '%2'").arg(item.product, parentProduct->id) });
        if (item.supplementOf.isEmpty()) // cardinality counts child items, not their quantity nor supplements
            componentCounts[parent.id][item.product] += 1;
    }

    // Parent chains must end; a cycle would make "which bundle is this in" unanswerable.
    for (std::size_t i = 0; i < order.items.size(); ++i) {
        QSet<QString> seen;
        QString current = order.items[i].id;
        while (!current.isEmpty() && itemIndex.contains(current)) {
            if (seen.contains(current)) {
                problems.push_back({ file, itemPointer(i, QStringLiteral("parentItem")),
                                     QStringLiteral("parent items form a cycle through '%1'").arg(current) });
                break;
            }
            seen.insert(current);
            current = order.items[itemIndex[current]].parentItem;
        }
    }

    for (std::size_t i = 0; i < order.items.size(); ++i) {
        const Product* product = catalog.product(order.items[i].product);
        if (!product || !product->isBundle)
            continue;
        const auto counts = componentCounts.value(order.items[i].id);
        for (const auto& component : product->components) {
            const int count = counts.value(component.product);
            if (count < component.minQuantity || count > component.maxQuantity)
                problems.push_back({ file, itemPointer(i),
                                     QStringLiteral("bundle '%1' (%2) has %3 item(s) of component '%4', allowed %5 to %6")
                                         .arg(order.items[i].id, product->id)
                                         .arg(count)
                                         .arg(component.product)
                                         .arg(component.minQuantity)
                                         .arg(component.maxQuantity) });
        }
    }
}

} // namespace fw
