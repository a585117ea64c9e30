// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A workstation frozen or killed in the middle of a push (docs/sync.md, "Frozen or killed mid-push"),
// with real `fwctl sync --follow` processes against a throwaway PostgreSQL. The workstation under
// test reaches the server through a TcpFaultProxy that holds every chunk linkDelayMs each way, so
// each statement of its push costs a round trip of 2 * linkDelayMs and the test can stop the process
// at a chosen statement, seen in pg_stat_activity (application_name fw/<workstation>): the client has
// not yet heard the answer, so it stops before its next statement.
// - Frozen (SIGSTOP) holding its leases FOR SHARE, or inside its COPY: another workstation still takes,
//   runs and pushes a new order within the lock timeout; after SIGCONT both catch up, every event once,
//   also when the server ended the frozen session's transaction meanwhile (its idle timeout).
// - Killed (SIGKILL) inside its COPY, after it, or after its COMMIT before the answer came back: a new
//   follower on the same store pushes what is missing, nothing lost and nothing twice (after the
//   COMMIT too, without a false conflict).

#include "common/clock.h"
#include "eventcounts.h"
#include "finishedorders.h"
#include "pushsession.h"
#include "sync/pgconnection.h"
#include "tcpfaultproxy.h"
#include "throwawaypostgres.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace fw;
using fw::test::PushPoint;
using fw::test::PushSession;

namespace {
constexpr int linkDelayMs = 100; // each way: the stopped client is at least this far from its next statement
const int lockTimeoutMs = PgSessionSettings {}.lockTimeoutMs; // 3 s, what every session sets
constexpr int slackMs = 1000; // scheduling noise of a loaded 2-core machine on top of the measured baseline
constexpr int bigOrders = 2;
constexpr int itemsPerOrder = 100; // 4,403 events per order: 8,806 events, one push batch

using Counts = fw::test::EventCounts;
} // namespace

class TestSyncFreeze : public QObject {
    Q_OBJECT

    ThrowawayPostgres m_server;
    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<PgConnection> m_admin; // the test's own session: pg_stat_activity and fw.*

    QString store(const QString& name) const { return m_dir.filePath(name + QStringLiteral(".db")); }

    // Waits up to 60 s for fwctl; its exit code (-1: crashed or hung) and what it printed.
    std::pair<int, QString> fwctl(const QStringList& arguments) const
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(FWCTL_PATH), arguments);
        if (!process.waitForFinished(60000))
            return { -1, QString::fromUtf8(process.readAll()) };
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAll()) };
    }

    QString value(const QString& sql, const QStringList& parameters = {}) const
    {
        auto result = m_admin->query(sql, parameters);
        if (!result)
            return result.message();
        return result.value().rows() ? result.value().value(0, 0) : QString();
    }

    PushSession sessionOf(const QString& workstation) const { return PushSession::of(*m_admin, workstation); }

    // Polls the workstation's session until it is at `point` of a push, then sends `signal` to the
    // process at once; the session as seen then (found is false when the point never came).
    PushSession signalAt(QProcess& process, const QString& workstation, PushPoint point, int signal, int timeoutMs = 40000) const
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs && process.state() == QProcess::Running) {
            const PushSession session = sessionOf(workstation);
            if (session.isAt(point)) {
                ::kill(pid_t(process.processId()), signal);
                qInfo("%s stopped after %lld ms of watching: %s", qPrintable(workstation), timer.elapsed(), qPrintable(session.describe()));
                return session;
            }
            QThread::msleep(5);
        }
        return {};
    }

    Counts remoteEvents(const QString& workstation) const { return test::remoteEventsPerOrder(*m_admin, workstation); }
    Counts localEvents(const QString& name, const QString& origin) const { return test::localEventsPerOrder(store(name), origin); }

    void makeStore(const QString& name, const QString& prefix, int orders, int items)
    {
        QVERIFY2(test::storeWithFinishedOrders(store(name), m_clock, prefix, orders, items), qPrintable(name));
    }

    void startFollower(QProcess& follower, const QString& name, const QString& conninfo, int capacity) const
    {
        follower.setProcessChannelMode(QProcess::MergedChannels);
        follower.start(QStringLiteral(FWCTL_PATH),
                       { QStringLiteral("--db"), store(name), QStringLiteral("--remote"), conninfo, QStringLiteral("--workstation"), name,
                         QStringLiteral("--capacity"), QString::number(capacity), QStringLiteral("sync"), QStringLiteral("--follow"),
                         QStringLiteral("--for"), QStringLiteral("120s"), QStringLiteral("--tick-ms"), QStringLiteral("100") });
        QVERIFY(follower.waitForStarted());
    }

    static QString stop(QProcess& follower)
    {
        if (follower.state() == QProcess::NotRunning)
            return QString::fromUtf8(follower.readAll());
        ::kill(pid_t(follower.processId()), SIGCONT); // a stopped process would not see SIGTERM
        follower.terminate();
        if (!follower.waitForFinished(20000))
            follower.kill();
        follower.waitForFinished();
        return QString::fromUtf8(follower.readAll());
    }

    QString conninfoThrough(const TcpFaultProxy& proxy) const
    {
        return QStringLiteral("host=127.0.0.1 port=%1 dbname=fw user=%2 sslmode=disable")
            .arg(proxy.port())
            .arg(ThrowawayPostgres::adminUser());
    }

    // Publishes a one-item order and waits until its owner's push brought its completed snapshot
    // (with the batch of its last event) into the remote store; the time from publishing, or -1.
    // Meanwhile it notes each time the owner's session is seen waiting for a lock.
    qint64 publishAndAwaitPushed(const QString& orderId, const QString& owner, QStringList& lockWaits) const
    {
        const QString path = m_dir.filePath(orderId + QStringLiteral(".json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return -1;
        file.write(QStringLiteral(R"({"formatVersion": 1, "id": "%1", "account": {"id": "A"}, "items": [{"id": "1", "product": "AUTO"}]})")
                       .arg(orderId)
                       .toUtf8());
        file.close();
        QElapsedTimer timer;
        timer.start();
        const auto [code, out]
            = fwctl({ QStringLiteral("--remote"), m_server.conninfo(), QStringLiteral("publish"), QStringLiteral("order"), path });
        if (code != 0) {
            qWarning("publish: %s", qPrintable(out));
            return -1;
        }
        while (timer.elapsed() < 30000) {
            if (value(QStringLiteral("SELECT state FROM fw.order_snapshots WHERE order_id = $1"), { orderId })
                == QStringLiteral("completed"))
                return timer.elapsed();
            if (const PushSession session = sessionOf(owner); session.waitEventType == QStringLiteral("Lock"))
                lockWaits << session.describe();
            QThread::msleep(5);
        }
        return -1;
    }

    // Polls `fwctl sync status --json` until the store's running follower is online with nothing
    // queued; the last answer.
    QJsonObject awaitNothingQueued(const QString& storeName) const
    {
        QJsonObject status;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 30000) {
            const auto [code, out] = fwctl(
                { QStringLiteral("--db"), store(storeName), QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--json") });
            status = QJsonDocument::fromJson(out.toUtf8()).object();
            if (code == 0 && status.value(QStringLiteral("follower")).toString() == QStringLiteral("running")
                && status.value(QStringLiteral("state")).toString() == QStringLiteral("online")
                && status.value(QStringLiteral("queuedEvents")).toInt(-1) == 0)
                break;
            QThread::msleep(200);
        }
        return status;
    }

    // Waits until each workstation's follower has nothing queued, its local events are in fw.events once
    // each (per order) and each of `pullers` has pulled them; then compares, so a failure shows the counts.
    void awaitCaughtUp(const QStringList& workstations, const QStringList& pullers, int timeoutMs = 30000) const
    {
        QElapsedTimer timer;
        timer.start();
        for (const QString& ws : workstations) {
            const QJsonObject status = awaitNothingQueued(ws);
            QVERIFY2(status.value(QStringLiteral("queuedEvents")).toInt(-1) == 0
                         && status.value(QStringLiteral("state")).toString() == QStringLiteral("online"),
                     qPrintable(ws + QLatin1Char(' ') + QString::fromUtf8(QJsonDocument(status).toJson())));
        }
        const auto caughtUp = [&] {
            for (const QString& ws : workstations) {
                const Counts remote = remoteEvents(ws);
                if (localEvents(ws, QStringLiteral("local")) != remote)
                    return false;
                for (const QString& puller : pullers) {
                    if (puller != ws && localEvents(puller, ws) != remote)
                        return false;
                }
            }
            return true;
        };
        while (!caughtUp() && timer.elapsed() < timeoutMs)
            QThread::msleep(200);
        for (const QString& ws : workstations) {
            const Counts remote = remoteEvents(ws);
            QVERIFY2(!remote.isEmpty(), qPrintable(ws));
            QCOMPARE(localEvents(ws, QStringLiteral("local")), remote);
            for (const QString& puller : pullers) {
                if (puller != ws)
                    QCOMPARE(localEvents(puller, ws), remote);
            }
        }
        QCOMPARE(test::duplicateEvents(*m_admin), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        FW_START_POSTGRES_OR_SKIP(m_server);
        m_admin = std::make_unique<PgConnection>(m_server.conninfo());
        QCOMPARE(m_admin->open().message(), QString());
        // The orders other workstations take from the remote store are validated against it.
        const auto [code, out] = fwctl({ QStringLiteral("--remote"), m_server.conninfo(), QStringLiteral("publish"),
                                         QStringLiteral("catalog"), QStringLiteral(FW_TEST_DATA_DIR "/engine/auto-catalog.json") });
        QVERIFY2(code == 0, qPrintable(out));
    }

    void aFrozenPushDelaysNoOtherPush_data()
    {
        QTest::addColumn<QString>("name"); // of the two workstations: a<name>, b<name>
        QTest::addColumn<int>("point");
        QTest::addColumn<int>("idleTimeoutMs"); // b's idle_in_transaction_session_timeout; 0: the default, 15 s
        QTest::newRow("holding its leases FOR SHARE") << "leases" << int(PushPoint::HoldingLeases) << 0;
        QTest::newRow("inside its COPY") << "copy" << int(PushPoint::InCopy) << 0;
        QTest::newRow("until the server ends its transaction") << "ended" << int(PushPoint::HoldingLeases) << 2000;
    }

    void aFrozenPushDelaysNoOtherPush()
    {
        QFETCH(QString, name);
        QFETCH(int, point);
        QFETCH(int, idleTimeoutMs);
        const QString a = QStringLiteral("a") + name; // workstation ids, and their stores' names
        const QString b = QStringLiteral("b") + name;
        makeStore(a, a + QLatin1Char('-'), 1, 1);
        makeStore(b, b + QLatin1Char('-'), bigOrders, itemsPerOrder);
        if (QTest::currentTestFailed())
            return;
        TcpFaultProxy proxy(m_server.host(), m_server.port());
        QCOMPARE(proxy.start().message(), QString());
        proxy.setMode(TcpFaultProxy::Mode::Delay, linkDelayMs);
        QProcess followerA;
        QProcess followerB;
        startFollower(followerA, a, m_server.conninfo(), 500);
        QString conninfoB = conninfoThrough(proxy);
        if (idleTimeoutMs > 0)
            conninfoB += QStringLiteral(" options='-c idle_in_transaction_session_timeout=%1'").arg(idleTimeoutMs);
        startFollower(followerB, b, conninfoB, 0); // b takes no published orders: they are a's
        const auto cleanup = qScopeGuard([&] {
            stop(followerA);
            stop(followerB);
        });
        QVERIFY2(followerA.waitForReadyRead(20000), "workstation a did not start");

        // a's time from publishing an order to its events in fw.events, while b is slowly on its way to its push.
        QStringList lockWaits;
        const qint64 baselineMs = publishAndAwaitPushed(a + QStringLiteral("-BASE"), a, lockWaits);
        QVERIFY2(baselineMs >= 0, qPrintable(QString::fromUtf8(followerA.readAll())));

        const PushSession seen = signalAt(followerB, b, PushPoint(point), SIGSTOP);
        QVERIFY2(seen.found,
                 qPrintable(QStringLiteral("b's session never reached the point of its push; now: %1; b printed: %2")
                                .arg(sessionOf(b).describe(), QString::fromUtf8(followerB.readAll()))));
        // Whatever was on the wire has arrived by now: the server waits for b, inside its push.
        QThread::msleep(2 * linkDelayMs + 300);
        const PushSession frozen = sessionOf(b);
        QVERIFY2(frozen.waitsMidPush() && frozen.transactionStart == seen.transactionStart
                     && frozen.pushStatement() == seen.pushStatement(),
                 qPrintable(QStringLiteral("b was not frozen where it was seen: %1").arg(frozen.describe())));

        const qint64 frozenMs = publishAndAwaitPushed(a + QStringLiteral("-FROZEN"), a, lockWaits);
        const PushSession after = sessionOf(b);
        qInfo("a's order pushed %lld ms after publishing with b frozen mid-push (%s); %lld ms before, b running", frozenMs,
              qPrintable(frozen.describe()), baselineMs);
        QVERIFY2(frozenMs >= 0, "a's order never reached the remote store while b was frozen");
        QVERIFY2(frozenMs <= baselineMs + lockTimeoutMs + slackMs,
                 qPrintable(QStringLiteral("%1 ms with b frozen, %2 ms before").arg(frozenMs).arg(baselineMs)));
        QVERIFY2(lockWaits.isEmpty(), qPrintable(QStringLiteral("a waited for a lock: ") + lockWaits.join(QStringLiteral("; "))));
        QVERIFY2(after.waitsMidPush() && after.transactionStart == seen.transactionStart,
                 qPrintable(QStringLiteral("b's push did not stay open while a pushed: %1").arg(after.describe())));

        if (idleTimeoutMs > 0) {
            // A suspended laptop: the server ends the stopped session's transaction after the idle timeout.
            QTRY_VERIFY_WITH_TIMEOUT(!sessionOf(b).found, idleTimeoutMs + 2000);
        }
        // b goes on where it stopped (its link no longer slowed); both catch up: every event once, pulled by the other.
        ::kill(pid_t(followerB.processId()), SIGCONT);
        proxy.setMode(TcpFaultProxy::Mode::Pass);
        awaitCaughtUp({ a, b }, { a, b });
        for (QProcess* follower : { &followerA, &followerB }) {
            const QString output = stop(*follower);
            QVERIFY2(follower->exitStatus() == QProcess::NormalExit && follower->exitCode() == 0, qPrintable(output));
            QVERIFY2(!output.contains(QStringLiteral(" conflict: ")), qPrintable(output));
            QVERIFY2(output.contains(QStringLiteral(", 0 open conflicts, 0 events queued\n")), qPrintable(output));
            // Without its session, b woke up offline and connected again.
            QCOMPARE(output.contains(QStringLiteral(" offline since ")), follower == &followerB && idleTimeoutMs > 0);
        }
    }

    void aKilledPushLosesAndDuplicatesNothing_data()
    {
        QTest::addColumn<int>("point");
        QTest::newRow("inside its COPY") << int(PushPoint::InCopy);
        QTest::newRow("after its COPY, before COMMIT") << int(PushPoint::AfterCopy);
        QTest::newRow("after its COMMIT, before the answer") << int(PushPoint::AfterCommit);
    }

    void aKilledPushLosesAndDuplicatesNothing()
    {
        QFETCH(int, point);
        const QString k = QStringLiteral("k%1").arg(point);
        makeStore(k, k + QLatin1Char('-'), bigOrders, itemsPerOrder);
        if (QTest::currentTestFailed())
            return;
        const Counts local = localEvents(k, QStringLiteral("local"));
        QCOMPARE(local.size(), bigOrders);
        TcpFaultProxy proxy(m_server.host(), m_server.port());
        QCOMPARE(proxy.start().message(), QString());
        proxy.setMode(TcpFaultProxy::Mode::Delay, linkDelayMs);
        QProcess first;
        startFollower(first, k, conninfoThrough(proxy), 0);
        const PushSession seen = signalAt(first, k, PushPoint(point), SIGKILL);
        QVERIFY2(seen.found,
                 qPrintable(QStringLiteral("the session never reached the point of its push; now: %1; it printed: %2")
                                .arg(sessionOf(k).describe(), QString::fromUtf8(first.readAll()))));
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        // Its socket closed, the server ends the session: an open push transaction is rolled back.
        QTRY_VERIFY_WITH_TIMEOUT(!sessionOf(k).found, 10000);
        const Counts pushed = remoteEvents(k);
        if (PushPoint(point) == PushPoint::AfterCommit) {
            QCOMPARE(pushed, local);
            const qint64 remoteMark = value(QStringLiteral("SELECT pushed_through FROM fw.workstations WHERE id = $1"), { k }).toLongLong();
            const qint64 localMark = test::localPushedThrough(store(k));
            QVERIFY2(localMark < remoteMark,
                     qPrintable(
                         QStringLiteral("killed after the store noted its push (%1 of %2): not mid-push").arg(localMark).arg(remoteMark)));
        } else {
            QVERIFY2(pushed.isEmpty(), qPrintable(QStringLiteral("%1 orders' events in fw.events").arg(pushed.size())));
        }

        // A new follower on the same store, over a link that passes, pushes what is missing.
        proxy.setMode(TcpFaultProxy::Mode::Pass);
        QProcess second;
        startFollower(second, k, conninfoThrough(proxy), 0);
        const auto cleanup = qScopeGuard([&] { stop(second); });
        awaitCaughtUp({ k }, {});
        const QString output = stop(second);
        QVERIFY2(second.exitStatus() == QProcess::NormalExit && second.exitCode() == 0, qPrintable(output));
        QCOMPARE(remoteEvents(k), local);
        QVERIFY2(output.contains(QStringLiteral(" 0 events queued\n")), qPrintable(output));
        // After a lost COMMIT answer the orders this push finished have `done` leases still this
        // workstation's: the restarted follower keeps them (LeaseKeeper::renew) and pushes what is
        // missing, without a false lease-lost or events-refused conflict.
        QVERIFY2(!output.contains(QStringLiteral(" conflict: ")), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestSyncFreeze)
#include "tst_syncfreeze.moc"
