// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "assetdelta.h"

#include "domain/catalog.h"

namespace fw {

namespace {

    bool sameSiteAddress(const Address& a, const Address& b)
    {
        return a.line1 == b.line1 && a.line2 == b.line2 && a.city == b.city && a.postalCode == b.postalCode && a.region == b.region
            && a.country == b.country;
    }

    // Empty when the action applies to an asset in this status, otherwise the reason.
    QString assetStatusError(const QString& action, const AssetState& asset)
    {
        const QString id = asset.id;
        switch (asset.status) {
        case AssetState::Status::Disconnected:
            return QStringLiteral("asset '%1' is disconnected; no order can %2 it").arg(id, action);
        case AssetState::Status::Suspended:
            if (action == QLatin1String("suspend"))
                return QStringLiteral("asset '%1' is already suspended").arg(id);
            break;
        case AssetState::Status::Active:
            if (action == QLatin1String("resume"))
                return QStringLiteral("asset '%1' is not suspended (it is active); only a suspended asset can be resumed").arg(id);
            break;
        }
        return {};
    }

    void describeAssetChange(AssetItemDelta& delta)
    {
        for (auto it = delta.effective.attributes.cbegin(); it != delta.effective.attributes.cend(); ++it) {
            if (delta.asset.attributes.value(it.key()) != it.value())
                delta.changedAttributes << it.key();
        }
        delta.quantityDelta = delta.effective.quantity - delta.asset.quantity;
        if (!delta.changedAttributes.isEmpty())
            delta.changeKind = QStringLiteral("modify");
        else if (delta.quantityDelta > 0)
            delta.changeKind = QStringLiteral("increase");
        else if (delta.quantityDelta < 0)
            delta.changeKind = QStringLiteral("decrease");
    }

} // namespace

std::optional<AssetItemDelta> assetItemDelta(const OrderItem& item, const Order& order, const DeliveryGroup* newSite,
                                             const AssetLookup& assets, const QString& file, std::size_t index, Problems& problems)
{
    const QString pointer = QStringLiteral("/items/%1/assetRef").arg(index);
    std::optional<AssetState> asset = assets ? assets(item.assetRef) : std::nullopt;
    if (!asset) {
        problems.push_back({ file, pointer,
                             QStringLiteral("asset '%1' is unknown: the account's installed base has no such asset%2")
                                 .arg(item.assetRef, assets ? QString() : QStringLiteral(" (planned without an installed base)")) });
        return std::nullopt;
    }
    if (asset->accountId != order.account.id) {
        problems.push_back({ file, pointer,
                             QStringLiteral("asset '%1' belongs to account '%2', not to the order's account '%3'")
                                 .arg(asset->id, asset->accountId, order.account.id) });
        return std::nullopt;
    }
    if (asset->product != item.product) {
        problems.push_back({ file, QStringLiteral("/items/%1/product").arg(index),
                             QStringLiteral("asset '%1' is a '%2', not a '%3'").arg(asset->id, asset->product, item.product) });
        return std::nullopt;
    }
    if (const QString reason = assetStatusError(item.action, *asset); !reason.isEmpty()) {
        problems.push_back({ file, QStringLiteral("/items/%1/action").arg(index), reason });
        return std::nullopt;
    }
    AssetItemDelta delta;
    delta.asset = std::move(*asset);
    delta.effective = item;
    delta.effective.attributes = delta.asset.attributes;
    for (auto it = item.attributes.cbegin(); it != item.attributes.cend(); ++it)
        delta.effective.attributes.insert(it.key(), it.value());
    delta.effective.quantity = item.quantityGiven ? item.quantity : delta.asset.quantity;
    if (item.action == QLatin1String("change")) {
        describeAssetChange(delta);
        if (delta.changeKind.isEmpty()) {
            problems.push_back({ file, QStringLiteral("/items/%1").arg(index),
                                 QStringLiteral("change of asset '%1' changes nothing: its quantity and attributes are already as given")
                                     .arg(delta.asset.id) });
            return std::nullopt;
        }
    } else if (item.action == QLatin1String("move") && newSite && sameSiteAddress(newSite->address, delta.asset.site.address)) {
        problems.push_back(
            { file, QStringLiteral("/items/%1/deliveryGroup").arg(index),
              QStringLiteral("move of asset '%1' names the site it is at already ('%2')").arg(delta.asset.id, newSite->id) });
        return std::nullopt;
    }
    return delta;
}

void applyAssetDelta(FulfillmentLine& line, const AssetItemDelta& delta)
{
    line.action = delta.effective.action;
    line.assetRef = delta.asset.id;
    line.totalQuantity = delta.effective.quantity;
    line.quantityDelta = delta.quantityDelta;
    line.changeKind = delta.changeKind;
    line.changedAttributes = delta.changedAttributes;
    if (delta.changeKind == QLatin1String("increase") || delta.changeKind == QLatin1String("decrease"))
        line.quantity = std::abs(delta.quantityDelta);
    else
        line.quantity = delta.effective.quantity;
    if (line.action != QLatin1String("move") && line.deliveryGroup.isEmpty())
        line.deliveryGroup = delta.asset.site.id;
}

bool movesAsDisconnectAndAdd(const QString& fulfillmentProduct, const Catalog& catalog)
{
    const auto& scenarios = catalog.scenariosFor(fulfillmentProduct);
    return std::none_of(scenarios.begin(), scenarios.end(),
                        [](const FulfillmentScenario* s) { return s->actions.contains(QStringLiteral("move")); });
}

} // namespace fw
