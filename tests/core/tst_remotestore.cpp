// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The sync protocol's statements on a real PostgreSQL (docs/sync.md): leases and fencing, the
// idempotent push, pulls that skip nothing, claim races, commands between workstations.

#include "sync/pgconnection.h"
#include "sync/remoteschema.h"
#include "sync/remotestore.h"
#include "throwawaypostgres.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QTest>
#include <QThread>

#include <atomic>
#include <latch>
#include <thread>

using namespace fw;

namespace {
SyncEvent syncEvent(const QString& orderId, qint64 localSeq, qint64 token)
{
    return { 0,
             {},
             localSeq,
             orderId,
             token,
             QStringLiteral("2026-11-25T10:00:00.000Z"),
             QStringLiteral("step-%1").arg(localSeq),
             QStringLiteral("step.state"),
             QStringLiteral("engine"),
             QStringLiteral("ready"),
             QStringLiteral("running"),
             {} };
}
// The value of a protocol call that must succeed; the remote store's error text otherwise.
template <typename T> T valueOf(Result<T> result)
{
    if (!result)
        qFatal("remote store call failed: %s", qPrintable(result.message()));
    return std::move(result).value();
}
} // namespace

class TestRemoteStore : public QObject {
    Q_OBJECT

    ThrowawayPostgres m_server;
    std::unique_ptr<PgConnection> m_a;
    std::unique_ptr<PgConnection> m_b;

    std::unique_ptr<PgConnection> connect()
    {
        auto connection = std::make_unique<PgConnection>(m_server.conninfo());
        const Status opened = connection->open();
        return opened.ok() ? std::move(connection) : nullptr;
    }

    std::vector<Lease> expectLeases(Result<std::vector<Lease>> result)
    {
        if (!result) {
            qWarning("%s", qPrintable(result.message()));
            return {};
        }
        return std::move(result).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        FW_START_POSTGRES_OR_SKIP(m_server);
        m_a = connect();
        m_b = connect();
        QVERIFY(m_a && m_b);
        QCOMPARE(RemoteSchema::migrate(*m_a).message(), QString());
    }

    void migratingAgainChangesNothing()
    {
        QCOMPARE(RemoteSchema::migrate(*m_b).message(), QString());
        auto versions = m_a->query(QStringLiteral("SELECT COUNT(*), MAX(version) FROM fw.schema_version"));
        QCOMPARE(versions.value().number(0, 0), RemoteSchema::latestVersion());
    }

    void unreachableServerIsAClearError()
    {
        PgConnection nowhere(QStringLiteral("host=127.0.0.1 port=1 dbname=fw user=x password=secret connect_timeout=1"));
        const Status opened = nowhere.open();
        QVERIFY(!opened.ok());
        const QString error = opened.message();
        QVERIFY2(error.contains(QStringLiteral("cannot connect")), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("secret")), qPrintable(error)); // never the password
        QVERIFY(error.contains(QStringLiteral("password=****")));
    }

    void freeLeasesGoToExactlyOneWorkstation()
    {
        RemoteStore a(*m_a, QStringLiteral("ws-a"));
        for (int i = 0; i < 30; ++i)
            QVERIFY(a.publishOrder(QStringLiteral("L-%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("{}")).ok());
        QVERIFY(a.publishOrder(QStringLiteral("L-00"), QStringLiteral("{}")).message().contains(QStringLiteral("already published")));
        // Two workstations grab at the same time, from two threads.
        std::vector<Lease> fromA, fromB;
        std::latch start(2);
        auto grab = [&](PgConnection& connection, const QString& id, std::vector<Lease>& into) {
            RemoteStore store(connection, id);
            start.arrive_and_wait();
            for (int round = 0; round < 6; ++round) {
                auto got = store.leases().acquireFree(4, 60);
                if (got)
                    into.insert(into.end(), got->begin(), got->end());
            }
        };
        std::thread other([&] { grab(*m_b, QStringLiteral("ws-b"), fromB); });
        grab(*m_a, QStringLiteral("ws-a"), fromA);
        other.join();
        QCOMPARE(int(fromA.size() + fromB.size()), 30);
        QSet<QString> seen;
        for (const auto& lease : fromA)
            seen.insert(lease.orderId);
        for (const auto& lease : fromB)
            QVERIFY2(!seen.contains(lease.orderId), qPrintable(lease.orderId + QStringLiteral(" leased twice")));
        QVERIFY(!fromA.empty() && !fromB.empty());
        QVERIFY(expectLeases(a.leases().acquireFree(10, 60)).empty());
    }

    void pushIsFencedAndIdempotent()
    {
        RemoteStore a(*m_a, QStringLiteral("ws-a"));
        RemoteStore b(*m_b, QStringLiteral("ws-b"));
        auto lease = valueOf<Lease>(a.leases().registerOrder(QStringLiteral("F-1"), QStringLiteral("{}"), 60));
        std::vector<SyncEvent> batch { syncEvent(QStringLiteral("F-1"), 101, lease.fencingToken),
                                       syncEvent(QStringLiteral("F-1"), 102, lease.fencingToken) };
        const SyncSnapshot snapshot { QStringLiteral("F-1"), {}, lease.fencingToken, 0, QStringLiteral("running"), QStringLiteral("{}") };
        auto first = valueOf<PushOutcome>(a.journal().push(batch, { snapshot }));
        QCOMPARE(first.accepted, 2);
        QVERIFY(first.refusedOrders.isEmpty());
        auto again = valueOf<PushOutcome>(a.journal().push(batch, { snapshot }));
        QCOMPARE(again.accepted, 0); // the same batch sent twice changes nothing
        QCOMPARE(valueOf<std::vector<SyncEvent>>(b.journal().eventsOf(QStringLiteral("F-1"))).size(), std::size_t(2));

        // b may not take a live lease, nor register the order.
        QVERIFY(expectLeases(b.leases().takeOverExpired(10, 60)).empty());
        QVERIFY(!b.leases().registerOrder(QStringLiteral("F-1"), QStringLiteral("{}"), 60).ok());
        // a stops renewing; its lease expires; b takes the order over with a larger token.
        QCOMPARE(
            m_a->execute(QStringLiteral("UPDATE fw.leases SET expires_at = now() - interval '1 second' WHERE order_id = 'F-1'")).message(),
            QString());
        const auto taken = expectLeases(b.leases().takeOverExpired(10, 60));
        QCOMPARE(taken.size(), std::size_t(1));
        QCOMPARE(taken[0].previousOwner, QStringLiteral("ws-a"));
        QVERIFY(taken[0].fencingToken > lease.fencingToken);
        // The stale owner still believes it holds the order: its writes are refused.
        auto stale = valueOf<PushOutcome>(a.journal().push({ syncEvent(QStringLiteral("F-1"), 103, lease.fencingToken) }, { snapshot }));
        QCOMPARE(stale.accepted, 0);
        QCOMPARE(stale.refusedOrders, QStringList { QStringLiteral("F-1") });
        QCOMPARE(valueOf<std::vector<SyncEvent>>(b.journal().eventsOf(QStringLiteral("F-1"))).size(), std::size_t(2));
        const auto snapshotNow = valueOf<std::optional<SyncSnapshot>>(b.journal().snapshot(QStringLiteral("F-1")));
        QCOMPARE(snapshotNow->owner, QStringLiteral("ws-a")); // b has not pushed yet; a's stale one did not land
        for (const auto& held : expectLeases(a.leases().renew(60)))
            QVERIFY(held.orderId != QStringLiteral("F-1"));
        // The new owner writes with its token.
        auto fresh = valueOf<PushOutcome>(b.journal().push({ syncEvent(QStringLiteral("F-1"), 1, taken[0].fencingToken) }, {}));
        QCOMPARE(fresh.accepted, 1);
    }

    void registeringAgainAfterALostAnswerKeepsTheLease()
    {
        // The first registration committed but its answer was lost on the way (tst_syncnetwork):
        // registering again hands this workstation its own lease, with the same fencing token.
        RemoteStore a(*m_a, QStringLiteral("ws-a"));
        RemoteStore b(*m_b, QStringLiteral("ws-b"));
        const Lease first = valueOf<Lease>(a.leases().registerOrder(QStringLiteral("R-1"), QStringLiteral("{}"), 60));
        const Lease again = valueOf<Lease>(a.leases().registerOrder(QStringLiteral("R-1"), QStringLiteral("{}"), 60));
        QCOMPARE(again.fencingToken, first.fencingToken);
        // Another workstation is still refused, naming the holder.
        const auto refused = b.leases().registerOrder(QStringLiteral("R-1"), QStringLiteral("{}"), 60);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(QLatin1String("held by ws-a")), qPrintable(refused.message()));
    }

    void pushedTextArrivesUnchanged()
    {
        RemoteStore a(*m_a, QStringLiteral("ws-t"));
        RemoteStore b(*m_b, QStringLiteral("ws-b"));
        auto lease = valueOf<Lease>(a.leases().registerOrder(QStringLiteral("T-1"), QStringLiteral("{}"), 60));
        // COPY's text format escapes backslash, tab, newline and carriage return; everything else goes as UTF-8.
        const QString tricky = QStringLiteral("a\\b\tc\nd\re \\N \u00e9\u20ac {\"note\":\"x\\ty\"}");
        SyncEvent event = syncEvent(QStringLiteral("T-1"), 1, lease.fencingToken);
        event.payload = tricky;
        event.actor = QStringLiteral("\\N");
        event.beforeState = QString(); // SQL NULL
        const SyncSnapshot snapshot { QStringLiteral("T-1"), {}, lease.fencingToken, 0, QStringLiteral("running"), tricky };
        QCOMPARE(valueOf<PushOutcome>(a.journal().push({ event }, { snapshot })).accepted, 1);
        const auto events = valueOf<std::vector<SyncEvent>>(b.journal().eventsOf(QStringLiteral("T-1")));
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(events[0].payload, tricky);
        QCOMPARE(events[0].actor, QStringLiteral("\\N"));
        QVERIFY(events[0].beforeState.isNull());
        QCOMPARE(valueOf<std::optional<SyncSnapshot>>(b.journal().snapshot(QStringLiteral("T-1")))->json, tricky);
    }

    void pullReadsOthersEventsOnceInCommitOrder()
    {
        RemoteStore a(*m_a, QStringLiteral("ws-a"));
        RemoteStore c(*m_b, QStringLiteral("ws-c"));
        auto start = valueOf<PulledBatch>(c.journal().pull({}, 100000));
        const PullCursor cursor = start.through;
        auto lease = valueOf<Lease>(a.leases().registerOrder(QStringLiteral("P-1"), QStringLiteral("{}"), 60));
        std::vector<SyncEvent> batch;
        for (int i = 0; i < 250; ++i)
            batch.push_back(syncEvent(QStringLiteral("P-1"), 1000 + i, lease.fencingToken));
        QCOMPARE(valueOf<PushOutcome>(a.journal().push(batch, {})).accepted, 250);
        auto first = valueOf<PulledBatch>(c.journal().pull(cursor, 100));
        QCOMPARE(first.events.size(), std::size_t(100));
        QVERIFY(first.more);
        QCOMPARE(first.events.front().localSeq, 1000);
        auto rest = valueOf<PulledBatch>(c.journal().pull(first.through, 1000));
        QCOMPARE(rest.events.size(), std::size_t(150));
        QCOMPARE(rest.events.back().localSeq, 1249);
        QVERIFY(!rest.more);
        QVERIFY(valueOf<PulledBatch>(c.journal().pull(rest.through, 1000)).events.empty());
        // A workstation never pulls its own events back.
        for (const auto& e : valueOf<PulledBatch>(a.journal().pull(cursor, 100000)).events)
            QVERIFY(e.workstation != QStringLiteral("ws-a"));
    }

    // A workstation frozen in the middle of a push (a suspended laptop) holds its transaction open:
    // the others push on regardless, and pullers get every event once when it ends.
    void aPushHeldOpenDelaysNoOtherWorkstation()
    {
        auto c = connect();
        auto blocker = connect();
        QVERIFY(c && blocker);
        RemoteStore a(*m_a, QStringLiteral("ws-a"));
        RemoteStore b(*m_b, QStringLiteral("ws-b"));
        RemoteStore reader(*c, QStringLiteral("ws-c"));
        const Lease leaseA = valueOf<Lease>(a.leases().registerOrder(QStringLiteral("PAR-A"), QStringLiteral("{}"), 60));
        const Lease leaseB = valueOf<Lease>(b.leases().registerOrder(QStringLiteral("PAR-B"), QStringLiteral("{}"), 60));
        const SyncSnapshot snapshotB {
            QStringLiteral("PAR-B"), {}, leaseB.fencingToken, 0, QStringLiteral("running"), QStringLiteral("{}")
        };
        QCOMPARE(valueOf<PushOutcome>(b.journal().push({ syncEvent(QStringLiteral("PAR-B"), 5000, leaseB.fencingToken) }, { snapshotB }))
                     .accepted,
                 1);
        PullCursor cursor = valueOf<PulledBatch>(reader.journal().pull({}, 1000000)).through;

        // B's next push stops after its events are in, its transaction open: here it waits on a row
        // lock someone else holds, as a frozen process would stop anywhere.
        QCOMPARE(blocker->execute(QStringLiteral("BEGIN")).message(), QString());
        QCOMPARE(blocker->execute(QStringLiteral("SELECT 1 FROM fw.order_snapshots WHERE order_id = 'PAR-B' FOR UPDATE")).message(),
                 QString());
        std::vector<SyncEvent> fromB;
        for (int i = 1; i <= 50; ++i)
            fromB.push_back(syncEvent(QStringLiteral("PAR-B"), 5000 + i, leaseB.fencingToken));
        Result<PushOutcome> pushedB = failure(QStringLiteral("B's push did not run"));
        std::thread frozen([&] { pushedB = b.journal().push(fromB, { snapshotB }); });
        auto release = qScopeGuard([&] { // on a failed check too: B's push may end, the thread be joined
            blocker->rollback();
            if (frozen.joinable())
                frozen.join();
        });
        bool waiting = false;
        for (int i = 0; i < 100 && !waiting; ++i) {
            auto rows = c->query(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                                "AND query LIKE 'INSERT INTO fw.order_snapshots%'"));
            waiting = rows.ok() && rows.value().number(0, 0) == 1;
            if (!waiting)
                QThread::msleep(50);
        }
        QVERIFY2(waiting, "workstation B's push did not stop inside its transaction");

        // A pushes meanwhile, promptly (a global lock would make it wait until lock_timeout fails it).
        std::vector<SyncEvent> fromA;
        for (int i = 1; i <= 100; ++i)
            fromA.push_back(syncEvent(QStringLiteral("PAR-A"), 7000 + i, leaseA.fencingToken));
        QCOMPARE(m_a->execute(QStringLiteral("SET lock_timeout = '5s'")).message(), QString());
        QElapsedTimer timer;
        timer.start();
        const auto pushedA = a.journal().push(fromA, {});
        const qint64 took = timer.elapsed();
        QCOMPARE(m_a->execute(QStringLiteral("RESET lock_timeout")).message(), QString());
        QVERIFY2(pushedA.ok(), qPrintable(pushedA.message()));
        QCOMPARE(pushedA->accepted, 100);
        QVERIFY2(took < 2000, qPrintable(QStringLiteral("A's push took %1 ms while B's was open").arg(took)));

        // A's events committed after B's drew their seqs: a puller holds them back until B's push ends,
        // so a cursor past A's can never skip B's.
        auto during = valueOf<PulledBatch>(reader.journal().pull(cursor, 1000000));
        QVERIFY(during.events.empty());
        cursor = during.through;

        release.dismiss();
        QCOMPARE(blocker->execute(QStringLiteral("ROLLBACK")).message(), QString());
        frozen.join();
        QVERIFY2(pushedB.ok(), qPrintable(pushedB.message()));
        QCOMPARE(pushedB->accepted, 50);

        QHash<QString, QSet<qint64>> seen;
        int pulled = 0;
        for (bool more = true; more;) {
            auto batch = valueOf<PulledBatch>(reader.journal().pull(cursor, 30));
            for (const SyncEvent& e : batch.events) {
                seen[e.orderId].insert(e.localSeq);
                ++pulled;
            }
            cursor = batch.through;
            more = batch.more;
        }
        QCOMPARE(pulled, 150); // nothing twice
        QCOMPARE(seen.value(QStringLiteral("PAR-A")).size(), 100);
        QCOMPARE(seen.value(QStringLiteral("PAR-B")).size(), 50);
        QVERIFY(valueOf<PulledBatch>(reader.journal().pull(cursor, 1000)).events.empty());
    }

    void claimRacesHaveExactlyOneWinner()
    {
        constexpr int rounds = 60;
        std::atomic<int> winsA = 0, winsB = 0, bothOrNeither = 0;
        QStringList lostMessages;
        for (int round = 0; round < rounds; ++round) {
            const QString item = QStringLiteral("task:R-%1/step").arg(round);
            std::latch start(2);
            ClaimOutcome outcomeA, outcomeB;
            auto race = [&](PgConnection& connection, const QString& user, ClaimOutcome& outcome) {
                RemoteStore store(connection, QStringLiteral("ws-") + user);
                start.arrive_and_wait();
                auto result = store.commands().claim(item, QStringLiteral("R"), user);
                if (result)
                    outcome = *result;
            };
            std::thread other([&] { race(*m_b, QStringLiteral("bert"), outcomeB); });
            race(*m_a, QStringLiteral("anna"), outcomeA);
            other.join();
            winsA += outcomeA.granted;
            winsB += outcomeB.granted;
            if (outcomeA.granted == outcomeB.granted)
                ++bothOrNeither;
            const ClaimOutcome& loser = outcomeA.granted ? outcomeB : outcomeA;
            QCOMPARE(loser.holder, outcomeA.granted ? QStringLiteral("anna") : QStringLiteral("bert"));
            QVERIFY(loser.claimedAt.isValid());
        }
        QCOMPARE(int(bothOrNeither), 0);
        QCOMPARE(winsA + winsB, rounds);
        RemoteStore a(*m_a, QStringLiteral("ws-anna"));
        // Claiming again is fine for the holder; releasing frees it for others.
        const QString item = QStringLiteral("task:R-0/step");
        const QString holder
            = winsA > 0 && valueOf<ClaimOutcome>(a.commands().claim(item, QStringLiteral("R"), QStringLiteral("anna"))).granted
            ? QStringLiteral("anna")
            : QStringLiteral("bert");
        QVERIFY(a.commands().releaseClaim(item, holder).ok());
        QVERIFY(valueOf<ClaimOutcome>(a.commands().claim(item, QStringLiteral("R"), QStringLiteral("carl"))).granted);
    }

    void commandsReachTheOwnerAndAnswersComeBack()
    {
        RemoteStore owner(*m_a, QStringLiteral("ws-a"));
        RemoteStore issuer(*m_b, QStringLiteral("ws-b"));
        QVERIFY(owner.leases().registerOrder(QStringLiteral("C-1"), QStringLiteral("{}"), 60).ok());
        const qint64 first = valueOf<qint64>(
            issuer.commands().sendCommand(QStringLiteral("C-1"), QStringLiteral("{\"action\":\"signal\"}"), QStringLiteral("bert"), 7));
        // Resent after a lost answer: the same command, not a second one.
        QCOMPARE(valueOf<qint64>(issuer.commands().sendCommand(QStringLiteral("C-1"), QStringLiteral("{\"action\":\"signal\"}"),
                                                               QStringLiteral("bert"), 7)),
                 first);
        valueOf<qint64>(
            issuer.commands().sendCommand(QStringLiteral("C-1"), QStringLiteral("{\"action\":\"bad\"}"), QStringLiteral("bert"), 8));
        // Only the owner sees them.
        QCOMPARE(valueOf<int>(issuer.commands().processCommands(10, [](const RemoteCommand&) { return Status(); })), 0);
        QStringList seen;
        const auto ran = owner.commands().processCommands(10, [&](const RemoteCommand& command) -> Status {
            seen << command.request;
            if (command.request.contains(QStringLiteral("bad")))
                return failure(QStringLiteral("unknown action 'bad'"));
            return {};
        });
        QCOMPARE(valueOf<int>(ran), 2);
        QCOMPARE(seen.size(), 2);
        auto results = valueOf<std::vector<RemoteCommandResult>>(issuer.commands().commandResults({ 7, 8 }));
        QCOMPARE(results.size(), std::size_t(2));
        for (const auto& result : results) {
            QCOMPARE(result.doneBy, QStringLiteral("ws-a"));
            QCOMPARE(result.state, result.localId == 7 ? QStringLiteral("done") : QStringLiteral("failed"));
        }
    }

    void aWorkstationRoleHasWhatTheProtocolNeedsAndNoMore()
    {
        for (const QString& grant : RemoteSchema::roleGrants()) {
            if (!grant.startsWith(QStringLiteral("--")))
                QCOMPARE(m_a->execute(grant).message(), QString());
        }
        QCOMPARE(m_a->execute(QStringLiteral("CREATE ROLE ws_login LOGIN IN ROLE fw_workstation")).message(), QString());
        QString conninfo = m_server.conninfo();
        conninfo.replace(QStringLiteral("user=") + ThrowawayPostgres::adminUser(), QStringLiteral("user=ws_login"));
        PgConnection limited(conninfo);
        QCOMPARE(limited.open().message(), QString());
        QCOMPARE(RemoteSchema::migrate(limited).message(), QString()); // current: no DDL needed
        RemoteStore store(limited, QStringLiteral("ws-limited"));
        QVERIFY(store.heartbeat(QStringLiteral("lena"), QStringLiteral("host")).ok());
        const Lease lease = valueOf<Lease>(store.leases().registerOrder(QStringLiteral("ROLE-1"), QStringLiteral("{}"), 60));
        const SyncSnapshot snapshot {
            QStringLiteral("ROLE-1"), {}, lease.fencingToken, 0, QStringLiteral("running"), QStringLiteral("{}")
        };
        QCOMPARE(valueOf<PushOutcome>(store.journal().push({ syncEvent(QStringLiteral("ROLE-1"), 1, lease.fencingToken) }, { snapshot }))
                     .accepted,
                 1);
        QVERIFY(!valueOf<PulledBatch>(store.journal().pull({}, 10)).events.empty());
        QVERIFY(
            valueOf<ClaimOutcome>(store.commands().claim(QStringLiteral("task:ROLE-1/s"), QStringLiteral("ROLE-1"), QStringLiteral("lena")))
                .granted);
        QVERIFY(valueOf<qint64>(store.commands().sendCommand(QStringLiteral("ROLE-1"), QStringLiteral("{}"), QStringLiteral("lena"), 1))
                > 0);
        QCOMPARE(valueOf<int>(store.commands().processCommands(10, [](const RemoteCommand&) { return Status(); })), 1);
        QVERIFY(!valueOf<std::vector<Lease>>(store.leases().renew(60)).empty());
        // No history rewriting, no schema changes.
        const auto deleted = limited.execute(QStringLiteral("DELETE FROM fw.events"));
        QVERIFY2(!deleted.ok() && deleted.message().contains(QStringLiteral("permission denied")), qPrintable(deleted.message()));
        const auto dropped = limited.execute(QStringLiteral("DROP TABLE fw.claims"));
        QVERIFY2(!dropped.ok() && dropped.message().contains(QStringLiteral("must be owner")), qPrintable(dropped.message()));
    }
};

QTEST_GUILESS_MAIN(TestRemoteStore)
#include "tst_remotestore.moc"
