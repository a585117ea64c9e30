// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "assetitemvalidator.h"

#include "domain/order.h"

#include <QHash>

namespace fw {

namespace {

    QString assetItemPointer(std::size_t index, const char* field = nullptr)
    {
        QString pointer = QStringLiteral("/items/%1").arg(index);
        if (field)
            pointer += QLatin1Char('/') + QLatin1String(field);
        return pointer;
    }

    void checkAssetItem(const Order& order, const OrderItem& item, std::size_t i, const QString& file, Problems& problems)
    {
        const QString& action = item.action;
        if (action == QLatin1String("add")) {
            if (item.actsOnAsset())
                problems.push_back({ file, assetItemPointer(i, "assetRef"),
                                     QStringLiteral("action 'add' sells something new and takes no assetRef; to act on asset '%1' use "
                                                    "'change', 'move', 'suspend', 'resume' or 'disconnect'")
                                         .arg(item.assetRef) });
            return;
        }
        if (!item.actsOnAsset()) {
            problems.push_back({ file, assetItemPointer(i, "assetRef"),
                                 QStringLiteral("action '%1' acts on an asset the account has: name it with assetRef").arg(action) });
            return;
        }
        if (!item.supplementOf.isEmpty())
            problems.push_back({ file, assetItemPointer(i, "supplementOf"),
                                 QStringLiteral("an item acting on asset '%1' cannot be a supplement").arg(item.assetRef) });
        if (!item.parentItem.isEmpty())
            problems.push_back(
                { file, assetItemPointer(i, "parentItem"),
                  QStringLiteral("an item acting on asset '%1' takes no parentItem (the asset keeps its bundle)").arg(item.assetRef) });
        if (action == QLatin1String("change")) {
            if (item.attributes.isEmpty() && !item.quantityGiven)
                problems.push_back(
                    { file, assetItemPointer(i),
                      QStringLiteral("change of asset '%1' names nothing to change (give attributes or a quantity)").arg(item.assetRef) });
            else if (item.quantityGiven && item.quantity < 1)
                problems.push_back({ file, assetItemPointer(i, "quantity"),
                                     QStringLiteral("change of asset '%1' to quantity %2: use action 'disconnect' to end it")
                                         .arg(item.assetRef)
                                         .arg(item.quantity) });
            return;
        }
        if (action == QLatin1String("move")) {
            if (item.deliveryGroup.isEmpty() && order.deliveryGroups.size() != 1)
                problems.push_back(
                    { file, assetItemPointer(i, "deliveryGroup"),
                      QStringLiteral("move of asset '%1' needs the new site: a deliveryGroup naming it").arg(item.assetRef) });
        } else if (!item.attributes.isEmpty()) {
            problems.push_back({ file, assetItemPointer(i, "attributes"),
                                 QStringLiteral("action '%1' of asset '%2' changes no attributes; use a 'change' item for that")
                                     .arg(action, item.assetRef) });
        }
        if (item.quantityGiven)
            problems.push_back({ file, assetItemPointer(i, "quantity"),
                                 QStringLiteral("action '%1' of asset '%2' keeps the asset's quantity; use a 'change' item for that")
                                     .arg(action, item.assetRef) });
    }

} // namespace

void validateAssetItems(const Order& order, const QString& file, Problems& problems)
{
    QHash<QString, std::size_t> firstItemOf; // asset -> item index
    for (std::size_t i = 0; i < order.items.size(); ++i) {
        const OrderItem& item = order.items[i];
        checkAssetItem(order, item, i, file, problems);
        if (!item.actsOnAsset())
            continue;
        if (firstItemOf.contains(item.assetRef))
            problems.push_back({ file, assetItemPointer(i, "assetRef"),
                                 QStringLiteral("asset '%1' is already acted on by item '%2'; one item per asset")
                                     .arg(item.assetRef, order.items[firstItemOf.value(item.assetRef)].id) });
        else
            firstItemOf.insert(item.assetRef, i);
    }
}

} // namespace fw
