// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "assetrows.h"

#include "common/clock.h"
#include "common/jsonvariant.h"

#include <nlohmann/json.hpp>

namespace fw {

namespace {
    SqlValue jsonText(const QVariant& value)
    {
        return SqlValue::of(QString::fromStdString(variantToJson(value).dump()));
    }

    SqlValue isoDate(const QDate& date)
    {
        return date.isValid() ? SqlValue::of(date.toString(Qt::ISODate)) : SqlValue {};
    }
} // namespace

std::vector<SqlValue> assetRow(const Asset& asset)
{
    return { SqlValue::of(asset.id), SqlValue::of(asset.accountId), SqlValue::of(asset.product), SqlValue::nullable(asset.parentAsset),
             jsonText(asset.attributes), SqlValue::of(qint64(asset.quantity)),
             SqlValue::of(asset.deliveryGroup.isNull() ? QStringLiteral("") : asset.deliveryGroup), jsonText(asset.site),
             SqlValue::of(toString(asset.status)), isoDate(asset.termStart), isoDate(asset.termEnd),
             asset.termStart.isValid() ? SqlValue::of(qint64(asset.renewalLeadDays)) : SqlValue {}, SqlValue::of(asset.sourceOrder),
             SqlValue::of(asset.sourceItem), SqlValue::of(toJsonArrayText(asset.lines)), SqlValue::of(toStoreTime(asset.createdAt)),
             SqlValue::of(toStoreTime(asset.updatedAt.isValid() ? asset.updatedAt : asset.createdAt)), SqlValue::of(qint64(asset.revision)),
             // schema v26: the recurring price, NULL without one
             asset.price.isSet() ? SqlValue::of(QString::number(asset.price.amount, 'g', 15)) : SqlValue {},
             SqlValue::nullable(asset.price.currency), asset.price.isSet() ? SqlValue::of(asset.price.period) : SqlValue {} };
}

std::vector<SqlValue> assetChangeRow(const AssetChange& change)
{
    QString cascade;
    for (const Asset::Status status : change.cascadeFrom)
        cascade += QLatin1Char(',') + toString(status);
    return { SqlValue::of(change.assetId),
             SqlValue::of(toStoreTime(change.at)),
             SqlValue::of(change.kind),
             SqlValue::of(change.orderId),
             SqlValue::of(change.actor),
             jsonText(change.attributes),
             change.quantity ? SqlValue::of(qint64(*change.quantity)) : SqlValue {},
             change.status ? SqlValue::of(toString(*change.status)) : SqlValue {},
             SqlValue::nullable(change.deliveryGroup),
             change.deliveryGroup.isEmpty() ? SqlValue {} : jsonText(change.site),
             cascade.isEmpty() ? SqlValue {} : SqlValue::of(cascade + QLatin1Char(',')) };
}

std::vector<SqlValue> assetEventRow(const AssetEvent& event, bool changeOrdersFromStore)
{
    return { SqlValue::of(event.assetId),
             SqlValue::of(qint64(event.seq)),
             SqlValue::of(toStoreTime(event.at)),
             SqlValue::of(event.kind),
             SqlValue::nullable(event.orderId),
             changeOrdersFromStore ? SqlValue {} : SqlValue::of(toJsonArrayText(event.changeOrders)),
             SqlValue::of(event.actor),
             event.before.isEmpty() ? SqlValue {} : jsonText(event.before),
             event.after.isEmpty() ? SqlValue {} : jsonText(event.after) };
}

QVariantMap assetState(const Asset& asset)
{
    return { { QStringLiteral("attributes"), asset.attributes }, { QStringLiteral("quantity"), asset.quantity } };
}

} // namespace fw
