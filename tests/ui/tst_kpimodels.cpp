// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "kpitestdata.h"

#include "dashboard/drillordermodel.h"
#include "dashboard/kpimodels.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace fw;

// The dashboard's item models over a hand-made KpiReport (kpitestdata.h): rows, formatted texts,
// the numbers the charts map (KpiValueRole) and the keys a drill-down names. C locale (LC_ALL=C.UTF-8).
class TestKpiModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dayModel_data();
    void dayModel();
    void histogram_data();
    void histogram();
    void laneAdherence_data();
    void laneAdherence();
    void falloutBySignatureElidesAndKeepsTopTen();
    void falloutByLane();
    void queueLoad_data();
    void queueLoad();
    void chartProxyAnswersDisplayWithValues();
    void smallerReportReplacesRows();
    void drillOrders();
};

namespace {
struct Tested {
    explicit Tested(QAbstractItemModel* model)
        : tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
    }
    QAbstractItemModelTester tester;
};
} // namespace

void TestKpiModels::dayModel_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");
    QTest::addColumn<double>("value");
    QTest::addRow("day 0") << 0 << int(KpiDayModel::DayColumn) << QStringLiteral("2026-03-02") << 0.0;
    QTest::addRow("day 3") << 3 << int(KpiDayModel::DayColumn) << QStringLiteral("2026-03-05") << 3.0;
    QTest::addRow("completed") << 1 << int(KpiDayModel::CompletedColumn) << QStringLiteral("12") << 12.0;
    QTest::addRow("cancelled") << 2 << int(KpiDayModel::CancelledColumn) << QStringLiteral("2") << 2.0;
    QTest::addRow("median") << 1 << int(KpiDayModel::MedianCycleColumn) << QStringLiteral("2.5 h") << 2.5;
    QTest::addRow("p90") << 2 << int(KpiDayModel::P90CycleColumn) << QStringLiteral("12.0 h") << 12.0;
    QTest::addRow("fallout rate 1/10") << 0 << int(KpiDayModel::FalloutRateColumn) << QStringLiteral("10.0 %") << 10.0;
    QTest::addRow("fallout rate 1/10 with cancelled") << 2 << int(KpiDayModel::FalloutRateColumn) << QStringLiteral("10.0 %") << 10.0;
    QTest::addRow("fallout rate none") << 1 << int(KpiDayModel::FalloutRateColumn) << QStringLiteral("0.0 %") << 0.0;
    QTest::addRow("touchless 9/12") << 1 << int(KpiDayModel::TouchlessColumn) << QStringLiteral("75.0 %") << 75.0;
    QTest::addRow("empty day") << 3 << int(KpiDayModel::TouchlessColumn) << QStringLiteral("0.0 %") << 0.0;
}

void TestKpiModels::dayModel()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, display);
    QFETCH(double, value);
    KpiDayModel model;
    Tested tested(&model);
    model.setReport(test::sampleKpiReport());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 7);
    const QModelIndex index = model.index(row, column);
    QCOMPARE(index.data().toString(), display);
    QCOMPARE(index.data(KpiValueRole).toDouble(), value);
    QCOMPARE(index.data(KpiKeyRole).toDate(), test::kpiDay(row));
    QVERIFY(!index.data(Qt::ToolTipRole).toString().isEmpty());
}

void TestKpiModels::histogram_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("orders");
    QTest::addColumn<QString>("share");
    QTest::addRow("first") << 0 << QStringLiteral("< 1h") << 4 << QStringLiteral("13.3 %");
    QTest::addRow("largest") << 1 << QStringLiteral("1-4h") << 15 << QStringLiteral("50.0 %");
    QTest::addRow("1-2d") << 4 << QStringLiteral("1-2d") << 1 << QStringLiteral("3.3 %");
    QTest::addRow("open-ended, empty") << 6 << QStringLiteral(">= 5d") << 0 << QStringLiteral("0.0 %");
}

void TestKpiModels::histogram()
{
    QFETCH(int, row);
    QFETCH(QString, label);
    QFETCH(int, orders);
    QFETCH(QString, share);
    CycleHistogramModel model;
    Tested tested(&model);
    model.setReport(test::sampleKpiReport());
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.index(row, CycleHistogramModel::BucketColumn).data().toString(), label);
    QCOMPARE(model.index(row, CycleHistogramModel::BucketColumn).data(KpiValueRole).toInt(), row);
    QCOMPARE(model.index(row, CycleHistogramModel::OrdersColumn).data(KpiValueRole).toInt(), orders);
    QCOMPARE(model.index(row, CycleHistogramModel::OrdersColumn).data().toString(), QString::number(orders));
    QCOMPARE(model.index(row, CycleHistogramModel::ShareColumn).data().toString(), share);
}

void TestKpiModels::laneAdherence_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("lane");
    QTest::addColumn<QString>("display");
    QTest::addColumn<double>("value");
    QTest::addRow("billing day 0") << 0 << 0 << QStringLiteral("95.0 %") << 95.0;
    QTest::addRow("logistics day 1") << 1 << 1 << QStringLiteral("80.0 %") << 80.0;
    QTest::addRow("logistics day 2") << 2 << 1 << QStringLiteral("100.0 %") << 100.0;
    QTest::addRow("provisioning without steps") << 0 << 2 << QStringLiteral("\u2013") << 100.0;
    QTest::addRow("billing on the empty day") << 3 << 0 << QStringLiteral("\u2013") << 100.0;
}

void TestKpiModels::laneAdherence()
{
    QFETCH(int, row);
    QFETCH(int, lane);
    QFETCH(QString, display);
    QFETCH(double, value);
    LaneAdherenceModel model;
    Tested tested(&model);
    model.setReport(test::sampleKpiReport());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.lanes(), QStringList({ QStringLiteral("billing"), QStringLiteral("logistics"), QStringLiteral("provisioning") }));
    QCOMPARE(model.headerData(LaneAdherenceModel::FirstLaneColumn + 1, Qt::Horizontal).toString(), QStringLiteral("Logistics"));
    QCOMPARE(model.index(row, LaneAdherenceModel::DayColumn).data(KpiValueRole).toInt(), row);
    const QModelIndex cell = model.index(row, LaneAdherenceModel::FirstLaneColumn + lane);
    QCOMPARE(cell.data().toString(), display);
    QCOMPARE(cell.data(KpiValueRole).toDouble(), value);
    QCOMPARE(cell.data(KpiKeyRole).toString(), model.lanes()[lane]);
}

void TestKpiModels::falloutBySignatureElidesAndKeepsTopTen()
{
    KpiCountModel model(QStringLiteral("Error signature"), 10, 36);
    Tested tested(&model);
    model.setCounts(test::sampleKpiReport().falloutBySignature);
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex first = model.index(0, KpiCountModel::LabelColumn);
    QCOMPARE(first.data().toString(), QStringLiteral("HTTP 503 from inventory-service POS\u2026"));
    QCOMPARE(first.data(Qt::ToolTipRole).toString(),
             QStringLiteral("HTTP 503 from inventory-service POST /reservations (timeout after 30 s): 2 fallout case(s)"));
    QCOMPARE(first.data(KpiKeyRole).toString(), QStringLiteral("sig-a1"));
    QCOMPARE(model.index(2, KpiCountModel::LabelColumn).data().toString(), QStringLiteral("Address validation failed"));
    QCOMPARE(model.index(0, KpiCountModel::ShareColumn).data().toString(), QStringLiteral("50.0 %"));

    // Twelve signatures, unsorted: the ten largest stay, most first; shares count all twelve.
    std::vector<KpiCount> many;
    for (int i = 1; i <= 12; ++i)
        many.push_back({ QStringLiteral("s%1").arg(i), QString(), i });
    model.setCounts(many);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.keyAt(0), QStringLiteral("s12"));
    QCOMPARE(model.keyAt(9), QStringLiteral("s3"));
    QCOMPARE(model.index(0, KpiCountModel::LabelColumn).data().toString(), QStringLiteral("s12")); // no label: the key
    QCOMPARE(model.index(0, KpiCountModel::CountColumn).data(KpiValueRole).toInt(), 12);
    QCOMPARE(model.index(0, KpiCountModel::ShareColumn).data(KpiValueRole).toDouble(), 12.0 * 100 / 78);
    QCOMPARE(model.keyAt(10), QString());
}

void TestKpiModels::falloutByLane()
{
    KpiCountModel model(QStringLiteral("Lane"));
    Tested tested(&model);
    model.setCounts(test::sampleKpiReport().falloutByLane);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, KpiCountModel::LabelColumn).data().toString(), QStringLiteral("Provisioning"));
    QCOMPARE(model.index(0, KpiCountModel::CountColumn).data(KpiValueRole).toInt(), 3);
    QCOMPARE(model.index(1, KpiCountModel::CountColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.keyAt(1), QStringLiteral("billing"));
    QCOMPARE(model.headerData(KpiCountModel::LabelColumn, Qt::Horizontal).toString(), QStringLiteral("Lane"));
}

void TestKpiModels::queueLoad_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");
    QTest::addColumn<double>("value");
    QTest::addRow("queue") << 1 << int(QueueLoadModel::QueueColumn) << QStringLiteral("provisioning") << 1.0;
    QTest::addRow("kind task") << 0 << int(QueueLoadModel::KindColumn) << QStringLiteral("Tasks") << 0.0;
    QTest::addRow("kind fallout") << 1 << int(QueueLoadModel::KindColumn) << QStringLiteral("Fallout") << 1.0;
    QTest::addRow("open") << 2 << int(QueueLoadModel::OpenColumn) << QStringLiteral("12") << 12.0;
    QTest::addRow("oldest") << 1 << int(QueueLoadModel::OldestAgeColumn) << QStringLiteral("50.0 h") << 50.0;
    QTest::addRow("median") << 2 << int(QueueLoadModel::MedianAgeColumn) << QStringLiteral("0.5 h") << 0.5;
}

void TestKpiModels::queueLoad()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, display);
    QFETCH(double, value);
    QueueLoadModel model;
    Tested tested(&model);
    model.setReport(test::sampleKpiReport());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(row, column).data().toString(), display);
    QCOMPARE(model.index(row, column).data(KpiValueRole).toDouble(), value);
    QCOMPARE(model.categoryAt(1), QStringLiteral("provisioning (fallout)"));
    QCOMPARE(model.categoryAt(0), QStringLiteral("billing-review (tasks)"));
    QCOMPARE(model.queueAt(1), QStringLiteral("provisioning"));
}

void TestKpiModels::chartProxyAnswersDisplayWithValues()
{
    KpiDayModel model;
    ChartValueProxy proxy(&model);
    Tested tested(&proxy);
    model.setReport(test::sampleKpiReport());
    QCOMPARE(proxy.rowCount(), 4);
    QCOMPARE(proxy.index(1, KpiDayModel::MedianCycleColumn).data().toDouble(), 2.5);
    QCOMPARE(proxy.index(2, KpiDayModel::DayColumn).data().toInt(), 2);
    QCOMPARE(proxy.index(2, KpiDayModel::DayColumn).data(Qt::ToolTipRole), model.index(2, KpiDayModel::DayColumn).data(Qt::ToolTipRole));
    QCOMPARE(proxy.headerData(KpiDayModel::CompletedColumn, Qt::Horizontal).toString(), QStringLiteral("Completed"));
}

void TestKpiModels::smallerReportReplacesRows()
{
    KpiDayModel days;
    LaneAdherenceModel lanes;
    QueueLoadModel queues;
    Tested a(&days), b(&lanes), c(&queues);
    days.setReport(test::sampleKpiReport());
    lanes.setReport(test::sampleKpiReport());
    queues.setReport(test::sampleKpiReport());
    days.setReport(test::smallKpiReport());
    lanes.setReport(test::smallKpiReport());
    queues.setReport(test::smallKpiReport());
    QCOMPARE(days.rowCount(), 2);
    QCOMPARE(days.index(0, KpiDayModel::DayColumn).data().toString(), QStringLiteral("2026-03-10"));
    QCOMPARE(lanes.columnCount(), 2);
    QCOMPARE(lanes.index(0, 1).data().toString(), QStringLiteral("\u2013"));
    QCOMPARE(lanes.index(1, 1).data().toString(), QStringLiteral("100.0 %"));
    QCOMPARE(queues.rowCount(), 1);
    days.setReport(KpiReport {});
    QCOMPARE(days.rowCount(), 0);
}

void TestKpiModels::drillOrders()
{
    DrillOrderModel model;
    Tested tested(&model);
    const QDateTime created(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
    model.setOrders({ { QStringLiteral("SO-1"), QStringLiteral("ACME"), QStringLiteral("completed"), created, created.addSecs(5400), 5400,
                        QStringLiteral("activate-line late by 12 min") },
                      { QStringLiteral("SO-2"), QStringLiteral("Globex"), QStringLiteral("in-progress"), created, {}, 0, {} } });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, DrillOrderModel::OrderColumn).data().toString(), QStringLiteral("SO-1"));
    QCOMPARE(model.index(0, DrillOrderModel::StateColumn).data().toString(), QStringLiteral("Completed"));
    QCOMPARE(model.index(0, DrillOrderModel::CycleColumn).data().toString(), QStringLiteral("1.5 h"));
    QCOMPARE(model.index(0, DrillOrderModel::DetailColumn).data().toString(), QStringLiteral("activate-line late by 12 min"));
    QCOMPARE(model.index(1, DrillOrderModel::FinishedColumn).data().toString(), QStringLiteral("not finished"));
    QCOMPARE(model.index(1, DrillOrderModel::CycleColumn).data().toString(), QString());
    QCOMPARE(model.index(1, DrillOrderModel::DetailColumn).data(DrillOrderModel::OrderIdRole).toString(), QStringLiteral("SO-2"));
}

QTEST_GUILESS_MAIN(TestKpiModels)
#include "tst_kpimodels.moc"
