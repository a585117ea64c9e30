// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "engine/stepstate.h"
#include "store/journal.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace fw {

// One moment of an order's journal that replay can stop at: an entry that changed a step's state,
// the open work or the hold (a tick of the replay slider).
struct ReplayMoment {
    qint64 seq = 0;
    QDateTime at;
    QString kind;
    QString stepId; // empty: an order-level entry
    QString actor;
    QString beforeState;
    QString afterState;
};

// A manual task that was open (or claimed) at a moment.
struct ReplayTask {
    QString stepId;
    QString queue;
    QString claimedBy; // empty: not claimed
    QDateTime openedAt;
    bool operator==(const ReplayTask&) const = default;
};

// A fallout case that was open at a moment.
struct ReplayFallout {
    QString stepId;
    QString queue;
    QString error;
    QDateTime openedAt;
    bool operator==(const ReplayFallout&) const = default;
};

// The order as it stood right after one journal entry: every step's state (steps a change order
// added later are absent), the open tasks and fallout cases (by step, plan order of their opening),
// the hold and the rolled-up order state.
struct ReplayState {
    qint64 seq = 0; // the last entry taken into account; 0: before the first
    QDateTime at;
    QHash<QString, StepState> steps;
    QHash<QString, QDateTime> since; // when a step entered its state (none: never moved until then)
    std::vector<ReplayTask> tasks;
    std::vector<ReplayFallout> fallout;
    bool onHold = false;
    QString orderState; // the store's spelling ("pending", "in-progress", ...)
};

// Replays an order's journal (Journal::forOrder, oldest first): what the plan and the open work
// looked like at any moment. Pure: no store, no clock. A step starts in the state before its first
// journalled transition (pending when it has none; the plan's steps that never moved are passed in),
// a step added by a change order exists from its "step.added" entry on; a manual task is open while
// its step waits with a queue, claimed from "task.claimed" until released, expired or reassigned;
// a fallout case is open while its step is in fallout.
class OrderReplay {
public:
    OrderReplay() = default;
    // planStepIds: the steps of the order's current plan (those that never moved stay pending).
    explicit OrderReplay(std::vector<JournalEvent> events, const QStringList& planStepIds = {});

    const std::vector<ReplayMoment>& moments() const { return m_moments; }
    bool isEmpty() const { return m_moments.empty(); }
    // The order right after entry `seq` (every entry up to and including it).
    ReplayState stateAt(qint64 seq) const;
    // The order at `time`: after every entry journalled at or before it.
    ReplayState stateAtTime(const QDateTime& time) const;
    // The index of the last moment at or before seq (0 when seq precedes them all, -1 without moments).
    int momentIndexOf(qint64 seq) const;

private:
    std::vector<JournalEvent> m_events;
    std::vector<ReplayMoment> m_moments;
    QStringList m_planSteps;
};

} // namespace fw
