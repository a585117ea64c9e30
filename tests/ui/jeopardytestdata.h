// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Hand-made jeopardy reports for the jeopardy view's tests and its screenshot (the evaluator that
// makes real ones lives in core/sla). Times are relative to a fixed now.
#include "sla/jeopardy.h"
#include "store/escalationsreader.h"

#include <QDateTime>

namespace fw::test {

inline QDateTime jeopardyNow()
{
    return QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
}

inline JeopardyFinding stepFinding(const QString& order, const QString& step, const QString& name, const QString& lane,
                                   const QString& queue, JeopardyLevel level, JeopardyCause cause, const QString& ruleId, qint64 breachSecs,
                                   const QString& reason)
{
    JeopardyFinding f;
    f.orderId = order;
    f.stepId = step.isEmpty() ? QString() : order.toLower() + QLatin1Char('/') + step;
    f.stepName = name;
    f.lane = lane;
    f.queue = queue;
    f.level = level;
    f.cause = cause;
    f.ruleId = ruleId;
    f.reason = reason;
    f.breachAt = jeopardyNow().addSecs(breachSecs);
    return f;
}

// Seven findings on six orders, sorted by breach time like the evaluator's:
//   0 SO-10412 Install fiber drop   field/field-ops   critical rule   3h 05m ago, +2h 20m late
//   1 SO-10388 whole order          -/-               critical overdue
//   2 SO-10471 Activate port        network/-         warning rule    runs on ws-b
//   3 SO-10455 Site survey          field/field-ops   warning history 1h 10m spare
//   4 SO-10490 Configure ONT        network/noc       critical rule
//   5 SO-10460 Manual credit review billing/credit-desk warning rule  critical in 25m
//   6 SO-10471 whole order          -/-               warning forecast (breach in 1d 03h)
inline JeopardyReport sampleJeopardyReport()
{
    const QDateTime now = jeopardyNow();
    JeopardyReport report;
    report.evaluatedAt = now;
    report.ordersEvaluated = 42;
    report.stepsEvaluated = 310;

    JeopardyFinding install = stepFinding(QStringLiteral("SO-10412"), QStringLiteral("install-drop"), QStringLiteral("Install fiber drop"),
                                          QStringLiteral("field"), QStringLiteral("field-ops"), JeopardyLevel::Critical,
                                          JeopardyCause::Rule, QStringLiteral("sla-field-install"), -(3 * 3600 + 5 * 60),
                                          QStringLiteral("running 6h 10m, 154% of its 4h estimate (critical at 150%)"));
    install.account = QStringLiteral("Acme Logistics");
    install.owner = QStringLiteral("olga");
    install.forecastAt = now.addSecs(5 * 3600);
    install.dueAt = now.addSecs(2 * 3600 + 40 * 60);
    install.estimateSeconds = 4 * 3600;
    install.elapsedSeconds = 6 * 3600 + 10 * 60;
    install.actions = { { JeopardyAction::Kind::Notify, JeopardyAction::Level::Warning, {} },
                        { JeopardyAction::Kind::Reassign, JeopardyAction::Level::Critical, QStringLiteral("field-ops-2") } };

    JeopardyFinding overdue = stepFinding(QStringLiteral("SO-10388"), {}, {}, {}, {}, JeopardyLevel::Critical, JeopardyCause::Overdue, {},
                                          -2 * 3600, QStringLiteral("due 08:00, not done 2h 00m later; 3 steps open"));
    overdue.account = QStringLiteral("Nordwind GmbH");
    overdue.dueAt = now.addSecs(-2 * 3600);
    overdue.forecastAt = now.addSecs(3 * 3600);

    JeopardyFinding port
        = stepFinding(QStringLiteral("SO-10471"), QStringLiteral("port-activation"), QStringLiteral("Activate port"),
                      QStringLiteral("network"), {}, JeopardyLevel::Warning, JeopardyCause::Rule, QStringLiteral("sla-activation"), -3600,
                      QStringLiteral("running 50m, 125% of its 40m estimate (warning at 120%)"));
    port.account = QStringLiteral("Blue Harbor Cafe");
    port.runsOn = QStringLiteral("ws-b");
    port.nextLevelAt = now.addSecs(20 * 60);

    JeopardyFinding survey
        = stepFinding(QStringLiteral("SO-10455"), QStringLiteral("site-survey"), QStringLiteral("Site survey"), QStringLiteral("field"),
                      QStringLiteral("field-ops"), JeopardyLevel::Warning, JeopardyCause::History, QStringLiteral("history-p90"), -35 * 60,
                      QStringLiteral("pending 3h 20m; 90% of site surveys started within 2h 45m"));
    survey.account = QStringLiteral("Acme Logistics");
    survey.forecastAt = now.addSecs(6 * 3600);
    survey.dueAt = now.addSecs(7 * 3600 + 10 * 60);

    JeopardyFinding ont
        = stepFinding(QStringLiteral("SO-10490"), QStringLiteral("ont-config"), QStringLiteral("Configure ONT"), QStringLiteral("network"),
                      QStringLiteral("noc"), JeopardyLevel::Critical, JeopardyCause::Rule, QStringLiteral("sla-noc"), -20 * 60,
                      QStringLiteral("waiting 2h 40m, 200% of its 1h 20m estimate (critical at 180%)"));
    ont.account = QStringLiteral("Kestrel Media");
    ont.owner = QStringLiteral("carla");
    ont.actions = { { JeopardyAction::Kind::Escalate, JeopardyAction::Level::Critical, QStringLiteral("noc-supervisors") } };

    JeopardyFinding credit = stepFinding(QStringLiteral("SO-10460"), QStringLiteral("credit-check"), QStringLiteral("Manual credit review"),
                                         QStringLiteral("billing"), QStringLiteral("credit-desk"), JeopardyLevel::Warning,
                                         JeopardyCause::Rule, QStringLiteral("sla-credit-review"), -4 * 60,
                                         QStringLiteral("waiting 1h 50m, 122% of its 1h 30m estimate (warning at 120%)"));
    credit.account = QStringLiteral("Pine & Co");
    credit.owner = QStringLiteral("bob");
    credit.nextLevelAt = now.addSecs(25 * 60);
    credit.forecastAt = now.addSecs(24 * 3600);
    credit.dueAt = now.addSecs(27 * 3600);

    JeopardyFinding late = stepFinding(QStringLiteral("SO-10471"), {}, {}, {}, {}, JeopardyLevel::Warning, JeopardyCause::Forecast, {},
                                       27 * 3600, QStringLiteral("projected to complete 1h 30m after its due date"));
    late.account = QStringLiteral("Blue Harbor Cafe");
    late.runsOn = QStringLiteral("ws-b");
    late.dueAt = now.addSecs(27 * 3600);
    late.forecastAt = late.dueAt.addSecs(90 * 60);

    report.findings = { install, overdue, port, survey, ont, credit, late };

    const auto forecast = [&](const QString& order, qint64 dueSecs, qint64 forecastSecs, QStringList path) {
        OrderForecast f;
        f.orderId = order;
        if (dueSecs != 0)
            f.dueAt = now.addSecs(dueSecs);
        f.forecast.projectedCompletion = now.addSecs(forecastSecs);
        f.criticalPathStepIds = std::move(path);
        return f;
    };
    report.forecasts = {
        forecast(QStringLiteral("SO-10412"), 2 * 3600 + 40 * 60, 5 * 3600,
                 { QStringLiteral("so-10412/site-survey"), QStringLiteral("so-10412/install-drop"),
                   QStringLiteral("so-10412/port-activation"), QStringLiteral("so-10412/close") }),
        forecast(QStringLiteral("SO-10388"), -2 * 3600, 3 * 3600, { QStringLiteral("so-10388/ship-cpe") }),
        forecast(QStringLiteral("SO-10471"), 27 * 3600, 28 * 3600 + 30 * 60, {}),
        forecast(QStringLiteral("SO-10455"), 7 * 3600 + 10 * 60, 6 * 3600, {}),
        forecast(QStringLiteral("SO-10490"), 0, 4 * 3600, {}),
        forecast(QStringLiteral("SO-10460"), 27 * 3600, 24 * 3600, {}),
    };
    report.forecasts.front().criticalPathStepNames
        = { QStringLiteral("Site survey"), QStringLiteral("Install fiber drop"), QStringLiteral("Activate port"), QString() };
    return report;
}

// An open escalation of SO-10388 (the whole order) as engine snapshots carry it.
inline EscalationSummary sampleEscalation()
{
    EscalationSummary e;
    e.id = 7;
    e.orderId = QStringLiteral("SO-10388");
    e.queue = QStringLiteral("supervisors");
    e.level = QStringLiteral("manual");
    e.note = QStringLiteral("customer called twice");
    e.raisedBy = QStringLiteral("sue");
    e.state = QStringLiteral("open");
    e.createdAt = jeopardyNow().addSecs(-3600);
    return e;
}

} // namespace fw::test
