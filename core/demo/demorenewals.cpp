// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demorenewals.h"

#include "renewals/renewal.h"
#include "store/assetreader.h"
#include "store/assetwriter.h"
#include "store/database.h"
#include "store/renewalwriter.h"

#include <QTimeZone>

namespace fw {

namespace {
    struct DemoSubscription {
        const char* order; // an order of an earlier year (not in the store: assets belong to accounts)
        const char* account;
        bool saas; // a suite with seats, else a fibre bundle with access and router
        int months; // the term
        int endsInDays; // from today
        int seats; // SaaS: seats; fibre: the access' monthly price
        double price; // the root's monthly price
        Asset::Status status;
    };

    constexpr DemoSubscription demoSubscriptions[] {
        { "SO-2024-0311", "ACC-FR-3310", true, 36, 12, 180, 1500, Asset::Status::Active },
        { "SO-2025-0042", "ACC-US-8812", true, 12, 35, 80, 900, Asset::Status::Active },
        { "SO-2025-0107", "ACC-DE-20451", false, 24, 48, 189, 0, Asset::Status::Active },
        { "SO-2025-0139", "ACC-NL-4410", false, 24, 64, 899, 0, Asset::Status::Active },
        { "SO-2025-0166", "ACC-AT-1902", true, 12, 77, 40, 300, Asset::Status::Suspended },
        { "SO-2025-0201", "ACC-DE-30877", false, 24, 96, 129, 0, Asset::Status::Active },
        { "SO-2025-0233", "ACC-CH-5520", true, 12, 118, 150, 1200, Asset::Status::Active },
        { "SO-2025-0250", "ACC-BE-7781", false, 24, 140, 189, 0, Asset::Status::Active },
        { "SO-2025-0268", "ACC-FR-2290", false, 24, 55, 129, 0, Asset::Status::Disconnected },
    };

    Asset demoAsset(const DemoSubscription& s, const char* item, const char* product, const char* parent, int quantity, double price,
                    const QDate& end, const QDateTime& now)
    {
        Asset asset;
        asset.id = QLatin1String(s.order) + QLatin1Char('/') + QLatin1String(item);
        asset.accountId = QLatin1String(s.account);
        asset.product = QLatin1String(product);
        if (parent)
            asset.parentAsset = QLatin1String(s.order) + QLatin1Char('/') + QLatin1String(parent);
        asset.quantity = quantity;
        asset.status = s.status;
        asset.termEnd = end;
        asset.termStart = end.addMonths(-s.months);
        asset.renewalLeadDays = s.saas ? 90 : 60; // as the sample catalogs say
        if (price > 0)
            asset.price = { price, QStringLiteral("EUR"), QStringLiteral("month") };
        asset.sourceOrder = QLatin1String(s.order);
        asset.sourceItem = QLatin1String(item);
        asset.createdAt = asset.termStart.startOfDay(QTimeZone::utc()).addSecs(15 * 3600);
        asset.updatedAt = now;
        return asset;
    }
} // namespace

Status addDemoRenewals(Database& database, const QDateTime& now)
{
    std::vector<Asset> assets;
    std::vector<AssetEvent> events;
    const QDate today = now.toUTC().date();
    for (const DemoSubscription& s : demoSubscriptions) {
        const QDate end = today.addDays(s.endsInDays);
        if (s.saas) {
            assets.push_back(demoAsset(s, "S1", "ENTERPRISE_SUITE", nullptr, 1, s.price, end, now));
            assets.push_back(demoAsset(s, "S1-U", "USER_LICENCE", "S1", s.seats, 12.5, end, now));
        } else {
            assets.push_back(demoAsset(s, "1", "BUSINESS_FIBER_BUNDLE", nullptr, 1, 0, end, now));
            assets.push_back(demoAsset(s, "1.1", "FIBER_ACCESS", "1", 1, s.seats, end, now));
            assets.push_back(demoAsset(s, "1.2", "MANAGED_ROUTER", "1", 1, 15, end, now));
        }
    }
    for (const Asset& a : assets)
        events.push_back({ a.id, 1, a.createdAt, QStringLiteral("created"), a.sourceOrder, {}, QStringLiteral("engine"), {}, {} });
    if (Status recorded = AssetWriter(database.connection()).record(assets, events); !recorded)
        return recorded.error().in(QStringLiteral("demo renewals"));
    // Those due now are in the register, as the engine's scanner would have opened them on their due date.
    const AssetReader reader(database.connection());
    const auto due = reader.renewalsDue(today);
    if (!due)
        return due.error();
    std::vector<Renewal> renewals;
    for (const Asset& root : *due) {
        const auto components = reader.children(root.id);
        if (!components)
            return components.error();
        if (auto renewal = renewalDue(root, *components, today))
            renewals.push_back(std::move(*renewal));
    }
    RenewalWriter writer(database.connection());
    const auto opened = writer.open(renewals, now.addDays(-3), QStringLiteral("engine"));
    if (!opened)
        return opened.error();
    if (opened->size() > 1) // a colleague has started on the second one
        return writer.claim((*opened)[1], QStringLiteral("demo-colleague"), now.addDays(-1));
    return {};
}

} // namespace fw
