// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/catalog.h"
#include "store/escalationsreader.h"
#include "sla/jeopardymonitor.h"
#include "store/journal.h"
#include "store/unrunnableorders.h"

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QString>

#include <vector>

namespace fw {

// What an operations view shows, read from the store in one go on the engine's thread and handed
// to the GUI as plain values.
struct OrderSummary {
    QString id;
    QString account;
    QString state;
    int steps = 0;
    int completedSteps = 0;
    bool onHold = false;
    QString requestedDate;
    QDateTime createdAt;
    QDateTime updatedAt;
    int openTasks = 0;
    int openFallout = 0;
    QString runsOn; // with a remote store: the workstation that runs a replica (orders.replica_of); empty: this one
    QString jeopardy; // the SLA monitor's highest level for the order: "", "warning" or "critical" (docs/sla.md)
    int priority = 0; // raised by jeopardy rules: 1 high, 2 urgent
    QString setAsideReason; // non-empty: its stored data cannot be read and the engine does not run it
    bool operator==(const OrderSummary&) const = default;
};

struct TaskSummary {
    qint64 id = 0;
    QString queue;
    QString state; // open, claimed
    QString claimedBy;
    QDateTime claimedAt; // since when claimedBy holds it (invalid while open)
    QString orderId;
    QString stepId;
    QString stepName;
    QString lane;
    QString account;
    QDateTime createdAt;
    QDateTime updatedAt;
    // The catalog's queue, instructions and form for the step: filled only for the one task an
    // operator opens (StoreSession::readTask), never for pages or snapshots.
    ManualTaskSpec spec;
    QString runsOn; // the workstation that runs the order (a replica's owner); empty: this one
    // Urgency (TaskBrowser): when the step's estimated duration runs out counted from when the task
    // opened, and the order's priority (1 high, 2 urgent) and SLA level ("", "warning", "critical").
    QDateTime due;
    int priority = 0;
    QString jeopardy;
    bool operator==(const TaskSummary&) const = default;
};

struct FalloutSummary {
    qint64 id = 0;
    QString queue;
    QString orderId;
    QString stepId;
    QString classification;
    QString error;
    int attempts = 0;
    QString stepName;
    QString stepType;
    QString lane;
    QString endpoint; // callouts: the catalog endpoint id
    QString rule; // the fallout rule that classified it, if any
    QString request; // JSON text, callouts only
    QString response; // JSON text or raw body
    QDateTime openedAt;
    QString runsOn; // the workstation that runs the order (a replica's owner); empty: this one
    // Callouts: the last attempt got no answer although it may have arrived (attempts.certainty):
    // a retry resends that request with its key; an edited payload needs confirming.
    bool outcomeUnknown = false;
    bool operator==(const FalloutSummary&) const = default;
};

// How many orders the store holds, by state (the store's spelling) and on hold; kept by triggers
// (schema v8), so reading it costs no scan.
struct OrderCounts {
    qint64 total = 0;
    qint64 onHold = 0;
    QHash<QString, qint64> byState;
    qint64 inState(const QString& state) const { return byState.value(state); }
    bool operator==(const OrderCounts&) const = default;
};

// How many manual tasks are open and claimed, by queue and by holder (TaskBrowser::counts: index
// ranges, no row of a task read), so the snapshot's size does not grow with the tasks.
struct TaskCounts {
    qint64 open = 0; // unassigned
    qint64 claimed = 0;
    QHash<QString, qint64> byQueue; // open and claimed, queues that have any
    QHash<QString, qint64> claimedBy; // user id -> claimed tasks
    qint64 total() const { return open + claimed; }
    bool operator==(const TaskCounts&) const = default;
};

struct EngineSnapshot {
    OrderCounts orderCounts;
    // The orders the journal says changed since the previous snapshot (the first snapshot: since the
    // engine started), so views refresh just those rows and an open order page notices its order.
    std::vector<OrderSummary> changedOrders;
    qint64 journalSeq = 0; // the newest journal entry this snapshot has seen
    QString usersStamp; // changes whenever a user is added or changed (here or by sync): re-read who is signed in
    // Open and claimed tasks, counted; the task inbox pages through them (TaskBrowser) and re-reads
    // its pages when journalSeq or these counts move.
    TaskCounts taskCounts;
    std::vector<FalloutSummary> fallout; // open cases
    QDateTime at;
    int activeOrders = 0; // run by the executor: in memory or waiting in the store
    int calloutsInFlight = 0;
    // The orders that cannot run (set aside, or their catalog missing), oldest first; read again when
    // the engine sets one aside. Shared: thousands of them cost the snapshot nothing.
    std::shared_ptr<const std::vector<UnreadableOrder>> unrunnable;
    // SLA (evaluated every few seconds, not every snapshot): the latest jeopardy report (null
    // before the first), the changes the monitor recorded since the previous snapshot, and the
    // unresolved escalations.
    std::shared_ptr<const JeopardyReport> jeopardy;
    std::vector<JeopardyChange> jeopardyChanges;
    std::vector<EscalationSummary> escalations;
    QStringList taskQueues; // of the catalogs of the orders the engine runs: where tasks can be reassigned or escalated
};

// One step of an order as it stands in the store.
struct StepStatus {
    QString id;
    QString name;
    QString type;
    QString scope;
    QString lane;
    QString planDefinition;
    QStringList lines; // the fulfillment lines it covers
    QString state;
    int attempts = 0;
    int depth = 0;
    bool pointOfNoReturn = false;
    qint64 estimatedSeconds = 0;
    QStringList dependsOn; // step ids
    QString lastError;
    QDateTime updatedAt;
    QDateTime completedAt;
    // In-flight change (docs/change-orders.md): what a change order did to the step ("", "amended",
    // "added", "discarded", "compensation") and, for a compensation, the id of the step it undoes.
    QString change;
    QString compensates;
    bool operator==(const StepStatus&) const = default;
};

// One callout attempt (the step inspector shows them).
struct AttemptRecord {
    QString stepId;
    int series = 0;
    int attempt = 0;
    QString idempotencyKey;
    QDateTime startedAt;
    QDateTime finishedAt;
    int httpStatus = 0;
    QString outcome;
    QString request;
    QString response;
    QString error;
    bool outcomeUnknown = false; // no answer came although the request may have arrived (attempts.certainty)
};

// Everything the order page shows: the order, its steps with their state, its attempts and its
// journal (the timeline).
struct OrderDetail {
    OrderSummary order;
    QString catalogId;
    QString catalogVersion;
    std::vector<std::pair<QString, QString>> lanes; // lane id and name, catalog order
    std::vector<StepStatus> steps; // plan order
    QHash<QString, QString> lineSites; // fulfillment line id -> its delivery group (site), when it has one
    std::vector<AttemptRecord> attempts;
    std::vector<JournalEvent> events; // journal order
    std::vector<TaskSummary> tasks; // the order's open and claimed tasks (no spec), task id order
    QStringList signalsReceived;
};

} // namespace fw

Q_DECLARE_METATYPE(fw::EngineSnapshot)
Q_DECLARE_METATYPE(fw::OrderDetail)
