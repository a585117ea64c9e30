// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "fulfillmentline.h"
#include "steptypes.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace fw {

struct StepDefinition;

// One step instance of an order's orchestration plan.
struct PlanStep {
    QString id; // unique within the plan, see docs/catalog-format.md "Step ids"
    QString name;
    StepType type = StepType::AutoTask;
    StepScope scope = StepScope::LineItem;
    QString lane;
    QString planDefinition;
    QString stepKey;
    QString scopeKey; // the line id, the bundle key or the plan definition id
    QStringList lines; // the fulfillment lines this instance covers
    std::vector<int> dependsOn; // indexes into OrchestrationPlan::steps
    qint64 estimatedSeconds = 0;
    bool pointOfNoReturn = false;
    int depth = 0; // longest dependency chain before it (0: no dependencies)
    const StepDefinition* definition = nullptr; // into the catalog the plan was made from
};

// The dependency graph of steps for one order, grouped in swimlanes.
struct OrchestrationPlan {
    QString orderId;
    QString catalogId;
    std::vector<FulfillmentLine> lines;
    std::vector<PlanStep> steps; // in topological order
    QStringList lanes; // lane ids in catalog order, only lanes that have steps

    int stepIndex(const QString& id) const; // -1 when unknown
    void rebuildStepIndex(); // after steps change

private:
    QHash<QString, int> m_stepIndex;
};

} // namespace fw
