// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// forecastPlan on known plans: projected finishes, completion, remaining time and critical path,
// computed by hand. Evaluation time: 25 Nov 2026 12:00 UTC.

#include "sla/planforecast.h"

#include <QTest>
#include <QTimeZone>

using namespace fw;

using Steps = std::vector<ForecastStep>;
Q_DECLARE_METATYPE(Steps)

namespace {

QDateTime at(const char* time) // 25 Nov 2026, UTC
{
    return QDateTime(QDate(2026, 11, 25), QTime::fromString(QString::fromLatin1(time), QStringLiteral("HH:mm")), QTimeZone::utc());
}

const QDateTime now = at("12:00");

QStringList hhmm(const char* list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '));
}

ForecastStep pending(const char* id, qint64 minutes, std::vector<int> deps = {})
{
    ForecastStep step;
    step.id = QString::fromLatin1(id);
    step.estimatedSeconds = minutes * 60;
    step.dependsOn = std::move(deps);
    return step;
}

ForecastStep running(const char* id, qint64 minutes, const char* started, std::vector<int> deps = {})
{
    ForecastStep step = pending(id, minutes, std::move(deps));
    step.startedAt = at(started);
    return step;
}

ForecastStep done(const char* id, qint64 minutes, const char* started, const char* completed, std::vector<int> deps = {})
{
    ForecastStep step = pending(id, minutes, std::move(deps));
    step.done = true;
    if (started)
        step.startedAt = at(started);
    if (completed)
        step.completedAt = at(completed);
    return step;
}

} // namespace

class TestPlanForecast : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void forecast_data()
    {
        QTest::addColumn<Steps>("steps");
        QTest::addColumn<QDateTime>("orderStartedAt");
        QTest::addColumn<QStringList>("finishes"); // HH:mm per step
        QTest::addColumn<QList<int>>("criticalPath");
        QTest::addColumn<qint64>("remainingMinutes");

        QTest::addRow("chain, order started in the past")
            << Steps { pending("A", 60), pending("B", 120, { 0 }), pending("C", 180, { 1 }) } << at("11:00") << hhmm("13:00 15:00 18:00")
            << QList<int> { 0, 1, 2 } << qint64(360);
        QTest::addRow("chain, order starts in the future")
            << Steps { pending("A", 60), pending("B", 120, { 0 }), pending("C", 180, { 1 }) } << at("14:00") << hhmm("15:00 17:00 20:00")
            << QList<int> { 0, 1, 2 } << qint64(480);
        QTest::addRow("diamond, the longer branch is critical")
            << Steps { pending("A", 60), pending("B", 120, { 0 }), pending("C", 240, { 0 }), pending("D", 60, { 1, 2 }) } << at("09:00")
            << hhmm("13:00 15:00 17:00 18:00") << QList<int> { 0, 2, 3 } << qint64(360);
        QTest::addRow("diamond, equal branches: the earlier dependency")
            << Steps { pending("A", 60), pending("B", 120, { 0 }), pending("C", 120, { 0 }), pending("D", 60, { 1, 2 }) } << at("09:00")
            << hhmm("13:00 15:00 15:00 16:00") << QList<int> { 0, 1, 3 } << qint64(240);
        QTest::addRow("done steps with actual durations")
            << Steps { done("A", 60, "08:00", "10:30"), running("B", 120, "10:30", { 0 }), pending("C", 60, { 1 }) } << at("08:00")
            << hhmm("10:30 12:30 13:30") << QList<int> { 0, 1, 2 } << qint64(90);
        QTest::addRow("running step past its estimate finishes now")
            << Steps { done("A", 60, "08:00", "09:00"), running("B", 60, "09:00", { 0 }), pending("C", 60, { 1 }) } << at("08:00")
            << hhmm("09:00 12:00 13:00") << QList<int> { 0, 1, 2 } << qint64(60);
        QTest::addRow("done without completion time: started, else order start")
            << Steps { done("A", 60, "09:00", nullptr), done("B", 60, nullptr, nullptr) } << at("08:00") << hhmm("09:00 08:00")
            << QList<int> { 0 } << qint64(0);
        QTest::addRow("parallel roots finishing together: the later step")
            << Steps { pending("X", 120), pending("Y", 120) } << at("10:00") << hhmm("14:00 14:00") << QList<int> { 1 } << qint64(120);
        QTest::addRow("all done in the past: nothing remains")
            << Steps { done("A", 60, "08:00", "09:00"), done("B", 60, "09:00", "10:00", { 0 }) } << at("08:00") << hhmm("09:00 10:00")
            << QList<int> { 0, 1 } << qint64(0);
        QTest::addRow("a waiting dependency later than now delays its dependent")
            << Steps { running("A", 300, "10:00"), pending("B", 30), pending("C", 60, { 0, 1 }) } << at("10:00")
            << hhmm("15:00 12:30 16:00") << QList<int> { 0, 2 } << qint64(240);
    }

    void forecast()
    {
        QFETCH(Steps, steps);
        QFETCH(QDateTime, orderStartedAt);
        QFETCH(QStringList, finishes);
        QFETCH(QList<int>, criticalPath);
        QFETCH(qint64, remainingMinutes);
        const PlanForecast result = forecastPlan(steps, orderStartedAt, now);
        QStringList actual;
        for (const QDateTime& finish : result.projectedFinish) {
            QCOMPARE(finish.date(), QDate(2026, 11, 25));
            actual << finish.toUTC().toString(QStringLiteral("HH:mm"));
        }
        QCOMPARE(actual, finishes);
        QCOMPARE(QList<int>(result.criticalPath.begin(), result.criticalPath.end()), criticalPath);
        QCOMPARE(result.remainingSeconds, remainingMinutes * 60);
        QDateTime latest;
        for (const QDateTime& finish : result.projectedFinish)
            latest = std::max(latest, finish);
        QCOMPARE(result.projectedCompletion, latest);
    }

    void emptyPlan()
    {
        const PlanForecast result = forecastPlan({}, at("08:00"), now);
        QVERIFY(!result.projectedCompletion.isValid());
        QVERIFY(result.criticalPath.empty());
        QCOMPARE(result.remainingSeconds, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestPlanForecast)
#include "tst_planforecast.moc"
