// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Database::open and StoreCheck: what a store file must be before anything reads or runs it
// (issue 14, defect 9), and an executor that cannot write its store stops (defect 8).

#include "common/clock.h"
#include "engine/executor.h"
#include "damagedstore.h"
#include "store/database.h"
#include "store/storecheck.h"
#include "store/storeimporter.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace fw;

namespace {

int modeOf(const QString& path)
{
    struct stat info { };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

} // namespace

class TestStoreOpen : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aMissingFileBecomesANewStoreForThisUserOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.db"));
        const mode_t old = ::umask(022);
        Database database(path);
        const Status opened = database.openStore();
        ::umask(old);
        QVERIFY2(opened, qPrintable(opened.message()));
        QCOMPARE(modeOf(path), 0600);
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
        QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600);
    }

    void refusedFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::addRow("empty") << QByteArray() << QStringLiteral(": the file is empty (0 bytes), not a store: delete it");
        QTest::addRow("not sqlite") << QByteArray("order id,account\nSO-1,ACME\n").repeated(200)
                                    << QStringLiteral(": not a readable store (file is not a database");
    }

    void refusedFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        Database database(path);
        const Status opened = database.openStore();
        QVERIFY(!opened);
        QCOMPARE(opened.error().where, path);
        QVERIFY2(opened.message().startsWith(path + message), qPrintable(opened.message()));
        QCOMPARE(QFileInfo(path).size(), content.size()); // untouched
        QVERIFY(!StoreCheck::run(path).ok());
    }

    void aDamagedStoreIsRefusedAtOpenAndCheckNamesTheProblem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        test::fillStore(path);
        if (QTest::currentTestFailed())
            return;
        const StoreCheckResult sound = StoreCheck::run(path);
        QVERIFY2(sound.ok(), qPrintable(sound.problems.join(QLatin1Char('\n'))));
        QVERIFY(sound.pages > 40);
        test::damageMiddlePage(path);
        if (QTest::currentTestFailed())
            return;

        Database database(path);
        const Status opened = database.openStore();
        QVERIFY(!opened);
        const QString error = opened.message();
        QVERIFY2(error.startsWith(path + QStringLiteral(": the store is damaged (quick_check: ")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("sqlite3 %1 .recover").arg(path)), qPrintable(error));
        const StoreCheckResult damaged = StoreCheck::run(path);
        QVERIFY(damaged.opened);
        QVERIFY(!damaged.ok());
        QVERIFY(!damaged.problems.isEmpty());
    }

    // Readers may start while a big store's file is checked, but only on a store whose schema is
    // current; a damaged one still fails the open (and nothing is written to it).
    void readableComesBeforeTheCheckOnlyForCurrentStores()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        int readable = 0;
        {
            Database fresh(path);
            QVERIFY(fresh.openStore([&] { ++readable; }));
            QCOMPARE(readable, 0); // a new store is made (migrated) first
        }
        {
            Database again(path);
            QVERIFY(again.openStore([&] { ++readable; }));
            QCOMPARE(readable, 1);
        }
        test::fillStore(path);
        if (QTest::currentTestFailed())
            return;
        test::damageMiddlePage(path);
        if (QTest::currentTestFailed())
            return;
        Database damaged(path);
        const Status opened = damaged.openStore([&] { ++readable; });
        QCOMPARE(readable, 2);
        QVERIFY(!opened);
        QVERIFY2(opened.message().contains(QStringLiteral("the store is damaged (quick_check: ")), qPrintable(opened.message()));
    }

    void theEngineLockIsForThisUserOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        Database database(path);
        QVERIFY(database.openStore());
        SystemClock clock;
        Executor executor(database, clock);
        const mode_t old = ::umask(022);
        const Status loaded = executor.load();
        ::umask(old);
        QVERIFY2(loaded, qPrintable(loaded.message()));
        QCOMPARE(modeOf(path + QStringLiteral(".engine.lock")), 0600);
    }

    // A store write that fails (here: no page may be added, as on a full disk) stops the executor:
    // runUntilIdle returns at once with one clear error, every later call says the same, and the
    // store keeps its last committed state.
    void aStoreWriteFailureStopsTheExecutor()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        Database database(path);
        QVERIFY(database.openStore());
        ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        StoreImporter importer(database, clock);
        QVERIFY(importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/auto-catalog.json"), QStringLiteral("t")).ok());
        for (int i = 0; i < 200; ++i) {
            const QString order = dir.filePath(QStringLiteral("o%1.json").arg(i));
            QFile file(order);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("{\"formatVersion\":1,\"id\":\"AUTO-%1\",\"account\":{\"id\":\"A\"},"
                                      "\"items\":[{\"id\":\"1\",\"product\":\"AUTO\"}]}")
                           .arg(i)
                           .toUtf8());
            file.close();
            QVERIFY(importer.importOrder(order, QStringLiteral("t"), QStringLiteral("auto-flow")).ok());
        }
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM journal")) && query.next());
        const int journalBefore = query.value(0).toInt();
        query.finish();
        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = 1"))); // the store may not grow: SQLITE_FULL
        query.finish();
        Executor executor(database, clock);
        (void)executor.load(); // may already meet the full store (promoting ready steps); runUntilIdle says so
        const auto ran = executor.runUntilIdle();
        QVERIFY(!ran);
        const QString error = ran.message();
        QVERIFY2(error.startsWith(QStringLiteral("cannot write to the store %1 (").arg(path)), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("database or disk is full")), qPrintable(error));
        QCOMPARE(executor.storeStatus().message(), error);
        QCOMPARE(executor.runUntilIdle().message(), error); // stopped for good
        QCOMPARE(executor.tasks().signal(QStringLiteral("AUTO-1"), QStringLiteral("x"), QStringLiteral("t")).message(), error);
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM journal")) && query.next());
        QCOMPARE(query.value(0).toInt(), journalBefore); // the failed batch left no trace
    }
};

QTEST_GUILESS_MAIN(TestStoreOpen)
#include "tst_storeopen.moc"
