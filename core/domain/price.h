// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <cmath>

namespace fw {

// An order item's recurring price ("price": {"recurring": 12.5, "currency": "EUR", "period": "month"},
// docs/order-format.md), kept on the asset the item leaves: what a renewal puts at risk
// (docs/assets.md, "Renewals"). Per unit of quantity and period.
struct RecurringPrice {
    double amount = 0; // per unit and period; 0 with no currency: the item has no price
    QString currency; // ISO 4217, e.g. "EUR"
    QString period = QStringLiteral("month"); // "month" or "year"

    bool isSet() const { return !currency.isEmpty(); }
    double perMonth() const { return period == QLatin1String("year") ? amount / 12.0 : amount; }
    // The value of one term of `months` months for `quantity` units, rounded to cents.
    double termValue(int quantity, int months) const { return std::round(perMonth() * quantity * months * 100.0) / 100.0; }
};

} // namespace fw
