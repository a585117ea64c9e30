// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "change/ordersummaryreport.h"
#include "common/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fw {

struct SummaryLineRow {
    QString id;
    QStringList sourceItems;
    QString group;
    bool removed = false;
};

struct SummaryStepRow {
    QString lane;
    QString type;
    QString scope;
    QString state;
    QStringList lines;
};

struct SummaryChangeRow {
    ChangeOrderRecord record;
    QString preview; // the change's preview as JSON text
};

// What an order's summary (readOrderSummaryReport) is made from: the order row, its lines, its
// live steps (not cancelled, not compensations) in plan order, and its change orders.
struct OrderSummaryRows {
    QString account;
    QString catalogId;
    QString state;
    int revision = 0;
    bool cancelRequested = false;
    QString document; // as imported
    QString currentDocument; // as last amended
    std::vector<SummaryLineRow> lines;
    std::vector<SummaryStepRow> steps;
    std::vector<SummaryChangeRow> changes;
};

// Reads an order's summary rows; nullopt when there is no such order. Read-only.
Result<std::optional<OrderSummaryRows>> readOrderSummaryRows(const QSqlDatabase& database, const QString& orderId);

} // namespace fw
