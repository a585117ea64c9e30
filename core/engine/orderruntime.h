// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/catalog.h"
#include "domain/fulfillmentline.h"
#include "domain/order.h"
#include "planexecution.h"

#include <QDateTime>

#include <memory>
#include <optional>
#include <vector>

namespace fw {

// One step as the executor sees it: the plan's step plus what execution has learnt.
struct StepRuntime {
    QString id;
    QString name;
    QString planDefinition; // the id of the plan definition of its definition
    const StepDefinition* definition = nullptr; // into the order's catalog
    std::vector<int> lines; // indexes into OrderRuntime::lines
    int attempts = 0;
    int attemptSeries = 1; // an operator retry starts a new series: a new idempotency key
    QString payloadOverride; // callouts: JSON an operator edited for this series, sent instead of the template
    // Callouts: the Idempotency-Key of this series when it is not "<order>/<step>/<series>": an
    // operator retry after an unknown outcome keeps the previous series' key (and request).
    QString idempotencyKey;
    bool inFlight = false; // runtime only: a callout request is out
    QDateTime firstAttemptAt;
    QDateTime nextAttemptAt; // retrying steps: when the next attempt is due
    QDateTime completedAt;
    QString lastError;
};

// An order being executed: its catalog, the order, its lines (with fields) and its steps.
struct OrderRuntime {
    QString orderId;
    std::shared_ptr<const Catalog> catalog;
    Order order;
    std::vector<FulfillmentLine> lines;
    std::vector<StepRuntime> steps;
    std::optional<PlanExecution> execution;
    QStringList signalsReceived;
    OrderState storedState = OrderState::Pending; // as last written to the store
    bool onHold = false; // a fallout case opened: nothing new starts until an operator resumes
    bool frozen = false; // a change order waits for callouts in flight: nothing new starts until it is applied

    int stepIndex(const QString& stepId) const
    {
        for (std::size_t i = 0; i < steps.size(); ++i) {
            if (steps[i].id == stepId)
                return int(i);
        }
        return -1;
    }
};

} // namespace fw
