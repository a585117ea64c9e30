// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "assetorderdraft.h"

#include "common/jsonvariant.h"

namespace fw {

namespace {
    const QString draftItemPointer = QStringLiteral("/items/0");

    QString draftActionPastTense(const QString& action)
    {
        if (action == QLatin1String("resume"))
            return QStringLiteral("resumed");
        if (action == QLatin1String("suspend"))
            return QStringLiteral("suspended");
        if (action == QLatin1String("disconnect"))
            return QStringLiteral("disconnected");
        if (action == QLatin1String("move"))
            return QStringLiteral("moved");
        return QStringLiteral("changed");
    }

    const QStringList draftAddressKeys = { QStringLiteral("line1"),      QStringLiteral("line2"),  QStringLiteral("city"),
                                           QStringLiteral("postalCode"), QStringLiteral("region"), QStringLiteral("country") };

    bool draftSameAddress(const QVariantMap& a, const QVariantMap& b)
    {
        for (const QString& key : draftAddressKeys) {
            if (a.value(key).toString().trimmed().compare(b.value(key).toString().trimmed(), Qt::CaseInsensitive) != 0)
                return false;
        }
        return true;
    }
} // namespace

QStringList allowedAssetActions(Asset::Status status)
{
    switch (status) {
    case Asset::Status::Active:
        return { QStringLiteral("change"), QStringLiteral("move"), QStringLiteral("suspend"), QStringLiteral("disconnect") };
    case Asset::Status::Suspended:
        return { QStringLiteral("resume"), QStringLiteral("disconnect") };
    case Asset::Status::Disconnected:
        break;
    }
    return {};
}

QString assetActionRefusal(const Asset& asset, const QString& action)
{
    const QStringList allowed = allowedAssetActions(asset.status);
    if (allowed.contains(action))
        return {};
    if (allowed.isEmpty())
        return QStringLiteral("asset '%1' is disconnected: nothing can be done with it any more").arg(asset.id);
    QStringList can;
    for (const QString& a : allowed)
        can << draftActionPastTense(a);
    const QString list = can.size() == 1
        ? can.front()
        : QStringList(can.mid(0, can.size() - 1)).join(QStringLiteral(", ")) + QStringLiteral(" or ") + can.back();
    return QStringLiteral("asset '%1' is %2: it cannot be %3; it can be %4")
        .arg(asset.id, toString(asset.status), draftActionPastTense(action), list);
}

QString suggestedAssetOrderId(const Asset& asset, const QString& action, const QDateTime& at)
{
    return QStringLiteral("%1-%2-%3").arg(asset.sourceOrder, action.toUpper(), at.toUTC().toString(QStringLiteral("yyyyMMdd-HHmm")));
}

ComposedAssetOrder composeAssetOrder(const AssetOrderDraft& draft, const Asset& asset, const QString& label)
{
    ComposedAssetOrder composed;
    const auto problem = [&](const QString& pointer, const QString& message) { composed.problems.push_back({ label, pointer, message }); };
    const QString orderId = draft.orderId.trimmed();
    if (orderId.isEmpty())
        problem(QStringLiteral("/id"), QStringLiteral("the order needs an id"));
    else if (orderId.contains(QLatin1Char(' ')))
        problem(QStringLiteral("/id"), QStringLiteral("order id '%1' contains a space").arg(orderId));
    if (const QString refusal = assetActionRefusal(asset, draft.action); !refusal.isEmpty())
        problem(draftItemPointer + QStringLiteral("/action"), refusal);

    nlohmann::json item = { { "id", "1" },
                            { "product", asset.product.toStdString() },
                            { "action", draft.action.toStdString() },
                            { "assetRef", asset.id.toStdString() } };
    nlohmann::json groups = nlohmann::json::array();
    if (draft.action == QLatin1String("change")) {
        QVariantMap changed;
        for (auto it = draft.attributes.cbegin(); it != draft.attributes.cend(); ++it) {
            if (asset.attributes.value(it.key()) != it.value() && asset.attributes.value(it.key()).toString() != it.value().toString())
                changed.insert(it.key(), it.value());
        }
        const bool quantityChanges = draft.quantity > 0 && draft.quantity != asset.quantity;
        if (draft.quantity < 0)
            problem(draftItemPointer + QStringLiteral("/quantity"), QStringLiteral("quantity %1 is negative").arg(draft.quantity));
        else if (changed.isEmpty() && !quantityChanges)
            problem(
                draftItemPointer + QStringLiteral("/quantity"),
                QStringLiteral("the change changes nothing: quantity %1 and the attributes are as the asset has them").arg(asset.quantity));
        if (quantityChanges)
            item["quantity"] = draft.quantity;
        if (!changed.isEmpty())
            item["attributes"] = variantToJson(changed);
    } else if (draft.action == QLatin1String("move")) {
        QVariantMap address;
        for (const QString& key : draftAddressKeys) {
            if (const QString value = draft.siteAddress.value(key).toString().trimmed(); !value.isEmpty())
                address.insert(key, value);
        }
        const QString siteId = draft.siteId.trimmed().isEmpty() ? QStringLiteral("NEW-SITE") : draft.siteId.trimmed();
        if (address.value(QStringLiteral("line1")).toString().isEmpty() || address.value(QStringLiteral("city")).toString().isEmpty())
            problem(QStringLiteral("/deliveryGroups/0/address"),
                    QStringLiteral("the new site needs at least a street (line 1) and a city"));
        else if (draftSameAddress(address, asset.site))
            problem(QStringLiteral("/deliveryGroups/0/address"), QStringLiteral("the new site is the address the asset is at already"));
        groups.push_back({ { "id", siteId.toStdString() }, { "address", variantToJson(address) } });
        item["deliveryGroup"] = siteId.toStdString();
    }
    if (!composed.problems.empty())
        return composed;

    const QDateTime at = (draft.orderedAt.isValid() ? draft.orderedAt : QDateTime::currentDateTimeUtc()).toUTC();
    nlohmann::json account = { { "id", asset.accountId.toStdString() } };
    const std::pair<const char*, const QString*> accountFields[] = { { "name", &draft.accountName },
                                                                     { "region", &draft.accountRegion },
                                                                     { "country", &draft.accountCountry },
                                                                     { "segment", &draft.accountSegment } };
    for (const auto& [key, value] : accountFields) {
        if (!value->isEmpty())
            account[key] = value->toStdString();
    }
    composed.document = { { "formatVersion", 1 },
                          { "id", orderId.toStdString() },
                          { "description", QStringLiteral("%1 of asset %2").arg(draft.action, asset.id).toStdString() },
                          { "orderedAt", at.toString(Qt::ISODate).toStdString() },
                          { "requestedDate", at.date().toString(Qt::ISODate).toStdString() },
                          { "account", account },
                          { "items", nlohmann::json::array({ item }) } };
    if (!groups.empty())
        composed.document["deliveryGroups"] = groups;
    return composed;
}

} // namespace fw
