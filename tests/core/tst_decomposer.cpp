// Decomposition across orders: account-scoped lines are created once per account.

#include "catalog/catalogreader.h"
#include "decomposition/decomposer.h"
#include "order/orderreader.h"
#include "planning/planner.h"

#include <QTest>

using namespace fw;

class TestDecomposer : public QObject {
    Q_OBJECT

    std::shared_ptr<const Catalog> m_catalog;

    Order loadOrder(const QString& path)
    {
        OrderLoad load = OrderReader::readFile(path, *m_catalog);
        if (!load.ok())
            qFatal("cannot load %s", qPrintable(path));
        return *load.order;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const CatalogLoad load = CatalogReader::readFile(QStringLiteral(FW_TEST_DATA_DIR "/plan/shared-catalog.json"));
        QVERIFY(load.ok());
        m_catalog = load.catalog;
    }

    void accountLineIsCreatedOncePerAccount()
    {
        Order first = loadOrder(QStringLiteral(FW_TEST_DATA_DIR "/plan/apac-satellite/order.json"));
        Order second = first;
        second.id = QStringLiteral("SO-APAC-2");
        InMemoryAccountLineRegistry registry;
        const Decomposer decomposer(*m_catalog, &registry);
        const Decomposition a = decomposer.decompose(first, QStringLiteral("first.json"));
        const Decomposition b = decomposer.decompose(second, QStringLiteral("second.json"));
        QVERIFY(a.problems.empty() && b.problems.empty());
        const auto managed = [](const Decomposition& d) {
            return *std::find_if(d.lines.begin(), d.lines.end(),
                                 [](const FulfillmentLine& l) { return l.product == QStringLiteral("F_MANAGED"); });
        };
        QCOMPARE(managed(a).id, QStringLiteral("account.ACC-SG-1.F_MANAGED"));
        QCOMPARE(managed(a).ownerOrder, QStringLiteral("SO-APAC-1"));
        QCOMPARE(managed(a).quantity, 2); // M1 and M2 merged
        QCOMPARE(managed(b).ownerOrder, QStringLiteral("SO-APAC-1")); // already fulfilled by the first order

        // The second order's plan has no steps for the line the first order fulfils.
        const PlanResult planned = Planner(*m_catalog).plan(second, b.lines, QStringLiteral("second.json"));
        QVERIFY(planned.plan.has_value());
        for (const auto& step : planned.plan->steps)
            QVERIFY2(!step.lines.contains(QStringLiteral("account.ACC-SG-1.F_MANAGED")), qPrintable(step.id));
        QCOMPARE(planned.plan->steps.size(), std::size_t(1));
    }

    void orderScopeMergesItemsAndQuantities()
    {
        Order order = loadOrder(QStringLiteral(FW_TEST_DATA_DIR "/plan/emea-bundle/order.json"));
        const Decomposition d = Decomposer(*m_catalog).decompose(order, QStringLiteral("o.json"));
        const auto ip = std::find_if(d.lines.begin(), d.lines.end(),
                                     [](const FulfillmentLine& l) { return l.id == QStringLiteral("order.F_IP"); });
        QVERIFY(ip != d.lines.end());
        QCOMPARE(ip->sourceItems, (QStringList { QStringLiteral("IP1"), QStringLiteral("IP2") }));
        QCOMPARE(ip->quantity, 2);
        QCOMPARE(ip->bundleItem, QStringLiteral("B1"));
    }

    void routingFollowsAccountRegion()
    {
        Order order = loadOrder(QStringLiteral(FW_TEST_DATA_DIR "/plan/emea-bundle/order.json"));
        const auto shipLine = [&]() {
            const Decomposition d = Decomposer(*m_catalog).decompose(order, QStringLiteral("o.json"));
            return *std::find_if(d.lines.begin(), d.lines.end(),
                                 [](const FulfillmentLine& l) { return l.product.startsWith(QStringLiteral("F_SHIP")); });
        };
        QCOMPARE(shipLine().product, QStringLiteral("F_SHIP_EU"));
        QCOMPARE(shipLine().attributes.value(QStringLiteral("warehouse")).toString(), QStringLiteral("EU-WH-1"));
        QCOMPARE(shipLine().attributes.value(QStringLiteral("model")).toString(), QStringLiteral("pro"));
        order.account.region = QStringLiteral("NA");
        QCOMPARE(shipLine().product, QStringLiteral("F_SHIP_US"));
        QCOMPARE(shipLine().rule, QStringLiteral("R_ROUTER_US"));
    }
};

QTEST_GUILESS_MAIN(TestDecomposer)
#include "tst_decomposer.moc"
