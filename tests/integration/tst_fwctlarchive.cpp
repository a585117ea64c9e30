// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `fwctl archive` as an operator of a year-old store uses it: finished orders move into the
// store's archive, the orders not finished stay and are named, timeline, summary and status still
// answer for archived orders from the archive, the KPI report does not change, `fwctl archive`
// alone shows what the archive holds, and an operator is refused.

#include "common/clock.h"
#include "engine/executor.h"
#include "identity/userdirectory.h"
#include "store/database.h"
#include "store/storeimporter.h"

#include "fwctlprocess.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {
using Run = test::FwctlRun;
}

class TestFwctlArchive : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    Run fwctl(const QStringList& arguments) const { return test::runFwctlOn(m_path, arguments); }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("year.db"));
        Database database(m_path); // its first user is this login, with every role
        QVERIFY(database.openStore());
        ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC));
        QVERIFY(UserDirectory(database.connection())
                    .add({ QStringLiteral("oscar"),
                           QStringLiteral("oscar"),
                           RoleSet { Role::Operator },
                           { QStringLiteral("workshop") },
                           true,
                           {},
                           {} },
                         QStringLiteral("test"), clock.now()));
        StoreImporter importer(database, clock);
        QVERIFY(importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/kpi/catalog.json"), QStringLiteral("t")).ok());
        for (const char* order : { "A1", "A2", "M1" })
            QVERIFY(
                importer.importOrder(QStringLiteral(FW_TEST_DATA_DIR "/kpi/order-%1.json").arg(QLatin1String(order)), QStringLiteral("t"))
                    .ok());
        clock.advance(45 * 60 * 1000);
        Executor executor(database, clock);
        QVERIFY(executor.load());
        QVERIFY(executor.runUntilIdle().ok());
    }

    void nothingArchivedYet()
    {
        const Run run = fwctl({ QStringLiteral("archive") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), QStringLiteral("no archive: nothing archived from %1 yet").arg(m_path));
    }

    void anOperatorIsRefused()
    {
        const Run run = fwctl({ QStringLiteral("--as"), QStringLiteral("oscar"), QStringLiteral("archive"),
                                QStringLiteral("--completed-before"), QStringLiteral("2026-03-02") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("fwctl archive: refused: oscar may not archive finished orders")), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_path + QStringLiteral(".archive.db")));
    }

    void aBadDateExits2()
    {
        const Run run = fwctl({ QStringLiteral("archive"), QStringLiteral("--completed-before"), QStringLiteral("2026-13-01") });
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.trimmed(), QStringLiteral("fwctl archive: archive: '2026-13-01' is not a date (YYYY-MM-DD)"));
    }

    void theStoreIsNotItsOwnArchive()
    {
        const Run run = fwctl({ QStringLiteral("archive"), QStringLiteral("--completed-before"), QStringLiteral("2026-03-02"),
                                QStringLiteral("--archive"), m_path });
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.trimmed(),
                 QStringLiteral("fwctl archive: archive: %1 is the store itself; the archive must be another file").arg(m_path));
        QVERIFY(!QFile::exists(m_path + QStringLiteral(".archive.db")));
        QVERIFY(fwctl({ QStringLiteral("archive") }).out.startsWith(QLatin1String("no archive"))); // nothing remembered
    }

    void archivedOrdersStayReadable()
    {
        const QStringList kpi {
            QStringLiteral("kpi"),        QStringLiteral("--from"), QStringLiteral("2026-03-01"),           QStringLiteral("--to"),
            QStringLiteral("2026-03-01"), QStringLiteral("--at"),   QStringLiteral("2026-03-02T09:30:00Z"), QStringLiteral("--json")
        };
        const Run before = fwctl(kpi);
        QVERIFY2(before.exitCode == 0, qPrintable(before.err));
        QVERIFY2(before.out.contains(QLatin1String("\"ordersCompleted\": 2")), qPrintable(before.out));

        const Run run = fwctl({ QStringLiteral("archive"), QStringLiteral("--completed-before"), QStringLiteral("2026-03-02") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QStringLiteral("archived 2 order(s) finished before 2026-03-02 to %1.archive.db (A1, A2)").arg(m_path)),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("kept 1 order(s) last changed before 2026-03-02 that are not finished")),
                 qPrintable(run.out));

        const Run orders = fwctl({ QStringLiteral("orders") });
        QVERIFY(orders.out.contains(QLatin1String("M1")));
        QVERIFY(!orders.out.contains(QLatin1String("A1")));

        const Run timeline = fwctl({ QStringLiteral("timeline"), QStringLiteral("A1") });
        QVERIFY2(timeline.exitCode == 0, qPrintable(timeline.err));
        QVERIFY(timeline.out.contains(QLatin1String("order.imported")));
        QVERIFY(timeline.out.contains(QLatin1String("order.archived")));
        const Run summary = fwctl({ QStringLiteral("summary"), QStringLiteral("A2") });
        QVERIFY2(summary.exitCode == 0, qPrintable(summary.err));
        QVERIFY2(summary.out.startsWith(QLatin1String("order A2 (")), qPrintable(summary.out));
        const Run status = fwctl({ QStringLiteral("status"), QStringLiteral("A1") });
        QVERIFY2(status.exitCode == 0, qPrintable(status.err));
        QVERIFY2(status.out.startsWith(QStringLiteral("Order A1: completed (archived in %1.archive.db)").arg(m_path)),
                 qPrintable(status.out));

        const Run after = fwctl(kpi);
        QCOMPARE(after.out, before.out); // the KPI facts stay in the store

        const Run shown = fwctl({ QStringLiteral("archive") });
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QCOMPARE(shown.out.trimmed(), QStringLiteral("%1.archive.db: 2 archived order(s) (2 completed)").arg(m_path));

        const Run overview = fwctl({ QStringLiteral("status") });
        QVERIFY2(overview.exitCode == 0, qPrintable(overview.err));
        QVERIFY2(overview.out.startsWith(QStringLiteral("%1: 1 order(s) (").arg(m_path)), qPrintable(overview.out));
        QVERIFY2(overview.out.contains(QStringLiteral("%1.archive.db: 2 archived order(s) (2 completed)").arg(m_path)),
                 qPrintable(overview.out));

        const Run unknown = fwctl({ QStringLiteral("timeline"), QStringLiteral("NOPE") });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QLatin1String("unknown order 'NOPE'")));
    }
};

QTEST_GUILESS_MAIN(TestFwctlArchive)
#include "tst_fwctlarchive.moc"
