// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jeopardy.h"

#include "durationtext.h"
#include "jeopardyrules.h"
#include "stephistory.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>

namespace fw {

// The compiled state one evaluation keeps across chunks (JeopardyEvaluator::Run): in a named
// namespace, as Run (a member of a class with linkage) may not hold anonymous types.
namespace jeopardyeval {

    // A catalog's rules with their calendars, compiled once per evaluation.
    struct CompiledRule {
        const JeopardyRule* rule = nullptr;
        int calendar = -1; // into CompiledCatalog::calendars; -1: wall clock
        QString calendarId; // empty: wall clock
    };

    struct CompiledCatalog {
        std::vector<BusinessCalendar> calendars; // prepared for the evaluated span
        std::vector<CompiledRule> stepRules;
        std::vector<CompiledRule> orderRules;

        const BusinessCalendar& calendarOf(const CompiledRule& rule) const
        {
            static const BusinessCalendar wallClock;
            return rule.calendar < 0 ? wallClock : calendars[static_cast<std::size_t>(rule.calendar)];
        }
    };

    // History statistics per (plan definition, step key, lane), looked up once per evaluation.
    struct StatsKey {
        QString planDefinition;
        QString stepKey;
        QString lane;
        bool operator==(const StatsKey&) const = default;
    };
    size_t qHash(const StatsKey& key, size_t seed = 0)
    {
        return qHashMulti(seed, key.planDefinition, key.stepKey, key.lane);
    }

} // namespace jeopardyeval

namespace {
    using jeopardyeval::CompiledCatalog;
    using jeopardyeval::CompiledRule;
    using jeopardyeval::StatsKey;

    CompiledCatalog compile(const Catalog& catalog, const QDate& first, const QDate& last)
    {
        CompiledCatalog compiled;
        compiled.calendars.reserve(catalog.calendars.size());
        QHash<QString, qsizetype> byId;
        for (const BusinessCalendarSpec& spec : catalog.calendars) {
            // A validated catalog's calendars are usable; one whose zone this system lacks counts
            // wall-clock time rather than none.
            BusinessCalendar calendar = BusinessCalendar::fromSpec(spec).valueOr(BusinessCalendar());
            calendar.prepare(first, last);
            byId.insert(spec.id, static_cast<qsizetype>(compiled.calendars.size()));
            compiled.calendars.push_back(std::move(calendar));
        }
        for (const JeopardyRule& rule : catalog.jeopardyRules) {
            CompiledRule entry { &rule, -1, QString() };
            if (const auto it = byId.constFind(rule.calendar);
                !rule.calendar.isEmpty() && it != byId.cend() && !compiled.calendars[static_cast<std::size_t>(*it)].isAlwaysOpen()) {
                entry.calendar = static_cast<int>(*it);
                entry.calendarId = rule.calendar;
            }
            (rule.scope == JeopardyRule::Scope::Order ? compiled.orderRules : compiled.stepRules).push_back(entry);
        }
        return compiled;
    }

    // What a step is doing, for reasons: "running 5h 10m", "pending 3h 02m".
    QString stateVerb(const QString& state)
    {
        if (state == QLatin1String("running") || state == QLatin1String("waiting") || state == QLatin1String("retrying"))
            return state;
        if (state == QLatin1String("fallout"))
            return QStringLiteral("in fallout");
        return QStringLiteral("pending");
    }

    QString subjectFor(const QString& verb, const CompiledRule& rule, const RuleEvaluation& evaluation)
    {
        if (!rule.calendarId.isEmpty())
            return u"working time " + formatSlaDuration(evaluation.elapsedSeconds) + u" in " + rule.calendarId + u" hours";
        return verb + u' ' + formatSlaDuration(evaluation.elapsedSeconds);
    }

    // The rule that flags a step or an order: the highest level, then the earlier breach, then the
    // earlier rule.
    struct Hit {
        const CompiledRule* rule = nullptr;
        RuleEvaluation evaluation;
    };

    bool better(const RuleEvaluation& candidate, const RuleEvaluation& best)
    {
        if (candidate.level != best.level)
            return candidate.level > best.level;
        return candidate.breachAt < best.breachAt;
    }

    JeopardyFinding ruleFinding(const Hit& hit, const QString& subjectVerb)
    {
        JeopardyFinding finding;
        finding.level = hit.evaluation.level;
        finding.cause = JeopardyCause::Rule;
        finding.ruleId = hit.rule->rule->id;
        finding.reason = ruleReason(subjectFor(subjectVerb, *hit.rule, hit.evaluation), *hit.rule->rule, hit.evaluation);
        finding.breachAt = hit.evaluation.breachAt;
        finding.nextLevelAt = hit.evaluation.nextLevelAt;
        finding.elapsedSeconds = hit.evaluation.elapsedSeconds;
        finding.estimateSeconds = hit.evaluation.estimateSeconds;
        finding.actions = actionsFor(*hit.rule->rule, hit.evaluation.level);
        return finding;
    }

    // The span every calendar is prepared for: the earliest order creation or step start (at most
    // 20 years back) to a year after now, with a day's margin for time zones.
    std::pair<QDate, QDate> preparedSpan(const std::vector<SlaOrder>& orders, const QDateTime& now)
    {
        qint64 earliest = now.toMSecsSinceEpoch();
        for (const SlaOrder& order : orders) {
            if (order.createdAt.isValid())
                earliest = std::min(earliest, order.createdAt.toMSecsSinceEpoch());
            for (const SlaStep& step : order.steps) {
                if (step.startedAt.isValid())
                    earliest = std::min(earliest, step.startedAt.toMSecsSinceEpoch());
            }
        }
        const QDate today = now.toUTC().date();
        const QDate first = std::max(QDateTime::fromMSecsSinceEpoch(earliest, Qt::UTC).date(), today.addYears(-20));
        return { first.addDays(-1), today.addDays(367) };
    }

} // namespace

// What one evaluation keeps between chunks: the compiled catalogs (their calendars prepared for
// the span seen so far), the history lookups, and the report being built.
struct JeopardyEvaluator::Run {
    QDateTime now;
    bool allForecasts = false;
    QDate firstDay;
    QDate lastDay;
    QHash<const Catalog*, jeopardyeval::CompiledCatalog> compiledCatalogs;
    std::vector<std::shared_ptr<const Catalog>> kept; // the compiled catalogs stay alive for the run
    QHash<jeopardyeval::StatsKey, std::optional<DurationStats>> statsCache;
    std::vector<std::optional<DurationStats>> stats; // reused per order
    std::vector<ForecastStep> forecastSteps; // reused per order: no allocation per step
    JeopardyReport report;
};

JeopardyEvaluator::JeopardyEvaluator(const StepHistory* history)
    : m_history(history)
{
}

JeopardyEvaluator::~JeopardyEvaluator() = default;

JeopardyReport JeopardyEvaluator::evaluate(const std::vector<SlaOrder>& orders, const QDateTime& now) const
{
    JeopardyEvaluator evaluator(m_history);
    evaluator.start(now, Forecasts::All);
    evaluator.add(orders);
    return evaluator.finish();
}

void JeopardyEvaluator::start(const QDateTime& now, Forecasts kept)
{
    m_run = std::make_unique<Run>();
    m_run->now = now;
    m_run->allForecasts = kept == Forecasts::All;
    m_run->report.evaluatedAt = now;
}

std::size_t JeopardyEvaluator::findingCount() const
{
    return m_run ? m_run->report.findings.size() : 0;
}

const JeopardyFinding& JeopardyEvaluator::finding(std::size_t index) const
{
    return m_run->report.findings[index];
}

void JeopardyEvaluator::add(const std::vector<SlaOrder>& orders)
{
    Q_ASSERT(m_run);
    Run& run = *m_run;
    const QDateTime& now = run.now;
    JeopardyReport& report = run.report;
    report.ordersEvaluated += static_cast<int>(orders.size());

    // The calendars are prepared for the span of the orders seen so far; a chunk reaching further
    // back prepares them again (results are the same either way: preparing only makes them fast).
    const auto [firstDay, lastDay] = preparedSpan(orders, now);
    if (!run.firstDay.isValid() || firstDay < run.firstDay) {
        run.firstDay = firstDay;
        run.lastDay = lastDay;
        run.compiledCatalogs.clear();
    }
    const CompiledCatalog noRules;
    std::vector<std::optional<DurationStats>>& stats = run.stats;
    std::vector<ForecastStep>& forecastSteps = run.forecastSteps;
    QHash<StatsKey, std::optional<DurationStats>>& statsCache = run.statsCache;

    for (const SlaOrder& order : orders) {
        const CompiledCatalog* compiled = &noRules;
        if (const Catalog* catalog = order.catalog.get()) {
            auto it = run.compiledCatalogs.find(catalog);
            if (it == run.compiledCatalogs.end()) {
                it = run.compiledCatalogs.insert(catalog, compile(*catalog, run.firstDay, run.lastDay));
                run.kept.push_back(order.catalog);
            }
            compiled = &it.value();
        }

        // History per step, looked up once (forecast estimates and the p90 check share it).
        stats.assign(order.steps.size(), std::nullopt);
        if (m_history) {
            for (std::size_t i = 0; i < order.steps.size(); ++i) {
                const SlaStep& step = order.steps[i];
                if (step.isDone() && step.estimatedSeconds > 0)
                    continue;
                StatsKey key { step.planDefinition, step.stepKey, step.lane };
                auto it = statsCache.find(key);
                if (it == statsCache.end())
                    it = statsCache.insert(key, m_history->stats(step.planDefinition, step.stepKey, step.lane));
                stats[i] = *it;
            }
        }

        // The forecast.
        forecastSteps.resize(order.steps.size());
        bool orderDone = !order.steps.empty();
        for (std::size_t i = 0; i < order.steps.size(); ++i) {
            const SlaStep& step = order.steps[i];
            ForecastStep& f = forecastSteps[i];
            f.id = step.id;
            f.dependsOn.assign(step.dependsOn.begin(), step.dependsOn.end());
            f.estimatedSeconds = step.estimatedSeconds > 0 ? step.estimatedSeconds : (stats[i] ? stats[i]->medianSeconds : 0);
            f.done = step.isDone();
            f.startedAt = step.startedAt;
            f.completedAt = step.completedAt;
            orderDone = orderDone && f.done;
        }
        OrderForecast orderForecast;
        orderForecast.orderId = order.orderId;
        orderForecast.dueAt = order.dueAt;
        orderForecast.forecast = forecastPlan(forecastSteps, order.createdAt, now);
        orderForecast.criticalPathStepIds.reserve(qsizetype(orderForecast.forecast.criticalPath.size()));
        for (const int index : orderForecast.forecast.criticalPath) {
            orderForecast.criticalPathStepIds << order.steps[static_cast<std::size_t>(index)].id;
            orderForecast.criticalPathStepNames << order.steps[static_cast<std::size_t>(index)].name;
        }
        const QDateTime& forecastAt = orderForecast.forecast.projectedCompletion;

        const std::size_t findingsBefore = report.findings.size();
        const auto fillCommon = [&](JeopardyFinding& finding) {
            finding.orderId = order.orderId;
            finding.runsOn = order.runsOn;
            finding.account = order.account;
            finding.forecastAt = forecastAt;
            finding.dueAt = order.dueAt;
        };

        // Steps.
        for (std::size_t i = 0; i < order.steps.size(); ++i) {
            const SlaStep& step = order.steps[i];
            if (step.isDone())
                continue;
            ++report.stepsEvaluated;
            if (!step.startedAt.isValid())
                continue;
            Hit best;
            for (const CompiledRule& rule : compiled->stepRules) {
                if (!ruleMatchesStep(*rule.rule, step))
                    continue;
                const qint64 estimate = rule.rule->estimatedSeconds > 0 ? rule.rule->estimatedSeconds : step.estimatedSeconds;
                RuleEvaluation evaluation = evaluateRule(*rule.rule, compiled->calendarOf(rule), step.startedAt, now, estimate);
                if (evaluation.level != JeopardyLevel::None && (!best.rule || better(evaluation, best.evaluation)))
                    best = { &rule, std::move(evaluation) };
            }
            JeopardyFinding finding;
            if (best.rule) {
                finding = ruleFinding(best, stateVerb(step.state));
            } else if (stats[i]) {
                const DurationStats& s = *stats[i];
                const qint64 elapsed = step.startedAt.secsTo(now);
                if (elapsed <= s.p90Seconds)
                    continue;
                finding.level = JeopardyLevel::Warning;
                finding.cause = JeopardyCause::History;
                finding.ruleId = QStringLiteral("history-p90");
                finding.reason = stateVerb(step.state) + u' ' + formatSlaDuration(elapsed) + u", longer than 90% of the last "
                    + QString::number(s.samples) + u" runs (p90 " + formatSlaDuration(s.p90Seconds) + u", median "
                    + formatSlaDuration(s.medianSeconds) + u')';
                finding.breachAt = step.startedAt.addSecs(s.p90Seconds);
                finding.elapsedSeconds = elapsed;
                finding.estimateSeconds = step.estimatedSeconds > 0 ? step.estimatedSeconds : s.medianSeconds;
            } else {
                continue;
            }
            fillCommon(finding);
            finding.stepId = step.id;
            finding.stepName = step.name;
            finding.lane = step.lane;
            finding.queue = step.queue;
            finding.owner = step.claimedBy;
            finding.startedAt = step.startedAt;
            report.findings.push_back(std::move(finding));
        }

        // The order: its rules, the forecast against the due date, overdue.
        if (!orderDone) {
            std::optional<JeopardyFinding> orderFinding;
            const auto consider = [&orderFinding](JeopardyFinding candidate) {
                if (!orderFinding || candidate.level > orderFinding->level
                    || (candidate.level == orderFinding->level && candidate.breachAt < orderFinding->breachAt))
                    orderFinding = std::move(candidate);
            };
            if (order.createdAt.isValid()) {
                for (const CompiledRule& rule : compiled->orderRules) {
                    qint64 estimate = rule.rule->estimatedSeconds;
                    if (estimate <= 0 && order.dueAt.isValid())
                        estimate = std::max<qint64>(0, order.createdAt.secsTo(order.dueAt));
                    else if (estimate <= 0 && forecastAt.isValid())
                        estimate = std::max<qint64>(0, order.createdAt.secsTo(forecastAt));
                    const RuleEvaluation evaluation = evaluateRule(*rule.rule, compiled->calendarOf(rule), order.createdAt, now, estimate);
                    if (evaluation.level != JeopardyLevel::None)
                        consider(ruleFinding({ &rule, evaluation }, QStringLiteral("open")));
                }
            }
            if (order.dueAt.isValid()) {
                JeopardyFinding finding;
                finding.breachAt = order.dueAt;
                finding.elapsedSeconds = order.createdAt.isValid() ? std::max<qint64>(0, order.createdAt.secsTo(now)) : 0;
                finding.estimateSeconds = order.createdAt.isValid() ? std::max<qint64>(0, order.createdAt.secsTo(order.dueAt)) : 0;
                if (now >= order.dueAt) {
                    finding.level = JeopardyLevel::Critical;
                    finding.cause = JeopardyCause::Overdue;
                    finding.reason = QStringLiteral("due %1 and not complete (overdue %2)")
                                         .arg(formatSlaInstant(order.dueAt), formatSlaDuration(order.dueAt.secsTo(now)));
                    consider(std::move(finding));
                } else if (forecastAt.isValid() && forecastAt > order.dueAt) {
                    QStringList path;
                    for (const int index : orderForecast.forecast.criticalPath) {
                        const SlaStep& step = order.steps[static_cast<std::size_t>(index)];
                        path << (step.name.isEmpty() ? step.id : step.name);
                    }
                    finding.level = JeopardyLevel::Warning;
                    finding.cause = JeopardyCause::Forecast;
                    finding.nextLevelAt = order.dueAt; // overdue from then on
                    finding.reason = QStringLiteral("projected to complete %1, %2 after its due date %3; critical path: %4")
                                         .arg(formatSlaInstant(forecastAt), formatSlaDuration(order.dueAt.secsTo(forecastAt)),
                                              formatSlaInstant(order.dueAt), path.join(QStringLiteral(" \u2192 ")));
                    consider(std::move(finding));
                }
            }
            if (orderFinding) {
                fillCommon(*orderFinding);
                orderFinding->startedAt = order.createdAt;
                report.findings.push_back(std::move(*orderFinding));
            }
        }
        // Kept only for orders at risk or with a finding: the rest would grow with the store.
        if (run.allForecasts || orderForecast.atRisk() || report.findings.size() > findingsBefore)
            report.forecasts.push_back(std::move(orderForecast));
    }
}

JeopardyReport JeopardyEvaluator::finish()
{
    Q_ASSERT(m_run);
    JeopardyReport report = std::move(m_run->report);
    m_run.reset();

    // By breach, then order id, then step id (the order's own finding first): sort keys, then move
    // each finding once into place (cycles of the permutation).
    std::vector<JeopardyFinding>& found = report.findings;
    found.shrink_to_fit();
    std::vector<std::pair<qint64, std::size_t>> keys;
    keys.reserve(found.size());
    for (std::size_t i = 0; i < found.size(); ++i)
        keys.emplace_back(found[i].breachAt.toMSecsSinceEpoch(), i);
    std::sort(keys.begin(), keys.end(), [&found](const auto& a, const auto& b) {
        if (a.first != b.first)
            return a.first < b.first;
        const JeopardyFinding& x = found[a.second];
        const JeopardyFinding& y = found[b.second];
        if (const int c = QString::compare(x.orderId, y.orderId); c != 0)
            return c < 0;
        return QString::compare(x.stepId, y.stepId) < 0;
    });
    std::vector<bool> placed(found.size(), false);
    for (std::size_t start = 0; start < found.size(); ++start) {
        if (placed[start])
            continue;
        JeopardyFinding held = std::move(found[start]);
        std::size_t target = start;
        for (;;) {
            placed[target] = true;
            const std::size_t source = keys[target].second;
            if (source == start) {
                found[target] = std::move(held);
                break;
            }
            found[target] = std::move(found[source]);
            target = source;
        }
    }
    return report;
}

} // namespace fw
