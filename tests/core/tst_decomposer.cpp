// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Decomposition across orders: account-scoped lines are created once per account; per-unit
// destinations make one line per unit or per batch with ids a change order reconciles.

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

    // tests/data/plan/step-conditions-per-unit: DEVICE items make one F_DEVICE_INSTALL line per unit.
    void perUnitMakesOneLinePerUnit_data()
    {
        QTest::addColumn<int>("quantity");
        QTest::addColumn<QStringList>("installLines");
        QTest::addRow("1 device") << 1 << QStringList { QStringLiteral("1.F_DEVICE_INSTALL.u1") };
        QTest::addRow("3 devices") << 3
                                   << QStringList { QStringLiteral("1.F_DEVICE_INSTALL.u1"), QStringLiteral("1.F_DEVICE_INSTALL.u2"),
                                                    QStringLiteral("1.F_DEVICE_INSTALL.u3") };
    }
    void perUnitMakesOneLinePerUnit()
    {
        QFETCH(int, quantity);
        QFETCH(QStringList, installLines);
        const Decomposition d = decomposeUnits({ { QStringLiteral("1"), quantity, QString() } });
        QVERIFY(d.problems.empty());
        QStringList ids;
        for (const FulfillmentLine& line : d.lines) {
            if (line.product == QLatin1String("F_DEVICE_SHIP")) {
                QCOMPARE(line.id, QStringLiteral("1.F_DEVICE_SHIP")); // not per unit: one line, quantities summed
                QCOMPARE(line.quantity, quantity);
                continue;
            }
            if (line.product != QLatin1String("F_DEVICE_INSTALL"))
                continue;
            ids << line.id;
            QCOMPARE(line.quantity, 1);
            QCOMPARE(line.sourceItems, QStringList { QStringLiteral("1") });
            QCOMPARE(line.attributes.value(QStringLiteral("unitIndex")).toInt(), ids.size());
            QCOMPARE(line.attributes.value(QStringLiteral("unitCount")).toInt(), quantity);
            QCOMPARE(line.attributes.value(QStringLiteral("model")).toString(), QStringLiteral("cam-4k")); // mappings kept
        }
        QCOMPARE(ids, installLines);
    }

    // Quantity 3 -> 5 keeps the three lines' ids and adds u4, u5; 5 -> 3 drops exactly those two. More
    // units on started work (a supplement item) continue the numbering.
    void unitIdsSurviveQuantityChanges()
    {
        const QStringList three = installIds(decomposeUnits({ { QStringLiteral("1"), 3, QString() } }));
        const QStringList five = installIds(decomposeUnits({ { QStringLiteral("1"), 5, QString() } }));
        QCOMPARE(five.mid(0, 3), three);
        QCOMPARE(five.mid(3), (QStringList { QStringLiteral("1.F_DEVICE_INSTALL.u4"), QStringLiteral("1.F_DEVICE_INSTALL.u5") }));

        const Decomposition supplemented
            = decomposeUnits({ { QStringLiteral("1"), 3, QString() }, { QStringLiteral("1+CHG-7"), 2, QStringLiteral("1") } });
        QVERIFY(supplemented.problems.empty());
        QCOMPARE(installIds(supplemented), five);
        QStringList sources;
        for (const FulfillmentLine& line : supplemented.lines) {
            if (line.product == QLatin1String("F_DEVICE_INSTALL"))
                sources << line.sourceItems.join(u'+');
        }
        QCOMPARE(sources,
                 (QStringList { QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1+CHG-7"),
                                QStringLiteral("1+CHG-7") }));
    }

    // Order scope, at most 4 a line: 6 + 3 pallets -> 4, 4, 1, the middle batch carrying both items.
    void batchesSplitMergedLines()
    {
        const CatalogLoad catalog = CatalogReader::readFile(QStringLiteral(FW_TEST_DATA_DIR "/plan/per-unit-batches/catalog.json"));
        QVERIFY(catalog.ok());
        const OrderLoad order
            = OrderReader::readFile(QStringLiteral(FW_TEST_DATA_DIR "/plan/per-unit-batches/order.json"), *catalog.catalog);
        QVERIFY(order.ok());
        const Decomposition d = Decomposer(*catalog.catalog).decompose(*order.order, QStringLiteral("o.json"));
        QVERIFY(d.problems.empty());
        QStringList batches;
        for (const FulfillmentLine& line : d.lines)
            batches << QStringLiteral("%1 %2 %3 %4/%5")
                           .arg(line.id)
                           .arg(line.quantity)
                           .arg(line.sourceItems.join(u','))
                           .arg(line.attributes.value(QStringLiteral("unitIndex")).toInt())
                           .arg(line.attributes.value(QStringLiteral("unitCount")).toInt());
        QCOMPARE(batches,
                 (QStringList { QStringLiteral("order.F_TRUCK.b1 4 P1 1/3"), QStringLiteral("order.F_TRUCK.b2 4 P1,P2 2/3"),
                                QStringLiteral("order.F_TRUCK.b3 1 P2 3/3") }));
    }

private:
    struct UnitItem {
        QString id;
        int quantity;
        QString supplementOf;
    };

    Decomposition decomposeUnits(const std::vector<UnitItem>& items)
    {
        const QString dir = QStringLiteral(FW_TEST_DATA_DIR "/plan/step-conditions-per-unit/");
        const CatalogLoad catalog = CatalogReader::readFile(dir + QStringLiteral("catalog.json"));
        if (!catalog.ok())
            qFatal("cannot load the per-unit catalog");
        m_unitCatalog = catalog.catalog;
        const OrderLoad load = OrderReader::readFile(dir + QStringLiteral("order.json"), *m_unitCatalog);
        if (!load.ok())
            qFatal("cannot load the per-unit order");
        Order order = *load.order;
        const OrderItem device = order.items.front();
        order.items.clear();
        for (const UnitItem& unit : items) {
            OrderItem item = device;
            item.id = unit.id;
            item.quantity = unit.quantity;
            item.supplementOf = unit.supplementOf;
            order.items.push_back(item);
        }
        return Decomposer(*m_unitCatalog).decompose(order, QStringLiteral("o.json"));
    }

    static QStringList installIds(const Decomposition& d)
    {
        QStringList ids;
        for (const FulfillmentLine& line : d.lines) {
            if (line.product == QLatin1String("F_DEVICE_INSTALL"))
                ids << line.id;
        }
        return ids;
    }

    std::shared_ptr<const Catalog> m_unitCatalog;
};

QTEST_GUILESS_MAIN(TestDecomposer)
#include "tst_decomposer.moc"
