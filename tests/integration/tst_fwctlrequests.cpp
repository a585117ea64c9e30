// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Operator actions when another process holds the store (issue 14, defect 11): two `fwctl task
// claim` at once give the task to one and refuse the other at once ("task N is claimed by USER");
// a request handed to a serving engine that does not take it in time is withdrawn and never
// carried out afterwards; the engine never carries out a withdrawn request.

#include "common/clock.h"
#include "engine/executor.h"
#include "commands/commandprocessor.h"
#include "identity/userdirectory.h"
#include "engine/requestinbox.h"
#include "store/database.h"
#include "testteam.h"
#include "store/storeimporter.h"

#include "fwctlprocess.h"

#include <QElapsedTimer>
#include <QLockFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

class TestFwctlRequests : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_stores = 0;

    // A store with KIT-1 run until its manual task (task 1) is open.
    QString newStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("requests-%1.db").arg(++m_stores));
        Database database(path);
        if (!database.openStore() || !test::addTeam(database.connection(), { QStringLiteral("ana"), QStringLiteral("bob") }))
            return {};
        SystemClock clock;
        StoreImporter importer(database, clock);
        if (!importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/catalog.json"), QStringLiteral("t")).ok()
            || !importer.importOrder(QStringLiteral(FW_TEST_DATA_DIR "/engine/order.json"), QStringLiteral("t")).ok())
            return {};
        Executor executor(database, clock);
        if (!executor.load() || !executor.runUntilIdle())
            return {};
        return path;
    }

    static QString scalar(const QString& path, const QString& sql)
    {
        Database database(path);
        QSqlQuery query(database.connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }

    static QStringList claimArguments(const QString& path, const char* user, int waitSeconds)
    {
        return { QStringLiteral("--db"),      path,
                 QStringLiteral("task"),      QStringLiteral("claim"),
                 QStringLiteral("1"),         QStringLiteral("--as"),
                 QLatin1String(user),         QStringLiteral("--wait"),
                 QString::number(waitSeconds) };
    }

    // Two claims started together: one gets the task, the other is told who has it, both at once.
    static void claimTogether(const QString& path)
    {
        QProcess ana;
        QProcess bob;
        QElapsedTimer timer;
        timer.start();
        ana.start(QStringLiteral(FWCTL_PATH), claimArguments(path, "ana", 20));
        bob.start(QStringLiteral(FWCTL_PATH), claimArguments(path, "bob", 20));
        QVERIFY(ana.waitForFinished(30000) && bob.waitForFinished(30000));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        const QString anaErr = QString::fromUtf8(ana.readAllStandardError());
        const QString bobErr = QString::fromUtf8(bob.readAllStandardError());
        QVERIFY2((ana.exitCode() == 0) != (bob.exitCode() == 0), qPrintable(anaErr + bobErr));
        const bool anaWon = ana.exitCode() == 0;
        QCOMPARE(anaWon ? bob.exitCode() : ana.exitCode(), 2);
        QCOMPARE((anaWon ? bobErr : anaErr).trimmed(),
                 QStringLiteral("fwctl task: task 1 is claimed by %1").arg(anaWon ? QStringLiteral("ana") : QStringLiteral("bob")));
        QCOMPARE(scalar(path, QStringLiteral("SELECT claimed_by FROM tasks WHERE id = 1")),
                 anaWon ? QStringLiteral("ana") : QStringLiteral("bob"));
        QCOMPARE(scalar(path, QStringLiteral("SELECT COUNT(*) FROM requests WHERE state IN ('pending', 'taken')")), QStringLiteral("0"));
    }

private Q_SLOTS:
    // Another one-shot command holds the store (it takes no requests): the claim waits for it to
    // finish and then runs itself. It used to hand the claim to the inbox, wait 30 s, say it "stays
    // queued", and have the claim applied by the next engine, to the person told it failed.
    void claimWaitsForAOneShotCommand()
    {
        const QString path = newStore();
        QVERIFY(!path.isEmpty());
        QProcess bob;
        {
            Database database(path);
            QVERIFY(database.openStore());
            SystemClock clock;
            Executor oneShot(database, clock); // holds <store>.engine.lock like `fwctl task claim` does
            QVERIFY(oneShot.load());
            bob.start(QStringLiteral(FWCTL_PATH), claimArguments(path, "bob", 5));
            QVERIFY(bob.waitForStarted());
            QTest::qWait(1000);
            QVERIFY(oneShot.tasks().claim(1, QStringLiteral("ana")));
        } // the one-shot command finishes
        QVERIFY(bob.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(bob.readAllStandardError()).trimmed(), QStringLiteral("fwctl task: task 1 is claimed by ana"));
        QCOMPARE(bob.exitCode(), 2);
        QCOMPARE(scalar(path, QStringLiteral("SELECT COUNT(*) FROM requests")), QStringLiteral("0"));
        // Nothing left for a later engine to apply: ana keeps the task.
        QCOMPARE(test::runFwctl({ QStringLiteral("--db"), path, QStringLiteral("run"), QStringLiteral("--until-idle") }).exitCode, 0);
        QCOMPARE(scalar(path, QStringLiteral("SELECT claimed_by FROM tasks WHERE id = 1")), QStringLiteral("ana"));
    }

    void twoClaimsAtOnceWithoutAnEngine()
    {
        const QString path = newStore();
        QVERIFY(!path.isEmpty());
        claimTogether(path);
    }

    void twoClaimsAtOnceWithARunningEngine()
    {
        const QString path = newStore();
        QVERIFY(!path.isEmpty());
        QProcess engine;
        engine.start(QStringLiteral(FWCTL_PATH),
                     { QStringLiteral("--db"), path, QStringLiteral("run"), QStringLiteral("--tick-ms"), QStringLiteral("50"),
                       QStringLiteral("--for"), QStringLiteral("2m") });
        QVERIFY(engine.waitForReadyRead(10000));
        QVERIFY(engine.readLine().startsWith("engine running on "));
        claimTogether(path);
        QCOMPARE(scalar(path, QStringLiteral("SELECT COUNT(*) FROM requests WHERE state = 'failed'")), QStringLiteral("1"));
        engine.terminate();
        QVERIFY(engine.waitForFinished(10000));
    }

    // A serving engine that does not take the request in time: fwctl withdraws it and says so;
    // no engine carries it out afterwards.
    void timedOutRequestIsWithdrawnAndNeverApplied()
    {
        const QString path = newStore();
        QVERIFY(!path.isEmpty());
        {
            QLockFile engineLock(path + QStringLiteral(".engine.lock"));
            QVERIFY(engineLock.tryLock(0));
            const auto serving = RequestInbox::serve(path); // an engine that is busy elsewhere
            QVERIFY(serving);
            const test::FwctlRun bob = test::runFwctl(claimArguments(path, "bob", 1));
            QCOMPARE(bob.exitCode, 1);
            QVERIFY2(bob.err.contains(QStringLiteral("did not take request 1 within 1 s; the request is withdrawn and will not be "
                                                     "carried out")),
                     qPrintable(bob.err));
            QCOMPARE(scalar(path, QStringLiteral("SELECT state FROM requests WHERE id = 1")), QStringLiteral("withdrawn"));
        }
        QCOMPARE(test::runFwctl({ QStringLiteral("--db"), path, QStringLiteral("run"), QStringLiteral("--until-idle") }).exitCode, 0);
        QCOMPARE(scalar(path, QStringLiteral("SELECT state || '/' || COALESCE(claimed_by, '') FROM tasks WHERE id = 1")),
                 QStringLiteral("open/"));
    }

    // The inbox itself: a withdrawn request is skipped; one the engine took cannot be withdrawn.
    void inboxTakesOrWithdrawsAtomically()
    {
        const QString path = newStore();
        QVERIFY(!path.isEmpty());
        Database database(path);
        QVERIFY(database.openStore());
        SystemClock clock;
        Executor executor(database, clock);
        QVERIFY(executor.load());
        RequestInbox inbox(database.connection());
        CommandProcessor processor(database, clock);
        processor.setExecutor(&executor);
        const Command claim = Command::make(QStringLiteral("bob"), QStringLiteral("task.claim"), { { QStringLiteral("task"), 1 } });
        const auto withdrawn = inbox.enqueue(claim, clock.now());
        QVERIFY2(withdrawn, qPrintable(withdrawn.message()));
        QVERIFY(inbox.withdraw(*withdrawn, clock.now()));
        QCOMPARE(inbox.processPending(processor, clock.now()), 0);
        QVERIFY(inbox.outcome(*withdrawn)->withdrawn);
        QCOMPARE(scalar(path, QStringLiteral("SELECT state FROM tasks WHERE id = 1")), QStringLiteral("open"));

        const Command anaClaims = Command::make(QStringLiteral("ana"), QStringLiteral("task.claim"), { { QStringLiteral("task"), 1 } });
        const auto taken = inbox.enqueue(anaClaims, clock.now());
        QVERIFY2(taken, qPrintable(taken.message()));
        QCOMPARE(inbox.processPending(processor, clock.now()), 1);
        QVERIFY(!inbox.withdraw(*taken, clock.now())); // too late: it was carried out
        const auto outcome = inbox.outcome(*taken);
        QVERIFY(outcome && outcome->finished && !outcome->withdrawn && outcome->result.ok());
        QCOMPARE(scalar(path, QStringLiteral("SELECT claimed_by FROM tasks WHERE id = 1")), QStringLiteral("ana"));
    }
};

QTEST_GUILESS_MAIN(TestFwctlRequests)
#include "tst_fwctlrequests.moc"
