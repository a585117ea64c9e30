// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// PgConnection and SyncAgent over a bad network (docs/sync.md, "Connection settings"): a
// TcpFaultProxy between them and a real PostgreSQL blackholes or resets the link. A round fails
// within the session's timeouts instead of hanging, the workstation says it is offline, and once
// the link passes again the next rounds catch up with nothing lost or duplicated.

#include "common/clock.h"
#include "engine/executor.h"
#include "eventcounts.h"
#include "finishedorders.h"
#include "store/database.h"
#include "store/storeimporter.h"
#include "sync/pgconnection.h"
#include "sync/syncagent.h"
#include "tcpfaultproxy.h"
#include "throwawaypostgres.h"

#include <nlohmann/json.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <thread>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

using namespace fw;

namespace {
// A silent partition must be noticed well within this (the defaults aim at ~10 s).
constexpr qint64 partitionNoticedWithinMs = 15000;

// The rounds over a fault give up sooner than the defaults (which aQueryInABlackholeFailsInsteadOfHanging
// and sessionSettingsReachTheServer cover): the same timeouts at work, a few seconds less per test.
PgSessionSettings quickToGiveUp()
{
    PgSessionSettings session;
    session.connectTimeoutSeconds = 2;
    session.keepalivesIdleSeconds = 1;
    session.keepalivesIntervalSeconds = 1;
    session.keepalivesCount = 1;
    session.tcpUserTimeoutMs = 1500;
    session.answerTimeoutMs = 1500;
    return session;
}
constexpr qint64 schedulingSlackMs = 3000; // a loaded 2-core machine on top of a timeout

int socketOption(int socket, int level, int name)
{
    int value = -1;
    socklen_t length = sizeof value;
    getsockopt(socket, level, name, &value, &length);
    return value;
}

} // namespace

class TestSyncNetwork : public QObject {
    Q_OBJECT

    ThrowawayPostgres m_server;
    QTemporaryDir m_dir;
    SystemClock m_clock;

    // Through the proxy, without the throwaway server's own connect_timeout: the session defaults rule.
    static QString conninfoThrough(const TcpFaultProxy& proxy, const QString& extra = {})
    {
        return QStringLiteral("host=127.0.0.1 port=%1 dbname=fw user=%2 %3")
            .arg(proxy.port())
            .arg(ThrowawayPostgres::adminUser(), extra)
            .trimmed();
    }

    std::unique_ptr<Database> storeWithFinishedOrders(const QString& name, const QString& prefix, int orders)
    {
        return test::storeWithFinishedOrders(m_dir.filePath(name), m_clock, prefix, orders);
    }

    test::EventCounts remoteEventsPerOrder(const QString& workstation)
    {
        PgConnection admin(m_server.conninfo());
        return !admin.open().ok() ? test::EventCounts {} : test::remoteEventsPerOrder(admin, workstation);
    }

    // Rounds until nothing is queued (the agent reconnects after its back-off), at most ~30 s.
    static SyncStatus catchUp(SyncAgent& agent)
    {
        SyncStatus status;
        QElapsedTimer timer;
        timer.start();
        do {
            status = agent.round(nullptr);
            if (status.online && status.queuedEvents == 0 && status.lastError.isEmpty())
                break;
            QTest::qWait(200);
        } while (timer.elapsed() < 30000);
        return status;
    }

    // One workstation's store pushed through the proxy; `fault` hits the link after the agent is
    // online: before its first round, or `faultAfterMs` into it (over a link slowed down to 5 ms
    // each way, so the round is still pushing then).
    void roundOverFault(TcpFaultProxy::Mode fault, const QString& workstation, int faultAfterMs = -1)
    {
        TcpFaultProxy proxy(m_server.host(), m_server.port());
        QCOMPARE(proxy.start().message(), QString());
        auto store = storeWithFinishedOrders(workstation + QStringLiteral(".db"), workstation + QLatin1Char('-'), 6);
        QVERIFY(store);
        const QMap<QString, qint64> local = test::localEventsPerOrder(store->path(), QStringLiteral("local"));
        QCOMPARE(local.size(), 6);

        SyncSettings settings;
        settings.conninfo = conninfoThrough(proxy);
        settings.workstation = workstation;
        settings.user = QStringLiteral("tester");
        settings.capacity = 0;
        settings.batch = 50; // several batches: the fault comes mid-push
        settings.session = quickToGiveUp();
        SyncAgent agent(*store, m_clock, settings);
        QVERIFY(agent.open().ok());
        // open() connects; nothing is pushed yet, so the fault hits the first push.
        const SyncStatus before = agent.status();
        QVERIFY2(before.online, qPrintable(before.lastError));
        QVERIFY(before.queuedEvents > 0);

        std::thread faultLater;
        if (faultAfterMs < 0) {
            proxy.setMode(fault);
        } else {
            proxy.setMode(TcpFaultProxy::Mode::Delay, 5);
            faultLater = std::thread([&proxy, fault, faultAfterMs] {
                std::this_thread::sleep_for(std::chrono::milliseconds(faultAfterMs));
                proxy.setMode(fault);
            });
        }
        QElapsedTimer timer;
        timer.start();
        const SyncStatus during = agent.round(nullptr);
        if (faultLater.joinable())
            faultLater.join();
        const qint64 elapsed = timer.elapsed();
        // It gives up within the session's answer timeout (after the fault, which may come mid-round).
        const qint64 limit = std::max(faultAfterMs, 0) + settings.session.answerTimeoutMs + schedulingSlackMs;
        QVERIFY2(elapsed < limit, qPrintable(QStringLiteral("the round took %1 ms, more than %2").arg(elapsed).arg(limit)));
        QVERIFY2(!during.online, qPrintable(during.lastError));
        QVERIFY(!during.lastError.isEmpty());
        QVERIFY(during.offlineSince.isValid());
        QVERIFY(during.queuedEvents > 0);

        proxy.setMode(TcpFaultProxy::Mode::Pass);
        const SyncStatus after = catchUp(agent);
        QVERIFY2(after.online, qPrintable(after.lastError));
        QCOMPARE(after.queuedEvents, 0);
        for (const SyncConflict& conflict : after.conflicts)
            qWarning("conflict: %s", qPrintable(conflict.detail));
        QCOMPARE(after.openConflicts, 0);
        QCOMPARE(remoteEventsPerOrder(workstation), local);
    }

private Q_SLOTS:
    void initTestCase()
    {
        FW_START_POSTGRES_OR_SKIP(m_server);
        QVERIFY(m_dir.isValid());
    }

    void sessionSettingsReachTheServer_data()
    {
        QTest::addColumn<QString>("extra");
        QTest::addColumn<QString>("applicationName");
        QTest::addColumn<QString>("statementTimeout");
        QTest::addColumn<QString>("lockTimeout");
        QTest::addColumn<QString>("idleTimeout");
        QTest::addColumn<int>("keepIdle");
        QTest::addColumn<int>("userTimeout");
        QTest::newRow("defaults") << QString() << "fw/fwctl"
                                  << "5s"
                                  << "3s"
                                  << "10s" << 3 << 6000;
        QTest::newRow("the conninfo wins") << "application_name=mine keepalives_idle=30 tcp_user_timeout=20000 "
                                              "options='-c statement_timeout=1234 -c lock_timeout=0'"
                                           << "mine"
                                           << "1234ms"
                                           << "0"
                                           << "10s" << 30 << 20000;
    }

    void sessionSettingsReachTheServer()
    {
        QFETCH(QString, extra);
        TcpFaultProxy proxy(m_server.host(), m_server.port());
        QCOMPARE(proxy.start().message(), QString());
        PgConnection connection(conninfoThrough(proxy, extra));
        QCOMPARE(connection.open().message(), QString());
        auto result = connection.query(
            QStringLiteral("SELECT application_name, current_setting('statement_timeout'), current_setting('lock_timeout'), "
                           "current_setting('idle_in_transaction_session_timeout') FROM pg_stat_activity WHERE pid = pg_backend_pid()"));
        if (!result)
            QFAIL(qPrintable(result.message()));
        const PgResult& row = result.value();
        QTEST(row.value(0, 0), "applicationName");
        QTEST(row.value(0, 1), "statementTimeout");
        QTEST(row.value(0, 2), "lockTimeout");
        QTEST(row.value(0, 3), "idleTimeout");
        QCOMPARE(socketOption(connection.socket(), SOL_SOCKET, SO_KEEPALIVE), 1);
        QTEST(socketOption(connection.socket(), IPPROTO_TCP, TCP_KEEPIDLE), "keepIdle");
        QTEST(socketOption(connection.socket(), IPPROTO_TCP, TCP_USER_TIMEOUT), "userTimeout");
        QVERIFY(!connection.isEncrypted()); // the throwaway server has no TLS
        QCOMPARE(connection.tlsProtocol(), QString());
    }

    void aSyncAgentsSessionIsNamedAfterItsWorkstation()
    {
        TcpFaultProxy proxy(m_server.host(), m_server.port());
        QCOMPARE(proxy.start().message(), QString());
        Database store(m_dir.filePath(QStringLiteral("named.db")));
        QVERIFY(store.openStore());
        SyncSettings settings;
        settings.conninfo = conninfoThrough(proxy);
        settings.workstation = QStringLiteral("ws-named");
        settings.user = QStringLiteral("tester");
        SyncAgent agent(store, m_clock, settings);
        QVERIFY(agent.open().ok());
        QVERIFY(agent.round(nullptr).online);
        PgConnection admin(m_server.conninfo());
        QCOMPARE(admin.open().message(), QString());
        auto result = admin.query(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = 'fw/ws-named'"));
        QCOMPARE(result.value().number(0, 0), 1);
    }

    void aQueryInABlackholeFailsInsteadOfHanging()
    {
        TcpFaultProxy proxy(m_server.host(), m_server.port());
        QCOMPARE(proxy.start().message(), QString());
        PgConnection connection(conninfoThrough(proxy));
        QCOMPARE(connection.open().message(), QString());
        proxy.setMode(TcpFaultProxy::Mode::Blackhole);
        QElapsedTimer timer;
        timer.start();
        auto result = connection.query(QStringLiteral("SELECT 1"));
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!result.ok());
        QVERIFY2(result.message().contains(QLatin1String("no answer from the server")), qPrintable(result.message()));
        QVERIFY2(elapsed < partitionNoticedWithinMs, qPrintable(QString::number(elapsed)));
        QVERIFY(!connection.isOpen());
        // Connecting into the blackhole gives up after connect_timeout (5 s).
        timer.restart();
        QVERIFY(!connection.open().ok());
        QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
        proxy.setMode(TcpFaultProxy::Mode::Pass);
        QCOMPARE(connection.open().message(), QString());
        QVERIFY(connection.query(QStringLiteral("SELECT 1")).ok());
    }

    void aSyncRoundInABlackholeGoesOfflineAndCatchesUp() { roundOverFault(TcpFaultProxy::Mode::Blackhole, QStringLiteral("ws-hole")); }

    void aSyncRoundOverAResetLinkGoesOfflineAndCatchesUp() { roundOverFault(TcpFaultProxy::Mode::Reset, QStringLiteral("ws-reset")); }

    void aSyncRoundBlackholedMidPushGoesOfflineAndCatchesUp()
    {
        roundOverFault(TcpFaultProxy::Mode::Blackhole, QStringLiteral("ws-midpush"), 150);
    }

    void aSyncRoundResetMidPushGoesOfflineAndCatchesUp() { roundOverFault(TcpFaultProxy::Mode::Reset, QStringLiteral("ws-midreset"), 150); }

    void aSlowLinkStillSyncs()
    {
        // 100 ms each way is slow, not broken: no timeout fires.
        TcpFaultProxy proxy(m_server.host(), m_server.port());
        QCOMPARE(proxy.start().message(), QString());
        proxy.setMode(TcpFaultProxy::Mode::Delay, 100);
        PgConnection connection(conninfoThrough(proxy));
        QCOMPARE(connection.open().message(), QString());
        QElapsedTimer timer;
        timer.start();
        auto result = connection.query(QStringLiteral("SELECT 1"));
        QVERIFY(result.ok());
        QVERIFY2(timer.elapsed() >= 190, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestSyncNetwork)
#include "tst_syncnetwork.moc"
