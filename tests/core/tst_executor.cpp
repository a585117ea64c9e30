// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The executor on the store, in simulated time: milestones, auto tasks, manual tasks with forms,
// pauses on signals, fields and time, fallout, and restarting from the store at every stage.

#include "common/clock.h"
#include "engine/executor.h"
#include "store/database.h"
#include "store/journal.h"
#include "store/storeimporter.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

#define QCOMPARE_STATE(actual, expected) QCOMPARE(toString(actual), toString(expected))

class TestExecutor : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC) };
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Executor> m_executor;

    // Simulates a process restart: a new executor rebuilt from the store.
    void restart()
    {
        m_executor = std::make_unique<Executor>(*m_database, m_clock);
        const Status loaded = m_executor->load();
        QVERIFY2(loaded, qPrintable(loaded.message()));
    }

    int run()
    {
        const Result<int> result = m_executor->runUntilIdle();
        if (!result)
            qFatal("runUntilIdle: %s", qPrintable(result.message()));
        return *result;
    }

    StepState stateOf(const char* order, const char* step) const
    {
        const OrderRuntime* runtime = m_executor->order(QLatin1String(order));
        return runtime->execution->state(runtime->stepIndex(QLatin1String(step)));
    }

    QString storedStepState(const char* order, const char* step) const
    {
        QSqlQuery query(m_database->connection());
        query.prepare(QStringLiteral("SELECT state FROM steps WHERE order_id = ? AND id = ?"));
        query.addBindValue(QLatin1String(order));
        query.addBindValue(QLatin1String(step));
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }

    QString scalar(const QString& sql) const
    {
        QSqlQuery query(m_database->connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("engine.db")));
        QCOMPARE(m_database->openStore().message(), QString());
        StoreImporter importer(*m_database, m_clock);
        QVERIFY(importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/catalog.json"), QStringLiteral("t")).ok());
        QVERIFY(importer.importOrder(QStringLiteral(FW_TEST_DATA_DIR "/engine/order.json"), QStringLiteral("t")).ok());
        QVERIFY(importer.importOrder(QStringLiteral(FW_TEST_DATA_DIR "/engine/order-broken.json"), QStringLiteral("t")).ok());
        restart();
    }

    void runsUntilTheManualTask()
    {
        QVERIFY(run() > 0);
        QCOMPARE_STATE(stateOf("KIT-1", "line:1.F_KIT/accept"), StepState::Completed);
        QCOMPARE_STATE(stateOf("KIT-1", "line:1.F_KIT/stamp"), StepState::Completed);
        QCOMPARE_STATE(stateOf("KIT-1", "line:1.F_KIT/assemble"), StepState::Waiting);
        QCOMPARE_STATE(stateOf("KIT-1", "line:1.F_KIT/wait-pickup"), StepState::Pending);
        QCOMPARE(m_executor->order(QStringLiteral("KIT-1"))->lines[0].fields.value(QStringLiteral("stamped")).toString(),
                 QStringLiteral("KIT-1-OK"));
        // Durable: the store says the same.
        QCOMPARE(storedStepState("KIT-1", "line:1.F_KIT/assemble"), QStringLiteral("waiting"));
        QCOMPARE(scalar(QStringLiteral("SELECT state || ' ' || queue FROM tasks WHERE step_id = 'line:1.F_KIT/assemble'")),
                 QStringLiteral("open workshop"));
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM orders WHERE id = 'KIT-1'")), QStringLiteral("in-progress"));
        QCOMPARE(run(), 0); // idle: nothing can move without a person
    }

    void brokenAutoTaskBecomesFallout()
    {
        QCOMPARE_STATE(stateOf("BROKEN-1", "line:1.F_BROKEN/bad"), StepState::Fallout);
        QCOMPARE_STATE(stateOf("BROKEN-1", "line:1.F_BROKEN/after"), StepState::Pending);
        QCOMPARE(scalar(QStringLiteral("SELECT queue || ' | ' || error FROM fallout_cases WHERE order_id = 'BROKEN-1'")),
                 QStringLiteral("intake-fallout | parameters: /value: '{{line.fields.missing}}' has no value"));
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM orders WHERE id = 'BROKEN-1'")), QStringLiteral("fallout"));
    }

    void taskRulesAreEnforced()
    {
        const qint64 task = scalar(QStringLiteral("SELECT id FROM tasks WHERE order_id = 'KIT-1'")).toLongLong();
        const QVariantMap good { { QStringLiteral("serial"), QStringLiteral("SN-77") }, { QStringLiteral("tested"), true } };
        QCOMPARE(m_executor->tasks().complete(task, QStringLiteral("ana"), good).message(),
                 QStringLiteral("task %1 is not claimed; claim it before completing it").arg(task));
        QCOMPARE(m_executor->tasks().claim(999, QStringLiteral("ana")).message(), QStringLiteral("unknown task 999"));
        QVERIFY(m_executor->tasks().claim(task, QStringLiteral("ana")));
        QCOMPARE(m_executor->tasks().claim(task, QStringLiteral("bob")).message(), QStringLiteral("task %1 is claimed by ana").arg(task));
        QCOMPARE(m_executor->tasks().complete(task, QStringLiteral("bob"), good).message(),
                 QStringLiteral("task %1 is claimed by ana; only the claimant can complete it").arg(task));
        QCOMPARE(m_executor->tasks()
                     .complete(task, QStringLiteral("ana"),
                               { { QStringLiteral("tested"), QStringLiteral("yes") }, { QStringLiteral("colour"), QStringLiteral("red") } })
                     .message(),
                 QStringLiteral("task %1: Serial number (serial) is required; Tested (tested) must be true or false; "
                                "'colour' is not a field of this form")
                     .arg(task));
        QCOMPARE_STATE(stateOf("KIT-1", "line:1.F_KIT/assemble"), StepState::Waiting);
    }

    void completingAfterARestart()
    {
        restart(); // the claim was acknowledged, so it survived
        const qint64 task = scalar(QStringLiteral("SELECT id FROM tasks WHERE order_id = 'KIT-1'")).toLongLong();
        QCOMPARE(scalar(QStringLiteral("SELECT claimed_by FROM tasks WHERE id = %1").arg(task)), QStringLiteral("ana"));
        m_clock.advance(2 * 3600 * 1000);
        const QVariantMap data { { QStringLiteral("serial"), QStringLiteral("SN-77") },
                                 { QStringLiteral("tested"), true },
                                 { QStringLiteral("builtOn"), QStringLiteral("2026-11-24") } };
        QVERIFY(m_executor->tasks().complete(task, QStringLiteral("ana"), data, QStringLiteral("all good")));
        QCOMPARE(storedStepState("KIT-1", "line:1.F_KIT/assemble"), QStringLiteral("completed"));
        run();
        QCOMPARE_STATE(stateOf("KIT-1", "line:1.F_KIT/wait-tested"), StepState::Completed); // field tested == true
        QCOMPARE_STATE(stateOf("KIT-1", "line:1.F_KIT/wait-pickup"), StepState::Waiting);
        QCOMPARE(m_executor->tasks().signal(QStringLiteral("NOPE"), QStringLiteral("picked-up"), QStringLiteral("ana")).message(),
                 QStringLiteral("unknown or inactive order 'NOPE'"));
    }

    void signalThenTimeFinishTheOrder()
    {
        QVERIFY(m_executor->tasks().signal(QStringLiteral("KIT-1"), QStringLiteral("picked-up"), QStringLiteral("carrier")));
        restart(); // the signal is stored
        run();
        QCOMPARE_STATE(stateOf("KIT-1", "line:1.F_KIT/bill-date"), StepState::Completed);
        // 30 days after the assembly completed (2026-11-24 11:00 UTC)
        QCOMPARE(m_executor->order(QStringLiteral("KIT-1"))->lines[0].fields.value(QStringLiteral("billingStart")).toString(),
                 QStringLiteral("2026-12-24"));
        QCOMPARE_STATE(stateOf("KIT-1", "line:1.F_KIT/go-live"), StepState::Waiting);
        m_clock.advance(qint64(29) * 86400 * 1000);
        QCOMPARE(run(), 0);
        m_clock.advance(qint64(2) * 86400 * 1000);
        run();
        QCOMPARE_STATE(stateOf("KIT-1", "line:1.F_KIT/done"), StepState::Completed);
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM orders WHERE id = 'KIT-1'")), QStringLiteral("completed"));
    }

    void oneEnginePerStore()
    {
        Executor second(*m_database, m_clock);
        second.setLockTimeout(100);
        const Status loaded = second.load();
        QVERIFY(!loaded);
        QVERIFY2(loaded.message().startsWith(QStringLiteral("another engine (")), qPrintable(loaded.message()));
        QVERIFY2(loaded.message().endsWith(QStringLiteral(" is running on ") + m_database->path()), qPrintable(loaded.message()));
    }

    void journalTellsTheWholeStory()
    {
        const auto read = Journal::forOrder(m_database->connection(), QStringLiteral("KIT-1"));
        QVERIFY2(read, qPrintable(read.message()));
        const std::vector<JournalEvent>& events = *read;
        QStringList kinds;
        for (const auto& e : events)
            kinds << e.kind;
        QCOMPARE(kinds.first(), QStringLiteral("order.imported"));
        QCOMPARE(kinds.last(), QStringLiteral("order.state"));
        QVERIFY(kinds.contains(QStringLiteral("task.claimed")));
        QVERIFY(kinds.contains(QStringLiteral("signal")));
        const auto completion = std::find_if(events.begin(), events.end(), [](const JournalEvent& e) {
            return e.stepId == QStringLiteral("line:1.F_KIT/assemble") && e.afterState == QStringLiteral("completed");
        });
        QVERIFY(completion != events.end());
        QCOMPARE(completion->actor, QStringLiteral("ana"));
        QVERIFY(completion->payload.contains(QStringLiteral("\"comment\":\"all good\"")));
        for (std::size_t i = 1; i < events.size(); ++i)
            QVERIFY(events[i - 1].at <= events[i].at && events[i - 1].seq < events[i].seq);
        // Every step transition is journalled: 8 steps, each pending->ready->...->completed.
        const auto transitions
            = std::count_if(events.begin(), events.end(), [](const JournalEvent& e) { return e.kind == QStringLiteral("step.state"); });
        QVERIFY(transitions >= 8 * 2);
        restart();
        QVERIFY(!m_executor->order(QStringLiteral("KIT-1"))); // completed orders are not loaded again
    }

    // The executor wires its handlers into the run loop: an order imported through it runs at once,
    // and a claim left idle past claims.idleHours (default 8 h) goes back to the queue on a run.
    void importedOrderRunsAndIdleClaimsExpire()
    {
        QFile file(QStringLiteral(FW_TEST_DATA_DIR "/engine/order.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString path = m_dir.filePath(QStringLiteral("KIT-2.json"));
        QFile copy(path);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(file.readAll().replace("KIT-1", "KIT-2"));
        copy.close();
        const ImportResult imported = m_executor->imports().importOrder(path, QStringLiteral("ana"));
        QVERIFY(imported.ok());
        QVERIFY(m_executor->order(QStringLiteral("KIT-2")));
        run();
        const qint64 task = scalar(QStringLiteral("SELECT id FROM tasks WHERE order_id = 'KIT-2'")).toLongLong();
        QVERIFY(m_executor->tasks().claim(task, QStringLiteral("bob")));
        QCOMPARE(m_executor->tasks().release(task, QStringLiteral("sue")).message(),
                 QStringLiteral("task %1 is claimed by bob; only they can release it").arg(task));
        m_clock.advance(8 * 3600 * 1000);
        run();
        QCOMPARE(scalar(QStringLiteral("SELECT state || ' ' || COALESCE(claimed_by, '-') FROM tasks WHERE id = %1").arg(task)),
                 QStringLiteral("open -"));
        QCOMPARE(scalar(QStringLiteral("SELECT actor FROM journal WHERE kind = 'task.claim-expired'")), QStringLiteral("engine"));
        QVERIFY(m_executor->tasks().claim(task, QStringLiteral("bob")));
        QVERIFY(m_executor->tasks().release(task, QStringLiteral("sue"), ReleaseScope::AnyHolder));
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM tasks WHERE id = %1").arg(task)), QStringLiteral("open"));
    }
};

QTEST_GUILESS_MAIN(TestExecutor)
#include "tst_executor.moc"
