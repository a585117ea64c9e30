// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "change/ordersummaryreport.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace fw {

// An order's evidence for a revenue-recognition audit (ASC 606 / IFRS 15): what was delivered when,
// and the records that prove it. Built by buildEvidenceBundle from the store; written as JSON
// (evidenceToJson, docs/exports.md, docs/schemas/evidence-bundle.schema.json) and as a PDF (ui/orders).
struct EvidenceBundle {
    struct Order {
        QString id;
        QString accountId;
        QString accountName;
        QString state; // pending, in-progress, fallout, completed, cancelled
        QString requestedDate;
        QDateTime orderedAt;
        QDateTime createdAt; // imported into the store
        QDateTime completedAt; // when it reached completed, else invalid
        QString catalog; // "id version"
        int revision = 0;
    };
    // One fulfillment line: what was delivered, and when its work started and finished.
    struct Delivery {
        QString line;
        QString product;
        int quantity = 0;
        QString deliveryGroup;
        QStringList items; // the commercial items it fulfils
        QDateTime startedAt; // its first step's start
        QDateTime completedAt; // when its last step completed, invalid while any is open
        QString status; // "delivered", "in progress", "pending", "removed by CO-..."
        QString fields; // JSON object text: tracking numbers, circuit ids, ...
    };
    // Something that confirms delivery: a manual task completed with its form, or an external
    // signal (e.g. the carrier's delivered) that a pause step waited for.
    struct Confirmation {
        QString kind; // "task" or "signal"
        QString step; // the step id (a signal: the pause step that waited for it, if any)
        QString stepName;
        QString reference; // "task 12" or the signal's name
        QString by;
        QDateTime at;
        QString data; // the task's form as JSON object text, or empty
        QString comment;
    };
    // One callout attempt: the request sent and the response received.
    struct Callout {
        QString step;
        QString stepName;
        QString lane;
        int series = 0;
        int attempt = 0;
        QString idempotencyKey;
        QDateTime sentAt;
        QDateTime answeredAt;
        int httpStatus = 0;
        QString outcome;
        QString certainty;
        QString request;
        QString response;
        QString error;
    };
    // When billing started: the first completed step of a billing lane (a lane whose id contains
    // "billing"), preferring a callout (the request to the billing system), and a billing start
    // date recorded on a line (a field whose name starts with "billingStart").
    struct BillingStart {
        QString step; // empty: billing has not started
        QString stepName;
        QDateTime at;
        QString startDate; // the line field's value, if any
        QString line; // the line it was recorded on
        int callout = -1; // index into callouts of its successful attempt, -1 if none
    };

    QDateTime generatedAt;
    Order order;
    std::vector<ItemPosition> items; // the commercial items, ordered and now (OrderSummaryReport)
    std::vector<Delivery> deliveries;
    std::vector<Confirmation> confirmations; // by time
    std::vector<Callout> callouts; // by time
    BillingStart billing;
    std::vector<ChangeOrderRecord> changeOrders; // oldest first
};

} // namespace fw
