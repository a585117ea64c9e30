// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The engine on its own thread: snapshots arrive as values, operator actions are carried out on
// the worker, and their results come back as signals.

#include "common/clock.h"
#include "engine/engineservice.h"
#include "engine/executor.h"
#include "store/database.h"
#include "testteam.h"
#include "store/storeclock.h"
#include "store/storeimporter.h"
#include "store/taskbrowser.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace fw;

class TestEngineService : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    // Waits for a snapshot that satisfies the predicate; returns it.
    // The snapshot counts the tasks; the first open one is read from the store, as the inbox reads it.
    static TaskSummary firstTask(const QString& path)
    {
        Database database(path);
        const auto rows = TaskBrowser(database.connection()).page({}, 0, 1);
        return rows && !rows->empty() ? rows->front() : TaskSummary {};
    }
    static std::optional<EngineSnapshot> awaitSnapshot(QSignalSpy& spy, const std::function<bool(const EngineSnapshot&)>& wanted)
    {
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            while (!spy.isEmpty()) {
                const auto snapshot = spy.takeFirst().at(0).value<EngineSnapshot>();
                if (wanted(snapshot))
                    return snapshot;
            }
            spy.wait(200);
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("service.db"));
        Database database(m_path);
        QVERIFY(database.openStore());
        QVERIFY(test::addTeam(database.connection(), { QStringLiteral("ana"), QStringLiteral("ops"), QStringLiteral("carrier") }));
        SystemClock clock;
        StoreImporter importer(database, clock);
        QVERIFY(importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/catalog.json"), QStringLiteral("t")).ok());
        QVERIFY(importer.importOrder(QStringLiteral(FW_TEST_DATA_DIR "/engine/order.json"), QStringLiteral("t")).ok());
        QVERIFY(importer.importOrder(QStringLiteral(FW_TEST_DATA_DIR "/engine/order-broken.json"), QStringLiteral("t")).ok());
    }

    void runsOffTheCallersThreadAndTakesActions()
    {
        EngineService service(m_path);
        QSignalSpy opened(&service, &EngineService::storeOpened);
        QSignalSpy started(&service, &EngineService::started);
        QSignalSpy snapshots(&service, &EngineService::snapshotReady);
        QSignalSpy done(&service, &EngineService::actionDone);
        QSignalSpy failed(&service, &EngineService::actionFailed);
        service.start(50);
        QVERIFY(started.wait(10000));
        QCOMPARE(opened.count(), 1); // read-only views could start before the executor had loaded

        auto first = awaitSnapshot(snapshots, [](const EngineSnapshot& s) { return s.taskCounts.open > 0 && !s.fallout.empty(); });
        QVERIFY(first);
        QCOMPARE(first->orderCounts.total, 2); // counts, not every order
        QCOMPARE(first->orderCounts.inState(QStringLiteral("completed")) + first->orderCounts.inState(QStringLiteral("in-progress"))
                     + first->orderCounts.inState(QStringLiteral("fallout")) + first->orderCounts.inState(QStringLiteral("pending")),
                 2);
        QCOMPARE(first->taskCounts.total(), 1);
        QCOMPARE(firstTask(m_path).stepName, QStringLiteral("Assemble kit"));
        QCOMPARE(firstTask(m_path).state, QStringLiteral("open"));
        QCOMPARE(first->fallout.front().orderId, QStringLiteral("BROKEN-1"));
        const qint64 task = firstTask(m_path).id;

        service.completeTask(task, QStringLiteral("ana"), {});
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.takeFirst().at(1).toString(), QStringLiteral("task %1 is not claimed; claim it before completing it").arg(task));

        service.claimTask(task, QStringLiteral("ana"));
        QVERIFY(done.wait(5000));
        QCOMPARE(done.takeFirst().at(0).toString(), QStringLiteral("claim task %1").arg(task));
        service.completeTask(task, QStringLiteral("ana"),
                             { { QStringLiteral("serial"), QStringLiteral("SN-9") }, { QStringLiteral("tested"), true } });
        QVERIFY(done.wait(5000));
        service.signal(QStringLiteral("KIT-1"), QStringLiteral("picked-up"), QStringLiteral("carrier"));
        const auto later = awaitSnapshot(snapshots, [](const EngineSnapshot& s) {
            return s.taskCounts.total() == 0 && std::any_of(s.changedOrders.begin(), s.changedOrders.end(), [](const OrderSummary& o) {
                       return o.id == QStringLiteral("KIT-1") && o.completedSteps == 6; // up to the time pause
                   });
        });
        QVERIFY(later);

        const qint64 fallout = later->fallout.front().id;
        service.retryFallout(fallout, QStringLiteral("ops"), FalloutRetry { { { QStringLiteral("missing"), QStringLiteral("fixed") } } });
        QVERIFY(done.wait(5000)); // the order's last case: the retry resumes the order
        const auto resolved = awaitSnapshot(snapshots, [](const EngineSnapshot& s) {
            return s.fallout.empty() && std::any_of(s.changedOrders.begin(), s.changedOrders.end(), [](const OrderSummary& o) {
                       return o.id == QStringLiteral("BROKEN-1") && o.state == QStringLiteral("completed") && !o.onHold;
                   });
        });
        QVERIFY(resolved);
    }

    void aSecondServiceOnTheSameStoreCannotStart()
    {
        EngineService first(m_path);
        QSignalSpy started(&first, &EngineService::started);
        first.start();
        QVERIFY(started.wait(10000));
        EngineService second(m_path);
        QSignalSpy failed(&second, &EngineService::startFailed);
        second.start(1000, 200);
        QVERIFY(failed.wait(15000));
        QVERIFY(failed.takeFirst().at(0).toString().startsWith(QStringLiteral("another engine (")));
    }
    // A store run in simulated time (fwctl run --simulated-clock) keeps its clock in the workbench
    // too: an action there is journalled at the store's simulated time, not the wall clock.
    void aStoreInSimulatedTimeKeepsItsClock()
    {
        const QString path = m_dir.filePath(QStringLiteral("simulated.db"));
        const QDateTime simulated(QDate(2031, 1, 2), QTime(3, 4), QTimeZone::utc());
        {
            Database database(path);
            QVERIFY(database.openStore());
            ManualClock clock(simulated);
            QVERIFY(test::addTeam(database.connection(), { QStringLiteral("ana"), QStringLiteral("ops"), QStringLiteral("carrier") },
                                  clock.now()));
            StoreImporter importer(database, clock);
            QVERIFY(importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/catalog.json"), QStringLiteral("t")).ok());
            QVERIFY(importer.importOrder(QStringLiteral(FW_TEST_DATA_DIR "/engine/order.json"), QStringLiteral("t")).ok());
            QVERIFY(StoreClock::setSimulatedPosition(database.connection(), simulated));
        }
        EngineService service(path);
        QSignalSpy started(&service, &EngineService::started);
        QSignalSpy snapshots(&service, &EngineService::snapshotReady);
        QSignalSpy done(&service, &EngineService::actionDone);
        service.start(50);
        QVERIFY(started.wait(10000));
        const auto first = awaitSnapshot(snapshots, [](const EngineSnapshot& s) { return s.taskCounts.open > 0; });
        QVERIFY(first);
        service.claimTask(firstTask(path).id, QStringLiteral("ana"));
        QVERIFY(done.wait(5000));
        Database database(path);
        QVERIFY(database.openStore());
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT at FROM journal WHERE kind = 'task.claimed'")) && query.next());
        QCOMPARE(query.value(0).toString(), toStoreTime(simulated));
    }

    // An engine given a clock runs on it (tests move time instead of waiting for it): a time pause
    // thirty days out ends when the clock is moved past it, and snapshots carry the clock's time.
    void aGivenClockMovesTheEngine()
    {
        const QString path = m_dir.filePath(QStringLiteral("given-clock.db"));
        const QDateTime start(QDate(2027, 3, 1), QTime(9, 0), QTimeZone::utc());
        auto clock = std::make_shared<ManualClock>(start);
        {
            Database database(path);
            QVERIFY(database.openStore());
            QVERIFY(test::addTeam(database.connection(), { QStringLiteral("ana"), QStringLiteral("carrier") }, clock->now()));
            StoreImporter importer(database, *clock);
            QVERIFY(importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/catalog.json"), QStringLiteral("t")).ok());
            QVERIFY(importer.importOrder(QStringLiteral(FW_TEST_DATA_DIR "/engine/order.json"), QStringLiteral("t")).ok());
        }
        EngineService service(path, clock);
        QSignalSpy started(&service, &EngineService::started);
        QSignalSpy snapshots(&service, &EngineService::snapshotReady);
        QSignalSpy done(&service, &EngineService::actionDone);
        service.start(20);
        QVERIFY(started.wait(10000));
        const auto first = awaitSnapshot(snapshots, [](const EngineSnapshot& s) { return s.taskCounts.open > 0; });
        QVERIFY(first);
        QCOMPARE(first->at, start);
        const qint64 task = firstTask(path).id;
        service.claimTask(task, QStringLiteral("ana"));
        QVERIFY(done.wait(5000));
        service.completeTask(task, QStringLiteral("ana"),
                             { { QStringLiteral("serial"), QStringLiteral("SN-1") }, { QStringLiteral("tested"), true } });
        QVERIFY(done.wait(5000));
        service.signal(QStringLiteral("KIT-1"), QStringLiteral("picked-up"), QStringLiteral("carrier"));
        QVERIFY(done.wait(5000));
        const auto waiting = [](const EngineSnapshot& s) {
            return std::any_of(s.changedOrders.begin(), s.changedOrders.end(),
                               [](const OrderSummary& o) { return o.id == QStringLiteral("KIT-1") && o.completedSteps == 6; });
        };
        QVERIFY(awaitSnapshot(snapshots, waiting)); // at the pause until billing starts, 30 days after assembly

        clock->advance(qint64(29) * 86400 * 1000);
        const auto dayBefore = awaitSnapshot(snapshots, [&start](const EngineSnapshot& s) { return s.at == start.addDays(29); });
        QVERIFY(dayBefore); // a tick on the moved clock (the orders ran before the snapshot was taken): still waiting
        QCOMPARE(dayBefore->orderCounts.inState(QStringLiteral("completed")), 0);

        clock->advance(qint64(2) * 86400 * 1000);
        const auto completed
            = awaitSnapshot(snapshots, [](const EngineSnapshot& s) { return s.orderCounts.inState(QStringLiteral("completed")) == 1; });
        QVERIFY(completed);
        QCOMPARE(completed->at, start.addDays(31));
    }

    // A store write that fails while the engine runs (a full disk, simulated with SQLite's page
    // limit) stops the engine: one `stopped` with the reason, no ticking on, the lock released.
    // An order the engine does not run (completed) still shows its lanes by the catalog's names,
    // not their ids: the stored catalog names them.
    void aFinishedOrdersDetailNamesItsLanes()
    {
        const QString path = m_dir.filePath(QStringLiteral("finished.db"));
        {
            Database database(path);
            QVERIFY(database.openStore());
            SystemClock clock;
            StoreImporter importer(database, clock);
            QVERIFY(importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/catalog.json"), QStringLiteral("t")).ok());
            QVERIFY(importer.importOrder(QStringLiteral(FW_TEST_DATA_DIR "/engine/order.json"), QStringLiteral("t")).ok());
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral("UPDATE orders SET state = 'completed' WHERE id = 'KIT-1'")));
        }
        EngineService service(path);
        QSignalSpy started(&service, &EngineService::started);
        QSignalSpy details(&service, &EngineService::orderDetailReady);
        service.start(50);
        QVERIFY(started.wait(10000));
        service.requestOrderDetail(QStringLiteral("KIT-1"));
        QVERIFY(details.wait(5000));
        const auto detail = details.takeFirst().at(0).value<OrderDetail>();
        QCOMPARE(detail.order.state, QStringLiteral("completed"));
        QVERIFY(!detail.lanes.empty());
        for (const auto& [id, name] : detail.lanes)
            QVERIFY2(name != id && !name.isEmpty(), qPrintable(id + QStringLiteral(": ") + name));
        QCOMPARE(detail.lanes.front(), std::make_pair(QStringLiteral("intake"), QStringLiteral("Intake")));
    }

    // The workbench's engine reads the workstation's command allow-list (docs/handlers.md) and
    // goes on while a command runs: a quick command ends while a slow one still runs.
    void commandsRunBesideTheEngine()
    {
        const QString config = m_dir.filePath(QStringLiteral("config"));
        QVERIFY(QDir().mkpath(config + QStringLiteral("/fulfillment-workbench")));
        const QByteArray previous = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", config.toUtf8());
        const QString script = m_dir.filePath(QStringLiteral("test-command.sh"));
        QVERIFY(QFile::copy(QStringLiteral(FW_TEST_DATA_DIR "/commands/test-command.sh"), script));
        QVERIFY(QFile::setPermissions(script, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        QFile list(config + QStringLiteral("/fulfillment-workbench/commands.json"));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(QStringLiteral(R"({"commands": {"erp-export": {"program": "%1", "args": ["%2"], "timeout": "60s"}}})")
                       .arg(script, m_dir.path())
                       .toUtf8());
        list.close();
        QVERIFY(list.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));

        const QString path = m_dir.filePath(QStringLiteral("commands.db"));
        {
            Database database(path);
            QVERIFY(database.openStore());
            SystemClock clock;
            StoreImporter importer(database, clock);
            QVERIFY(importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/plan/command-export/catalog.json"), QStringLiteral("t")).ok());
            for (const auto& [id, mode] : { std::pair { "SLOW-W", "slow" }, std::pair { "QUICK-W", "ok" } }) {
                QFile order(m_dir.filePath(QString::fromLatin1(id) + QStringLiteral(".json")));
                QVERIFY(order.open(QIODevice::WriteOnly));
                order.write(QStringLiteral(R"({"formatVersion": 1, "id": "%1", "account": {"id": "A"},
                                              "items": [{"id": "1", "product": "JOB", "attributes": {"mode": "%2"}}]})")
                                .arg(QString::fromLatin1(id), QString::fromLatin1(mode))
                                .toUtf8());
                order.close();
                QVERIFY(importer.importOrder(order.fileName(), QStringLiteral("t")).ok());
            }
        }
        const auto exportState = [&path](const char* order) {
            Database database(path);
            QSqlQuery query(database.connection());
            return query.exec(QStringLiteral("SELECT state FROM steps WHERE order_id = '%1' AND id LIKE '%/export'")
                                  .arg(QString::fromLatin1(order)))
                    && query.next()
                ? query.value(0).toString()
                : QString();
        };
        {
            EngineService service(path);
            QSignalSpy started(&service, &EngineService::started);
            service.start(50);
            QVERIFY(started.wait(10000));
            QTRY_COMPARE_WITH_TIMEOUT(exportState("QUICK-W"), QStringLiteral("completed"), 10000);
            QCOMPARE(exportState("SLOW-W"), QStringLiteral("running")); // its 30 s sleep goes on
        } // the service stops: the slow command is killed, its step runs again at the next start
        qputenv("XDG_CONFIG_HOME", previous);
        QCOMPARE(exportState("SLOW-W"), QStringLiteral("running"));
    }

    void aFullStoreStopsTheEngineOnce()
    {
        const QString path = m_dir.filePath(QStringLiteral("full.db"));
        {
            Database database(path);
            QVERIFY(database.openStore());
            SystemClock clock;
            StoreImporter importer(database, clock);
            QVERIFY(importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/callout-catalog.json"), QStringLiteral("t")).ok());
            for (int i = 0; i < 40; ++i) {
                const QString order = m_dir.filePath(QStringLiteral("full-%1.json").arg(i));
                QFile file(order);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(QStringLiteral("{\"formatVersion\":1,\"id\":\"C-%1\",\"account\":{\"id\":\"A\"},"
                                          "\"items\":[{\"id\":\"1\",\"product\":\"ITEM\"}]}")
                               .arg(i)
                               .toUtf8());
                file.close();
                QVERIFY(importer.importOrder(order, QStringLiteral("t")).ok());
            }
            Executor promote(database, clock); // without a transport: callouts stay ready
            QVERIFY(promote.load());
            QVERIFY(promote.runUntilIdle().ok());
        }
        qputenv("FW_TEST_STORE_MAX_PAGES", "1"); // the store may not grow: SQLITE_FULL on the next new page
        EngineService service(path);
        QSignalSpy stopped(&service, &EngineService::stopped);
        QSignalSpy startFailed(&service, &EngineService::startFailed);
        QSignalSpy failed(&service, &EngineService::actionFailed);
        service.start(20);
        const bool stoppedInTime = stopped.wait(15000);
        qunsetenv("FW_TEST_STORE_MAX_PAGES");
        QVERIFY(stoppedInTime);
        QCOMPARE(startFailed.count(), 0);
        const QString error = stopped.takeFirst().at(0).toString();
        QVERIFY2(error.startsWith(QStringLiteral("cannot write to the store %1 (").arg(path)), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("database or disk is full")), qPrintable(error));
        QTest::qWait(300); // ticks would have come every 20 ms
        QCOMPARE(stopped.count(), 0);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!Executor::engineRunningOn(path));
    }
};

QTEST_GUILESS_MAIN(TestEngineService)
#include "tst_engineservice.moc"
