// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "assetrecording.h"

#include "domain/catalog.h"
#include "domain/fulfillmentline.h"
#include "domain/order.h"

namespace fw {

namespace {
    QVariantMap siteOf(const DeliveryGroup* group)
    {
        if (!group)
            return {};
        QVariantMap site;
        const auto put = [&site](const char* key, const QString& value) {
            if (!value.isEmpty())
                site.insert(QString::fromLatin1(key), value);
        };
        put("line1", group->address.line1);
        put("line2", group->address.line2);
        put("city", group->address.city);
        put("postalCode", group->address.postalCode);
        put("region", group->address.region);
        put("country", group->address.country);
        return site;
    }

    class AssetCollector {
    public:
        AssetCollector(const Order& order, const std::vector<FulfillmentLine>& lines, const Catalog& catalog)
            : m_order(order)
            , m_lines(lines)
            , m_catalog(catalog)
        {
        }

        // The item's nearest ancestor-or-self for which `has` holds, or null.
        template <typename Predicate> const OrderItem* nearest(const OrderItem& item, Predicate has) const
        {
            const OrderItem* current = &item;
            for (std::size_t hops = 0; current && hops <= m_order.items.size(); ++hops) {
                if (has(*current))
                    return current;
                current = current->parentItem.isEmpty() ? nullptr : m_order.item(current->parentItem);
            }
            return nullptr;
        }

        const DeliveryGroup* groupOf(const OrderItem& item) const
        {
            if (const OrderItem* with = nearest(item, [](const OrderItem& i) { return !i.deliveryGroup.isEmpty(); }))
                return m_order.deliveryGroup(with->deliveryGroup);
            return m_order.deliveryGroups.size() == 1 ? &m_order.deliveryGroups.front() : nullptr;
        }

        // The term in months of the item's nearest ancestor-or-self whose product declares one (its
        // fixed months, or that item's own attribute, else the attribute's default); with its product.
        std::pair<int, const Product*> termOf(const OrderItem& item) const
        {
            const OrderItem* with = nearest(item, [this](const OrderItem& i) {
                const Product* product = m_catalog.product(i.product);
                return product && product->hasTerm();
            });
            const Product* product = with ? m_catalog.product(with->product) : nullptr;
            if (!product || product->termMonths > 0)
                return { product ? product->termMonths : 0, product };
            QVariant months = with->attributes.value(product->termAttribute);
            for (const AttributeDefinition& a : product->attributes) {
                if (!months.isValid() && a.name == product->termAttribute)
                    months = a.defaultValue;
            }
            bool ok = false;
            const int value = months.toInt(&ok);
            return { ok && value > 0 ? value : 0, product };
        }

        QStringList linesOf(const QStringList& itemIds) const
        {
            QStringList ids;
            for (const FulfillmentLine& line : m_lines) {
                if (!line.removedBy.isEmpty() || ids.contains(line.id))
                    continue;
                for (const QString& item : itemIds) {
                    if (line.sourceItems.contains(item)) {
                        ids << line.id;
                        break;
                    }
                }
            }
            return ids;
        }

        Asset assetOf(const OrderItem& item, const QDateTime& completedAt) const
        {
            Asset asset;
            asset.id = assetIdOf(m_order.id, item.id);
            asset.accountId = m_order.account.id;
            asset.product = item.product;
            if (!item.parentItem.isEmpty())
                asset.parentAsset = assetIdOf(m_order.id, item.parentItem);
            asset.attributes = item.attributes;
            asset.quantity = item.quantity;
            asset.price = item.price; // a supplement is priced as its base item
            QStringList sources { item.id };
            for (const OrderItem& other : m_order.items) {
                if (other.supplementOf == item.id && other.action != QLatin1String("remove")) {
                    asset.quantity += other.quantity;
                    sources << other.id;
                }
            }
            const DeliveryGroup* group = groupOf(item);
            asset.deliveryGroup = group ? group->id : QString();
            asset.site = siteOf(group);
            if (const auto [months, term] = termOf(item); months > 0) {
                asset.termStart = completedAt.toUTC().date();
                asset.termEnd = asset.termStart.addMonths(months);
                asset.renewalLeadDays = term->renewalLeadDays;
            }
            asset.sourceOrder = m_order.id;
            asset.sourceItem = item.id;
            asset.lines = linesOf(sources);
            asset.createdAt = completedAt;
            asset.updatedAt = completedAt;
            return asset;
        }

    private:
        const Order& m_order;
        const std::vector<FulfillmentLine>& m_lines;
        const Catalog& m_catalog;
    };
} // namespace

QString assetIdOf(const QString& orderId, const QString& itemId)
{
    return orderId + QLatin1Char('/') + itemId;
}

RecordedAssets assetsOfCompletedOrder(const Order& order, const std::vector<FulfillmentLine>& lines, const Catalog& catalog,
                                      const QDateTime& completedAt, const QString& actor)
{
    const AssetCollector collector(order, lines, catalog);
    RecordedAssets recorded;
    const auto removing = [](const OrderItem& i) { return i.action == QLatin1String("remove"); };
    for (const OrderItem& item : order.items) {
        // A supplement's quantity is its base item's; an item being removed (or under one) leaves nothing.
        // An item acting on an asset (assetRef) changes that asset instead (assetchanges.h).
        if (!item.supplementOf.isEmpty() || item.actsOnAsset() || collector.nearest(item, removing))
            continue;
        Asset asset = collector.assetOf(item, completedAt);
        AssetEvent created { asset.id, 1, completedAt, QStringLiteral("created"), order.id, {}, actor, {}, {} };
        created.after = { { QStringLiteral("attributes"), asset.attributes }, { QStringLiteral("quantity"), asset.quantity } };
        recorded.events.push_back(std::move(created));
        recorded.assets.push_back(std::move(asset));
    }
    return recorded;
}

} // namespace fw
