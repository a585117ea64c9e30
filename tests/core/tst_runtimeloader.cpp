// RuntimeLoader reads stored orders back without exceptions: an order whose stored data is damaged
// is reported as unreadable (the engine sets it aside), the others load (issue 14, defect 7).

#include "common/clock.h"
#include "store/database.h"
#include "store/runtimeloader.h"
#include "store/storeimporter.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

class TestRuntimeLoader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void damagedOrdersAreUnreadableTheOthersLoad_data()
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
        QTest::addRow("catalog missing: left out only")
            << QStringLiteral("UPDATE orders SET catalog_version = '0' WHERE id = 'KIT-1'") << QString();
    }

    void damagedOrdersAreUnreadableTheOthersLoad()
    {
        QFETCH(QString, damage);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        Database database(dir.filePath(QStringLiteral("store.db")));
        QVERIFY(!database.open());
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
        QSqlQuery query(database.connection());
        QVERIFY2(query.exec(damage), qPrintable(damage));

        QStringList errors;
        std::vector<UnreadableOrder> unreadable;
        const auto loaded = RuntimeLoader::loadActive(database.connection(), errors, &unreadable);
        QCOMPARE(loaded.size(), std::size_t(1));
        QCOMPARE(loaded.front().orderId, QStringLiteral("KIT-2"));
        if (reason.isEmpty()) {
            QVERIFY(unreadable.empty());
            QCOMPARE(errors.size(), 1);
        } else {
            QVERIFY(errors.isEmpty());
            QCOMPARE(unreadable.size(), std::size_t(1));
            QCOMPARE(unreadable.front().orderId, QStringLiteral("KIT-1"));
            QVERIFY2(unreadable.front().reason.startsWith(reason), qPrintable(unreadable.front().reason));
        }
        QString error;
        bool setAside = false;
        QVERIFY(!RuntimeLoader::load(database.connection(), QStringLiteral("KIT-1"), error, &setAside));
        QCOMPARE(setAside, !reason.isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRuntimeLoader)
#include "tst_runtimeloader.moc"
