// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The store as fwctl meets it when something is wrong with it (issue 14, defects 7-9): a stored
// order that cannot be read is set aside and the others run; a full disk stops `run` with exit 1
// and loses nothing; a damaged, empty or read-only store file is met with a clear message, and the
// files hold customer data, so they are the user's alone (0600).

#include "fwctlprocess.h"

#include "common/clock.h"
#include "damagedstore.h"
#include "store/database.h"
#include "store/storeimporter.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <sys/stat.h>
#include <unistd.h>

using namespace fw;
using fw::test::FwctlRun;

namespace {

const QString engineData = QStringLiteral(FW_TEST_DATA_DIR "/engine");

// fwctl on one store, with extra environment (FW_TEST_STORE_MAX_PAGES: a full disk).
FwctlRun onStore(const QString& db, QStringList arguments, const QStringList& environment = {}, int timeoutMs = 60000,
                 const QStringList& prefix = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& entry : environment)
        env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(engineData);
    arguments = QStringList { QStringLiteral("--db"), db } + arguments;
    if (prefix.isEmpty()) {
        process.start(QStringLiteral(FWCTL_PATH), arguments);
    } else {
        process.start(prefix.constFirst(), prefix.mid(1) + QStringList { QStringLiteral(FWCTL_PATH) } + arguments);
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return { -1, QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()).right(2000) };
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

QString writeOrder(const QTemporaryDir& dir, const QString& id, const QString& product)
{
    const QString path = dir.filePath(id + QStringLiteral(".json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QStringLiteral("{\"formatVersion\":1,\"id\":\"%1\",\"account\":{\"id\":\"A1\",\"name\":\"Customer %1\"},"
                              "\"items\":[{\"id\":\"1\",\"product\":\"%2\"}]}")
                   .arg(id, product)
                   .toUtf8());
    return path;
}

QString scalar(const QString& db, const QString& sql)
{
    Database database(db);
    if (!database.openStore())
        return QStringLiteral("<cannot open>");
    QSqlQuery query(database.connection());
    return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
}

int modeOf(const QString& path)
{
    struct stat info { };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

} // namespace

class TestFwctlStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Defect 7: one order's document cut short, another's line fields holding 1e400.
    void unreadableOrdersAreSetAsideAndTheOthersRun()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("fw.db"));
        {
            Database database(db);
            QVERIFY(database.openStore());
            SystemClock clock;
            StoreImporter importer(database, clock);
            QVERIFY(importer.importCatalog(engineData + QStringLiteral("/catalog.json"), QStringLiteral("t")).ok());
            for (const QString& id : { QStringLiteral("KIT-1"), QStringLiteral("KIT-2"), QStringLiteral("KIT-3") })
                QVERIFY(importer.importOrder(writeOrder(dir, id, QStringLiteral("KIT")), QStringLiteral("t"), {}).ok());
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral("UPDATE orders SET document = substr(document, 1, 40) WHERE id = 'KIT-1'")));
            QVERIFY(query.exec(QStringLiteral("UPDATE fulfillment_lines SET fields = '{\"weight\": 1e400}' WHERE order_id = 'KIT-3'")));
        }
        const QStringList run { QStringLiteral("run"), QStringLiteral("--until-idle"), QStringLiteral("--simulated-clock") };
        const FwctlRun first = onStore(db, run);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err)); // the others ran: success (docs/store.md)
        QVERIFY2(first.err.contains(QStringLiteral("order KIT-1 set aside, not run: store:order/KIT-1: the stored order document "
                                                   "is not valid JSON")),
                 qPrintable(first.err));
        QVERIFY2(first.err.contains(QStringLiteral("order KIT-3 set aside, not run: store:order/KIT-3: line ")), qPrintable(first.err));
        QCOMPARE(scalar(db, QStringLiteral("SELECT state FROM orders WHERE id = 'KIT-2'")), QStringLiteral("in-progress"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM tasks WHERE order_id = 'KIT-2'")), QStringLiteral("1"));

        const FwctlRun status = onStore(db, { QStringLiteral("status"), QStringLiteral("KIT-1") });
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.startsWith(QStringLiteral("Order KIT-1: set-aside (pending when set aside): store:order/KIT-1: ")),
                 qPrintable(status.out));
        const FwctlRun orders = onStore(db, { QStringLiteral("orders"), QStringLiteral("--json") });
        QCOMPARE(orders.exitCode, 0);
        const auto rows = nlohmann::json::parse(orders.out.toStdString());
        QCOMPARE(rows.size(), std::size_t(3));
        QCOMPARE(QString::fromStdString(rows[0]["state"].get<std::string>()), QStringLiteral("set-aside"));
        QVERIFY(rows[0]["setAsideReason"].get<std::string>().find("not valid JSON") != std::string::npos);
        QCOMPARE(QString::fromStdString(rows[1]["state"].get<std::string>()), QStringLiteral("in-progress"));
        QCOMPARE(QString::fromStdString(rows[2]["state"].get<std::string>()), QStringLiteral("set-aside"));

        // A restart does the same, quietly: the set-aside orders are not read again, and are journalled once.
        const FwctlRun again = onStore(db, run);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(!again.err.contains(QStringLiteral("set aside")), qPrintable(again.err));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 'order.set-aside'")), QStringLiteral("2"));
        QVERIFY(onStore(db, { QStringLiteral("timeline"), QStringLiteral("KIT-1") }).out.contains(QStringLiteral("order.set-aside")));
    }

    // Many orders that cannot run (their catalog is gone): fwctl run names the first few and how to
    // list the rest, never a line per order; fwctl unrunnable lists them all, with the reason.
    void manyUnrunnableOrdersAreSummarised()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("fw.db"));
        const QString engineData = QStringLiteral(FW_TEST_DATA_DIR "/engine");
        {
            Database database(db);
            QVERIFY(database.openStore());
            SystemClock clock;
            StoreImporter importer(database, clock);
            QVERIFY(importer.importCatalog(engineData + QStringLiteral("/catalog.json"), QStringLiteral("t")).ok());
            for (int i = 1; i <= 8; ++i)
                QVERIFY(
                    importer.importOrder(writeOrder(dir, QStringLiteral("KIT-%1").arg(i), QStringLiteral("KIT")), QStringLiteral("t"), {})
                        .ok());
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            QVERIFY2(query.exec(QStringLiteral("DELETE FROM catalogs")), qPrintable(query.lastError().text()));
        }
        const FwctlRun ran = onStore(db, { QStringLiteral("run"), QStringLiteral("--until-idle"), QStringLiteral("--simulated-clock") });
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.err));
        const QStringList lines = ran.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], QStringLiteral("fwctl run: order KIT-1 not run: catalog 'engine-test' version '1' is not in the store"));
        QCOMPARE(lines[3], QStringLiteral("fwctl run: ... and 5 more orders not run; 'fwctl --db %1 unrunnable' lists them all").arg(db));
        QVERIFY2(ran.out.startsWith(QStringLiteral("0 step transitions in 0 active orders (8 cannot run) at ")), qPrintable(ran.out));

        const FwctlRun listed = onStore(db, { QStringLiteral("unrunnable") });
        QCOMPARE(listed.exitCode, 0);
        const QStringList rows = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 9);
        QCOMPARE(rows[0], QStringLiteral("8 orders cannot run:"));
        QCOMPARE(rows[8], QStringLiteral("KIT-8  catalog 'engine-test' version '1' is not in the store"));
        const FwctlRun json = onStore(db, { QStringLiteral("unrunnable"), QStringLiteral("--json") });
        QCOMPARE(nlohmann::json::parse(json.out.toStdString()).size(), std::size_t(8));
    }

    // Defect 8: the disk fills up while callouts are being recorded.
    void fullDiskStopsTheRunWithExitOneAndLosesNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("fw.db"));
        const int orderCount = 40;
        {
            Database database(db);
            QVERIFY(database.openStore());
            SystemClock clock;
            StoreImporter importer(database, clock);
            QVERIFY(importer.importCatalog(engineData + QStringLiteral("/callout-catalog.json"), QStringLiteral("t")).ok());
            for (int i = 1; i <= orderCount; ++i)
                QVERIFY(
                    importer.importOrder(writeOrder(dir, QStringLiteral("C-%1").arg(i), QStringLiteral("ITEM")), QStringLiteral("t"), {})
                        .ok());
        }
        // First round: every reservation fails to connect and waits a minute to retry.
        const QStringList run { QStringLiteral("run"), QStringLiteral("--until-idle"), QStringLiteral("--simulated-clock") };
        const FwctlRun first = onStore(db, run);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM steps WHERE state = 'retrying'")), QString::number(orderCount));

        // The retries are due and the disk is full: each attempt is recorded before it is sent.
        const QStringList retry = run + QStringList { QStringLiteral("--advance"), QStringLiteral("2m") };
        const QStringList full { QStringLiteral("FW_TEST_STORE_MAX_PAGES=1") }; // no page more than the store has now
        const FwctlRun stopped = onStore(db, retry, full, 30000);
        QVERIFY2(stopped.exitCode == 1, qPrintable(stopped.err.right(500)));
        QVERIFY2(stopped.err.contains(QStringLiteral("cannot write to the store ") + db + QStringLiteral(" (")), qPrintable(stopped.err));
        QVERIFY2(stopped.err.contains(QStringLiteral("database or disk is full")), qPrintable(stopped.err));
        QCOMPARE(stopped.err.count(QStringLiteral("disk is full")), 1); // said once
        QCOMPARE(onStore(db, { QStringLiteral("check") }).exitCode, 0); // consistent
        const QString unrecorded = QStringLiteral("SELECT COUNT(*) FROM steps s WHERE s.step_key = 'reserve' AND s.attempts <> "
                                                  "(SELECT COUNT(*) FROM attempts a WHERE a.order_id = s.order_id AND a.step_id = s.id)");
        QCOMPARE(scalar(db, unrecorded), QStringLiteral("0")); // every attempt the store counts, it recorded

        // Space freed: the rerun makes every retry, and each attempt made is recorded.
        const FwctlRun rerun = onStore(db, retry, {}, 120000);
        QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.err));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM steps WHERE step_key = 'reserve' AND attempts < 2")), QStringLiteral("0"));
        QCOMPARE(scalar(db, unrecorded), QStringLiteral("0"));
        QCOMPARE(onStore(db, { QStringLiteral("check") }).exitCode, 0);
    }

    void importOnAFullDiskIsAFailureNotBadInput()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("fw.db"));
        QCOMPARE(onStore(db, { QStringLiteral("import"), QStringLiteral("catalog"), QStringLiteral("callout-catalog.json") }).exitCode, 0);
        FwctlRun refused;
        for (int i = 1; i <= 60 && refused.exitCode <= 0; ++i)
            refused = onStore(db,
                              { QStringLiteral("import"), QStringLiteral("order"),
                                writeOrder(dir, QStringLiteral("C-%1").arg(i), QStringLiteral("ITEM")) },
                              { QStringLiteral("FW_TEST_STORE_MAX_PAGES=1") });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("store write failed: database or disk is full")), qPrintable(refused.err));
        QCOMPARE(onStore(db, { QStringLiteral("check") }).exitCode, 0);
    }

    // Defect 9: checked at open.
    void anEmptyFileIsNotANewStore()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("empty.db"));
        QFile file(db);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        for (const QStringList& command :
             { QStringList { QStringLiteral("orders") }, QStringList { QStringLiteral("run"), QStringLiteral("--until-idle") },
               QStringList { QStringLiteral("import"), QStringLiteral("catalog"), QStringLiteral("catalog.json") } }) {
            const FwctlRun refused = onStore(db, command);
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains(db + QStringLiteral(": the file is empty (0 bytes), not a store")), qPrintable(refused.err));
        }
        QCOMPARE(QFileInfo(db).size(), 0);
        QCOMPARE(onStore(db, { QStringLiteral("check") }).exitCode, 1);
    }

    void aDamagedStoreIsRefusedAndCheckSaysWhy()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("fw.db"));
        QCOMPARE(onStore(db, { QStringLiteral("import"), QStringLiteral("catalog"), QStringLiteral("catalog.json") }).exitCode, 0);
        QCOMPARE(onStore(db, { QStringLiteral("import"), QStringLiteral("order"), QStringLiteral("order.json") }).exitCode, 0);
        test::fillStore(db);
        const FwctlRun sound = onStore(db, { QStringLiteral("check") });
        QVERIFY2(sound.exitCode == 0, qPrintable(sound.err));
        QVERIFY(sound.out.startsWith(db + QStringLiteral(": ok (")));

        test::damageMiddlePage(db);
        for (const QStringList& command :
             { QStringList { QStringLiteral("orders") }, QStringList { QStringLiteral("status"), QStringLiteral("KIT-1") },
               QStringList { QStringLiteral("run"), QStringLiteral("--until-idle") } }) {
            const FwctlRun refused = onStore(db, command);
            QVERIFY2(refused.exitCode == 1, qPrintable(command.join(QLatin1Char(' ')) + refused.out));
            QVERIFY2(refused.err.contains(db + QStringLiteral(": the store is damaged (quick_check: ")), qPrintable(refused.err));
            QVERIFY2(refused.err.contains(QStringLiteral("sqlite3 ") + db + QStringLiteral(" .recover")), qPrintable(refused.err));
        }
        const FwctlRun check = onStore(db, { QStringLiteral("check") });
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.contains(QStringLiteral("the store is damaged; restore the store from a backup")), qPrintable(check.err));
        QVERIFY(check.err.count(QLatin1Char('\n')) >= 2); // the problems, then the advice
        QCOMPARE(onStore(dir.filePath(QStringLiteral("none.db")), { QStringLiteral("check") }).exitCode, 2);
    }

    void storeWalAndLockFilesAreTheUsersAlone()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("fw.db"));
        const mode_t old = ::umask(022);
        QCOMPARE(onStore(db, { QStringLiteral("import"), QStringLiteral("catalog"), QStringLiteral("catalog.json") }).exitCode, 0);
        QCOMPARE(modeOf(db), 0600);
        QProcess engine;
        engine.setWorkingDirectory(engineData);
        engine.start(QStringLiteral(FWCTL_PATH),
                     { QStringLiteral("--db"), db, QStringLiteral("run"), QStringLiteral("--for"), QStringLiteral("20s") });
        ::umask(old);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(db + QStringLiteral(".engine.lock")) && QFileInfo::exists(db + QStringLiteral("-shm")),
                                 10000);
        QTRY_COMPARE_WITH_TIMEOUT(modeOf(db + QStringLiteral(".engine.lock")), 0600, 5000);
        QCOMPARE(modeOf(db + QStringLiteral("-wal")), 0600);
        QCOMPARE(modeOf(db + QStringLiteral("-shm")), 0600);
        engine.terminate();
        QVERIFY(engine.waitForFinished(10000));
    }

    // A store this user may only read (another user's, a read-only directory) can still be listed.
    void aReadOnlyStoreCanBeListed()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("fw.db"));
        QCOMPARE(onStore(db, { QStringLiteral("import"), QStringLiteral("catalog"), QStringLiteral("catalog.json") }).exitCode, 0);
        QCOMPARE(onStore(db, { QStringLiteral("import"), QStringLiteral("order"), QStringLiteral("order.json") }).exitCode, 0);
        QStringList asReader; // root may write anything: read as nobody, from a directory and file nobody can write
        if (::geteuid() == 0) {
            if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
                QSKIP("running as root without setpriv: cannot take write permission away");
            asReader = { QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                         QStringLiteral("--clear-groups") };
        }
        QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(QFile::setPermissions(dir.path(),
                                      QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                          | QFileDevice::ReadOther | QFileDevice::ExeOther));
        const FwctlRun orders = onStore(db, { QStringLiteral("orders") }, {}, 60000, asReader);
        QVERIFY2(orders.exitCode == 0, qPrintable(orders.err));
        QVERIFY2(orders.out.contains(QStringLiteral("KIT-1")), qPrintable(orders.out));
        const FwctlRun status = onStore(db, { QStringLiteral("status"), QStringLiteral("KIT-1") }, {}, 60000, asReader);
        QVERIFY2(status.exitCode == 0 && status.out.startsWith(QStringLiteral("Order KIT-1: ")), qPrintable(status.err));
        const FwctlRun write = onStore(db, { QStringLiteral("run"), QStringLiteral("--until-idle") }, {}, 60000, asReader);
        QCOMPARE(write.exitCode, 1);
        QVERIFY2(write.err.contains(db + QStringLiteral(": the store is read-only for this user")), qPrintable(write.err));
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    }
};

QTEST_GUILESS_MAIN(TestFwctlStore)
#include "tst_fwctlstore.moc"
