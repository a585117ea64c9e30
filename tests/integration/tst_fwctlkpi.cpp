// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `fwctl kpi` as scripts use it: --json is exactly kpiReportToJson(KpiCalculator::compute(...)) for
// the same range and instant, the text report shows the headline figures, bad options exit 2 and
// name the option.

#include "common/clock.h"
#include "engine/executor.h"
#include "kpi/kpicalculator.h"
#include "kpi/kpijson.h"
#include "store/kpiledger.h"
#include "store/database.h"
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
} // namespace

class TestFwctlKpi : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("kpi.db"));
        Database database(m_path);
        QVERIFY(database.openStore());
        ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC));
        StoreImporter importer(database, clock);
        QVERIFY(importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/kpi/catalog.json"), QStringLiteral("t")).ok());
        for (const char* order : { "A1", "M1", "B1" })
            QVERIFY(
                importer.importOrder(QStringLiteral(FW_TEST_DATA_DIR "/kpi/order-%1.json").arg(QLatin1String(order)), QStringLiteral("t"))
                    .ok());
        clock.advance(45 * 60 * 1000);
        Executor executor(database, clock);
        QVERIFY(executor.load());
        QVERIFY(executor.runUntilIdle().ok());
    }

    void jsonEqualsTheLibrary()
    {
        const Run run = fwctl({ QStringLiteral("kpi"), QStringLiteral("--db"), m_path, QStringLiteral("--from"),
                                QStringLiteral("2026-02-28"), QStringLiteral("--to"), QStringLiteral("2026-03-02"), QStringLiteral("--at"),
                                QStringLiteral("2026-03-02T09:30:00Z"), QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto printed = nlohmann::json::parse(run.out.toStdString());

        Database database(m_path);
        QVERIFY(database.openStore());
        QSqlDatabase connection = database.connection();
        const auto consumed = KpiLedger::catchUp(connection);
        QVERIFY2(consumed, qPrintable(consumed.message()));
        QCOMPARE(*consumed, 0); // fwctl brought the facts up to date
        const auto report = KpiCalculator::compute(connection, { QDate(2026, 2, 28), QDate(2026, 3, 2) },
                                                   QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC));
        const auto expected = kpiReportToJson(*report);
        QVERIFY2(printed == expected,
                 qPrintable(QString::fromStdString(printed.dump()) + QStringLiteral("\n") + QString::fromStdString(expected.dump())));
        // Not trivially equal: the store's figures are in it.
        QCOMPARE(printed["ordersCompleted"].get<int>(), 1); // A1
        QCOMPARE(printed["days"].size(), std::size_t(3));
        QCOMPARE(printed["queues"][0]["oldestSeconds"].get<qint64>(), 24 * 3600 + 45 * 60); // M1's task since 03-01 08:45
    }

    void textShowsTheHeadlines()
    {
        const Run run = fwctl({ QStringLiteral("--db"), m_path, QStringLiteral("kpi"), QStringLiteral("--from"),
                                QStringLiteral("2026-03-01"), QStringLiteral("--to"), QStringLiteral("2026-03-01") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        for (const char* line : { "completed            1", "fallout rate         0.0% (0 of 1 finished; target 2.0%, met)",
                                  "touchless            100.0% (1 of 1 completed)", "SLA adherence        100.0% (3 of 3 steps on time)" })
            QVERIFY2(run.out.contains(QLatin1String(line)), line);
    }

    void badOptionsExit2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        QTest::addRow("bad --from") << QStringList { QStringLiteral("--from"), QStringLiteral("2026-13-01") }
                                    << QStringLiteral("fwctl kpi: --from expects a date YYYY-MM-DD, got '2026-13-01'");
        QTest::addRow("bad --to") << QStringList { QStringLiteral("--to"), QStringLiteral("yesterday") }
                                  << QStringLiteral("fwctl kpi: --to expects a date YYYY-MM-DD, got 'yesterday'");
        QTest::addRow("from after to") << QStringList { QStringLiteral("--from"), QStringLiteral("2026-03-05"), QStringLiteral("--to"),
                                                        QStringLiteral("2026-03-01") }
                                       << QStringLiteral("fwctl kpi: --from 2026-03-05 is after --to 2026-03-01");
    }

    void badOptionsExit2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        const Run run = fwctl(QStringList { QStringLiteral("kpi"), QStringLiteral("--db"), m_path } + arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.trimmed(), error);
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFwctlKpi)
#include "tst_fwctlkpi.moc"
