// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "renewal.h"

namespace fw {

namespace {
    constexpr std::pair<Renewal::State, const char*> renewalStateNames[] {
        { Renewal::State::Open, "open" },         { Renewal::State::Claimed, "claimed" },   { Renewal::State::Renewed, "renewed" },
        { Renewal::State::Declined, "declined" }, { Renewal::State::Upcoming, "upcoming" },
    };
} // namespace

QString toString(Renewal::State state)
{
    for (const auto& [value, name] : renewalStateNames) {
        if (value == state)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Renewal::State> renewalStateFromString(const QString& text)
{
    for (const auto& [value, name] : renewalStateNames) {
        if (text == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

int monthsBetween(const QDate& start, const QDate& end)
{
    if (!start.isValid() || !end.isValid())
        return 0;
    int months = (end.year() - start.year()) * 12 + (end.month() - start.month());
    if (start.addMonths(months) > end)
        --months;
    return months;
}

std::optional<Renewal> renewalDue(const Asset& root, const std::vector<Asset>& components, const QDate& today)
{
    if (!root.parentAsset.isEmpty() || !root.termEnd.isValid() || root.status == Asset::Status::Disconnected)
        return std::nullopt;
    const QDate due = root.termEnd.addDays(-root.renewalLeadDays);
    if (due > today)
        return std::nullopt;
    Renewal renewal;
    renewal.assetId = root.id;
    renewal.accountId = root.accountId;
    renewal.product = root.product;
    renewal.termStart = root.termStart;
    renewal.termEnd = root.termEnd;
    renewal.termMonths = std::max(1, monthsBetween(root.termStart, root.termEnd));
    renewal.dueDate = due;
    renewal.currency = root.price.currency;
    const auto add = [&renewal](const Asset& asset) {
        if (!asset.price.isSet() || asset.status == Asset::Status::Disconnected)
            return;
        if (renewal.currency.isEmpty())
            renewal.currency = asset.price.currency;
        if (asset.price.currency == renewal.currency)
            renewal.value += asset.price.termValue(asset.quantity, renewal.termMonths);
    };
    add(root);
    for (const Asset& component : components)
        add(component);
    return renewal;
}

} // namespace fw
