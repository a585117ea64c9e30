// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "renewal.h"

#include <QMap>
#include <QSqlDatabase>

#include <vector>

namespace fw {

// The renewals of one month of term ends: how many and their value at risk per currency.
struct RenewalMonth {
    QDate month; // its first day
    int count = 0;
    QMap<QString, double> value; // currency -> value at risk ("" for unpriced assets: 0)
};

// What a supervisor sees of renewals (fwctl renewals, the workbench's Renewals view): the renewals
// whose term ends within `withinDays` of `today`, by term end. Those opened (the register) in the
// states asked for (empty: open and claimed), and, unless only finished ones are asked for, the
// assets whose renewal is not due yet, as "upcoming" (no id), with the value their renewal will have.
struct RenewalQuery {
    QDate today;
    int withinDays = 90;
    std::vector<Renewal::State> states; // empty: open, claimed and upcoming
};
Result<std::vector<Renewal>> upcomingRenewals(const QSqlDatabase& database, const RenewalQuery& query);

// The renewals grouped by the month their term ends, oldest first.
std::vector<RenewalMonth> renewalsByMonth(const std::vector<Renewal>& renewals);

} // namespace fw
