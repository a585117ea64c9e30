// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/asset.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace fw {

// One renewal of a subscription (schema v26, docs/assets.md "Renewals"): a root asset whose term
// ends within its renewal lead time. One row per asset and term end, opened once by the engine
// (RenewalScanner), then claimed and decided through the command path (RenewalCommands).
struct Renewal {
    // Upcoming: not opened yet (its lead time has not come), listed by RenewalForecast, never stored.
    enum class State { Open, Claimed, Renewed, Declined, Upcoming };

    qint64 id = 0;
    QString assetId;
    QString accountId;
    QString product;
    QString productName; // the catalog's name for it, when a stored catalog has the product (upcomingRenewals)
    QDate termStart;
    QDate termEnd;
    int termMonths = 0; // the length of one term: a renewal extends the asset by this much
    QDate dueDate; // termEnd - the asset's renewal lead days
    State state = State::Open;
    QString claimedBy;
    QDateTime claimedAt;
    double value = 0; // value at risk: one term of the asset and its components (renewalValue)
    QString currency; // empty: no priced item
    QString decidedBy;
    QDateTime decidedAt;
    QString reason; // a decline's
    QDateTime openedAt;
    QDateTime updatedAt;

    bool isFinished() const { return state == State::Renewed || state == State::Declined; }
};

QString toString(Renewal::State state); // "open", "claimed", "renewed", "declined", "upcoming"
std::optional<Renewal::State> renewalStateFromString(const QString& text);

// Whole months from start to end (a term of 12 months from 2026-01-31 ends 2027-01-31).
int monthsBetween(const QDate& start, const QDate& end);

// The renewal a root asset (with its components) owes on `today`, or nullopt: none when the asset
// has no term, is disconnected, is a component, or its due date (term end - lead days) is later.
// Value at risk = for the asset and each component priced in the asset's currency (the first
// priced one's when the root has none): recurring price per month x quantity x the months of one term.
std::optional<Renewal> renewalDue(const Asset& root, const std::vector<Asset>& components, const QDate& today);

} // namespace fw
