// The engine on its own thread: snapshots arrive as values, operator actions are carried out on
// the worker, and their results come back as signals.

#include "common/clock.h"
#include "engine/engineservice.h"
#include "store/database.h"
#include "store/storeclock.h"
#include "store/storeimporter.h"

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
        QVERIFY(!database.open());
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

        auto first = awaitSnapshot(snapshots, [](const EngineSnapshot& s) { return !s.tasks.empty() && !s.fallout.empty(); });
        QVERIFY(first);
        QCOMPARE(first->orderCounts.total, 2); // counts, not every order
        QCOMPARE(first->orderCounts.inState(QStringLiteral("completed")) + first->orderCounts.inState(QStringLiteral("in-progress"))
                     + first->orderCounts.inState(QStringLiteral("fallout")) + first->orderCounts.inState(QStringLiteral("pending")), 2);
        QCOMPARE(first->tasks.front().stepName, QStringLiteral("Assemble kit"));
        QCOMPARE(first->tasks.front().state, QStringLiteral("open"));
        QCOMPARE(first->fallout.front().orderId, QStringLiteral("BROKEN-1"));
        const qint64 task = first->tasks.front().id;

        service.completeTask(task, QStringLiteral("ana"), {});
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.takeFirst().at(1).toString(), QStringLiteral("task %1 is not claimed; claim it before completing it").arg(task));

        service.claimTask(task, QStringLiteral("ana"));
        QVERIFY(done.wait(5000));
        QCOMPARE(done.takeFirst().at(0).toString(), QStringLiteral("claim task %1").arg(task));
        service.completeTask(task, QStringLiteral("ana"), { { QStringLiteral("serial"), QStringLiteral("SN-9") }, { QStringLiteral("tested"), true } });
        QVERIFY(done.wait(5000));
        service.signal(QStringLiteral("KIT-1"), QStringLiteral("picked-up"), QStringLiteral("carrier"));
        const auto later = awaitSnapshot(snapshots, [](const EngineSnapshot& s) {
            return s.tasks.empty() && std::any_of(s.changedOrders.begin(), s.changedOrders.end(), [](const OrderSummary& o) {
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
            QVERIFY(!database.open());
            ManualClock clock(simulated);
            StoreImporter importer(database, clock);
            QVERIFY(importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/catalog.json"), QStringLiteral("t")).ok());
            QVERIFY(importer.importOrder(QStringLiteral(FW_TEST_DATA_DIR "/engine/order.json"), QStringLiteral("t")).ok());
            QVERIFY(!StoreClock::setSimulatedPosition(database.connection(), simulated));
        }
        EngineService service(path);
        QSignalSpy started(&service, &EngineService::started);
        QSignalSpy snapshots(&service, &EngineService::snapshotReady);
        QSignalSpy done(&service, &EngineService::actionDone);
        service.start(50);
        QVERIFY(started.wait(10000));
        const auto first = awaitSnapshot(snapshots, [](const EngineSnapshot& s) { return !s.tasks.empty(); });
        QVERIFY(first);
        service.claimTask(first->tasks.front().id, QStringLiteral("ana"));
        QVERIFY(done.wait(5000));
        Database database(path);
        QVERIFY(!database.open());
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT at FROM journal WHERE kind = 'task.claimed'")) && query.next());
        QCOMPARE(query.value(0).toString(), toStoreTime(simulated));
    }
};

QTEST_GUILESS_MAIN(TestEngineService)
#include "tst_engineservice.moc"
