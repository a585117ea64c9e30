// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "jeopardy.h"
#include "store/slareader.h"

#include <QHash>

#include <memory>
#include <optional>
#include <vector>

namespace fw {

class Clock;
class Database;
class StepHistory;

// A change of a step's or order's jeopardy level as the monitor recorded it. level None: cleared.
struct JeopardyChange {
    JeopardyFinding finding; // for a cleared entry: order, step and the level it had in `before`
    JeopardyLevel before = JeopardyLevel::None;
    QStringList actionsTaken; // what the rule's actions did, e.g. "task reassigned to senior-ops"
    bool notify = false; // a rule's notify action was reached
};

// Watches the store's open orders on the engine's thread: evaluates them (JeopardyEvaluator) and,
// for the orders this workstation runs, records each change of level once: the jeopardy table,
// orders.jeopardy, a journal entry (jeopardy.raised / jeopardy.cleared, so the timeline and the
// other workstations see it) and the actions of the levels newly reached (raise priority,
// reassign the task, escalate to a supervisor). Replicas are evaluated, never acted on: their
// owner does that. All on the injectable clock.
class JeopardyMonitor {
public:
    JeopardyMonitor(Database& database, const Clock& clock);
    ~JeopardyMonitor();
    void setHistory(std::shared_ptr<const StepHistory> history) { m_history = std::move(history); }
    // Open orders read and evaluated per chunk (SlaReader::defaultChunkSize; tests use tiny ones).
    void setChunkSize(int orders) { m_reader.setChunkSize(orders); }

    // One evaluation; the whole report (replicas included; forecasts only of the orders at risk or
    // flagged), or the store error. Memory is bounded by a chunk of open orders and the findings.
    Result<JeopardyReport> run(std::vector<JeopardyChange>* changes = nullptr);
    // The same spread over calls (the engine's ticks): reads and evaluates chunks until
    // `budgetMs` have passed (at least one chunk; < 0: no limit), then returns nullopt, or the
    // report once the last chunk is done and recorded. The evaluation's instant is its first
    // call's; the changes are recorded in one transaction at the end, except for orders journalled
    // since the evaluation began (read maybe before the change): those wait for the next one.
    Result<std::optional<JeopardyReport>> advance(std::vector<JeopardyChange>* changes, qint64 budgetMs);
    bool evaluating() const { return m_evaluation != nullptr; } // an advance() is under way

private:
    struct Evaluation;
    Status record(const JeopardyReport& report, const QHash<QString, std::shared_ptr<const Catalog>>& ownFlagged,
                  std::optional<qint64> changedAfter, std::vector<JeopardyChange>* changes);

    Database& m_database;
    const Clock& m_clock;
    SlaReader m_reader;
    std::shared_ptr<const StepHistory> m_history;
    std::unique_ptr<Evaluation> m_evaluation;
};

} // namespace fw
