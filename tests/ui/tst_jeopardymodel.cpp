// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The jeopardy view's models: the findings table (texts relative to a fixed now, roles, counts,
// in-place refresh) and the lane × queue heatmap, under QAbstractItemModelTester.
#include "jeopardytestdata.h"
#include "jeopardy/jeopardyheatmapmodel.h"
#include "jeopardy/jeopardymodel.h"
#include "jeopardy/jeopardypresentation.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace fw;

class TestJeopardyModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void durationTexts_data();
    void durationTexts();
    void cellTexts_data();
    void cellTexts();
    void rolesAndCounts();
    void refreshKeepsRowsWhenOnlyTimeMoves();
    void heatmapCells_data();
    void heatmapCells();
    void heatmapFollowsTheReport();
};

void TestJeopardyModel::durationTexts_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("duration");
    QTest::addColumn<QString>("relative"); // now + seconds, seen from now
    QTest::addRow("seconds") << qint64(45) << QStringLiteral("45s") << QStringLiteral("now");
    QTest::addRow("minutes") << qint64(10 * 60 + 59) << QStringLiteral("10m") << QStringLiteral("in 10m");
    QTest::addRow("hours, padded minutes") << qint64(2 * 3600 + 5 * 60) << QStringLiteral("2h 05m") << QStringLiteral("in 2h 05m");
    QTest::addRow("past") << qint64(-(3 * 3600 + 5 * 60)) << QStringLiteral("3h 05m") << QStringLiteral("3h 05m ago");
    QTest::addRow("days") << qint64(27 * 3600) << QStringLiteral("1d 03h") << QStringLiteral("in 1d 03h");
}

void TestJeopardyModel::durationTexts()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, duration);
    QFETCH(QString, relative);
    QCOMPARE(JeopardyPresentation::durationText(seconds), duration);
    const QDateTime now = test::jeopardyNow();
    QCOMPARE(JeopardyPresentation::relativeText(now.addSecs(seconds), now), relative);
}

void TestJeopardyModel::cellTexts_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    const auto local
        = [](qint64 secs) { return test::jeopardyNow().addSecs(secs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")); };
    QTest::addRow("level") << 0 << int(JeopardyModel::LevelColumn) << QStringLiteral("Critical");
    QTest::addRow("order") << 0 << int(JeopardyModel::OrderColumn) << QStringLiteral("SO-10412");
    QTest::addRow("step") << 0 << int(JeopardyModel::StepColumn) << QStringLiteral("Install fiber drop");
    QTest::addRow("lane") << 0 << int(JeopardyModel::LaneColumn) << QStringLiteral("field");
    QTest::addRow("queue") << 0 << int(JeopardyModel::QueueColumn) << QStringLiteral("field-ops");
    QTest::addRow("owner") << 0 << int(JeopardyModel::OwnerColumn) << QStringLiteral("olga");
    QTest::addRow("breach past") << 0 << int(JeopardyModel::BreachColumn) << QStringLiteral("3h 05m ago");
    QTest::addRow("forecast") << 0 << int(JeopardyModel::ForecastColumn) << local(5 * 3600);
    QTest::addRow("due") << 0 << int(JeopardyModel::DueColumn) << local(2 * 3600 + 40 * 60);
    QTest::addRow("late") << 0 << int(JeopardyModel::MarginColumn) << QStringLiteral("+2h 20m late");
    QTest::addRow("rule") << 0 << int(JeopardyModel::CauseColumn) << QStringLiteral("Rule sla-field-install");
    QTest::addRow("reason") << 0 << int(JeopardyModel::ReasonColumn)
                            << QStringLiteral("running 6h 10m, 154% of its 4h estimate (critical at 150%)");
    QTest::addRow("order finding step") << 1 << int(JeopardyModel::StepColumn) << QStringLiteral("Whole order");
    QTest::addRow("overdue") << 1 << int(JeopardyModel::CauseColumn) << QStringLiteral("Overdue");
    QTest::addRow("runs on") << 2 << int(JeopardyModel::OwnerColumn) << QStringLiteral("Runs on ws-b");
    QTest::addRow("warning") << 2 << int(JeopardyModel::LevelColumn) << QStringLiteral("Warning");
    QTest::addRow("no due date") << 2 << int(JeopardyModel::MarginColumn) << QString();
    QTest::addRow("history") << 3 << int(JeopardyModel::CauseColumn) << QStringLiteral("History p90");
    QTest::addRow("spare") << 3 << int(JeopardyModel::MarginColumn) << QStringLiteral("1h 10m spare");
    QTest::addRow("breach minutes") << 5 << int(JeopardyModel::BreachColumn) << QStringLiteral("4m ago");
    QTest::addRow("forecast cause") << 6 << int(JeopardyModel::CauseColumn) << QStringLiteral("Forecast");
    QTest::addRow("breach future") << 6 << int(JeopardyModel::BreachColumn) << QStringLiteral("in 1d 03h");
    QTest::addRow("late by forecast") << 6 << int(JeopardyModel::MarginColumn) << QStringLiteral("+1h 30m late");
}

void TestJeopardyModel::cellTexts()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    JeopardyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(test::sampleJeopardyReport(), test::jeopardyNow());
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.index(row, column).data().toString(), text);
}

void TestJeopardyModel::rolesAndCounts()
{
    JeopardyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const JeopardyReport report = test::sampleJeopardyReport();
    model.setReport(report, test::jeopardyNow());
    QCOMPARE(model.criticalCount(), 3);
    QCOMPARE(model.warningCount(), 4);
    QCOMPARE(model.ordersAtRisk(), 3); // SO-10412, SO-10388, SO-10471

    const QModelIndex install = model.index(0, JeopardyModel::LevelColumn);
    QCOMPARE(install.data(JeopardyModel::OrderIdRole).toString(), QStringLiteral("SO-10412"));
    QCOMPARE(install.data(JeopardyModel::StepIdRole).toString(), QStringLiteral("so-10412/install-drop"));
    QCOMPARE(install.data(JeopardyModel::LevelRole).toInt(), int(JeopardyLevel::Critical));
    QCOMPARE(install.data(JeopardyModel::CauseRole).toInt(), int(JeopardyCause::Rule));
    QCOMPARE(install.data(JeopardyModel::QueueRole).toString(), QStringLiteral("field-ops"));
    QCOMPARE(model.index(1, 0).data(JeopardyModel::StepIdRole).toString(), QString()); // the order itself
    QVERIFY(!install.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!model.index(0, JeopardyModel::OrderColumn).data(Qt::DecorationRole).isValid());

    // The level tints the row: critical and warning differ.
    const QColor critical = install.data(Qt::BackgroundRole).value<QBrush>().color();
    const QColor warning = model.index(2, JeopardyModel::OrderColumn).data(Qt::BackgroundRole).value<QBrush>().color();
    QVERIFY(critical.isValid() && warning.isValid());
    QVERIFY(critical != warning);

    // The tooltip has the reason and the rule's actions.
    const QString tip = model.index(0, JeopardyModel::ReasonColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(report.findings[0].reason), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Reassign to field-ops-2 (at critical)")), qPrintable(tip));

    // Sort values are raw: times for times, seconds late for the margin, the level as a number.
    QCOMPARE(model.index(0, JeopardyModel::BreachColumn).data(JeopardyModel::SortRole).toDateTime(), report.findings[0].breachAt);
    QCOMPARE(model.index(0, JeopardyModel::MarginColumn).data(JeopardyModel::SortRole).toLongLong(), qint64(2 * 3600 + 20 * 60));
    QCOMPARE(model.index(3, JeopardyModel::MarginColumn).data(JeopardyModel::SortRole).toLongLong(), qint64(-(3600 + 10 * 60)));
    QCOMPARE(model.index(2, JeopardyModel::LevelColumn).data(JeopardyModel::SortRole).toInt(), int(JeopardyLevel::Warning));

    QVERIFY(model.forecastOf(QStringLiteral("SO-10412")));
    QCOMPARE(model.forecastOf(QStringLiteral("SO-10412"))->criticalPathStepIds.size(), 4);
    QVERIFY(!model.forecastOf(QStringLiteral("SO-99999")));
}

void TestJeopardyModel::refreshKeepsRowsWhenOnlyTimeMoves()
{
    JeopardyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    JeopardyReport report = test::sampleJeopardyReport();
    model.setReport(report, test::jeopardyNow());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    // Ten minutes later, the same findings: rows stay, texts move on.
    model.setReport(report, test::jeopardyNow().addSecs(600));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(model.index(0, JeopardyModel::BreachColumn).data().toString(), QStringLiteral("3h 15m ago"));

    // SO-10455 recovers and SO-10460 turns critical: the rows change, the counts follow.
    report.findings.erase(report.findings.begin() + 3);
    report.findings[4].level = JeopardyLevel::Critical;
    model.setReport(report, test::jeopardyNow().addSecs(1200));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.criticalCount(), 4);
    QCOMPARE(model.warningCount(), 2);
    QCOMPARE(model.index(4, JeopardyModel::LevelColumn).data().toString(), QStringLiteral("Critical"));
    QCOMPARE(model.rowOfKey(model.index(4, 0).data(JeopardyModel::KeyRole).toString()), 4);

    model.setReport(JeopardyReport(), test::jeopardyNow());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.criticalCount(), 0);
}

void TestJeopardyModel::heatmapCells_data()
{
    QTest::addColumn<QString>("lane");
    QTest::addColumn<QString>("queue");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("level");
    QTest::addRow("critical and warning") << QStringLiteral("field") << QStringLiteral("field-ops") << 2 << int(JeopardyLevel::Critical);
    QTest::addRow("warning only") << QStringLiteral("billing") << QStringLiteral("credit-desk") << 1 << int(JeopardyLevel::Warning);
    QTest::addRow("step without queue") << QStringLiteral("network") << QString() << 1 << int(JeopardyLevel::Warning);
    QTest::addRow("critical") << QStringLiteral("network") << QStringLiteral("noc") << 1 << int(JeopardyLevel::Critical);
    QTest::addRow("whole orders") << QString() << QString() << 2 << int(JeopardyLevel::Critical);
    QTest::addRow("empty") << QStringLiteral("billing") << QStringLiteral("noc") << 0 << int(JeopardyLevel::None);
}

void TestJeopardyModel::heatmapCells()
{
    QFETCH(QString, lane);
    QFETCH(QString, queue);
    QFETCH(int, count);
    QFETCH(int, level);
    JeopardyModel model;
    JeopardyHeatmapModel heatmap;
    QAbstractItemModelTester tester(&heatmap, QAbstractItemModelTester::FailureReportingMode::QtTest);
    heatmap.setSourceModel(&model);
    model.setReport(test::sampleJeopardyReport(), test::jeopardyNow());

    // Lanes and queues sorted, "—" last.
    QCOMPARE(heatmap.rowCount(), 4);
    QCOMPARE(heatmap.columnCount(), 4);
    QCOMPARE(heatmap.headerData(0, Qt::Vertical).toString(), QStringLiteral("billing"));
    QCOMPARE(heatmap.headerData(3, Qt::Vertical).toString(), QStringLiteral("\u2014"));
    QCOMPARE(heatmap.headerData(0, Qt::Horizontal).toString(), QStringLiteral("credit-desk"));
    QCOMPARE(heatmap.headerData(3, Qt::Horizontal).toString(), QStringLiteral("\u2014"));
    QCOMPARE(heatmap.maxCount(), 2);

    const int row = heatmap.rowOfLane(lane);
    const int column = heatmap.columnOfQueue(queue);
    QVERIFY(row >= 0 && column >= 0);
    const QModelIndex cell = heatmap.index(row, column);
    QCOMPARE(cell.data(JeopardyHeatmapModel::CountRole).toInt(), count);
    QCOMPARE(cell.data(JeopardyHeatmapModel::LevelRole).toInt(), level);
    QCOMPARE(cell.data(JeopardyHeatmapModel::LaneRole).toString(), lane);
    QCOMPARE(cell.data(JeopardyHeatmapModel::QueueRole).toString(), queue);
    QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
}

void TestJeopardyModel::heatmapFollowsTheReport()
{
    JeopardyModel model;
    JeopardyHeatmapModel heatmap;
    QAbstractItemModelTester tester(&heatmap, QAbstractItemModelTester::FailureReportingMode::QtTest);
    heatmap.setSourceModel(&model);
    JeopardyReport report = test::sampleJeopardyReport();
    model.setReport(report, test::jeopardyNow());
    QSignalSpy resets(&heatmap, &QAbstractItemModel::modelReset);

    model.setReport(report, test::jeopardyNow().addSecs(60)); // only time moved: the grid stays
    QCOMPARE(resets.count(), 0);

    report.findings.erase(report.findings.begin()); // the critical install drop recovers
    model.setReport(report, test::jeopardyNow().addSecs(120));
    QCOMPARE(resets.count(), 1);
    const QModelIndex cell = heatmap.index(heatmap.rowOfLane(QStringLiteral("field")), heatmap.columnOfQueue(QStringLiteral("field-ops")));
    QCOMPARE(cell.data(JeopardyHeatmapModel::CountRole).toInt(), 1);
    QCOMPARE(cell.data(JeopardyHeatmapModel::LevelRole).toInt(), int(JeopardyLevel::Warning));

    model.setReport(JeopardyReport(), test::jeopardyNow());
    QCOMPARE(heatmap.rowCount(), 0);
    QCOMPARE(heatmap.columnCount(), 0);
}

QTEST_MAIN(TestJeopardyModel)
#include "tst_jeopardymodel.moc"
