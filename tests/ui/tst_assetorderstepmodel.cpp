// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// AssetOrderStepModel: a previewed plan's steps grouped under their lanes, lanes in the order
// their first step comes, steps in plan order.

#include "accounts/assetorderstepmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace fw;

class TestAssetOrderStepModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lanes_data()
    {
        QTest::addColumn<QStringList>("laneOfEachStep"); // in plan order
        QTest::addColumn<QStringList>("lanes");
        QTest::addColumn<QList<int>>("stepsPerLane");
        QTest::addRow("one lane") << QStringList { QStringLiteral("Licensing") } << QStringList { QStringLiteral("Licensing (1 step(s))") }
                                  << QList<int> { 1 };
        QTest::addRow("interleaved") << QStringList { QStringLiteral("Provisioning"), QStringLiteral("Billing"),
                                                      QStringLiteral("Provisioning") }
                                     << QStringList { QStringLiteral("Provisioning (2 step(s))"), QStringLiteral("Billing (1 step(s))") }
                                     << QList<int> { 2, 1 };
        QTest::addRow("none") << QStringList() << QStringList() << QList<int>();
    }
    void lanes()
    {
        QFETCH(QStringList, laneOfEachStep);
        QFETCH(QStringList, lanes);
        QFETCH(QList<int>, stepsPerLane);
        std::vector<AssetOrderPreview::Step> steps;
        for (int i = 0; i < laneOfEachStep.size(); ++i) {
            AssetOrderPreview::Step step;
            step.id = QStringLiteral("s%1").arg(i);
            step.name = QStringLiteral("Step %1").arg(i);
            step.laneName = laneOfEachStep[i];
            step.type = QStringLiteral("callout");
            step.lines = { QStringLiteral("1.X") };
            steps.push_back(step);
        }
        AssetOrderStepModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSteps(steps);
        QCOMPARE(model.rowCount(), lanes.size());
        for (int lane = 0; lane < lanes.size(); ++lane) {
            const QModelIndex index = model.index(lane, 0);
            QCOMPARE(index.data().toString(), lanes[lane]);
            QCOMPARE(model.rowCount(index), stepsPerLane[lane]);
            QCOMPARE(model.parent(model.index(0, 0, index)), index);
        }
        if (!lanes.isEmpty()) {
            const QModelIndex first = model.index(0, 0, model.index(0, 0));
            QCOMPARE(first.data().toString(), QStringLiteral("Step 0"));
            QCOMPARE(first.siblingAtColumn(AssetOrderStepModel::TypeColumn).data().toString(), QStringLiteral("callout"));
            QCOMPARE(first.siblingAtColumn(AssetOrderStepModel::LinesColumn).data().toString(), QStringLiteral("1.X"));
        }
    }
};

QTEST_GUILESS_MAIN(TestAssetOrderStepModel)
#include "tst_assetorderstepmodel.moc"
