// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Kill `fwctl run` with SIGKILL at random moments, many times, then let it finish: every order
// completes, no step completes twice, no auto-task effect happens twice, nothing is lost.

#include "common/clock.h"
#include "store/database.h"
#include "common/problem.h"
#include "store/storeimporter.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace fw;

class TestCrashRecovery : public QObject {
    Q_OBJECT

    static constexpr int orderCount = 1500;
    static constexpr int kills = 12;
    static constexpr int assetOrderCount = orderCount; // asset-based orders, each disconnecting an asset the first orders left

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;

    int completedSteps() const { return scalar(QStringLiteral("SELECT COUNT(*) FROM steps WHERE state = 'completed'")).toInt(); }

    QString scalar(const QString& sql) const
    {
        QSqlQuery query(m_database->connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("crash.db")));
        QCOMPARE(m_database->openStore().message(), QString());
        SystemClock clock;
        StoreImporter importer(*m_database, clock);
        QVERIFY(importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/auto-catalog.json"), QStringLiteral("t")).ok());
        for (int i = 0; i < orderCount; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("order-%1.json").arg(i));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("{\"formatVersion\":1,\"id\":\"AUTO-%1\",\"account\":{\"id\":\"A%2\"},"
                                      "\"items\":[{\"id\":\"1\",\"product\":\"AUTO\"},{\"id\":\"2\",\"product\":\"AUTO\"}]}")
                           .arg(i)
                           .arg(i % 17)
                           .toUtf8());
            file.close();
            QVERIFY(importer.importOrder(path, QStringLiteral("t"), QStringLiteral("auto-flow")).ok());
        }
    }

    void killedRunsLoseNothingAndRepeatNothing()
    {
        QRandomGenerator random(20261124); // fixed seed: a failure can be replayed
        const QStringList run { QStringLiteral("--db"), m_database->path(), QStringLiteral("run"), QStringLiteral("--until-idle") };
        int killedMidRun = 0;
        for (int i = 0; i < kills; ++i) {
            // Kill shortly after the child has committed something new, whatever the machine's speed:
            // that is mid-run, between or inside batches.
            const int before = completedSteps();
            QProcess process;
            process.start(QStringLiteral(FWCTL_PATH), run);
            QVERIFY(process.waitForStarted());
            QDeadlineTimer patience(60000);
            while (completedSteps() == before && !patience.hasExpired() && !process.waitForFinished(5)) { }
            // processId() is 0 once the child has ended: kill(0) would kill this test's whole process group.
            if (!process.waitForFinished(random.bounded(0, 40)) && process.processId() > 0) {
                ::kill(pid_t(process.processId()), SIGKILL);
                QVERIFY(process.waitForFinished(10000));
                ++killedMidRun;
            }
        }
        QVERIFY2(killedMidRun >= kills / 2, "most runs should be cut off mid-way; make the workload larger");
        // The killed runs got somewhere before they died.
        const int doneBefore = completedSteps();
        qInfo("%d of %d steps completed before the final run", doneBefore, orderCount * 2 * 13);
        QVERIFY(doneBefore > 0);
        // An order's assets are written with its completion (docs/assets.md): after the kills, no
        // completed order lacks its two assets and no asset belongs to an order not completed.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM orders o WHERE (o.state = 'completed') <> "
                                       "((SELECT COUNT(*) FROM assets a WHERE a.source_order = o.id) = 2)")),
                 QStringLiteral("0"));
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT COUNT(*) FROM assets WHERE source_order NOT IN (SELECT id FROM orders WHERE state = 'completed')")),
                 QStringLiteral("0"));
        QProcess finish;
        finish.start(QStringLiteral(FWCTL_PATH), run);
        QVERIFY(finish.waitForFinished(120000));
        QCOMPARE(finish.exitCode(), 0);

        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM orders WHERE state = 'completed'")), QString::number(orderCount));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM steps WHERE state <> 'completed'")), QStringLiteral("0"));
        // Each step completed exactly once in the journal.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 'step.state' AND after_state = 'completed'")),
                 scalar(QStringLiteral("SELECT COUNT(*) FROM steps")));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT order_id, step_id FROM journal WHERE kind = 'step.state' AND "
                                       "after_state = 'completed' GROUP BY order_id, step_id HAVING COUNT(*) > 1)")),
                 QStringLiteral("0"));
        // Auto-task effects happened once: four events per line, two lines per order.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind LIKE 'event.%'")), QString::number(orderCount * 2 * 4));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM fulfillment_lines WHERE fields LIKE '%\"label\":\"L-AUTO-%'")),
                 QString::number(orderCount * 2));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM fallout_cases")), QStringLiteral("0"));
        // Every order's two items left an asset each, recorded once.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM assets")), QString::number(orderCount * 2));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM asset_events WHERE kind = 'created'")), QString::number(orderCount * 2));
        qInfo("%d of %d runs were killed mid-way", killedMidRun, kills);
    }

    // Asset-based orders killed mid-run: an order's change of its asset is written with its
    // completion (docs/assets.md), so after the kills no completed order lacks its asset change and
    // no asset changed for an order not completed; in the end every asset changed exactly once.
    void killedRunsChangeAssetsWithTheirCompletion()
    {
        SystemClock clock;
        StoreImporter importer(*m_database, clock);
        for (int i = 0; i < assetOrderCount; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("disconnect-%1.json").arg(i));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("{\"formatVersion\":1,\"id\":\"DISC-%1\",\"account\":{\"id\":\"A%2\"},\"items\":[{\"id\":\"1\","
                                      "\"product\":\"AUTO\",\"action\":\"disconnect\",\"assetRef\":\"AUTO-%1/1\"}]}")
                           .arg(i)
                           .arg(i % 17)
                           .toUtf8());
            file.close();
            const ImportResult imported = importer.importOrder(path, QStringLiteral("t"), QStringLiteral("auto-flow"));
            QVERIFY2(imported.ok(), qPrintable(problemsText(imported.problems)));
        }
        const QStringList run { QStringLiteral("--db"), m_database->path(), QStringLiteral("run"), QStringLiteral("--until-idle") };
        // Asset-based orders whose completion and asset change disagree (either without the other).
        const QString consistent = QStringLiteral(
            "SELECT COUNT(*) FROM orders o WHERE o.id LIKE 'DISC-%' AND ((o.state = 'completed') <> EXISTS (SELECT 1 FROM asset_events e "
            "WHERE e.order_id = o.id AND e.kind = 'disconnected' AND e.revision = 2) OR (o.state = 'completed') <> EXISTS (SELECT 1 "
            "FROM assets a WHERE a.id = replace(o.id, 'DISC-', 'AUTO-') || '/1' AND a.status = 'disconnected' AND a.revision = 2))");
        QRandomGenerator random(20261208);
        int killedMidRun = 0;
        for (int i = 0; i < kills / 2; ++i) {
            const int before = completedSteps();
            QProcess process;
            process.start(QStringLiteral(FWCTL_PATH), run);
            QVERIFY(process.waitForStarted());
            QDeadlineTimer patience(60000);
            while (completedSteps() == before && !patience.hasExpired() && !process.waitForFinished(5)) { }
            if (!process.waitForFinished(random.bounded(0, 20)) && process.processId() > 0) {
                ::kill(pid_t(process.processId()), SIGKILL);
                QVERIFY(process.waitForFinished(10000));
                ++killedMidRun;
            }
            QCOMPARE(scalar(consistent), QStringLiteral("0"));
        }
        QVERIFY2(killedMidRun >= kills / 4, "most runs should be cut off mid-way; make the workload larger");
        qInfo("%s of %d asset-based orders completed before the final run, %d runs killed mid-way",
              qPrintable(scalar(QStringLiteral("SELECT COUNT(*) FROM orders WHERE id LIKE 'DISC-%' AND state = 'completed'"))),
              assetOrderCount, killedMidRun);
        QProcess finish;
        finish.start(QStringLiteral(FWCTL_PATH), run);
        QVERIFY(finish.waitForFinished(120000));
        QCOMPARE(finish.exitCode(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM orders WHERE id LIKE 'DISC-%' AND state = 'completed'")),
                 QString::number(assetOrderCount));
        QCOMPARE(scalar(consistent), QStringLiteral("0"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM asset_events WHERE kind = 'disconnected'")), QString::number(assetOrderCount));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM assets WHERE status = 'disconnected' AND revision = 2")),
                 QString::number(assetOrderCount));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM assets WHERE revision > 2")), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
