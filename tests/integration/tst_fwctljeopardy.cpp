// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `fwctl jeopardy` and `fwctl escalations` as scripts use them: --json is exactly
// jeopardyReportToJson of the evaluator on the same store and instant (--at), --level filters the
// text, reassign and escalate go to the engine and show in the store, escalations are taken and
// resolved; bad input exits 2 and names the option or the reason.

#include "common/clock.h"
#include "engine/executor.h"
#include "sla/jeopardyjson.h"
#include "store/stephistoryreader.h"
#include "store/slareader.h"
#include "store/database.h"
#include "testteam.h"
#include "store/storeimporter.h"

#include "fwctlprocess.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace fw;

namespace {
using Run = test::FwctlRun;

Run fwctl(const QStringList& arguments)
{
    return test::runFwctl(arguments);
}

const QString assemble = QStringLiteral("line:1.F_KIT/assemble");
const QString at = QStringLiteral("2026-11-25T01:00:00Z"); // assemble started at 20:00 with a 2h estimate: 250%
} // namespace

class TestFwctlJeopardy : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    QString scalar(const QString& sql) const
    {
        Database database(m_path);
        QSqlQuery query(database.connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("sla.db"));
        Database database(m_path);
        QVERIFY(database.openStore());
        ManualClock clock(QDateTime(QDate(2026, 11, 24), QTime(20, 0), QTimeZone::utc()));
        QVERIFY(test::addTeam(database.connection(), { QStringLiteral("sue"), QStringLiteral("max") }, clock.now()));
        StoreImporter importer(database, clock);
        QVERIFY(importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/sla/catalog.json"), QStringLiteral("t")).ok());
        QVERIFY(importer.importOrder(QStringLiteral(FW_TEST_DATA_DIR "/sla/order-late.json"), QStringLiteral("t")).ok());
        QVERIFY(importer.importOrder(QStringLiteral(FW_TEST_DATA_DIR "/sla/order-due-today.json"), QStringLiteral("t")).ok());
        Executor executor(database, clock);
        QVERIFY(executor.load());
        QVERIFY(executor.runUntilIdle().ok());
    }

    void jsonEqualsTheEvaluator()
    {
        const Run run
            = fwctl({ QStringLiteral("--db"), m_path, QStringLiteral("jeopardy"), QStringLiteral("--at"), at, QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto printed = nlohmann::json::parse(run.out.toStdString());

        Database database(m_path);
        QVERIFY(database.openStore());
        const QDateTime now = QDateTime::fromString(at, Qt::ISODate);
        SlaReader reader(database.connection());
        const auto orders = reader.openOrders();
        const auto history = loadStepHistory(database.connection(), now);
        QVERIFY2(orders, qPrintable(orders.message()));
        QVERIFY2(history, qPrintable(history.message()));
        const JeopardyReport report = JeopardyEvaluator(&*history).evaluate(*orders, now);
        const auto expected = jeopardyReportToJson(report);
        QVERIFY2(printed == expected, qPrintable(QString::fromStdString(printed.dump(2) + "\n---\n" + expected.dump(2))));

        QCOMPARE(printed["ordersEvaluated"].get<int>(), 2);
        QCOMPARE(printed["critical"].get<int>(), 3); // both assemble steps, and KIT-TODAY overdue
        QCOMPARE(printed["findings"][0]["level"].get<std::string>(), "critical");
        bool sawStep = false;
        for (const auto& finding : printed["findings"]) {
            if (finding["order"] == "KIT-LATE" && finding["step"] == assemble.toStdString()) {
                QCOMPARE(finding["rule"].get<std::string>(), "assemble-late");
                QCOMPARE(finding["queue"].get<std::string>(), "workshop");
                sawStep = true;
            }
        }
        QVERIFY(sawStep);
    }

    void textListsByLevel()
    {
        const Run critical = fwctl({ QStringLiteral("--db"), m_path, QStringLiteral("jeopardy"), QStringLiteral("--at"), at,
                                     QStringLiteral("--level"), QStringLiteral("critical") });
        QVERIFY2(critical.exitCode == 0, qPrintable(critical.err));
        QVERIFY(critical.out.contains(QStringLiteral("3 critical, 0 warning")));
        QVERIFY(critical.out.contains(QStringLiteral("CRITICAL  KIT-TODAY (whole order)")));
        QVERIFY(critical.out.contains(QStringLiteral("CRITICAL  KIT-LATE / ") + assemble));
        // An hour before: the steps are at warning, the order only at risk.
        const Run earlier = fwctl({ QStringLiteral("--db"), m_path, QStringLiteral("jeopardy"), QStringLiteral("--at"),
                                    QStringLiteral("2026-11-24T23:00:00Z"), QStringLiteral("--level"), QStringLiteral("critical") });
        QVERIFY(earlier.out.contains(QStringLiteral("0 critical, 3 warning")));
        QVERIFY(!earlier.out.contains(QStringLiteral("CRITICAL  ")));
    }

    void badInputNamesTheOption_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("level") << QStringList { QStringLiteral("jeopardy"), QStringLiteral("--level"), QStringLiteral("severe") }
                               << QStringLiteral("--level must be warning or critical, not 'severe'");
        QTest::addRow("at") << QStringList { QStringLiteral("jeopardy"), QStringLiteral("--at"), QStringLiteral("tomorrow") }
                            << QStringLiteral("--at expects an ISO date-time");
        QTest::addRow("escalate without queue")
            << QStringList { QStringLiteral("jeopardy"), QStringLiteral("escalate"), QStringLiteral("KIT-LATE") }
            << QStringLiteral("escalate needs ORDER [STEP] and --queue Q");
        QTest::addRow("reassign to a non-queue") << QStringList { QStringLiteral("jeopardy"), QStringLiteral("reassign"),
                                                                  QStringLiteral("KIT-LATE"), assemble, QStringLiteral("nowhere") }
                                                 << QStringLiteral("'nowhere' is not a task queue of catalog sla-test");
    }

    void badInputNamesTheOption()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = fwctl(QStringList { QStringLiteral("--db"), m_path } + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void supervisorsReassignEscalateAndResolve()
    {
        Run run
            = fwctl({ QStringLiteral("--db"), m_path, QStringLiteral("jeopardy"), QStringLiteral("reassign"), QStringLiteral("KIT-LATE"),
                      assemble, QStringLiteral("senior-workshop"), QStringLiteral("--as"), QStringLiteral("sue") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(scalar(QStringLiteral("SELECT queue FROM tasks WHERE order_id = 'KIT-LATE' AND step_id = '%1'").arg(assemble)),
                 QStringLiteral("senior-workshop"));
        run = fwctl({ QStringLiteral("--db"), m_path, QStringLiteral("jeopardy"), QStringLiteral("escalate"), QStringLiteral("KIT-TODAY"),
                      QStringLiteral("--queue"), QStringLiteral("supervisors"), QStringLiteral("--note"),
                      QStringLiteral("customer called twice"), QStringLiteral("--as"), QStringLiteral("sue") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = fwctl({ QStringLiteral("--db"), m_path, QStringLiteral("escalations"), QStringLiteral("--json") });
        const auto listed = nlohmann::json::parse(run.out.toStdString());
        QCOMPARE(listed.size(), std::size_t(1));
        QCOMPARE(listed[0]["order"].get<std::string>(), "KIT-TODAY");
        QCOMPARE(listed[0]["note"].get<std::string>(), "customer called twice");
        const QString id = QString::number(listed[0]["id"].get<qint64>());
        QCOMPARE(fwctl({ QStringLiteral("--db"), m_path, QStringLiteral("escalations"), QStringLiteral("claim"), id, QStringLiteral("--as"),
                         QStringLiteral("max") })
                     .exitCode,
                 0);
        run = fwctl({ QStringLiteral("--db"), m_path, QStringLiteral("escalations"), QStringLiteral("resolve"), id, QStringLiteral("--as"),
                      QStringLiteral("sue"), QStringLiteral("--resolution"), QStringLiteral("done") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("claimed by max")), qPrintable(run.err));
        QCOMPARE(fwctl({ QStringLiteral("--db"), m_path, QStringLiteral("escalations"), QStringLiteral("resolve"), id,
                         QStringLiteral("--as"), QStringLiteral("max"), QStringLiteral("--resolution"), QStringLiteral("expedited") })
                     .exitCode,
                 0);
        QCOMPARE(scalar(QStringLiteral("SELECT state || ' ' || resolution FROM escalations")), QStringLiteral("resolved expedited"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind IN ('task.reassigned', 'escalation.opened', "
                                       "'escalation.claimed', 'escalation.resolved')")),
                 QStringLiteral("4"));
    }
};

QTEST_GUILESS_MAIN(TestFwctlJeopardy)
#include "tst_fwctljeopardy.moc"
