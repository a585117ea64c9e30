// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fieldresolver.h"

#include "domain/assetstate.h"
#include "domain/fulfillmentline.h"
#include "domain/order.h"

#include <QStringView>

namespace fw {

namespace {

    // Walks "a.b.c" into nested maps.
    QVariant lookupMap(const QVariantMap& map, QStringView rest)
    {
        const qsizetype dot = rest.indexOf(QLatin1Char('.'));
        const QVariant value = map.value(rest.left(dot < 0 ? rest.size() : dot).toString());
        if (dot < 0)
            return value;
        if (value.typeId() != QMetaType::QVariantMap)
            return {};
        return lookupMap(value.toMap(), rest.mid(dot + 1));
    }

    // Splits "head.rest" into head and rest (rest empty when there is no dot).
    std::pair<QStringView, QStringView> split(QStringView path)
    {
        const qsizetype dot = path.indexOf(QLatin1Char('.'));
        if (dot < 0)
            return { path, {} };
        return { path.left(dot), path.mid(dot + 1) };
    }

    QVariant itemField(const OrderItem* item, QStringView field)
    {
        if (!item)
            return {};
        const auto [head, rest] = split(field);
        if (head == u"attributes")
            return rest.isEmpty() ? QVariant(item->attributes) : lookupMap(item->attributes, rest);
        if (!rest.isEmpty())
            return {};
        if (head == u"id")
            return item->id;
        if (head == u"product")
            return item->product;
        if (head == u"quantity")
            return QVariant::fromValue<qint64>(item->quantity);
        if (head == u"action")
            return item->action;
        if (head == u"parentItem")
            return item->parentItem.isEmpty() ? QVariant() : QVariant(item->parentItem);
        if (head == u"deliveryGroup")
            return item->deliveryGroup.isEmpty() ? QVariant() : QVariant(item->deliveryGroup);
        return {};
    }

    QVariant nonEmpty(const QString& text)
    {
        return text.isEmpty() ? QVariant() : QVariant(text);
    }

    QVariant orderField(const Order* order, QStringView field)
    {
        if (!order)
            return {};
        const auto [head, rest] = split(field);
        if (head == u"fields")
            return rest.isEmpty() ? QVariant(order->fields) : lookupMap(order->fields, rest);
        if (!rest.isEmpty())
            return {};
        if (head == u"id")
            return order->id;
        if (head == u"type")
            return order->type;
        if (head == u"orderedAt")
            return nonEmpty(order->orderedAt);
        if (head == u"requestedDate")
            return nonEmpty(order->requestedDate);
        if (head == u"currency")
            return nonEmpty(order->currency);
        if (head == u"channel")
            return nonEmpty(order->channel);
        return {};
    }

    QVariant accountField(const Order* order, QStringView field)
    {
        if (!order)
            return {};
        const Account& account = order->account;
        const auto [head, rest] = split(field);
        if (head == u"fields")
            return rest.isEmpty() ? QVariant(account.fields) : lookupMap(account.fields, rest);
        if (!rest.isEmpty())
            return {};
        if (head == u"id")
            return account.id;
        if (head == u"name")
            return nonEmpty(account.name);
        if (head == u"region")
            return nonEmpty(account.region);
        if (head == u"country")
            return nonEmpty(account.country);
        if (head == u"segment")
            return nonEmpty(account.segment);
        return {};
    }

    QVariant deliveryGroupField(const DeliveryGroup* group, QStringView field)
    {
        if (!group)
            return {};
        const auto [head, rest] = split(field);
        if (head == u"id" && rest.isEmpty())
            return group->id;
        if (head == u"requestedDate" && rest.isEmpty())
            return nonEmpty(group->requestedDate);
        if (head != u"address")
            return {};
        const Address& a = group->address;
        if (rest == u"line1")
            return nonEmpty(a.line1);
        if (rest == u"line2")
            return nonEmpty(a.line2);
        if (rest == u"city")
            return nonEmpty(a.city);
        if (rest == u"postalCode")
            return nonEmpty(a.postalCode);
        if (rest == u"region")
            return nonEmpty(a.region);
        if (rest == u"country")
            return nonEmpty(a.country);
        return {};
    }

    QVariant lineField(const FulfillmentLine* line, QStringView field)
    {
        if (!line)
            return {};
        const auto [head, rest] = split(field);
        if (head == u"attributes")
            return rest.isEmpty() ? QVariant(line->attributes) : lookupMap(line->attributes, rest);
        if (head == u"fields")
            return rest.isEmpty() ? QVariant(line->fields) : lookupMap(line->fields, rest);
        if (!rest.isEmpty())
            return {};
        if (head == u"id")
            return line->id;
        if (head == u"product")
            return line->product;
        if (head == u"quantity")
            return QVariant::fromValue<qint64>(line->quantity);
        if (head == u"bundleItem")
            return nonEmpty(line->bundleItem);
        if (head == u"deliveryGroup")
            return nonEmpty(line->deliveryGroup);
        if (head == u"action")
            return line->action;
        if (head == u"assetRef")
            return nonEmpty(line->assetRef);
        if (head == u"changeKind")
            return nonEmpty(line->changeKind);
        if (head == u"quantityDelta")
            return QVariant::fromValue<qint64>(line->quantityDelta);
        if (head == u"totalQuantity")
            return QVariant::fromValue<qint64>(line->totalQuantity);
        if (head == u"sourceItems")
            return QVariant(line->sourceItems);
        if (head == u"supplement")
            return line->scope == DecompositionScope::Account && !line->ownerOrder.isEmpty() && line->ownerOrder != line->orderId;
        return {};
    }

    QVariant assetField(const AssetState* asset, QStringView field)
    {
        if (!asset)
            return {};
        const auto [head, rest] = split(field);
        if (head == u"attributes")
            return rest.isEmpty() ? QVariant(asset->attributes) : lookupMap(asset->attributes, rest);
        if (head == u"site")
            return deliveryGroupField(&asset->site, rest);
        if (!rest.isEmpty())
            return {};
        if (head == u"id")
            return asset->id;
        if (head == u"product")
            return asset->product;
        if (head == u"quantity")
            return QVariant::fromValue<qint64>(asset->quantity);
        if (head == u"status")
            return toString(asset->status);
        return {};
    }

    // --- many values: line.sourceItems[*], deliveryGroup.lines[*] -------------------------------

    QVariantMap itemObject(const OrderItem& item)
    {
        QVariantMap out { { QStringLiteral("id"), item.id },
                          { QStringLiteral("product"), item.product },
                          { QStringLiteral("quantity"), QVariant::fromValue<qint64>(item.quantity) },
                          { QStringLiteral("action"), item.action },
                          { QStringLiteral("attributes"), item.attributes } };
        if (!item.parentItem.isEmpty())
            out.insert(QStringLiteral("parentItem"), item.parentItem);
        if (!item.deliveryGroup.isEmpty())
            out.insert(QStringLiteral("deliveryGroup"), item.deliveryGroup);
        return out;
    }

    QVariantMap lineObject(const FulfillmentLine& line)
    {
        return { { QStringLiteral("id"), line.id },
                 { QStringLiteral("product"), line.product },
                 { QStringLiteral("quantity"), QVariant::fromValue<qint64>(line.quantity) },
                 { QStringLiteral("action"), line.action },
                 { QStringLiteral("attributes"), line.attributes },
                 { QStringLiteral("fields"), line.fields },
                 { QStringLiteral("sourceItems"), QVariant(line.sourceItems) } };
    }

} // namespace

Result<QVariantList> resolveFieldList(const FieldContext& context, const QString& path)
{
    const qsizetype star = path.indexOf(QLatin1String("[*]"));
    const QString list = path.left(star);
    QString each = path.mid(star + 3);
    if (each.contains(QLatin1String("[*]")))
        return failure(QStringLiteral("only one [*] per path"));
    if (!each.isEmpty() && (!each.startsWith(QLatin1Char('.')) || each.size() == 1))
        return failure(QStringLiteral("[*] is followed by '.PATH' or nothing"));
    each = each.mid(1);
    QVariantList out;
    if (list == QStringLiteral("line.sourceItems")) {
        if (!context.line || !context.order)
            return failure(QStringLiteral("the step covers no line"));
        for (const QString& id : context.line->sourceItems) {
            const OrderItem* item = context.order->item(id);
            if (!item)
                return failure(QStringLiteral("source item '%1' of line %2 is not in the order").arg(id, context.line->id));
            const QVariant value = each.isEmpty() ? QVariant(itemObject(*item)) : itemField(item, each);
            if (!value.isValid())
                return failure(QStringLiteral("item %1 has no %2").arg(id, each));
            out.append(value);
        }
        return out;
    }
    if (list == QStringLiteral("deliveryGroup.lines")) {
        if (!context.deliveryGroup || !context.lines)
            return failure(QStringLiteral("the step's line is in no delivery group"));
        for (const FulfillmentLine& line : *context.lines) {
            if (line.deliveryGroup != context.deliveryGroup->id || !line.removedBy.isEmpty())
                continue;
            const QVariant value = each.isEmpty() ? QVariant(lineObject(line)) : lineField(&line, each);
            if (!value.isValid())
                return failure(QStringLiteral("line %1 has no %2").arg(line.id, each));
            out.append(value);
        }
        return out;
    }
    return failure(QStringLiteral("[*] applies to line.sourceItems and deliveryGroup.lines only"));
}

QVariant resolveField(const FieldContext& context, const QString& path)
{
    if (path.contains(QLatin1Char('['))) { // "[*]": many values (one character to look for on this hot path)
        const Result<QVariantList> list = resolveFieldList(context, path);
        return list ? QVariant(*list) : QVariant();
    }
    const auto [root, rest] = split(path);
    if (root == u"action" && rest.isEmpty()) {
        if (context.line)
            return context.line->action;
        return context.item ? QVariant(context.item->action) : QVariant();
    }
    if (rest.isEmpty())
        return {};
    if (root == u"item")
        return itemField(context.item, rest);
    if (root == u"parent")
        return itemField(context.parent, rest);
    if (root == u"bundle")
        return itemField(context.bundle, rest);
    if (root == u"order")
        return orderField(context.order, rest);
    if (root == u"account")
        return accountField(context.order, rest);
    if (root == u"deliveryGroup")
        return deliveryGroupField(context.deliveryGroup, rest);
    if (root == u"line")
        return lineField(context.line, rest);
    if (root == u"asset")
        return assetField(context.asset, rest);
    return {};
}

} // namespace fw
