// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// JeopardyEvaluator on a small catalog read from JSON (so the rules go through the reader too):
// step thresholds, calendars, match fields, the old rule form, history p90, order forecast, overdue
// and order rules, and the order of findings. Expected instants and texts are worked out by hand.
// Evaluation time: Wednesday 25 Nov 2026 12:00 UTC (13:00 in Berlin).

#include "catalog/catalogreader.h"
#include "common/enginetext.h"
#include "sla/jeopardy.h"
#include "sla/stephistory.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace fw;

namespace {

QDateTime utc(const QString& iso)
{
    return iso.isEmpty() ? QDateTime() : QDateTime::fromString(iso, Qt::ISODate).toUTC();
}
QDateTime utc(const char* iso)
{
    return utc(QString::fromLatin1(iso));
}
const QDateTime now = utc("2026-11-25T12:00:00Z");

std::shared_ptr<const Catalog> catalogWith(const QString& rulesJson)
{
    nlohmann::json catalog = nlohmann::json::parse(R"({
      "formatVersion": 1, "id": "sla-test", "version": "1",
      "lanes": [ { "id": "provisioning" }, { "id": "billing" } ],
      "products": [ { "id": "FIBER", "kind": "commercial" }, { "id": "F_FIBER", "kind": "fulfillment" } ],
      "decompositionRules": [ { "id": "R", "source": "FIBER", "destinations": [ { "product": "F_FIBER" } ] } ],
      "fulfillmentScenarios": [ { "id": "S", "product": "F_FIBER", "planDefinition": "fiber-install" } ],
      "planDefinitions": [
        { "id": "fiber-install", "steps": [
          { "key": "survey", "name": "Survey", "type": "manualTask", "lane": "provisioning", "manualTask": { "queue": "field-ops" } },
          { "key": "install", "name": "Install", "type": "manualTask", "lane": "provisioning", "dependsOn": ["survey"],
            "manualTask": { "queue": "field-ops" } },
          { "key": "invoice", "name": "Invoice", "type": "autoTask", "lane": "billing", "dependsOn": ["install"],
            "autoTask": { "handler": "noop" } } ] },
        { "id": "copper-install", "steps": [
          { "key": "install", "name": "Install", "type": "manualTask", "lane": "provisioning", "manualTask": { "queue": "field-ops" } } ] }
      ],
      "queues": [ { "id": "field-ops", "kind": "task" }, { "id": "senior-ops", "kind": "task" }, { "id": "supervisors", "kind": "task" } ],
      "calendars": [ { "id": "emea-office", "name": "EMEA office hours", "timeZone": "Europe/Berlin",
                       "days": ["mon", "tue", "wed", "thu", "fri"], "hours": "08:00-18:00", "holidays": ["2026-12-25", "2026-12-26"] } ]
    })");
    catalog["jeopardyRules"] = nlohmann::json::parse(rulesJson.toStdString());
    CatalogLoad load = CatalogReader::readJson(catalog, QStringLiteral("catalog.json"));
    for (const Problem& problem : load.problems)
        qWarning("%s", qPrintable(problem.toString()));
    return load.catalog;
}

SlaStep step(const QString& id, const QString& name, const QString& key, StepType type, const QString& lane, qint64 estimateMinutes)
{
    SlaStep s;
    s.id = id;
    s.name = name;
    s.stepKey = key;
    s.planDefinition = QStringLiteral("fiber-install");
    s.type = type;
    s.lane = lane;
    s.state = QStringLiteral("pending");
    s.estimatedSeconds = estimateMinutes * 60;
    return s;
}

// Order O1: Survey (done) -> Install (the step under test: running since `started`) -> Invoice.
SlaOrder installOrder(std::shared_ptr<const Catalog> catalog, const QString& started, qint64 estimateMinutes, const QString& state)
{
    SlaOrder order;
    order.orderId = QStringLiteral("O1");
    order.account = QStringLiteral("ACME");
    order.createdAt = utc("2026-11-23T06:00:00Z");
    order.catalog = std::move(catalog);
    SlaStep survey = step(QStringLiteral("O1/survey"), QStringLiteral("Survey"), QStringLiteral("survey"), StepType::ManualTask,
                          QStringLiteral("provisioning"), 60);
    survey.state = QStringLiteral("completed");
    survey.startedAt = order.createdAt;
    survey.completedAt = utc(started);
    SlaStep install = step(QStringLiteral("O1/install"), QStringLiteral("Install"), QStringLiteral("install"), StepType::ManualTask,
                           QStringLiteral("provisioning"), estimateMinutes);
    install.state = state;
    install.queue = QStringLiteral("field-ops");
    install.claimedBy = QStringLiteral("alice");
    install.startedAt = utc(started);
    install.dependsOn = { 0 };
    SlaStep invoice = step(QStringLiteral("O1/invoice"), QStringLiteral("Invoice"), QStringLiteral("invoice"), StepType::AutoTask,
                           QStringLiteral("billing"), 5);
    invoice.dependsOn = { 1 };
    order.steps = { survey, install, invoice };
    return order;
}

QString actionText(const JeopardyAction& action)
{
    static const char* kinds[] = { "flag", "notify", "raisePriority", "reassign", "escalate" };
    QString text = QString::fromLatin1(kinds[int(action.kind)]);
    if (!action.queue.isEmpty())
        text += QLatin1Char(':') + action.queue;
    return text + (action.at == JeopardyAction::Level::Critical ? QStringLiteral("@critical") : QStringLiteral("@warning"));
}

QString instant(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QStringList actionTexts(const std::vector<JeopardyAction>& actions)
{
    QStringList texts;
    for (const JeopardyAction& action : actions)
        texts << actionText(action);
    return texts;
}

} // namespace

class TestJeopardyEvaluator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stepRules_data()
    {
        QTest::addColumn<QString>("rules");
        QTest::addColumn<QString>("started");
        QTest::addColumn<qint64>("estimateMinutes");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("ruleId"); // empty: no finding
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("breachAt");
        QTest::addColumn<QString>("nextLevelAt");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QStringList>("actions");

        const QString full = QStringLiteral(
            R"([{ "id": "install-late", "match": { "step": "install" }, "warning": "120%", "critical": "8h",
                  "actions": [ "flag", "notify", { "kind": "raisePriority", "at": "critical" },
                               { "kind": "reassign", "queue": "senior-ops", "at": "critical" },
                               { "kind": "escalate", "queue": "supervisors", "at": "critical" } ] }])");
        const QString running = QStringLiteral("running");
        const auto none = [&](const char* name, const QString& rules, const char* started, qint64 estimate) {
            QTest::addRow("%s", name) << rules << QString::fromLatin1(started) << estimate << running << QString() << QString() << QString()
                                      << QString() << QString() << QStringList();
        };
        const auto row = [&](const char* name, const QString& rules, const char* started, qint64 estimate, const char* ruleId,
                             const char* level, const char* breach, const char* next, const char* reason, const char* actions,
                             const QString& state = QStringLiteral("running")) {
            const QString actionList = QString::fromLatin1(actions);
            QTest::addRow("%s", name) << rules << QString::fromLatin1(started) << estimate << state << QString::fromLatin1(ruleId)
                                      << QString::fromLatin1(level) << QString::fromLatin1(breach) << QString::fromLatin1(next)
                                      << QString::fromUtf8(reason)
                                      << (actionList.isEmpty() ? QStringList() : actionList.split(QLatin1Char(' ')));
        };

        // Percent and duration thresholds, levels, breach instants and actions by level.
        row("percent warning", full, "2026-11-25T06:50:00Z", 240, "install-late", "warning", "2026-11-25T11:38:00Z", "2026-11-25T14:50:00Z",
            "running 5h 10m, 129% of its 4h estimate (warning at 120%, critical at 8h)", "flag@warning notify@warning");
        row("duration critical", full, "2026-11-25T03:00:00Z", 240, "install-late", "critical", "2026-11-25T11:00:00Z", "",
            "running 9h, 225% of its 4h estimate (warning at 120%, critical at 8h)",
            "flag@warning notify@warning raisePriority@critical reassign:senior-ops@critical "
            "escalate:supervisors@critical");
        row("exactly at the warning threshold", full, "2026-11-25T07:12:00Z", 240, "install-late", "warning", "2026-11-25T12:00:00Z",
            "2026-11-25T15:12:00Z", "running 4h 48m, 120% of its 4h estimate (warning at 120%, critical at 8h)",
            "flag@warning notify@warning");
        none("below the warning threshold", full, "2026-11-25T09:00:00Z", 240);
        row("waiting step", full, "2026-11-25T06:50:00Z", 240, "install-late", "warning", "2026-11-25T11:38:00Z", "2026-11-25T14:50:00Z",
            "waiting 5h 10m, 129% of its 4h estimate (warning at 120%, critical at 8h)", "flag@warning notify@warning",
            QStringLiteral("waiting"));
        row("rule estimate overrides the step's", QStringLiteral(R"([{ "id": "r", "estimate": "2h", "warning": "150%" }])"),
            "2026-11-25T08:30:00Z", 240, "r", "warning", "2026-11-25T11:30:00Z", "",
            "running 3h 30m, 175% of its 2h estimate (warning at 150%)", "");
        row("percent of a zero estimate is skipped", QStringLiteral(R"([{ "id": "r", "warning": "120%", "critical": "2h" }])"),
            "2026-11-25T09:00:00Z", 0, "r", "critical", "2026-11-25T11:00:00Z", "", "running 3h, over its 2h critical threshold", "");
        none("only a percent of a zero estimate", QStringLiteral(R"([{ "id": "r", "warning": "120%" }])"), "2026-11-25T09:00:00Z", 0);

        // Calendars: Tuesday 17:00-18:00 and Wednesday 08:00-13:00 Berlin time are 6h of working time.
        row("calendar critical", QStringLiteral(R"([{ "id": "r", "warning": "4h", "critical": "6h", "calendar": "emea-office" }])"),
            "2026-11-24T16:00:00Z", 0, "r", "critical", "2026-11-25T12:00:00Z", "",
            "working time 6h in emea-office hours, over its 6h critical threshold", "");
        row("calendar warning", QStringLiteral(R"([{ "id": "r", "warning": "2h", "critical": "8h", "calendar": "emea-office" }])"),
            "2026-11-24T16:00:00Z", 0, "r", "warning", "2026-11-25T08:00:00Z", "2026-11-25T14:00:00Z",
            "working time 6h in emea-office hours, over its 2h warning threshold", "");
        row("same rule on the wall clock", QStringLiteral(R"([{ "id": "r", "warning": "2h", "critical": "8h" }])"), "2026-11-24T16:00:00Z",
            0, "r", "critical", "2026-11-25T00:00:00Z", "", "running 20h, over its 8h critical threshold", "");
        row("calendar and percent", QStringLiteral(R"([{ "id": "r", "warning": "120%", "calendar": "emea-office" }])"),
            "2026-11-24T16:00:00Z", 300, "r", "warning", "2026-11-25T12:00:00Z", "",
            "working time 6h in emea-office hours, 120% of its 5h estimate (warning at 120%)", "");

        // Each match field, matching and not.
        const auto match = [](const char* field, const char* value) {
            return QStringLiteral(R"([{ "id": "m", "critical": "1h", "match": { "%1": "%2" } }])")
                .arg(QString::fromLatin1(field), QString::fromLatin1(value));
        };
        const char* hit = "running 3h, over its 1h critical threshold";
        row("match step", match("step", "install"), "2026-11-25T09:00:00Z", 0, "m", "critical", "2026-11-25T10:00:00Z", "", hit, "");
        none("other step", match("step", "survey"), "2026-11-25T09:00:00Z", 0);
        row("match plan definition", match("planDefinition", "fiber-install"), "2026-11-25T09:00:00Z", 0, "m", "critical",
            "2026-11-25T10:00:00Z", "", hit, "");
        none("other plan definition", match("planDefinition", "copper-install"), "2026-11-25T09:00:00Z", 0);
        row("match step type", match("stepType", "manualTask"), "2026-11-25T09:00:00Z", 0, "m", "critical", "2026-11-25T10:00:00Z", "", hit,
            "");
        none("other step type", match("stepType", "autoTask"), "2026-11-25T09:00:00Z", 0);
        row("match lane", match("lane", "provisioning"), "2026-11-25T09:00:00Z", 0, "m", "critical", "2026-11-25T10:00:00Z", "", hit, "");
        none("other lane", match("lane", "billing"), "2026-11-25T09:00:00Z", 0);
        row("match queue", match("queue", "field-ops"), "2026-11-25T09:00:00Z", 0, "m", "critical", "2026-11-25T10:00:00Z", "", hit, "");
        none("other queue", match("queue", "senior-ops"), "2026-11-25T09:00:00Z", 0);
        row("every match field",
            QStringLiteral(
                R"([{ "id": "m", "critical": "1h", "match": { "step": "install", "planDefinition": "fiber-install",
                "stepType": "manualTask", "lane": "provisioning", "queue": "field-ops" } }])"),
            "2026-11-25T09:00:00Z", 0, "m", "critical", "2026-11-25T10:00:00Z", "", hit, "");

        // The old form.
        row("legacy critical with escalation",
            QStringLiteral(
                R"([{ "id": "legacy", "scope": "step", "elapsedPercent": 150, "severity": "critical", "escalateTo": "supervisors" }])"),
            "2026-11-25T08:30:00Z", 120, "legacy", "critical", "2026-11-25T11:30:00Z", "",
            "running 3h 30m, 175% of its 2h estimate (critical at 150%)", "escalate:supervisors@critical");
        row("legacy default warning", QStringLiteral(R"([{ "id": "legacy", "elapsedPercent": 150 }])"), "2026-11-25T08:30:00Z", 120,
            "legacy", "warning", "2026-11-25T11:30:00Z", "", "running 3h 30m, 175% of its 2h estimate (warning at 150%)", "");

        // Several rules: the highest level, then the earlier breach, then the earlier rule.
        row("highest level wins", QStringLiteral(R"([{ "id": "a", "warning": "1h" }, { "id": "b", "critical": "2h" }])"),
            "2026-11-25T09:00:00Z", 0, "b", "critical", "2026-11-25T11:00:00Z", "", "running 3h, over its 2h critical threshold", "");
        row("same level: earlier breach", QStringLiteral(R"([{ "id": "a", "warning": "2h" }, { "id": "b", "warning": "1h" }])"),
            "2026-11-25T09:00:00Z", 0, "b", "warning", "2026-11-25T10:00:00Z", "", "running 3h, over its 1h warning threshold", "");
        row("same level and breach: rule order", QStringLiteral(R"([{ "id": "a", "warning": "1h" }, { "id": "b", "warning": "60m" }])"),
            "2026-11-25T09:00:00Z", 0, "a", "warning", "2026-11-25T10:00:00Z", "", "running 3h, over its 1h warning threshold", "");
    }

    void stepRules()
    {
        QFETCH(QString, rules);
        QFETCH(QString, started);
        QFETCH(qint64, estimateMinutes);
        QFETCH(QString, state);
        QFETCH(QString, ruleId);
        QFETCH(QString, level);
        QFETCH(QString, breachAt);
        QFETCH(QString, nextLevelAt);
        QFETCH(QString, reason);
        QFETCH(QStringList, actions);
        const auto catalog = catalogWith(rules);
        QVERIFY(catalog);
        const JeopardyReport report = JeopardyEvaluator().evaluate({ installOrder(catalog, started, estimateMinutes, state) }, now);
        QCOMPARE(report.ordersEvaluated, 1);
        QCOMPARE(report.stepsEvaluated, 2); // install and invoice; survey is done
        if (ruleId.isEmpty()) {
            QCOMPARE(report.findings.size(), std::size_t(0));
            return;
        }
        QCOMPARE(report.findings.size(), std::size_t(1));
        const JeopardyFinding& f = report.findings.front();
        QCOMPARE(f.orderId, QStringLiteral("O1"));
        QCOMPARE(f.stepId, QStringLiteral("O1/install"));
        QCOMPARE(f.stepName, QStringLiteral("Install"));
        QCOMPARE(f.queue, QStringLiteral("field-ops"));
        QCOMPARE(f.owner, QStringLiteral("alice"));
        QCOMPARE(f.account, QStringLiteral("ACME"));
        QCOMPARE(jeopardyCauseName(f.cause), QStringLiteral("rule"));
        QCOMPARE(f.ruleId, ruleId);
        QCOMPARE(jeopardyLevelName(f.level), level);
        QCOMPARE(instant(f.breachAt), breachAt);
        QCOMPARE(instant(f.nextLevelAt), nextLevelAt);
        QCOMPARE(f.reason, reason);
        QVERIFY2(matchEngineText(f.reason), qPrintable(f.reason)); // a GUI can translate it (core/common/enginetext.h)
        QCOMPARE(actionTexts(f.actions), actions);
        QCOMPARE(f.startedAt, utc(started));
        QCOMPARE(f.forecastAt, report.forecasts.front().forecast.projectedCompletion);
        QVERIFY(f.forecastAt.isValid());
    }

    void history_data()
    {
        QTest::addColumn<QString>("rules");
        QTest::addColumn<int>("samples"); // 48: 23 x 30m, 20 x 65m, 5 x 130m; fewer: the first ones
        QTest::addColumn<QString>("started");
        QTest::addColumn<QString>("ruleId"); // empty: no finding
        QTest::addColumn<QString>("breachAt");
        QTest::addColumn<QString>("reason");
        const QString noRules = QStringLiteral("[]");
        QTest::addRow("longer than p90") << noRules << 48 << QStringLiteral("2026-11-25T08:58:00Z") << QStringLiteral("history-p90")
                                         << QStringLiteral("2026-11-25T11:08:00Z")
                                         << QStringLiteral(
                                                "pending 3h 02m, longer than 90% of the last 48 runs (p90 2h 10m, median 1h 05m)");
        QTest::addRow("exactly p90") << noRules << 48 << QStringLiteral("2026-11-25T09:50:00Z") << QString() << QString() << QString();
        QTest::addRow("too few samples") << noRules << 4 << QStringLiteral("2026-11-25T08:58:00Z") << QString() << QString() << QString();
        QTest::addRow("five samples are enough") << noRules << 5 << QStringLiteral("2026-11-25T11:00:00Z") << QStringLiteral("history-p90")
                                                 << QStringLiteral("2026-11-25T11:30:00Z")
                                                 << QStringLiteral("pending 1h, longer than 90% of the last 5 runs (p90 30m, median 30m)");
        QTest::addRow("a rule that flags wins")
            << QStringLiteral(R"([{ "id": "m", "critical": "1h" }])") << 48 << QStringLiteral("2026-11-25T08:58:00Z") << QStringLiteral("m")
            << QStringLiteral("2026-11-25T09:58:00Z") << QStringLiteral("pending 3h 02m, over its 1h critical threshold");
        QTest::addRow("a rule below its threshold leaves history")
            << QStringLiteral(R"([{ "id": "slow", "warning": "10h" }])") << 48 << QStringLiteral("2026-11-25T08:58:00Z")
            << QStringLiteral("history-p90") << QStringLiteral("2026-11-25T11:08:00Z")
            << QStringLiteral("pending 3h 02m, longer than 90% of the last 48 runs (p90 2h 10m, median 1h 05m)");
    }

    void history()
    {
        QFETCH(QString, rules);
        QFETCH(int, samples);
        QFETCH(QString, started);
        QFETCH(QString, ruleId);
        QFETCH(QString, breachAt);
        QFETCH(QString, reason);
        StepHistory history;
        for (int i = 0; i < samples; ++i) {
            const qint64 minutes = i < 23 ? 30 : i < 43 ? 65 : 130;
            history.add(QStringLiteral("fiber-install"), QStringLiteral("install"), QStringLiteral("provisioning"), minutes * 60);
            history.add(QStringLiteral("fiber-install"), QStringLiteral("install"), QStringLiteral("billing"),
                        1); // another lane
        }
        history.finish();
        const auto catalog = catalogWith(rules);
        QVERIFY(catalog);
        const JeopardyReport report
            = JeopardyEvaluator(&history).evaluate({ installOrder(catalog, started, 0, QStringLiteral("ready")) }, now);
        if (ruleId.isEmpty()) {
            QCOMPARE(report.findings.size(), std::size_t(0));
            return;
        }
        QCOMPARE(report.findings.size(), std::size_t(1));
        const JeopardyFinding& f = report.findings.front();
        QCOMPARE(f.ruleId, ruleId);
        QCOMPARE(jeopardyCauseName(f.cause), ruleId == QLatin1String("history-p90") ? QStringLiteral("history") : QStringLiteral("rule"));
        QCOMPARE(jeopardyLevelName(f.level), ruleId == QLatin1String("m") ? QStringLiteral("critical") : QStringLiteral("warning"));
        QCOMPARE(instant(f.breachAt), breachAt);
        QCOMPARE(f.reason, reason);
        QVERIFY2(matchEngineText(f.reason), qPrintable(f.reason)); // a GUI can translate it (core/common/enginetext.h)
        QVERIFY(f.actions.empty());
    }

    void orders_data()
    {
        QTest::addColumn<QString>("rules");
        QTest::addColumn<QString>("dueAt");
        QTest::addColumn<QString>("cause"); // empty: no order finding
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("breachAt");
        QTest::addColumn<QString>("nextLevelAt");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QStringList>("actions");
        // Created 08:00; Reserve stock running since 11:00 (2h), then Ship (5h), then Invoice (20m):
        // projected to complete 18:20.
        const QString noRules = QStringLiteral("[]");
        const QString orderLate = QStringLiteral(R"([{ "id": "order-late", "scope": "order", "warning": "30%", "critical": "100%",
            "actions": [ "notify", { "kind": "escalate", "queue": "supervisors", "at": "critical" } ] }])");
        QTest::addRow("at risk from the forecast before any step breached")
            << noRules << QStringLiteral("2026-11-25T16:00:00Z") << QStringLiteral("forecast") << QString() << QStringLiteral("warning")
            << QStringLiteral("2026-11-25T16:00:00Z") << QStringLiteral("2026-11-25T16:00:00Z")
            << QStringLiteral("projected to complete 25 Nov 18:20 UTC, 2h 20m after its due date 25 Nov 16:00 UTC; critical path: "
                              "Reserve stock \u2192 Ship \u2192 Invoice")
            << QStringList();
        QTest::addRow("on track") << noRules << QStringLiteral("2026-11-25T19:00:00Z") << QString() << QString() << QString() << QString()
                                  << QString() << QString() << QStringList();
        QTest::addRow("no due date, no rule") << noRules << QString() << QString() << QString() << QString() << QString() << QString()
                                              << QString() << QStringList();
        QTest::addRow("overdue") << noRules << QStringLiteral("2026-11-25T10:50:00Z") << QStringLiteral("overdue") << QString()
                                 << QStringLiteral("critical") << QStringLiteral("2026-11-25T10:50:00Z") << QString()
                                 << QStringLiteral("due 25 Nov 10:50 UTC and not complete (overdue 1h 10m)") << QStringList();
        QTest::addRow("order rule against the due date")
            << orderLate << QStringLiteral("2026-11-25T19:00:00Z") << QStringLiteral("rule") << QStringLiteral("order-late")
            << QStringLiteral("warning") << QStringLiteral("2026-11-25T11:18:00Z") << QStringLiteral("2026-11-25T19:00:00Z")
            << QStringLiteral("open 4h, 36% of its 11h estimate (warning at 30%, critical at 100%)")
            << QStringList { QStringLiteral("notify@warning") };
        QTest::addRow("order rule without a due date: the forecast's total")
            << orderLate << QString() << QStringLiteral("rule") << QStringLiteral("order-late") << QStringLiteral("warning")
            << QStringLiteral("2026-11-25T11:06:00Z") << QStringLiteral("2026-11-25T18:20:00Z")
            << QStringLiteral("open 4h, 38% of its 10h 20m estimate (warning at 30%, critical at 100%)")
            << QStringList { QStringLiteral("notify@warning") };
        QTest::addRow("order rule breached before the forecast's due date")
            << orderLate << QStringLiteral("2026-11-25T16:00:00Z") << QStringLiteral("rule") << QStringLiteral("order-late")
            << QStringLiteral("warning") << QStringLiteral("2026-11-25T10:24:00Z") << QStringLiteral("2026-11-25T16:00:00Z")
            << QStringLiteral("open 4h, 50% of its 8h estimate (warning at 30%, critical at 100%)")
            << QStringList { QStringLiteral("notify@warning") };
        QTest::addRow("order rule critical at the due date ties with overdue")
            << orderLate << QStringLiteral("2026-11-25T10:50:00Z") << QStringLiteral("rule") << QStringLiteral("order-late")
            << QStringLiteral("critical") << QStringLiteral("2026-11-25T10:50:00Z") << QString()
            << QStringLiteral("open 4h, 141% of its 2h 50m estimate (warning at 30%, critical at 100%)")
            << QStringList { QStringLiteral("notify@warning"), QStringLiteral("escalate:supervisors@critical") };
        QTest::addRow("overdue beats an order rule's warning")
            << QStringLiteral(R"([{ "id": "soft", "scope": "order", "warning": "50%" }])") << QStringLiteral("2026-11-25T10:50:00Z")
            << QStringLiteral("overdue") << QString() << QStringLiteral("critical") << QStringLiteral("2026-11-25T10:50:00Z") << QString()
            << QStringLiteral("due 25 Nov 10:50 UTC and not complete (overdue 1h 10m)") << QStringList();
    }

    void orders()
    {
        QFETCH(QString, rules);
        QFETCH(QString, dueAt);
        QFETCH(QString, cause);
        QFETCH(QString, ruleId);
        QFETCH(QString, level);
        QFETCH(QString, breachAt);
        QFETCH(QString, nextLevelAt);
        QFETCH(QString, reason);
        QFETCH(QStringList, actions);
        const auto catalog = catalogWith(rules);
        QVERIFY(catalog);
        SlaOrder order;
        order.orderId = QStringLiteral("O2");
        order.createdAt = utc("2026-11-25T08:00:00Z");
        order.dueAt = utc(dueAt);
        order.catalog = catalog;
        order.steps = { step(QStringLiteral("O2/reserve"), QStringLiteral("Reserve stock"), QStringLiteral("reserve"), StepType::Callout,
                             QStringLiteral("provisioning"), 120),
                        step(QStringLiteral("O2/ship"), QStringLiteral("Ship"), QStringLiteral("ship"), StepType::Callout,
                             QStringLiteral("provisioning"), 300),
                        step(QStringLiteral("O2/invoice"), QStringLiteral("Invoice"), QStringLiteral("invoice"), StepType::AutoTask,
                             QStringLiteral("billing"), 20) };
        order.steps[0].state = QStringLiteral("running");
        order.steps[0].startedAt = utc("2026-11-25T11:00:00Z");
        order.steps[1].dependsOn = { 0 };
        order.steps[2].dependsOn = { 1 };
        const JeopardyReport report = JeopardyEvaluator().evaluate({ order }, now);

        QCOMPARE(report.forecasts.size(), std::size_t(1));
        const OrderForecast& forecast = report.forecasts.front();
        QCOMPARE(forecast.orderId, QStringLiteral("O2"));
        QCOMPARE(forecast.forecast.projectedCompletion, utc("2026-11-25T18:20:00Z"));
        QCOMPARE(forecast.criticalPathStepIds,
                 (QStringList { QStringLiteral("O2/reserve"), QStringLiteral("O2/ship"), QStringLiteral("O2/invoice") }));
        QCOMPARE(forecast.criticalPathStepNames,
                 (QStringList { QStringLiteral("Reserve stock"), QStringLiteral("Ship"), QStringLiteral("Invoice") }));
        QCOMPARE(forecast.atRisk(), order.dueAt.isValid() && order.dueAt < forecast.forecast.projectedCompletion);

        if (cause.isEmpty()) {
            QCOMPARE(report.findings.size(), std::size_t(0));
            return;
        }
        QCOMPARE(report.findings.size(), std::size_t(1)); // no step rules: the order's finding only
        const JeopardyFinding& f = report.findings.front();
        QCOMPARE(f.orderId, QStringLiteral("O2"));
        QVERIFY(f.stepId.isEmpty());
        QCOMPARE(jeopardyCauseName(f.cause), cause);
        QCOMPARE(f.ruleId, ruleId);
        QCOMPARE(jeopardyLevelName(f.level), level);
        QCOMPARE(instant(f.breachAt), breachAt);
        QCOMPARE(instant(f.nextLevelAt), nextLevelAt);
        QCOMPARE(f.reason, reason);
        QVERIFY2(matchEngineText(f.reason), qPrintable(f.reason)); // a GUI can translate it (core/common/enginetext.h)
        QCOMPARE(actionTexts(f.actions), actions);
        QCOMPARE(f.startedAt, order.createdAt);
        QCOMPARE(f.forecastAt, utc("2026-11-25T18:20:00Z"));
        QCOMPARE(f.dueAt, order.dueAt);
    }

    void doneOrderIsNotOverdue()
    {
        const auto catalog = catalogWith(QStringLiteral("[]"));
        SlaOrder order = installOrder(catalog, QStringLiteral("2026-11-25T09:00:00Z"), 60, QStringLiteral("completed"));
        order.steps[1].completedAt = utc("2026-11-25T10:00:00Z");
        order.steps[2].state = QStringLiteral("skipped");
        order.dueAt = utc("2026-11-24T12:00:00Z");
        JeopardyReport report = JeopardyEvaluator().evaluate({ order }, now);
        QCOMPARE(report.findings.size(), std::size_t(0));
        QCOMPARE(report.stepsEvaluated, 0);
        order.steps[2].state = QStringLiteral("ready"); // one step open: overdue since yesterday noon
        report = JeopardyEvaluator().evaluate({ order }, now);
        QCOMPARE(report.findings.size(), std::size_t(1));
        QCOMPARE(report.findings.front().reason, QStringLiteral("due 24 Nov 12:00 UTC and not complete (overdue 1d)"));
    }

    void forecastUsesHistoryMedian()
    {
        StepHistory history;
        for (const qint64 minutes : { 10, 65, 65, 70, 200 })
            history.add(QStringLiteral("fiber-install"), QStringLiteral("invoice"), QStringLiteral("billing"), minutes * 60);
        history.finish();
        const auto catalog = catalogWith(QStringLiteral("[]"));
        SlaOrder order = installOrder(catalog, QStringLiteral("2026-11-25T11:00:00Z"), 120, QStringLiteral("running"));
        order.steps[2].estimatedSeconds = 0; // Invoice: the history's median, 65m
        const JeopardyReport withHistory = JeopardyEvaluator(&history).evaluate({ order }, now);
        QCOMPARE(withHistory.forecasts.front().forecast.projectedCompletion, utc("2026-11-25T14:05:00Z"));
        const JeopardyReport without = JeopardyEvaluator().evaluate({ order }, now);
        QCOMPARE(without.forecasts.front().forecast.projectedCompletion, utc("2026-11-25T13:00:00Z"));
    }

    void findingsAreSorted()
    {
        const auto catalog = catalogWith(QStringLiteral(R"([{ "id": "s", "critical": "1h" }])"));
        const auto order = [&](const char* id, const char* started, const char* due) {
            SlaOrder o;
            o.orderId = QString::fromLatin1(id);
            o.createdAt = utc("2026-11-25T07:00:00Z");
            o.dueAt = utc(due);
            o.catalog = catalog;
            for (const char* key : { "y", "x" }) {
                SlaStep s = step(o.orderId + QLatin1Char('/') + QLatin1String(key), QString(), QString::fromLatin1(key), StepType::AutoTask,
                                 QStringLiteral("billing"), 0);
                s.state = QStringLiteral("running");
                s.startedAt = utc(started);
                o.steps.push_back(s);
            }
            return o;
        };
        // B: steps breach at 10:00 and the order is overdue since 10:00; A: steps breach at 10:00;
        // C: steps breach at 09:00 and its due date is still ahead (and met).
        const JeopardyReport report = JeopardyEvaluator().evaluate({ order("B", "2026-11-25T09:00:00Z", "2026-11-25T10:00:00Z"),
                                                                     order("A", "2026-11-25T09:00:00Z", ""),
                                                                     order("C", "2026-11-25T08:00:00Z", "2026-11-26T10:00:00Z") },
                                                                   now);
        QStringList actual;
        for (const JeopardyFinding& f : report.findings)
            actual << (f.stepId.isEmpty() ? f.orderId : f.stepId) + QLatin1Char('@') + f.breachAt.toUTC().toString(QStringLiteral("HH:mm"));
        QCOMPARE(actual,
                 QString::fromLatin1("C/x@09:00 C/y@09:00 A/x@10:00 A/y@10:00 B@10:00 B/x@10:00 B/y@10:00").split(QLatin1Char(' ')));
        QCOMPARE(report.forecasts.size(), std::size_t(3));
        QCOMPARE(report.forecasts[0].orderId, QStringLiteral("B")); // input order
        QCOMPARE(report.stepsEvaluated, 6);
    }

    // Evaluated in chunks the findings are the same (sorted across chunks) and only the forecasts
    // of orders at risk or flagged are kept; the totals count every order.
    void chunksGiveTheSameFindings()
    {
        const auto catalog = catalogWith(QStringLiteral(R"([{ "id": "s", "critical": "1h" }])"));
        const auto order = [&](const char* id, const char* started, const char* due) {
            SlaOrder o;
            o.orderId = QString::fromLatin1(id);
            o.createdAt = utc("2026-11-25T07:00:00Z");
            o.dueAt = utc(due);
            o.catalog = catalog;
            for (const char* key : { "y", "x" }) {
                SlaStep s = step(o.orderId + QLatin1Char('/') + QLatin1String(key), QString(), QString::fromLatin1(key), StepType::AutoTask,
                                 QStringLiteral("billing"), 0);
                s.state = QStringLiteral("running");
                s.startedAt = utc(started);
                o.steps.push_back(s);
            }
            return o;
        };
        // D started just now and is due next week: neither flagged nor at risk.
        const std::vector<SlaOrder> orders { order("B", "2026-11-25T09:00:00Z", "2026-11-25T10:00:00Z"),
                                             order("A", "2026-11-25T09:00:00Z", ""),
                                             order("D", "2026-11-25T11:59:00Z", "2026-12-02T10:00:00Z"),
                                             order("C", "2026-11-25T08:00:00Z", "2026-11-26T10:00:00Z") };
        const auto told = [](const JeopardyReport& report) {
            QStringList lines;
            for (const JeopardyFinding& f : report.findings)
                lines << f.orderId + u'/' + f.stepId + u' ' + jeopardyLevelName(f.level) + u' ' + f.reason;
            return lines;
        };
        const JeopardyReport whole = JeopardyEvaluator().evaluate(orders, now);
        QCOMPARE(whole.forecasts.size(), std::size_t(4)); // all at once: every order's

        JeopardyEvaluator evaluator;
        evaluator.start(now);
        evaluator.add({ orders[0] });
        evaluator.add({ orders[1], orders[2] });
        evaluator.add({ orders[3] });
        const JeopardyReport chunked = evaluator.finish();
        QCOMPARE(told(chunked), told(whole));
        QCOMPARE(told(chunked).size(), 7);
        QStringList kept;
        for (const OrderForecast& f : chunked.forecasts)
            kept << f.orderId;
        QCOMPARE(kept, (QStringList { QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("C") }));
        QCOMPARE(chunked.ordersEvaluated, 4);
        QCOMPARE(chunked.stepsEvaluated, 8);
        QCOMPARE(chunked.forecasts.back().forecast.projectedCompletion, whole.forecasts.back().forecast.projectedCompletion);
    }
};

QTEST_GUILESS_MAIN(TestJeopardyEvaluator)
#include "tst_jeopardyevaluator.moc"
