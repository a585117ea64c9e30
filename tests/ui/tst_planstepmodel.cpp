// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "uitestdata.h"

#include "domain/catalog.h"
#include "domain/plan.h"
#include "preview/planstepmodel.h"
#include "planning/planningpipeline.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTest>

using namespace fw;

class TestPlanStepModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lanesInPlanOrder();
    void stepColumns_data();
    void stepColumns();
    void stepsKeepPlanOrderWithinLane();
    void laneRowsAreBold();
    void unknownLaneFallsBackToId();
    void clear();

private:
    std::shared_ptr<const Catalog> m_catalog;
    std::shared_ptr<const OrchestrationPlan> m_plan;
};

void TestPlanStepModel::initTestCase()
{
    PlanningOutcome outcome = planFromFiles(test::miniCatalog(), test::miniOrder());
    QStringList problems;
    for (const auto& problem : outcome.problems)
        problems << problem.toString();
    QVERIFY2(outcome.ok(), qPrintable(problems.join(QLatin1Char('\n'))));
    m_catalog = outcome.catalog;
    m_plan = std::make_shared<const OrchestrationPlan>(std::move(*outcome.plan));
}

void TestPlanStepModel::lanesInPlanOrder()
{
    PlanStepModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(m_catalog, m_plan);

    // "care" is a catalog lane without steps: it is not shown.
    const QStringList expectedLanes { QStringLiteral("logistics"), QStringLiteral("field"), QStringLiteral("billing") };
    const QStringList expectedNames { QStringLiteral("Logistics"), QStringLiteral("Field Service"), QStringLiteral("Billing") };
    const int expectedSteps[] = { 2, 6, 1 };
    QCOMPARE(model.rowCount(), 3);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex lane = model.index(row, 0);
        QCOMPARE(lane.data(PlanStepModel::LaneIdRole).toString(), expectedLanes.at(row));
        QVERIFY(lane.data(PlanStepModel::IsLaneRole).toBool());
        QVERIFY2(lane.data().toString().startsWith(expectedNames.at(row)), qPrintable(lane.data().toString()));
        QCOMPARE(model.rowCount(lane), expectedSteps[row]);
        QCOMPARE(lane.data(PlanStepModel::StepCountRole).toInt(), expectedSteps[row]);
        QCOMPARE(model.laneIndex(expectedLanes.at(row)), lane);
    }
    QVERIFY(!model.laneIndex(QStringLiteral("care")).isValid());
    QCOMPARE(model.stepCount(), 9);
}

void TestPlanStepModel::stepColumns_data()
{
    QTest::addColumn<QString>("stepId");
    QTest::addColumn<QString>("lane");
    QTest::addColumn<QStringList>("columns"); // name, type, scope, id, depends on, duration, PONR

    QTest::addRow("callout with point of no return")
        << QStringLiteral("line:R1.F_SHIP/ship") << QStringLiteral("logistics") << QStringList { QStringLiteral("Ship router"),
                                                                                                 QStringLiteral("Callout"),
                                                                                                 QStringLiteral("Line item"),
                                                                                                 QStringLiteral("line:R1.F_SHIP/ship"),
                                                                                                 QStringLiteral("Reserve router"),
                                                                                                 QStringLiteral("1d"),
                                                                                                 QStringLiteral("Yes") };
    QTest::addRow("manual task after a cross-plan dependency") << QStringLiteral("line:F1.F_ACCESS/schedule") << QStringLiteral("field")
                                                               << QStringList { QStringLiteral("Schedule technician"),
                                                                                QStringLiteral("Manual task"),
                                                                                QStringLiteral("Line item"),
                                                                                QStringLiteral("line:F1.F_ACCESS/schedule"),
                                                                                QStringLiteral("Ship router"),
                                                                                QStringLiteral("1d"),
                                                                                QString() };
    QTest::addRow("ambiguous dependency names carry their scope key")
        << QStringLiteral("line:F2.F_ACCESS/install") << QStringLiteral("field")
        << QStringList { QStringLiteral("Install access"),
                         QStringLiteral("Automatic task"),
                         QStringLiteral("Line item"),
                         QStringLiteral("line:F2.F_ACCESS/install"),
                         QStringLiteral("Schedule technician (F2.F_ACCESS)"),
                         QStringLiteral("4h30m"),
                         QString() };
    QTest::addRow("milestone without duration") << QStringLiteral("line:F1.F_ACCESS/installed") << QStringLiteral("field")
                                                << QStringList { QStringLiteral("Installation complete"),
                                                                 QStringLiteral("Milestone"),
                                                                 QStringLiteral("Line item"),
                                                                 QStringLiteral("line:F1.F_ACCESS/installed"),
                                                                 QStringLiteral("Install access (F1.F_ACCESS)"),
                                                                 QString(),
                                                                 QStringLiteral("Yes") };
    QTest::addRow("plan-scope step waiting for every line")
        << QStringLiteral("plan:PD_BILLING/start") << QStringLiteral("billing")
        << QStringList { QStringLiteral("Start monthly billing"),
                         QStringLiteral("Automatic task"),
                         QStringLiteral("Plan"),
                         QStringLiteral("plan:PD_BILLING/start"),
                         QStringLiteral("Installation complete (F1.F_ACCESS), Installation complete (F2.F_ACCESS)"),
                         QStringLiteral("2m"),
                         QString() };
}

void TestPlanStepModel::stepColumns()
{
    QFETCH(QString, stepId);
    QFETCH(QString, lane);
    QFETCH(QStringList, columns);
    PlanStepModel model;
    model.setPlan(m_catalog, m_plan);

    const QModelIndex step = model.stepIndex(stepId);
    QVERIFY(step.isValid());
    QCOMPARE(step.parent(), model.laneIndex(lane));
    QCOMPARE(step.data(PlanStepModel::StepIdRole).toString(), stepId);
    QCOMPARE(step.data(PlanStepModel::LaneIdRole).toString(), lane);
    QCOMPARE(columns.size(), int(PlanStepModel::ColumnCount));
    for (int column = 0; column < PlanStepModel::ColumnCount; ++column)
        QCOMPARE(step.siblingAtColumn(column).data().toString(), columns.at(column));
    // The duration sorts by seconds, not by its text.
    const qint64 seconds = m_plan->steps[static_cast<std::size_t>(step.data(PlanStepModel::StepIndexRole).toInt())].estimatedSeconds;
    QCOMPARE(step.siblingAtColumn(PlanStepModel::DurationColumn).data(PlanStepModel::SortRole).toLongLong(), seconds);
}

void TestPlanStepModel::stepsKeepPlanOrderWithinLane()
{
    PlanStepModel model;
    model.setPlan(m_catalog, m_plan);
    const QModelIndex field = model.laneIndex(QStringLiteral("field"));
    int previous = -1;
    QStringList names;
    for (int row = 0; row < model.rowCount(field); ++row) {
        const int stepIndex = model.index(row, 0, field).data(PlanStepModel::StepIndexRole).toInt();
        QVERIFY2(stepIndex > previous, "steps within a lane follow the plan's topological order");
        previous = stepIndex;
        names << model.index(row, 0, field).data().toString();
    }
    // Every technician visit is scheduled before any installation starts in this plan.
    QCOMPARE(names.indexOf(QStringLiteral("Schedule technician")), 0);
    QVERIFY(names.lastIndexOf(QStringLiteral("Schedule technician")) < names.indexOf(QStringLiteral("Install access")));
}

void TestPlanStepModel::laneRowsAreBold()
{
    PlanStepModel model;
    model.setPlan(m_catalog, m_plan);
    const QModelIndex lane = model.laneIndex(QStringLiteral("billing"));
    QVERIFY(qvariant_cast<QFont>(lane.data(Qt::FontRole)).bold());
    QVERIFY(!model.index(0, 0, lane).data(Qt::FontRole).isValid());
    QVERIFY(lane.data().toString().contains(QLatin1Char('1'))); // "Billing — 1 step"
    QVERIFY(model.flags(model.index(0, 0, lane)).testFlag(Qt::ItemNeverHasChildren));
}

void TestPlanStepModel::unknownLaneFallsBackToId()
{
    // A plan whose lane the catalog does not know (e.g. made from another catalog version).
    auto plan = std::make_shared<OrchestrationPlan>();
    plan->orderId = QStringLiteral("SO-X");
    PlanStep step;
    step.id = QStringLiteral("plan:PD/x");
    step.name = QStringLiteral("Orphan");
    step.lane = QStringLiteral("nowhere");
    plan->steps.push_back(step);
    PlanStepModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(m_catalog, m_plan);
    model.setPlan(m_catalog, plan);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(PlanStepModel::LaneIdRole).toString(), QStringLiteral("nowhere"));
    QVERIFY(model.index(0, 0).data().toString().startsWith(QStringLiteral("nowhere")));
    QCOMPARE(model.index(0, PlanStepModel::NameColumn, model.index(0, 0)).data().toString(), QStringLiteral("Orphan"));
}

void TestPlanStepModel::clear()
{
    PlanStepModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(m_catalog, m_plan);
    QVERIFY(model.rowCount() > 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.stepIndex(QStringLiteral("plan:PD_BILLING/start")).isValid());
    QCOMPARE(model.plan(), nullptr);
}

QTEST_MAIN(TestPlanStepModel)
#include "tst_planstepmodel.moc"
