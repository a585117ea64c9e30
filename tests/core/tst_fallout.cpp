// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Resolving fallout: retry with corrected data (resuming the order after its last case), skip with
// a reason, cancel, resume, and the errors an operator gets for doing it wrong.

#include "common/clock.h"
#include "engine/executor.h"
#include "store/database.h"
#include "store/storeimporter.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

#define QCOMPARE_STATE(actual, expected) QCOMPARE(toString(actual), toString(expected))

class TestFallout : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC) };
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Executor> m_executor;

    void restart()
    {
        m_executor = std::make_unique<Executor>(*m_database, m_clock);
        QVERIFY(m_executor->load());
    }
    void run() { QVERIFY(m_executor->runUntilIdle().ok()); }
    QString scalar(const QString& sql) const
    {
        QSqlQuery query(m_database->connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }
    qint64 openCase(const QString& order) const
    {
        return scalar(QStringLiteral("SELECT MAX(id) FROM fallout_cases WHERE state = 'open' AND order_id = '%1'").arg(order)).toLongLong();
    }
    StepState state(const QString& order, const char* step) const
    {
        const OrderRuntime* runtime = m_executor->order(order);
        return runtime->execution->state(runtime->stepIndex(QLatin1String(step)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("fallout.db")));
        QCOMPARE(m_database->openStore().message(), QString());
        StoreImporter importer(*m_database, m_clock);
        QVERIFY(importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/catalog.json"), QStringLiteral("t")).ok());
        QFile broken(QStringLiteral(FW_TEST_DATA_DIR "/engine/order-broken.json"));
        QVERIFY(broken.open(QIODevice::ReadOnly));
        const QByteArray text = broken.readAll();
        for (const char* id : { "RETRY-1", "SKIP-1", "CANCEL-1" }) {
            const QString path = m_dir.filePath(QLatin1String(id) + QStringLiteral(".json"));
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QByteArray(text).replace("BROKEN-1", id));
            out.close();
            QVERIFY(importer.importOrder(path, QStringLiteral("t")).ok());
        }
        restart();
        run();
        for (const char* id : { "RETRY-1", "SKIP-1", "CANCEL-1" }) {
            QCOMPARE(scalar(QStringLiteral("SELECT state || ' ' || on_hold FROM orders WHERE id = '%1'").arg(QLatin1String(id))),
                     QStringLiteral("fallout 1"));
            QVERIFY(openCase(QLatin1String(id)) > 0);
        }
    }

    void retryWithoutAFixFallsOutAgain()
    {
        const qint64 first = openCase(QStringLiteral("RETRY-1"));
        QVERIFY(m_executor->fallout().retry(first, QStringLiteral("ops")));
        const qint64 second = openCase(QStringLiteral("RETRY-1"));
        QVERIFY(second > first);
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM fallout_cases WHERE id = %1").arg(first)), QStringLiteral("resolved"));
        // An operator retry starts a new attempt series (new idempotency key, fresh retry budget).
        QCOMPARE(scalar(QStringLiteral("SELECT attempt_series || '/' || attempts FROM steps WHERE order_id = 'RETRY-1' "
                                       "AND step_key = 'bad'")),
                 QStringLiteral("2/1"));
        QCOMPARE(m_executor->fallout().retry(first, QStringLiteral("ops")).message(),
                 QStringLiteral("fallout case %1 is already resolved").arg(first));
        QCOMPARE(m_executor->fallout().retry(4242, QStringLiteral("ops")).message(), QStringLiteral("unknown fallout case 4242"));
    }

    // A retry that resolves the order's last case resumes it: the plan continues at once, and the
    // resume is journalled for the operator (docs: no separate 'resume' after a retry).
    void retryOfTheLastCaseResumesTheOrder()
    {
        restart(); // resolution survives a restart
        const qint64 open = openCase(QStringLiteral("RETRY-1"));
        QCOMPARE(m_executor->fallout().resume(QStringLiteral("RETRY-1"), QStringLiteral("ops")).message(),
                 QStringLiteral("order RETRY-1 still has 1 step(s) in fallout (first: line:1.F_BROKEN/bad); retry or skip them first"));
        QVERIFY(m_executor->fallout().retry(open, QStringLiteral("ops"),
                                            FalloutRetry { { { QStringLiteral("missing"), QStringLiteral("fixed") } } }));
        QCOMPARE_STATE(state(QStringLiteral("RETRY-1"), "line:1.F_BROKEN/bad"), StepState::Completed);
        QCOMPARE(m_executor->order(QStringLiteral("RETRY-1"))->lines[0].fields.value(QStringLiteral("x")).toString(),
                 QStringLiteral("fixed"));
        QCOMPARE_STATE(state(QStringLiteral("RETRY-1"), "line:1.F_BROKEN/after"), StepState::Completed);
        QCOMPARE(scalar(QStringLiteral("SELECT state || ' ' || on_hold FROM orders WHERE id = 'RETRY-1'")), QStringLiteral("completed 0"));
        QCOMPARE(scalar(QStringLiteral("SELECT actor FROM journal WHERE order_id = 'RETRY-1' AND kind = 'order.resumed'")),
                 QStringLiteral("ops"));
        QCOMPARE(m_executor->fallout().resume(QStringLiteral("RETRY-1"), QStringLiteral("ops")).message(),
                 QStringLiteral("order RETRY-1 is not on hold; nothing to resume"));
    }

    // The operator may keep the hold (fwctl fallout retry --keep-hold, the workbench's "resume"
    // box unticked): the step runs again, nothing downstream starts until resume.
    void retryCanKeepTheHold()
    {
        const QString path = m_dir.filePath(QStringLiteral("HOLD-1.json"));
        QFile broken(QStringLiteral(FW_TEST_DATA_DIR "/engine/order-broken.json"));
        QVERIFY(broken.open(QIODevice::ReadOnly));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(broken.readAll().replace("BROKEN-1", "HOLD-1"));
        out.close();
        QVERIFY(StoreImporter(*m_database, m_clock).importOrder(path, QStringLiteral("t")).ok());
        restart();
        run();
        const qint64 open = openCase(QStringLiteral("HOLD-1"));
        QVERIFY(open > 0);
        QVERIFY(m_executor->fallout().retry(open, QStringLiteral("ops"),
                                            FalloutRetry { { { QStringLiteral("missing"), QStringLiteral("fixed") } }, {}, false, false }));
        run();
        QCOMPARE_STATE(state(QStringLiteral("HOLD-1"), "line:1.F_BROKEN/bad"), StepState::Completed);
        QCOMPARE_STATE(state(QStringLiteral("HOLD-1"), "line:1.F_BROKEN/after"), StepState::Ready); // held until resumed
        QCOMPARE(scalar(QStringLiteral("SELECT on_hold FROM orders WHERE id = 'HOLD-1'")), QStringLiteral("1"));
        QVERIFY(m_executor->fallout().resume(QStringLiteral("HOLD-1"), QStringLiteral("ops")));
        QCOMPARE(scalar(QStringLiteral("SELECT state || ' ' || on_hold FROM orders WHERE id = 'HOLD-1'")), QStringLiteral("completed 0"));
    }

    void skipNeedsAReason()
    {
        const qint64 open = openCase(QStringLiteral("SKIP-1"));
        QCOMPARE(m_executor->fallout().skip(open, QStringLiteral("ops"), QStringLiteral("  ")).message(),
                 QStringLiteral("skipping fallout case %1 needs a reason").arg(open));
        QVERIFY(m_executor->fallout().skip(open, QStringLiteral("ops"), QStringLiteral("done by hand in the legacy system")));
        QCOMPARE_STATE(state(QStringLiteral("SKIP-1"), "line:1.F_BROKEN/bad"), StepState::Skipped);
        QVERIFY(m_executor->fallout().resume(QStringLiteral("SKIP-1"), QStringLiteral("ops")));
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM orders WHERE id = 'SKIP-1'")), QStringLiteral("completed"));
        QCOMPARE(scalar(QStringLiteral("SELECT resolution FROM fallout_cases WHERE id = %1").arg(open)),
                 QStringLiteral("skipped by ops: done by hand in the legacy system"));
        QCOMPARE(scalar(QStringLiteral("SELECT actor || ' ' || payload FROM journal WHERE order_id = 'SKIP-1' AND "
                                       "after_state = 'skipped'")),
                 QStringLiteral("ops {\"case\":%1,\"reason\":\"done by hand in the legacy system\"}").arg(open));
    }

    void cancelCancelsTheOrder()
    {
        const qint64 open = openCase(QStringLiteral("CANCEL-1"));
        QVERIFY(m_executor->fallout().cancel(open, QStringLiteral("ops"), QStringLiteral("customer withdrew")));
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM orders WHERE id = 'CANCEL-1'")), QStringLiteral("cancelled"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM steps WHERE order_id = 'CANCEL-1' AND state = 'cancelled'")),
                 QStringLiteral("2"));
    }
};

QTEST_GUILESS_MAIN(TestFallout)
#include "tst_fallout.moc"
