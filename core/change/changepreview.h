// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/problem.h"
#include "itemchange.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <vector>

namespace fw {

// What reconciliation does to one step (docs/change-orders.md, "Reconciling a running plan").
enum class StepChangeKind {
    Kept, // unchanged; completed steps stay completed
    Amended, // not started, its lines or inputs changed: the new inputs are used, the state is kept
    Added, // new: a new line's step, a supplement's step, or a redo after compensation
    Discarded, // not started (or not finished) and no longer needed: cancelled
    Compensation, // added to undo a completed step (catalog "compensation", or the default manual undo)
    Refused, // past a hard point of no return: the whole change is refused
};
QString toString(StepChangeKind kind); // "kept", "amended", "added", "discarded", "compensation", "refused"

// One step before and after the change. Every step of the plan after the change is listed, plus
// the discarded ones, in the order of the plan after the change (discarded ones where they were).
struct StepChange {
    QString id;
    QString name;
    QString type; // StepType spelled out ("callout", ...)
    QString scope;
    QString lane;
    QString planDefinition;
    QString stepKey;
    QStringList lines; // after the change (discarded: before)
    QStringList dependsOn; // step ids, after the change
    int depth = 0; // after the change
    qint64 estimatedSeconds = 0;
    bool pointOfNoReturn = false;
    QString stateBefore; // StepState spelled out; empty for added and compensation steps
    QString stateAfter; // what it will be once applied ("pending", "cancelled", or unchanged)
    StepChangeKind kind = StepChangeKind::Kept;
    QString reason; // why, for people: "line 3.F_ROUTER removed", "quantity of line 2.F_SEATS 100 -> 150"
    QString compensates; // Compensation: the id of the step it undoes
    bool operator==(const StepChange&) const = default;
};

// A callout the change will send once applied (compensation, added or amended steps), with the
// payload rendered from the order as amended (placeholders filled as far as known now).
struct ExternalEffect {
    QString stepId;
    QString stepName;
    QString kind; // "compensation", "added", "amended"
    QString endpoint; // catalog endpoint id
    QString method;
    QString path;
    QString payload; // JSON text
    bool operator==(const ExternalEffect&) const = default;
};

// A step past its hard point of no return that the change would have to undo.
struct PonrRefusal {
    QString stepId;
    QString stepName;
    QString line; // the fulfillment line it covers that the change touches
    QString item; // the commercial item the change names
    QString message; // "step 'Ship router' (line:3.F_ROUTER/ship) of line 3.F_ROUTER passed its point of no return (completed 2026-11-20
                     // 10:14); item 3 cannot be removed"
    bool operator==(const PonrRefusal&) const = default;
};

// A fulfillment line before and after.
struct LineChange {
    QString id;
    QString product;
    QStringList sourceItems;
    QString deliveryGroup;
    QString change; // "kept", "added", "amended", "removed"
    int quantityBefore = 0;
    int quantityAfter = 0;
    QString detail; // "quantity 100 -> 150", "attributes tier standard -> enterprise"
    bool operator==(const LineChange&) const = default;
};

// The effect of a change order on a running order, without applying it (previewChange) or as
// applied (the journal's change.applied payload carries the same, see changepreviewjson.h).
struct ChangePreview {
    QString orderId;
    QString changeId;
    int revision = 0; // the order revision the change makes (the original order is revision 0)
    bool cancelsOrder = false;
    Problems problems; // a bad change file or a change the order cannot take (cancelled, completed)
    std::vector<PonrRefusal> refusals;
    std::vector<ItemChange> items;
    std::vector<LineChange> lines;
    std::vector<StepChange> steps;
    std::vector<ExternalEffect> effects;
    QStringList inFlight; // callouts out now on steps the change touches: applying waits for their replies
    QDateTime forecastBefore; // the plan's projected completion before and after (invalid: unknown)
    QDateTime forecastAfter;

    bool accepted() const { return problems.empty() && refusals.empty(); }
    int count(StepChangeKind kind) const;
};

} // namespace fw

Q_DECLARE_METATYPE(fw::ChangePreview)
