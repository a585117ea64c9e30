// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "orderviewstore.h"

#include <QSettings>

namespace fw {

namespace {
    const QString settingsKey = QStringLiteral("orders/savedViews");

    QVariantMap toMap(const OrderQuery& query)
    {
        return { { QStringLiteral("search"), query.search },
                 { QStringLiteral("state"), query.state },
                 { QStringLiteral("lane"), query.lane },
                 { QStringLiteral("sort"), int(query.sort) },
                 { QStringLiteral("descending"), query.descending } };
    }

    OrderQuery fromMap(const QVariantMap& map)
    {
        OrderQuery query;
        query.search = map.value(QStringLiteral("search")).toString();
        query.state = map.value(QStringLiteral("state")).toString();
        query.lane = map.value(QStringLiteral("lane")).toString();
        const int sort = map.value(QStringLiteral("sort")).toInt();
        if (sort >= int(OrderQuery::Sort::Created) && sort <= int(OrderQuery::Sort::Updated))
            query.sort = OrderQuery::Sort(sort);
        query.descending = map.value(QStringLiteral("descending"), true).toBool();
        return query;
    }
} // namespace

QStringList OrderViewStore::names() const
{
    QStringList names = QSettings().value(settingsKey).toMap().keys();
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<OrderQuery> OrderViewStore::view(const QString& name) const
{
    const QVariantMap views = QSettings().value(settingsKey).toMap();
    if (!views.contains(name))
        return std::nullopt;
    return fromMap(views.value(name).toMap());
}

void OrderViewStore::save(const QString& name, const OrderQuery& query)
{
    QSettings settings;
    QVariantMap views = settings.value(settingsKey).toMap();
    views.insert(name, toMap(query));
    settings.setValue(settingsKey, views);
}

void OrderViewStore::remove(const QString& name)
{
    QSettings settings;
    QVariantMap views = settings.value(settingsKey).toMap();
    views.remove(name);
    settings.setValue(settingsKey, views);
}

} // namespace fw
