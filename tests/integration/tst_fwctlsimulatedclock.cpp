// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A store run in simulated time (issue 14, defect 12): the simulated clock's position is kept in
// the store, so operator commands use it too (the timeline never goes back), `--advance` adds up
// across runs even when nothing was journalled, and `fwctl run` journals jeopardy changes as the
// workbench's engine does.

#include "common/clock.h"
#include "engine/executor.h"
#include "store/database.h"
#include "testteam.h"
#include "store/storeimporter.h"

#include "fwctlprocess.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

class TestFwctlSimulatedClock : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    test::FwctlRun fwctl(const QStringList& arguments) const { return test::runFwctlOn(m_path, arguments); }

    QString scalar(const QString& sql) const
    {
        Database database(m_path);
        QSqlQuery query(database.connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }

    QString position() const { return scalar(QStringLiteral("SELECT value FROM store_settings WHERE name = 'clock.simulated'")); }

private Q_SLOTS:
    // KIT-LATE's assemble task opened at 2026-11-24 20:00 with a 2 h estimate (tests/data/sla).
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("simulated.db"));
        Database database(m_path);
        QVERIFY(database.openStore());
        ManualClock clock(QDateTime(QDate(2026, 11, 24), QTime(20, 0), QTimeZone::utc()));
        QVERIFY(test::addTeam(database.connection(), { QStringLiteral("ana") }, clock.now()));
        StoreImporter importer(database, clock);
        QVERIFY(importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/sla/catalog.json"), QStringLiteral("t")).ok());
        QVERIFY(importer.importOrder(QStringLiteral(FW_TEST_DATA_DIR "/sla/order-late.json"), QStringLiteral("t")).ok());
        Executor executor(database, clock);
        QVERIFY(executor.load());
        QVERIFY(executor.runUntilIdle().ok());
    }

    void advancesAddUpAcrossRuns()
    {
        auto run = fwctl({ QStringLiteral("run"), QStringLiteral("--until-idle"), QStringLiteral("--simulated-clock") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(position(), QStringLiteral("2026-11-24T20:00:00.000Z")); // from the newest journal entry
        // Nothing moves and nothing is journalled in the first hour: the second advance still adds up.
        for (const char* expected : { "2026-11-24T20:30:00.000Z", "2026-11-24T21:00:00.000Z" }) {
            run = fwctl({ QStringLiteral("run"), QStringLiteral("--until-idle"), QStringLiteral("--simulated-clock"),
                          QStringLiteral("--advance"), QStringLiteral("30m") });
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY2(run.out.contains(QLatin1String(expected)), qPrintable(run.out));
            QCOMPARE(position(), QLatin1String(expected));
        }
        // A plain run on a store in simulated time stays in it.
        run = fwctl({ QStringLiteral("run"), QStringLiteral("--until-idle"), QStringLiteral("--advance"), QStringLiteral("1h") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(position(), QStringLiteral("2026-11-24T22:00:00.000Z"));
    }

    // Past 100 % of its estimate the step is in warning, past 200 % critical: `fwctl run` journals
    // each change once, at simulated time, with the rule's actions (it used to journal none).
    void runJournalsJeopardyChanges()
    {
        auto run = fwctl({ QStringLiteral("run"), QStringLiteral("--until-idle"), QStringLiteral("--advance"), QStringLiteral("3h") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("jeopardy: KIT-LATE / line:1.F_KIT/assemble warning -> critical")), qPrintable(run.out));
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(at || ' ' || actor || ' ' || before_state || '->' || "
                                       "after_state, ', ') FROM journal "
                                       "WHERE kind = 'jeopardy.raised' AND step_id = 'line:1.F_KIT/assemble'")),
                 QStringLiteral("2026-11-24T22:00:00.000Z sla none->warning, 2026-11-25T01:00:00.000Z sla warning->critical"));
        run = fwctl({ QStringLiteral("run"), QStringLiteral("--until-idle") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(!run.out.contains(QStringLiteral("jeopardy:")), qPrintable(run.out)); // journalled once
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 'jeopardy.raised' AND step_id = 'line:1.F_KIT/assemble'")),
            QStringLiteral("2"));
    }

    // Operator commands on the store use its simulated clock, so its timeline never goes back.
    void operatorCommandsUseTheSimulatedClock()
    {
        const QString task = scalar(QStringLiteral("SELECT id FROM tasks WHERE order_id = 'KIT-LATE' AND state = 'open'"));
        QVERIFY(!task.isEmpty());
        const auto claim = fwctl({ QStringLiteral("task"), QStringLiteral("claim"), task, QStringLiteral("--as"), QStringLiteral("ana") });
        QVERIFY2(claim.exitCode == 0, qPrintable(claim.err));
        QCOMPARE(scalar(QStringLiteral("SELECT at FROM journal WHERE kind = 'task.claimed'")), position());
        const auto imported
            = fwctl({ QStringLiteral("import"), QStringLiteral("order"), QStringLiteral(FW_TEST_DATA_DIR "/sla/order-due-today.json") });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(scalar(QStringLiteral("SELECT at FROM journal WHERE kind = 'order.imported' AND order_id = 'KIT-TODAY'")), position());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM journal a JOIN journal b ON b.seq > a.seq AND b.at < a.at")),
                 QStringLiteral("0")); // the timeline never goes back

        // --wall-clock leaves simulated time.
        const auto wall = fwctl({ QStringLiteral("run"), QStringLiteral("--until-idle"), QStringLiteral("--wall-clock") });
        QVERIFY2(wall.exitCode == 0, qPrintable(wall.err));
        QVERIFY2(wall.err.contains(QStringLiteral("leaves simulated time")), qPrintable(wall.err));
        QCOMPARE(position(), QString());
        QCOMPARE(
            fwctl({ QStringLiteral("run"), QStringLiteral("--until-idle"), QStringLiteral("--advance"), QStringLiteral("1h") }).exitCode,
            2); // --advance needs simulated time again
    }
};

QTEST_GUILESS_MAIN(TestFwctlSimulatedClock)
#include "tst_fwctlsimulatedclock.moc"
