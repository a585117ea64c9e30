// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// RuntimeLoader reads stored orders back without exceptions: an order whose stored data is damaged
// is reported as unreadable (the engine sets it aside), the others load (issue 14, defect 7). The
// engine over such a store keeps running: the damaged order is quarantined with its reason (stored,
// journalled once, shown by the listings and the GUI's order summaries) and the others run.

#include "handlerfixture.h"

#include "common/clock.h"
#include "store/orderbrowser.h"
#include "store/storelistings.h"
#include "store/database.h"
#include "store/runtimeloader.h"
#include "store/storeimporter.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

class TestRuntimeLoader : public QObject {
    Q_OBJECT

    static void damageStore(Database& database, const QString& damage)
    {
        QSqlQuery query(database.connection());
        for (const QString& statement : damage.split(QStringLiteral(";\n")))
            QVERIFY2(query.exec(statement), qPrintable(statement));
    }

    static void damages(bool withLeftOut)
    {
        QTest::addColumn<QString>("damage"); // SQL run on the store; KIT-1 is damaged, KIT-2 is not
        QTest::addColumn<QString>("reason"); // the start of the reason; empty: left out, not unreadable
        QTest::addRow("document cut short") << QStringLiteral("UPDATE orders SET document = substr(document, 1, 30) WHERE id = 'KIT-1'")
                                            << QStringLiteral("store:order/KIT-1: the stored order document is not valid JSON");
        QTest::addRow("1e400 in a line's fields")
            << QStringLiteral("UPDATE fulfillment_lines SET fields = '{\"w\": 1e400}' WHERE order_id = 'KIT-1'")
            << QStringLiteral("store:order/KIT-1: line ");
        QTest::addRow("fields not an object") << QStringLiteral("UPDATE fulfillment_lines SET fields = '[1]' WHERE order_id = 'KIT-1'")
                                              << QStringLiteral("store:order/KIT-1: line ");
        // A row synced from elsewhere may hold anything: nesting this deep would overflow the stack of
        // any recursive reader, so it is refused like any other unreadable value.
        QTest::addRow("fields nested 100,000 deep")
            << (QStringLiteral("UPDATE fulfillment_lines SET fields = '{\"w\": ") + QString(100000, QLatin1Char('['))
                + QString(100000, QLatin1Char(']')) + QStringLiteral("}' WHERE order_id = 'KIT-1'"))
            << QStringLiteral("store:order/KIT-1: line ");
        QTest::addRow("a step the catalog does not know")
            << QStringLiteral("UPDATE steps SET step_key = 'gone' WHERE order_id = 'KIT-1'") << QStringLiteral("order 'KIT-1': step ");
        QTest::addRow("a step state no build knows")
            << QStringLiteral("UPDATE steps SET state = 'exploded' WHERE order_id = 'KIT-1' AND step_key = 'assemble'")
            << QStringLiteral("store:order/KIT-1: step ");
        QTest::addRow("an order state no build knows") << QStringLiteral("UPDATE orders SET state = 'paused' WHERE id = 'KIT-1'")
                                                       << QStringLiteral("store:order/KIT-1: the stored order state 'paused'");
        QTest::addRow("depends on a step the order lacks")
            << QStringLiteral("UPDATE steps SET depends_on = '[\"nowhere\"]' WHERE order_id = 'KIT-1' AND step_key = 'stamp'")
            << QStringLiteral("store:order/KIT-1: a step depends on 'nowhere'");
        QTest::addRow("dependencies cut short")
            << QStringLiteral("UPDATE steps SET depends_on = '[\"line:1' WHERE order_id = 'KIT-1' AND step_key = 'assemble'")
            << QStringLiteral("store:order/KIT-1: step line:1.F_KIT/assemble: the stored dependencies are not a JSON array");
        QTest::addRow("a step on a line the order lacks")
            << QStringLiteral("UPDATE steps SET lines = '[\"9.F_KIT\"]' WHERE order_id = 'KIT-1' AND step_key = 'stamp'")
            << QStringLiteral("store:order/KIT-1: step line:1.F_KIT/stamp works on line '9.F_KIT'");
        QTest::addRow("a line's rules not a list") << QStringLiteral("UPDATE fulfillment_lines SET rules = '{}' WHERE order_id = 'KIT-1'")
                                                   << QStringLiteral("store:order/KIT-1: line 1.F_KIT: the stored rules");
        QTest::addRow("a line scope no build knows")
            << QStringLiteral("UPDATE fulfillment_lines SET scope = 'galaxy' WHERE order_id = 'KIT-1'")
            << QStringLiteral("store:order/KIT-1: line 1.F_KIT: the stored scope 'galaxy'");
        QTest::addRow("its catalog cut short") << QStringLiteral(
            "INSERT INTO catalogs (id, version, name, document, imported_at) SELECT id, '2', name, "
            "substr(document, 1, 40), imported_at FROM catalogs;\n"
            "UPDATE orders SET catalog_version = '2' WHERE id = 'KIT-1'")
                                               << QStringLiteral("store:catalog/engine-test@2: the stored catalog is not valid JSON");
        if (withLeftOut)
            QTest::addRow("catalog missing: left out only")
                << QStringLiteral("UPDATE orders SET catalog_version = '0' WHERE id = 'KIT-1'") << QString();
    }

private Q_SLOTS:
    void damagedOrdersAreUnreadableTheOthersLoad_data() { damages(true); }

    void damagedOrdersAreUnreadableTheOthersLoad()
    {
        QFETCH(QString, damage);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        Database database(dir.filePath(QStringLiteral("store.db")));
        QVERIFY(database.openStore());
        SystemClock clock;
        StoreImporter importer(database, clock);
        QVERIFY(importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/catalog.json"), QStringLiteral("t")).ok());
        for (const QString& id : { QStringLiteral("KIT-1"), QStringLiteral("KIT-2") }) {
            const QString path = dir.filePath(id + QStringLiteral(".json"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral(
                           "{\"formatVersion\":1,\"id\":\"%1\",\"account\":{\"id\":\"A\"},\"items\":[{\"id\":\"1\",\"product\":\"KIT\"}]}")
                           .arg(id)
                           .toUtf8());
            file.close();
            QVERIFY(importer.importOrder(path, QStringLiteral("t")).ok());
        }
        damageStore(database, damage);

        const Result<LoadedOrders> loaded = RuntimeLoader::loadActive(database.connection());
        QVERIFY2(loaded, qPrintable(loaded.message()));
        QCOMPARE(loaded->orders.size(), std::size_t(1));
        QCOMPARE(loaded->orders.front().orderId, QStringLiteral("KIT-2"));
        const std::vector<UnreadableOrder>& unreadable = loaded->unreadable;
        if (reason.isEmpty()) {
            QVERIFY(unreadable.empty());
            QCOMPARE(loaded->leftOut.size(), 1);
        } else {
            QVERIFY(loaded->leftOut.isEmpty());
            QCOMPARE(unreadable.size(), std::size_t(1));
            QCOMPARE(unreadable.front().orderId, QStringLiteral("KIT-1"));
            QVERIFY2(unreadable.front().reason.startsWith(reason), qPrintable(unreadable.front().reason));
        }
        bool setAside = false;
        const Result<OrderRuntime> one = RuntimeLoader::load(database.connection(), QStringLiteral("KIT-1"), &setAside);
        QVERIFY(!one);
        QCOMPARE(setAside, !reason.isEmpty());
        QVERIFY(!one.message().isEmpty());
        if (!reason.isEmpty())
            QVERIFY2(one.message().startsWith(reason), qPrintable(one.message()));

        // One loader (its statements prepared once) for many orders, as the engine reads a run's due
        // orders: a failure, an unknown id, then the others read as if alone, twice over.
        CatalogCache catalogs;
        RuntimeLoader loader(database.connection(), catalogs);
        for (int round = 0; round < 2; ++round) {
            bool unreadable = false;
            const Result<OrderRuntime> damaged = loader.read(QStringLiteral("KIT-1"), &unreadable);
            QVERIFY(!damaged);
            QCOMPARE(damaged.message(), one.message());
            QCOMPARE(unreadable, !reason.isEmpty());
            const Result<OrderRuntime> unknown = loader.read(QStringLiteral("KIT-9"), &unreadable);
            QVERIFY(!unknown);
            QVERIFY(!unreadable);
            QVERIFY2(unknown.message().contains(QStringLiteral("unknown order 'KIT-9'")), qPrintable(unknown.message()));
            const Result<OrderRuntime> two = loader.read(QStringLiteral("KIT-2"), &unreadable);
            QVERIFY2(two, qPrintable(two.message()));
            const OrderRuntime& alone = loaded->orders.front();
            QCOMPARE(two->lines.size(), alone.lines.size());
            QCOMPARE(two->lines.front().sourceItems, alone.lines.front().sourceItems);
            QCOMPARE(two->steps.size(), alone.steps.size());
            for (std::size_t i = 0; i < alone.steps.size(); ++i) {
                QCOMPARE(two->steps[i].id, alone.steps[i].id);
                QCOMPARE(two->steps[i].lines, alone.steps[i].lines);
                QCOMPARE(two->execution->dependencies(int(i)), alone.execution->dependencies(int(i)));
            }
        }
    }

    // Stored lists of ids are read the same whatever their spelling (spaces, escapes, non-ASCII):
    // only the plain ["a","b"] takes the short way, the rest goes through the JSON parser.
    void idListsReadWhateverTheirSpelling_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QStringList>("ids");
        QTest::addRow("plain") << QStringLiteral("[\"r1\",\"r2\"]") << QStringList { QStringLiteral("r1"), QStringLiteral("r2") };
        QTest::addRow("spaced") << QStringLiteral(" [ \"r1\" ,\n \"r2\" ] ") << QStringList { QStringLiteral("r1"), QStringLiteral("r2") };
        QTest::addRow("empty") << QStringLiteral("[]") << QStringList {};
        QTest::addRow("escaped quote") << QStringLiteral("[\"r\\\"1\"]") << QStringList { QStringLiteral("r\"1") };
        QTest::addRow("unicode escape") << QStringLiteral("[\"r\\u00e91\"]") << QStringList { QStringLiteral("r\u00e91") };
        QTest::addRow("non-ASCII") << QStringLiteral("[\"r\u00e91\"]") << QStringList { QStringLiteral("r\u00e91") };
    }
    void idListsReadWhateverTheirSpelling()
    {
        QFETCH(QString, stored);
        QFETCH(QStringList, ids);
        QTemporaryDir dir;
        Database database(dir.filePath(QStringLiteral("store.db")));
        QVERIFY(database.openStore());
        SystemClock clock;
        StoreImporter importer(database, clock);
        QVERIFY(importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/catalog.json"), QStringLiteral("t")).ok());
        const QString path = dir.filePath(QStringLiteral("KIT-1.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"formatVersion\":1,\"id\":\"KIT-1\",\"account\":{\"id\":\"A\"},\"items\":[{\"id\":\"1\",\"product\":\"KIT\"}]}");
        file.close();
        QVERIFY(importer.importOrder(path, QStringLiteral("t")).ok());
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral("UPDATE fulfillment_lines SET rules = ? WHERE order_id = 'KIT-1'"));
        query.addBindValue(stored);
        QVERIFY(query.exec());

        const Result<OrderRuntime> order = RuntimeLoader::load(database.connection(), QStringLiteral("KIT-1"));
        QVERIFY2(order, qPrintable(order.message()));
        QCOMPARE(order->lines.front().rules, ids);
    }

    // Lines come back in their stored order and steps in their sequence, although SQLite hands
    // both over by id (the loader sorts them instead of a per-order ORDER BY): items "b" then "a".
    void linesAndStepsComeBackInStoredOrder()
    {
        QTemporaryDir dir;
        Database database(dir.filePath(QStringLiteral("store.db")));
        QVERIFY(database.openStore());
        SystemClock clock;
        StoreImporter importer(database, clock);
        QVERIFY(importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/catalog.json"), QStringLiteral("t")).ok());
        const QString path = dir.filePath(QStringLiteral("KIT-1.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"formatVersion\":1,\"id\":\"KIT-1\",\"account\":{\"id\":\"A\"},\"items\":[{\"id\":\"b\",\"product\":\"KIT\"},"
                   "{\"id\":\"a\",\"product\":\"KIT\"}]}");
        file.close();
        QVERIFY(importer.importOrder(path, QStringLiteral("t")).ok());
        auto column = [&](const QString& sql) {
            QStringList values;
            QSqlQuery query(database.connection());
            if (!query.exec(sql))
                return QStringList { query.lastError().text() };
            while (query.next())
                values << query.value(0).toString();
            return values;
        };
        const QStringList storedLines = column(QStringLiteral("SELECT id FROM fulfillment_lines WHERE order_id = 'KIT-1' ORDER BY rowid"));
        const QStringList storedSteps = column(QStringLiteral("SELECT id FROM steps WHERE order_id = 'KIT-1' ORDER BY seq"));
        // The test means something only if the id order differs from the stored one.
        QVERIFY(storedLines != column(QStringLiteral("SELECT id FROM fulfillment_lines WHERE order_id = 'KIT-1' ORDER BY id")));
        QVERIFY(storedSteps != column(QStringLiteral("SELECT id FROM steps WHERE order_id = 'KIT-1' ORDER BY id")));

        const Result<OrderRuntime> order = RuntimeLoader::load(database.connection(), QStringLiteral("KIT-1"));
        QVERIFY2(order, qPrintable(order.message()));
        QStringList lines;
        for (const FulfillmentLine& line : order->lines)
            lines << line.id;
        QStringList steps;
        for (const StepRuntime& step : order->steps)
            steps << step.id;
        QCOMPARE(lines, storedLines);
        QCOMPARE(steps, storedSteps);
        for (std::size_t i = 0; i < order->steps.size(); ++i) { // indexes into the sorted vectors
            for (int line : order->steps[i].lines)
                QVERIFY(order->steps[i].id.contains(order->lines[std::size_t(line)].id));
            for (int before : order->execution->dependencies(int(i)))
                QVERIFY2(before < int(i), qPrintable(order->steps[i].id)); // dependencies come first
        }
    }

    // The engine over a store with a damaged order does not stop, and the reason is not lost.
    void engineQuarantinesTheDamagedOrderAndRunsTheOthers_data() { damages(false); }
    void engineQuarantinesTheDamagedOrderAndRunsTheOthers()
    {
        QFETCH(QString, damage);
        QFETCH(QString, reason);
        test::HandlerFixture f;
        QVERIFY(f.open(QStringLiteral("store.db")));
        QVERIFY(f.importOrder("order.json", QStringLiteral("KIT-1")));
        QVERIFY(f.importOrder("order.json", QStringLiteral("KIT-2")));
        damageStore(*f.database, damage);
        if (QTest::currentTestFailed())
            return;

        QVERIFY(f.restart()); // loads without an error
        QVERIFY(f.run() > 0); // and runs
        QVERIFY(!f.loop->orders().find(QStringLiteral("KIT-1")));
        QVERIFY(f.loop->orders().find(QStringLiteral("KIT-2")));
        QVERIFY(f.taskOf(QStringLiteral("KIT-2")) > 0); // KIT-2 ran on to its manual task
        QCOMPARE(f.loop->orders().setAside().size(), std::size_t(1));
        QVERIFY(f.loop->orders().setAside().front().reason.startsWith(reason));

        // Stored and journalled with the reason.
        const QString stored = f.scalar(QStringLiteral("SELECT set_aside_reason FROM orders WHERE id = 'KIT-1'"));
        QVERIFY2(stored.startsWith(reason), qPrintable(stored));
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 'order.set-aside' AND order_id = 'KIT-1' AND "
                                    "payload LIKE '%' || (SELECT substr(set_aside_reason, 1, 30) FROM orders WHERE id = 'KIT-1') || '%'")),
            QStringLiteral("1"));
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 'order.set-aside' AND order_id = 'KIT-2'")),
                 QStringLiteral("0"));

        // Shown: fwctl orders and status (StoreListings), the GUI's order summaries (OrderBrowser).
        const StoreListings listings(f.database->connection());
        const auto orders = listings.orders();
        QVERIFY(orders);
        const Listing& rows = *orders;
        QCOMPARE(rows.rows.size(), std::size_t(2));
        QCOMPARE(rows.rows[0][2].toString(), QStringLiteral("set-aside"));
        QCOMPARE(rows.rows[0][6].toString(), stored);
        QCOMPARE(rows.rows[1][2].toString(), QStringLiteral("in-progress"));
        const auto standing = listings.orderStanding(QStringLiteral("KIT-1"));
        QVERIFY2(standing, qPrintable(standing.message()));
        QVERIFY(*standing && (*standing)->setAsideReason);
        QCOMPARE(*(*standing)->setAsideReason, stored);
        const auto summaries = OrderBrowser(f.database->connection()).orders({ QStringLiteral("KIT-1"), QStringLiteral("KIT-2") });
        QVERIFY2(summaries.ok(), qPrintable(summaries.message()));
        QCOMPARE(summaries->size(), std::size_t(2));
        for (const OrderSummary& summary : *summaries)
            QCOMPARE(summary.setAsideReason, summary.id == QStringLiteral("KIT-1") ? stored : QString());

        // A restart runs on quietly: KIT-1 is not read again, and not journalled twice.
        QVERIFY(f.restart());
        QVERIFY(f.run() >= 0);
        QVERIFY(!f.loop->orders().find(QStringLiteral("KIT-1")));
        QVERIFY(f.loop->orders().holds(QStringLiteral("KIT-2"))); // held, waiting at its manual task in the store
        QVERIFY(f.loop->orders().setAside().empty());
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 'order.set-aside'")), QStringLiteral("1"));
    }

    // An order imported while the engine runs, damaged before the engine picks it up: quarantined
    // at adoption, with its reason; the engine runs on.
    void adoptedDamagedOrderIsQuarantined()
    {
        test::HandlerFixture f;
        QVERIFY(f.open(QStringLiteral("store.db")));
        QVERIFY(f.importOrder("order.json", QStringLiteral("KIT-1")));
        QVERIFY(f.restart());
        QVERIFY(f.run() > 0);
        QVERIFY(f.importOrder("order.json", QStringLiteral("KIT-2")));
        QVERIFY(f.importOrder("order.json", QStringLiteral("KIT-3")));
        damageStore(*f.database, QStringLiteral("UPDATE orders SET document = substr(document, 1, 30) WHERE id = 'KIT-2'"));
        QStringList errors;
        QCOMPARE(f.loop->adoptNewOrders(errors), 1);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.front().startsWith(QStringLiteral("order KIT-2 set aside, not run: store:order/KIT-2: ")),
                 qPrintable(errors.front()));
        QVERIFY(f.run() > 0);
        QVERIFY(f.taskOf(QStringLiteral("KIT-3")) > 0);
        QVERIFY(!f.loop->orders().find(QStringLiteral("KIT-2")));
        QVERIFY(f.scalar(QStringLiteral("SELECT set_aside_reason FROM orders WHERE id = 'KIT-2'"))
                    .startsWith(QStringLiteral("store:order/KIT-2: the stored order document is not valid JSON")));
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 'order.set-aside' AND order_id = 'KIT-2'")),
                 QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(TestRuntimeLoader)
#include "tst_runtimeloader.moc"
