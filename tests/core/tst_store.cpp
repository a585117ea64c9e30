// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The embedded store: migrations, transactions, and imports that are all-or-nothing.

#include "common/clock.h"
#include "store/activesteps.h"
#include "store/database.h"
#include "store/journal.h"
#include "store/migrations.h"
#include "store/sqlitequery.h"
#include "store/storeimporter.h"
#include "store/transactionguard.h"

#include <QFile>
#include <QSqlRecord>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace fw;

namespace {
const QString samples = QStringLiteral(FW_SAMPLES_DIR);

int count(const Database& database, const QString& table)
{
    QSqlQuery query(database.connection());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && query.next() ? query.value(0).toInt() : -1;
}

QString errors(const ImportResult& result)
{
    QStringList lines;
    for (const auto& problem : result.problems)
        lines << problem.toString();
    return lines.join(QLatin1Char('\n'));
}
} // namespace

class TestStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC) };
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("store-%1.db").arg(++m_counter)); }

private Q_SLOTS:
    void storeTimeReadsBackExactly()
    {
        const QDateTime at(QDate(2026, 11, 25), QTime(7, 18, 28, 123), QTimeZone::utc());
        QCOMPARE(toStoreTime(at), QStringLiteral("2026-11-25T07:18:28.123Z"));
        QCOMPARE(fromStoreTimeText(toStoreTime(at)), at);
        QCOMPARE(fromStoreTimeText(QStringLiteral("2026-11-25T07:18:28Z")), at.addMSecs(-123)); // other ISO forms still parse
        QVERIFY(!fromStoreTimeText(QStringLiteral("2026-1x-25T07:18:28.123Z")).isValid());
    }

    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void migrationsAreIdempotentAndUseWal()
    {
        const QString path = freshPath();
        int migrationsRecorded = 0; // one row per migration (versions may leave gaps between branches)
        {
            Database database(path);
            QVERIFY(database.openStore());
            QCOMPARE(database.schemaVersion(), latestSchemaVersion());
            for (const char* table : { "catalogs", "orders", "fulfillment_lines", "steps", "journal" })
                QVERIFY2(database.connection().tables().contains(QLatin1String(table)), table);
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
            migrationsRecorded = count(database, QStringLiteral("schema_version"));
        }
        Database again(path);
        QVERIFY(again.openStore());
        QCOMPARE(again.schemaVersion(), latestSchemaVersion());
        QCOMPARE(count(again, QStringLiteral("schema_version")), migrationsRecorded); // nothing ran twice
    }

    // The engine's read of started steps and the Orders view's lane filter find the steps with work
    // through the partial index, whose condition they must repeat word for word (store/activesteps.h):
    // a query that drifts from it scans every step of every order.
    void stepsWithWorkAreFoundThroughTheirIndex_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addRow("started steps") << QStringLiteral("SELECT order_id, state FROM steps WHERE %1").arg(QLatin1String(stepHasWork));
        QTest::addRow("lane filter") << QStringLiteral("SELECT o.id FROM orders o WHERE o.id IN (SELECT s.order_id FROM steps s "
                                                       "WHERE s.lane = 'billing' AND %1)")
                                            .arg(QLatin1String(stepHasWork));
    }
    void stepsWithWorkAreFoundThroughTheirIndex()
    {
        QFETCH(QString, query);
        Database database(freshPath());
        QVERIFY(database.openStore());
        QSqlQuery plan(database.connection());
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + query));
        QStringList steps;
        while (plan.next())
            steps << plan.value(3).toString();
        QVERIFY2(steps.join(QLatin1Char('\n')).contains(QLatin1String("USING INDEX steps_active_lane")),
                 qPrintable(steps.join(QLatin1Char('\n'))));
    }

    // An order's timeline reads its journal rows through journal_order in sequence, without a sort
    // (seq is the rowid, which the index on order_id alone keeps in order).
    void anOrdersJournalIsReadInSequenceThroughItsIndex()
    {
        Database database(freshPath());
        QVERIFY(database.openStore());
        QSqlQuery plan(database.connection());
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT seq, kind FROM journal WHERE order_id = 'SO-1' ORDER BY seq")));
        QStringList steps;
        while (plan.next())
            steps << plan.value(3).toString();
        const QString text = steps.join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QLatin1String("USING INDEX journal_order")) && !text.contains(QLatin1String("TEMP B-TREE")),
                 qPrintable(text));
    }

    void newerSchemaIsRefused()
    {
        const QString path = freshPath();
        {
            Database database(path);
            QVERIFY(database.openStore());
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_version VALUES (99, 'future', 'x')")));
        }
        Database database(path);
        const Status opened = database.openStore();
        QVERIFY(!opened);
        QVERIFY2(opened.message().contains(QStringLiteral("schema version 99 is newer than this build supports")),
                 qPrintable(opened.message()));
    }

    void transactionGuardRollsBackUnlessCommitted()
    {
        Database database(freshPath());
        QVERIFY(database.openStore());
        QSqlDatabase db = database.connection();
        {
            TransactionGuard guard(db);
            QVERIFY(guard.isActive());
            QVERIFY(Journal::record(db, { 0, m_clock.now(), QStringLiteral("O1"), {}, QStringLiteral("x"), QStringLiteral("t") }));
            QCOMPARE(count(database, QStringLiteral("journal")), 1);
        } // no commit
        QCOMPARE(count(database, QStringLiteral("journal")), 0);
        {
            TransactionGuard guard(db);
            QVERIFY(Journal::record(db, { 0, m_clock.now(), QStringLiteral("O1"), {}, QStringLiteral("x"), QStringLiteral("t") }));
            QVERIFY(guard.commit());
        }
        QCOMPARE(count(database, QStringLiteral("journal")), 1);
    }

    // The engine's raw sqlite3 writes (EngineWriter) store what Qt SQL would: NULL, integers, ''
    // and text in any script, read back through the same QSqlDatabase connection.
    void rawStatementsWriteWhatQtReadsBack()
    {
        Database database(freshPath());
        QVERIFY(database.openStore());
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (a, b, c, d, e)")));
        sqlite3* handle = SqliteQuery::handleOf(database.connection());
        QVERIFY(handle);
        const QString text = QStringLiteral("Z\u00fcrich \u2013 \u6771\u4eac \U0001F4E6");
        const SqlValue values[] = { SqlValue {}, SqlValue::of(qint64(1) << 40), SqlValue::of(QStringLiteral("")), SqlValue::of(text),
                                    SqlValue::nullable(QString()) };
        {
            SqliteQuery insert(handle, "INSERT INTO t (a, b, c, d, e) VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?)");
            QVERIFY(insert.isValid());
            const SqlValue twice[]
                = { values[0], values[1], values[2], values[3], values[4], values[3], values[3], values[3], values[3], values[3] };
            QVERIFY2(insert.run(twice, 10), qPrintable(insert.error()));
            SqliteQuery broken(handle, "INSERT INTO nowhere VALUES (?)");
            QVERIFY(!broken.isValid());
            QVERIFY(broken.error().contains(QStringLiteral("nowhere")));
        }
        QVERIFY(query.exec(QStringLiteral("SELECT a, b, c, d, e, typeof(c) FROM t ORDER BY rowid")));
        QVERIFY(query.next());
        QVERIFY(query.isNull(0));
        QCOMPARE(query.value(1).toLongLong(), qint64(1) << 40);
        QCOMPARE(query.value(5).toString(), QStringLiteral("text")); // '' is not NULL
        QCOMPARE(query.value(3).toString(), text);
        QVERIFY(query.isNull(4));
        QVERIFY(query.next());
        for (int column = 0; column < 5; ++column)
            QCOMPARE(query.value(column).toString(), text);
    }

    // A bind that fails (a parameter the statement does not have) fails the statement it was for,
    // saying why, rather than running it with that parameter unbound (NULL).
    void aFailedBindFailsItsStatement()
    {
        Database database(freshPath());
        QVERIFY(database.openStore());
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (a)")));
        SqliteQuery insert(SqliteQuery::handleOf(database.connection()), "INSERT INTO t (a) VALUES (?)");
        QVERIFY(insert.isValid());
        insert.bind(2, qint64(7));
        QVERIFY(!insert.run());
        QVERIFY2(insert.error().startsWith(QStringLiteral("cannot bind a parameter: ")), qPrintable(insert.error()));
        insert.reset();
        insert.bind(1, qint64(7));
        QVERIFY2(insert.run(), qPrintable(insert.error()));
        QCOMPARE(count(database, QStringLiteral("t")), 1);
    }

    void importsCatalogAndOrderWithJournal()
    {
        const QString path = freshPath();
        {
            Database database(path);
            QVERIFY(database.openStore());
            StoreImporter importer(database, m_clock);
            const ImportResult catalog
                = importer.importCatalog(samples + QStringLiteral("/telecom-fiber/catalog.json"), QStringLiteral("ana"));
            QVERIFY2(catalog.ok(), qPrintable(errors(catalog)));
            m_clock.advance(1500);
            const ImportResult order = importer.importOrder(samples + QStringLiteral("/telecom-fiber/order.json"), QStringLiteral("ana"));
            QVERIFY2(order.ok(), qPrintable(errors(order)));
            QCOMPARE(order.id, QStringLiteral("SO-10001"));
        }
        Database reopened(path); // survives closing and reopening
        QVERIFY(reopened.openStore());
        QCOMPARE(count(reopened, QStringLiteral("orders")), 1);
        QCOMPARE(count(reopened, QStringLiteral("fulfillment_lines")), 4);
        QCOMPARE(count(reopened, QStringLiteral("steps")), 14);
        const auto read = Journal::forOrder(reopened.connection(), QStringLiteral("SO-10001"));
        QVERIFY2(read, qPrintable(read.message()));
        const std::vector<JournalEvent>& events = *read;
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(events[0].kind, QStringLiteral("order.imported"));
        QCOMPARE(events[0].actor, QStringLiteral("ana"));
        QCOMPARE(events[0].at, m_clock.now());
        QSqlQuery query(reopened.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT depends_on, state FROM steps WHERE id = "
                                          "'line:1.1.FIBER_INSTALLATION/schedule-technician'"))
                && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("[\"line:1.2.ROUTER_SHIPMENT/router-delivered\"]"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("pending"));
    }

    void badFilesChangeNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expectedProblem");
        QTest::addRow("unknown product") << QStringLiteral(FW_TEST_DATA_DIR "/plan/error-unknown-product/order.json")
                                         << QStringLiteral("no catalog in the store knows all products");
        QTest::addRow("malformed") << QStringLiteral(FW_TEST_DATA_DIR "/plan/error-malformed-json/order.json")
                                   << QStringLiteral("malformed JSON at line 4");
        QTest::addRow("duplicate order") << samples + QStringLiteral("/telecom-fiber/order.json")
                                         << QStringLiteral("/id: order 'SO-10001' is already in the store");
    }

    void badFilesChangeNothing()
    {
        QFETCH(QString, file);
        QFETCH(QString, expectedProblem);
        Database database(freshPath());
        QVERIFY(database.openStore());
        StoreImporter importer(database, m_clock);
        QVERIFY(importer.importCatalog(samples + QStringLiteral("/telecom-fiber/catalog.json"), QStringLiteral("t")).ok());
        QVERIFY(importer.importOrder(samples + QStringLiteral("/telecom-fiber/order.json"), QStringLiteral("t")).ok());
        const int journal = count(database, QStringLiteral("journal"));
        const ImportResult result = importer.importOrder(file, QStringLiteral("t"));
        QVERIFY(!result.ok());
        QVERIFY2(errors(result).contains(expectedProblem), qPrintable(errors(result)));
        QCOMPARE(count(database, QStringLiteral("orders")), 1);
        QCOMPARE(count(database, QStringLiteral("steps")), 14);
        QCOMPARE(count(database, QStringLiteral("journal")), journal);
    }

    // A write that fails half-way (here: a trigger refusing one step row) leaves no trace.
    void failedWriteRollsBackEverything()
    {
        Database database(freshPath());
        QVERIFY(database.openStore());
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON steps WHEN NEW.step_key = 'install-complete' "
                                          "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
        StoreImporter importer(database, m_clock);
        QVERIFY(importer.importCatalog(samples + QStringLiteral("/telecom-fiber/catalog.json"), QStringLiteral("t")).ok());
        const ImportResult result = importer.importOrder(samples + QStringLiteral("/telecom-fiber/order.json"), QStringLiteral("t"));
        QVERIFY(!result.ok());
        QVERIFY2(errors(result).contains(QStringLiteral("store write failed")), qPrintable(errors(result)));
        QVERIFY(errors(result).contains(QStringLiteral("injected failure")));
        QCOMPARE(count(database, QStringLiteral("orders")), 0);
        QCOMPARE(count(database, QStringLiteral("fulfillment_lines")), 0);
        QCOMPARE(count(database, QStringLiteral("steps")), 0);
        QCOMPARE(count(database, QStringLiteral("journal")), 1); // only the catalog import
    }

    void changedCatalogNeedsNewVersion()
    {
        Database database(freshPath());
        QVERIFY(database.openStore());
        StoreImporter importer(database, m_clock);
        QVERIFY(importer.importCatalog(samples + QStringLiteral("/telecom-fiber/catalog.json"), QStringLiteral("t")).ok());
        QFile original(samples + QStringLiteral("/telecom-fiber/catalog.json"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray changed = original.readAll().replace("\"Telecom: Business Fiber\"", "\"Telecom: Business Fibre\"");
        const QString changedPath = m_dir.filePath(QStringLiteral("changed-catalog.json"));
        QFile out(changedPath);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(changed) > 0);
        out.close();
        const ImportResult result = importer.importCatalog(changedPath, QStringLiteral("t"));
        QVERIFY(!result.ok());
        QVERIFY2(errors(result).endsWith(QStringLiteral(":/version: catalog 'telecom-business-fiber' version '2026.5' is "
                                                        "already in the store with different content; give the changed "
                                                        "catalog a new version")),
                 qPrintable(errors(result)));
        QCOMPARE(count(database, QStringLiteral("catalogs")), 1);
    }

    // Account-scoped lines: the second order of an account supplements the line the first created.
    void accountLinesSpanOrdersInTheStore()
    {
        Database database(freshPath());
        QVERIFY(database.openStore());
        StoreImporter importer(database, m_clock);
        QVERIFY(importer.importCatalog(samples + QStringLiteral("/laptop-bundle/catalog.json"), QStringLiteral("t")).ok());
        QVERIFY(importer.importOrder(samples + QStringLiteral("/laptop-bundle/order.json"), QStringLiteral("t")).ok());
        QFile first(samples + QStringLiteral("/laptop-bundle/order.json"));
        QVERIFY(first.open(QIODevice::ReadOnly));
        const QString secondPath = m_dir.filePath(QStringLiteral("second-order.json"));
        QFile second(secondPath);
        QVERIFY(second.open(QIODevice::WriteOnly));
        second.write(first.readAll().replace("\"SO-40055\"", "\"SO-40056\""));
        second.close();
        const ImportResult result = importer.importOrder(secondPath, QStringLiteral("t"));
        QVERIFY2(result.ok(), qPrintable(errors(result)));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT owner_order FROM fulfillment_lines WHERE order_id = 'SO-40056' "
                                          "AND scope = 'account'"))
                && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("SO-40055"));
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM steps WHERE order_id = 'SO-40056' AND plan_definition = 'PD_MDM'"))
                && query.next());
        QCOMPARE(query.value(0).toInt(), 2); // the second order's laptops join device management too
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM steps WHERE order_id = 'SO-40055' AND plan_definition = 'PD_MDM'"))
                && query.next());
        QCOMPARE(query.value(0).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
