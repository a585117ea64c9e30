// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "uitestdata.h"

#include "domain/plan.h"
#include "preview/fulfillmentlinemodel.h"
#include "planning/planningpipeline.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace fw;

class TestFulfillmentLineModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rowsFollowDecomposition();
    void lineColumns_data();
    void lineColumns();
    void assetLines_data();
    void assetLines();
    void clear();

private:
    QModelIndex findLine(const FulfillmentLineModel& model, const QString& id) const;

    std::shared_ptr<const Catalog> m_catalog;
    std::shared_ptr<const OrchestrationPlan> m_plan;
};

void TestFulfillmentLineModel::initTestCase()
{
    PlanningOutcome outcome = planFromFiles(test::miniCatalog(), test::miniOrder());
    QVERIFY(outcome.ok());
    m_catalog = outcome.catalog;
    m_plan = std::make_shared<const OrchestrationPlan>(std::move(*outcome.plan));
}

QModelIndex TestFulfillmentLineModel::findLine(const FulfillmentLineModel& model, const QString& id) const
{
    const auto matches = model.match(model.index(0, 0), FulfillmentLineModel::LineIdRole, id, 1, Qt::MatchExactly);
    return matches.isEmpty() ? QModelIndex() : matches.constFirst();
}

void TestFulfillmentLineModel::rowsFollowDecomposition()
{
    FulfillmentLineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(m_catalog, m_plan);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(FulfillmentLineModel::ColumnCount));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, FulfillmentLineModel::LineColumn).data().toString(), m_plan->lines[static_cast<std::size_t>(row)].id);
    QCOMPARE(model.headerData(FulfillmentLineModel::SourceItemsColumn, Qt::Horizontal).toString(), QStringLiteral("Source items"));
}

void TestFulfillmentLineModel::lineColumns_data()
{
    QTest::addColumn<QString>("lineId");
    QTest::addColumn<QStringList>("columns"); // line, product, source items, rule, scope, asset, attributes
    QTest::addColumn<int>("steps");

    QTest::addRow("line item with a mapped attribute")
        << QStringLiteral("F1.F_ACCESS") << QStringList { QStringLiteral("F1.F_ACCESS"), QStringLiteral("Access line (F_ACCESS)"),
                                                          QStringLiteral("F1"),          QStringLiteral("R_FIBER"),
                                                          QStringLiteral("Line item"),   QString(),
                                                          QStringLiteral("speed=1G") }
        << 3;
    QTest::addRow("order-scope line merging two items") << QStringLiteral("order.F_BILLING")
                                                        << QStringList { QStringLiteral("order.F_BILLING"),
                                                                         QStringLiteral("Billing account (F_BILLING)"),
                                                                         QStringLiteral("F1, F2"),
                                                                         QStringLiteral("R_FIBER_BILLING"),
                                                                         QStringLiteral("Order"),
                                                                         QString(),
                                                                         QString() }
                                                        << 1;
    QTest::addRow("shipment") << QStringLiteral("R1.F_SHIP")
                              << QStringList { QStringLiteral("R1.F_SHIP"),
                                               QStringLiteral("Hardware shipment (F_SHIP)"),
                                               QStringLiteral("R1"),
                                               QStringLiteral("R_ROUTER"),
                                               QStringLiteral("Line item"),
                                               QString(),
                                               QString() }
                              << 2;
}

void TestFulfillmentLineModel::lineColumns()
{
    QFETCH(QString, lineId);
    QFETCH(QStringList, columns);
    QFETCH(int, steps);
    FulfillmentLineModel model;
    model.setPlan(m_catalog, m_plan);
    const QModelIndex line = findLine(model, lineId);
    QVERIFY(line.isValid());
    for (int column = 0; column < FulfillmentLineModel::ColumnCount; ++column)
        QCOMPARE(line.siblingAtColumn(column).data().toString(), columns.at(column));
    QCOMPARE(line.data(FulfillmentLineModel::StepCountRole).toInt(), steps);
}

// A line of an asset-based item says what it does to the asset; a plan without one has no asset
// lines (the table hides the column).
void TestFulfillmentLineModel::assetLines_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("changeKind");
    QTest::addColumn<int>("delta");
    QTest::addColumn<QStringList>("changed");
    QTest::addColumn<QString>("expected");
    QTest::addRow("+50 seats") << QStringLiteral("change") << QStringLiteral("increase") << 50 << QStringList()
                               << QStringLiteral("Change of SO-A1/S1-U: +50, new total 150");
    QTest::addRow("-50 seats") << QStringLiteral("change") << QStringLiteral("decrease") << -50 << QStringList()
                               << QStringLiteral("Change of SO-A1/S1-U: \u221250, new total 150");
    QTest::addRow("new bandwidth") << QStringLiteral("change") << QStringLiteral("modify") << 0
                                   << QStringList { QStringLiteral("bandwidth") } << QStringLiteral("Change of SO-A1/S1-U: bandwidth");
    QTest::addRow("disconnect") << QStringLiteral("disconnect") << QString() << 0 << QStringList()
                                << QStringLiteral("Disconnect of SO-A1/S1-U");
}

void TestFulfillmentLineModel::assetLines()
{
    QFETCH(QString, action);
    QFETCH(QString, changeKind);
    QFETCH(int, delta);
    QFETCH(QStringList, changed);
    QFETCH(QString, expected);
    auto plan = std::make_shared<OrchestrationPlan>(*m_plan);
    FulfillmentLine& line = plan->lines.front();
    line.action = action;
    line.assetRef = QStringLiteral("SO-A1/S1-U");
    line.changeKind = changeKind;
    line.quantityDelta = delta;
    line.totalQuantity = 150;
    line.changedAttributes = changed;
    FulfillmentLineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(m_catalog, m_plan);
    QVERIFY(!model.hasAssetLines());
    QCOMPARE(model.index(0, FulfillmentLineModel::AssetColumn).data().toString(), QString());
    model.setPlan(m_catalog, plan);
    QVERIFY(model.hasAssetLines());
    QCOMPARE(model.index(0, FulfillmentLineModel::AssetColumn).data().toString(), expected);
    QCOMPARE(model.index(1, FulfillmentLineModel::AssetColumn).data().toString(), QString()); // a line of a new item
    QCOMPARE(model.headerData(FulfillmentLineModel::AssetColumn, Qt::Horizontal).toString(), QStringLiteral("Asset"));
}

void TestFulfillmentLineModel::clear()
{
    FulfillmentLineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(m_catalog, m_plan);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestFulfillmentLineModel)
#include "tst_fulfillmentlinemodel.moc"
