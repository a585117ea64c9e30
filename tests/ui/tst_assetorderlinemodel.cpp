// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// AssetOrderLineModel: each previewed line's change against its asset, readable.

#include "accounts/assetorderlinemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace fw;

class TestAssetOrderLineModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void change_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("changeKind");
        QTest::addColumn<int>("delta");
        QTest::addColumn<QStringList>("attributes");
        QTest::addColumn<QString>("text");
        QTest::addRow("more seats") << "change"
                                    << "increase" << 50 << QStringList() << "+50 (increase)";
        QTest::addRow("fewer seats") << "change"
                                     << "decrease" << -1200 << QStringList() << QStringLiteral("\u22121,200 (decrease)");
        QTest::addRow("upgrade") << "change"
                                 << "modify" << 0 << QStringList { QStringLiteral("bandwidth") } << "modify: bandwidth";
        QTest::addRow("suspend") << "suspend"
                                 << "" << 0 << QStringList() << "Suspend";
        QTest::addRow("disconnect") << "disconnect"
                                    << "" << 0 << QStringList() << "Disconnect";
    }
    void change()
    {
        QFETCH(QString, action);
        QFETCH(QString, changeKind);
        QFETCH(int, delta);
        QFETCH(QStringList, attributes);
        QFETCH(QString, text);
        AssetOrderLineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AssetOrderPreview::Line line;
        line.id = QStringLiteral("1.SEATS");
        line.product = QStringLiteral("SEAT_ASSIGNMENT");
        line.action = action;
        line.changeKind = changeKind;
        line.quantityDelta = delta;
        line.totalQuantity = 1300;
        line.changedAttributes = attributes;
        model.setLines({ line });
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, AssetOrderLineModel::ChangeColumn).data().toString(), text);
        QCOMPARE(model.index(0, AssetOrderLineModel::TotalColumn).data().toString(), QStringLiteral("1,300"));
        QCOMPARE(model.index(0, AssetOrderLineModel::LineColumn).data().toString(), QStringLiteral("1.SEATS"));
    }
};

QTEST_GUILESS_MAIN(TestAssetOrderLineModel)
#include "tst_assetorderlinemodel.moc"
