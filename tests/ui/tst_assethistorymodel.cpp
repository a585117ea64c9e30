// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// AssetHistoryModel: an asset's events newest first, each readable: what happened, the order (and
// its change orders), who, and what changed before -> after.

#include "accounts/assethistorymodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace fw;

namespace {
QVariantMap state(int quantity, const QVariantMap& attributes)
{
    return { { QStringLiteral("quantity"), quantity }, { QStringLiteral("attributes"), attributes } };
}
} // namespace

class TestAssetHistoryModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void changeText_data()
    {
        QTest::addColumn<QVariantMap>("before");
        QTest::addColumn<QVariantMap>("after");
        QTest::addColumn<QString>("text");
        const QVariantMap full { { QStringLiteral("edition"), QStringLiteral("full") } };
        const QVariantMap pro { { QStringLiteral("edition"), QStringLiteral("pro") } };
        QTest::addRow("created") << QVariantMap() << state(250, full) << "quantity 250; edition full";
        QTest::addRow("more seats") << state(250, full) << state(300, full) << QStringLiteral("quantity 250 \u2192 300");
        QTest::addRow("attribute changed") << state(1, full) << state(1, pro) << QStringLiteral("edition full \u2192 pro");
        QTest::addRow("both") << state(250, full) << state(200, pro) << QStringLiteral("quantity 250 \u2192 200; edition full \u2192 pro");
        QTest::addRow("attribute added") << state(1, {}) << state(1, pro) << QStringLiteral("edition (none) \u2192 pro");
        QTest::addRow("suspension") << state(1, full) << state(1, full) << "no change of quantity or attributes";
    }
    void changeText()
    {
        QFETCH(QVariantMap, before);
        QFETCH(QVariantMap, after);
        QFETCH(QString, text);
        AssetHistoryModel model;
        model.setHistory(QStringLiteral("A/1"),
                         { { QStringLiteral("A/1"),
                             1,
                             QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC),
                             QStringLiteral("changed"),
                             QStringLiteral("SO-2"),
                             {},
                             QStringLiteral("engine"),
                             before,
                             after } });
        QCOMPARE(model.index(0, AssetHistoryModel::ChangeColumn).data().toString(), text);
    }

    void newestFirst()
    {
        AssetHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime at(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        model.setHistory(QStringLiteral("A/1"),
                         { { QStringLiteral("A/1"),
                             1,
                             at,
                             QStringLiteral("created"),
                             QStringLiteral("SO-1"),
                             {},
                             QStringLiteral("engine"),
                             {},
                             state(1, {}) },
                           { QStringLiteral("A/1"),
                             2,
                             at.addDays(3),
                             QStringLiteral("suspended"),
                             QStringLiteral("SO-2"),
                             { QStringLiteral("CHG-1") },
                             QStringLiteral("anna"),
                             state(1, {}),
                             state(1, {}) } });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.assetId(), QStringLiteral("A/1"));
        QCOMPARE(model.index(0, AssetHistoryModel::KindColumn).data().toString(), QStringLiteral("Suspended"));
        QCOMPARE(model.index(0, AssetHistoryModel::OrderColumn).data().toString(), QStringLiteral("SO-2 (+ CHG-1)"));
        QCOMPARE(model.index(0, AssetHistoryModel::ActorColumn).data().toString(), QStringLiteral("anna"));
        QCOMPARE(model.index(0, 0).data(AssetHistoryModel::OrderIdRole).toString(), QStringLiteral("SO-2"));
        QCOMPARE(model.index(1, AssetHistoryModel::KindColumn).data().toString(), QStringLiteral("Created"));
        QCOMPARE(model.index(1, AssetHistoryModel::WhenColumn).data().toString(),
                 at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
};

QTEST_GUILESS_MAIN(TestAssetHistoryModel)
#include "tst_assethistorymodel.moc"
