// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "renewalforecast.h"

#include "store/assetreader.h"
#include "store/renewalreader.h"
#include "store/storedcatalogs.h"

#include <QHash>

#include <algorithm>

namespace fw {

namespace {
    // The products' names from the store's catalogs (the newest import of each); an unreadable
    // catalog leaves the ids, which is what a reader without names shows anyway.
    void nameProducts(const QSqlDatabase& database, std::vector<Renewal>& renewals)
    {
        const auto catalogs = StoredCatalogs::list(database);
        if (!catalogs)
            return;
        QHash<QString, QString> names;
        for (const CatalogKey& key : *catalogs) {
            const CatalogLoad load = StoredCatalogs::load(database, key.id);
            if (!load.ok())
                continue;
            for (const Product& product : load.catalog->products) {
                if (!product.name.isEmpty() && !names.contains(product.id))
                    names.insert(product.id, product.name);
            }
        }
        for (Renewal& renewal : renewals)
            renewal.productName = names.value(renewal.product);
    }
} // namespace

Result<std::vector<Renewal>> upcomingRenewals(const QSqlDatabase& database, const RenewalQuery& query)
{
    std::vector<Renewal::State> states = query.states;
    if (states.empty())
        states = { Renewal::State::Open, Renewal::State::Claimed, Renewal::State::Upcoming };
    const auto wants = [&states](Renewal::State state) { return std::find(states.begin(), states.end(), state) != states.end(); };
    const QDate horizon = query.today.addDays(query.withinDays);
    std::vector<Renewal> renewals;
    std::vector<Renewal::State> stored;
    std::copy_if(states.begin(), states.end(), std::back_inserter(stored), [](Renewal::State s) { return s != Renewal::State::Upcoming; });
    if (!stored.empty()) {
        const auto rows = RenewalReader(database).list({ {}, stored, {} });
        if (!rows)
            return rows.error();
        std::copy_if(rows->begin(), rows->end(), std::back_inserter(renewals),
                     [&horizon](const Renewal& r) { return r.termEnd <= horizon; });
    }
    if (wants(Renewal::State::Upcoming)) {
        const AssetReader assets(database);
        const auto roots = assets.termsEndingBy(horizon);
        if (!roots)
            return roots.error();
        for (const Asset& root : *roots) {
            const auto components = assets.children(root.id);
            if (!components)
                return components.error();
            if (auto renewal = renewalDue(root, *components, root.termEnd)) { // as it will be when due
                renewal->state = Renewal::State::Upcoming;
                renewals.push_back(std::move(*renewal));
            }
        }
    }
    std::stable_sort(renewals.begin(), renewals.end(),
                     [](const Renewal& a, const Renewal& b) { return std::tie(a.termEnd, a.assetId) < std::tie(b.termEnd, b.assetId); });
    if (!renewals.empty())
        nameProducts(database, renewals);
    return renewals;
}

std::vector<RenewalMonth> renewalsByMonth(const std::vector<Renewal>& renewals)
{
    std::vector<RenewalMonth> months;
    for (const Renewal& renewal : renewals) {
        const QDate month(renewal.termEnd.year(), renewal.termEnd.month(), 1);
        auto it = std::find_if(months.begin(), months.end(), [&month](const RenewalMonth& m) { return m.month == month; });
        if (it == months.end()) {
            months.push_back({ month, 0, {} });
            it = months.end() - 1;
        }
        ++it->count;
        it->value[renewal.currency] += renewal.value;
    }
    std::sort(months.begin(), months.end(), [](const RenewalMonth& a, const RenewalMonth& b) { return a.month < b.month; });
    return months;
}

} // namespace fw
