// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// RunningOrders: the run loop's orders by id. Dropping an order (its lease went to another
// workstation) must leave every other order findable under its own id.

#include "engine/runningorders.h"

#include <QTest>

using namespace fw;

class TestRunningOrders : public QObject {
    Q_OBJECT

    static OrderRuntime order(const QString& id)
    {
        OrderRuntime order;
        order.orderId = id;
        return order;
    }
    static QStringList ids(const RunningOrders& orders)
    {
        QStringList ids;
        for (const QString& id : orders.ids())
            ids << id;
        return ids;
    }

private Q_SLOTS:
    void droppingKeepsTheOthersFindable_data()
    {
        QTest::addColumn<QString>("drop");
        QTest::addColumn<bool>("dropped");
        QTest::addColumn<QStringList>("left");
        QTest::addRow("first") << "A" << true << QStringList { QStringLiteral("D"), QStringLiteral("B"), QStringLiteral("C") };
        QTest::addRow("middle") << "B" << true << QStringList { QStringLiteral("A"), QStringLiteral("D"), QStringLiteral("C") };
        QTest::addRow("last") << "D" << true << QStringList { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") };
        QTest::addRow("not held") << "X" << false
                                  << QStringList { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D") };
    }
    void droppingKeepsTheOthersFindable()
    {
        QFETCH(QString, drop);
        QFETCH(bool, dropped);
        QFETCH(QStringList, left);
        RunningOrders orders;
        orders.reset({ order(QStringLiteral("A")), order(QStringLiteral("B")), order(QStringLiteral("C")) });
        orders.add(order(QStringLiteral("D")));
        QCOMPARE(orders.drop(drop), dropped);
        QCOMPARE(ids(orders), left);
        for (const QString& id : left) {
            QVERIFY2(orders.find(id), qPrintable(id));
            QCOMPARE(orders.find(id)->orderId, id);
        }
        QVERIFY(!orders.find(drop) || !dropped);
    }

    // Orders waiting in the store come due by their time, the earliest first; those waiting for an
    // event never do; reading one back (add) and dropping one leave the others as they were.
    void waitingOrdersComeDueByTheirTime()
    {
        const QDateTime t0(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
        RunningOrders orders;
        orders.add(order(QStringLiteral("R")));
        orders.wait(QStringLiteral("LATE"), t0.addSecs(10));
        orders.wait(QStringLiteral("SOON"), t0.addSecs(5));
        orders.wait(QStringLiteral("EVENT"), QDateTime());
        orders.wait(QStringLiteral("NOW"), QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
        orders.wait(QStringLiteral("R"), t0.addSecs(1)); // leaves memory
        QVERIFY(!orders.find(QStringLiteral("R")));
        QCOMPARE(orders.size(), std::size_t(5));
        QCOMPARE(orders.residentCount(), std::size_t(0));
        QCOMPARE(orders.due(t0.addSecs(7), 10),
                 (std::vector<QString> { QStringLiteral("NOW"), QStringLiteral("R"), QStringLiteral("SOON") }));
        QCOMPARE(orders.due(t0.addSecs(7), 2), (std::vector<QString> { QStringLiteral("NOW"), QStringLiteral("R") }));
        QVERIFY(!orders.anyDue(QDateTime::fromMSecsSinceEpoch(-1, Qt::UTC)));

        orders.add(order(QStringLiteral("SOON"))); // read back
        QVERIFY(orders.find(QStringLiteral("SOON")) && !orders.isWaiting(QStringLiteral("SOON")));
        QVERIFY(orders.drop(QStringLiteral("NOW")));
        QVERIFY(orders.drop(QStringLiteral("EVENT")));
        QVERIFY(!orders.holds(QStringLiteral("EVENT")));
        QCOMPARE(orders.due(t0.addSecs(60), 10), (std::vector<QString> { QStringLiteral("R"), QStringLiteral("LATE") }));
        QCOMPARE(ids(orders).size(), 3);
    }

    void resetReplacesEveryOrder()
    {
        RunningOrders orders;
        orders.add(order(QStringLiteral("A")));
        orders.reset({ order(QStringLiteral("B")) });
        QVERIFY(!orders.find(QStringLiteral("A")));
        QCOMPARE(ids(orders), QStringList { QStringLiteral("B") });
    }
};

QTEST_GUILESS_MAIN(TestRunningOrders)
#include "tst_runningorders.moc"
