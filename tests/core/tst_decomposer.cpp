// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

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
        QCOMPARE(managed(b).ownerOrder, QStringLiteral("SO-APAC-1")); // a supplement to the first order's line
        QCOMPARE(managed(b).quantity, 2); // the second order's own items, not the first's
        QCOMPARE(managed(b).sourceItems, (QStringList { QStringLiteral("M1"), QStringLiteral("M2") }));

        // The second order fulfils its supplement itself (it used to get no steps, so the engine
        // cancelled an order made only of account items).
        const PlanResult planned = Planner(*m_catalog).plan(second, b.lines, QStringLiteral("second.json"));
        QVERIFY(planned.plan.has_value());
        const auto onManaged = std::count_if(planned.plan->steps.begin(), planned.plan->steps.end(), [](const PlanStep& step) {
            return step.lines.contains(QStringLiteral("account.ACC-SG-1.F_MANAGED"));
        });
        QCOMPARE(onManaged, 1);
    }

    // A scenario tells a supplement by line.supplement: the owner sets the tenant up, a later order adds seats.
    void supplementPicksItsOwnScenario()
    {
        const QString dir = QStringLiteral(FW_TEST_DATA_DIR "/engine/account-lines/");
        const CatalogLoad catalog = CatalogReader::readFile(dir + QStringLiteral("catalog.json"));
        QVERIFY(catalog.ok());
        InMemoryAccountLineRegistry registry;
        const Decomposer decomposer(*catalog.catalog, &registry);
        QStringList definitions;
        for (const char* file : { "first-order.json", "second-order.json" }) {
            const OrderLoad order = OrderReader::readFile(dir + QLatin1String(file), *catalog.catalog);
            QVERIFY(order.ok());
            const Decomposition d = decomposer.decompose(*order.order, QLatin1String(file));
            QVERIFY(d.problems.empty());
            QCOMPARE(d.lines.size(), std::size_t(1));
            const PlanResult planned = Planner(*catalog.catalog).plan(*order.order, d.lines, QLatin1String(file));
            QVERIFY(planned.plan.has_value());
            QVERIFY(!planned.plan->steps.empty());
            definitions << planned.plan->steps.front().planDefinition + QLatin1Char(':') + QString::number(d.lines.front().quantity);
        }
        QCOMPARE(definitions, (QStringList { QStringLiteral("PD_TENANT:7"), QStringLiteral("PD_ADD_SEATS:3") }));
    }

    void orderScopeMergesItemsAndQuantities()
    {
        Order order = loadOrder(QStringLiteral(FW_TEST_DATA_DIR "/plan/emea-bundle/order.json"));
        const Decomposition d = Decomposer(*m_catalog).decompose(order, QStringLiteral("o.json"));
        const auto ip
            = std::find_if(d.lines.begin(), d.lines.end(), [](const FulfillmentLine& l) { return l.id == QStringLiteral("order.F_IP"); });
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
