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
