// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/catalog.h"
#include "planforecast.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace fw {

class StepHistory;

enum class JeopardyLevel { None = 0, Warning = 1, Critical = 2 };
QString jeopardyLevelName(JeopardyLevel level); // "none", "warning", "critical"
std::optional<JeopardyLevel> jeopardyLevelFromName(const QString& name);

// One step of an open order as the evaluator sees it (read from the store by SlaReader).
struct SlaStep {
    QString id;
    QString name;
    QString stepKey;
    QString planDefinition;
    QString lane;
    StepType type = StepType::AutoTask;
    QString state; // the store's spelling: pending, ready, running, waiting, retrying, fallout, completed, skipped, cancelled
    QString queue; // manual tasks: the task's current queue
    QString claimedBy; // manual tasks: who holds the task
    std::vector<int> dependsOn; // indexes into SlaOrder::steps (dependencies come first)
    qint64 estimatedSeconds = 0;
    QDateTime startedAt; // invalid: not started
    QDateTime completedAt;
    bool isDone() const; // completed, skipped or cancelled
};

// One open order: its steps, its due date (the requested date) and its catalog (rules, calendars).
struct SlaOrder {
    QString orderId;
    QString account;
    QDateTime createdAt;
    QDateTime dueAt; // invalid: no due date
    QString runsOn; // a replica's owner; empty: this workstation
    int priority = 0;
    bool onHold = false;
    std::shared_ptr<const Catalog> catalog; // may be null: no rules, history and forecast only
    std::vector<SlaStep> steps;
};

// Why something is in jeopardy.
enum class JeopardyCause {
    Rule, // a catalog jeopardy rule's threshold (ruleId)
    History, // a step pending longer than its historical p90 (no rule flagged it)
    Forecast, // the order's projected completion is past its due date
    Overdue, // the order is not done and its due date has passed
};
QString jeopardyCauseName(JeopardyCause cause); // "rule", "history", "forecast", "overdue"

// A step or an order at warning or critical.
struct JeopardyFinding {
    QString orderId;
    QString stepId; // empty: the order itself
    QString stepName;
    QString lane;
    QString queue;
    QString owner; // who holds the step's task
    QString runsOn;
    QString account;
    JeopardyLevel level = JeopardyLevel::None;
    JeopardyCause cause = JeopardyCause::Rule;
    QString ruleId; // Rule: the catalog rule; History: "history-p90"
    QString reason; // one English sentence with the figures, e.g. "running 5h 10m, 129% of its 4h estimate (warning at 120%)"
    QDateTime startedAt; // steps: when it started; orders: created
    QDateTime breachAt; // when the current level was (or, Forecast, will be) reached; sorts the view
    QDateTime nextLevelAt; // when the next level will be reached; invalid: none
    QDateTime forecastAt; // the order's projected completion
    QDateTime dueAt; // the order's due date; invalid: none
    qint64 elapsedSeconds = 0; // working seconds when the rule has a calendar
    qint64 estimateSeconds = 0;
    std::vector<JeopardyAction> actions; // the rule's actions whose level is reached
};

// One open order's projection, whether or not it is at risk.
struct OrderForecast {
    QString orderId;
    QDateTime dueAt;
    PlanForecast forecast;
    QStringList criticalPathStepIds;
    QStringList criticalPathStepNames; // the same steps' names (empty when a step has none)
    bool atRisk() const { return dueAt.isValid() && forecast.projectedCompletion.isValid() && forecast.projectedCompletion > dueAt; }
};

struct JeopardyReport {
    QDateTime evaluatedAt;
    int ordersEvaluated = 0;
    int stepsEvaluated = 0; // open (not done) steps
    std::vector<JeopardyFinding> findings; // sorted by breachAt, then order id, then step id
    // In input order: the projections of the orders at risk (atRisk()) or with a finding, not one
    // per evaluated order (a store's 100,000 open orders would keep 100,000 projections alive);
    // JeopardyEvaluator::evaluate(), given all its orders at once, keeps one per order.
    std::vector<OrderForecast> forecasts;
};

// Evaluates open orders at `now`: per open step the catalog's matching step rules (the highest
// level reached wins; ties: the earlier breach) and, when no rule flags it, its historical p90;
// per order the order rules, the forecast against the due date and overdue. Pure: reads nothing,
// writes nothing. Orders are independent: evaluating them in chunks (start, add per chunk,
// finish) gives the same report as all at once, with memory bounded by a chunk and the findings.
class JeopardyEvaluator {
public:
    explicit JeopardyEvaluator(const StepHistory* history = nullptr);
    ~JeopardyEvaluator();

    // All at once: start, add, finish, keeping every order's forecast (the caller holds the
    // orders anyway).
    JeopardyReport evaluate(const std::vector<SlaOrder>& orders, const QDateTime& now) const;

    // Chunk by chunk: the orders of a chunk may be dropped once add() returns.
    enum class Forecasts { AtRiskOrFlagged, All };
    void start(const QDateTime& now, Forecasts kept = Forecasts::AtRiskOrFlagged);
    void add(const std::vector<SlaOrder>& orders);
    std::size_t findingCount() const; // so far, unsorted until finish()
    const JeopardyFinding& finding(std::size_t index) const;
    JeopardyReport finish(); // the findings sorted; ready for the next start()

private:
    struct Run;
    const StepHistory* m_history;
    std::unique_ptr<Run> m_run;
};

} // namespace fw
