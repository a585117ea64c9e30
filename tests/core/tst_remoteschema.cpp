// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The remote store's integrity rules on a real PostgreSQL (docs/sync.md, "Integrity" and "Users"):
// the GRANTs of `fwctl sync-admin roles` run as printed, then every check connects as a real LOGIN
// role in fw_workstation, fw_publisher or fw_user_admin (row-level security does not apply to the
// superuser the throwaway server starts with). Workstation A (role ws_role_a) and B (ws_role_b).

#include "sync/pgconnection.h"
#include "sync/remoteschema.h"
#include "sync/remotestore.h"
#include "sync/remoteusers.h"
#include "throwawaypostgres.h"

#include <QTest>

using namespace fw;

namespace {
SyncEvent integrityEvent(const QString& orderId, qint64 localSeq, qint64 token)
{
    return { 0,
             {},
             localSeq,
             orderId,
             token,
             QStringLiteral("2026-12-01T10:00:00.000Z"),
             QStringLiteral("s"),
             QStringLiteral("step.state"),
             QStringLiteral("engine"),
             QStringLiteral("ready"),
             QStringLiteral("running"),
             {} };
}
template <typename T> T expectValue(Result<T> result)
{
    if (!result)
        qFatal("remote store call failed: %s", qPrintable(result.message()));
    return std::move(result).value();
}
} // namespace

class TestRemoteSchema : public QObject {
    Q_OBJECT

    ThrowawayPostgres m_server;
    std::unique_ptr<PgConnection> m_admin; // the superuser: sets the scene, reads the truth
    std::unique_ptr<PgConnection> m_a;
    std::unique_ptr<PgConnection> m_b;
    Lease m_leaseA; // order IA-1, held by ws-ia

    std::unique_ptr<PgConnection> connectAs(const QString& role)
    {
        QString conninfo = m_server.conninfo();
        conninfo.replace(QStringLiteral("user=") + ThrowawayPostgres::adminUser(), QStringLiteral("user=") + role);
        auto connection = std::make_unique<PgConnection>(conninfo);
        if (const Status opened = connection->open(); !opened) {
            qWarning("%s", qPrintable(opened.message()));
            return nullptr;
        }
        return connection;
    }

    QString adminValue(const QString& sql)
    {
        auto result = m_admin->query(sql);
        if (!result)
            return result.message();
        return result.value().value(0, 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        FW_START_POSTGRES_OR_SKIP(m_server);
        m_admin = connectAs(ThrowawayPostgres::adminUser());
        QVERIFY(m_admin);
        QCOMPARE(RemoteSchema::migrate(*m_admin).message(), QString());
        // As fwctl sync-admin roles prints them, through psql.
        QString script;
        for (const QString& statement : RemoteSchema::roleGrants())
            script += statement + (statement.startsWith(QStringLiteral("--")) ? QString() : QStringLiteral(";")) + QLatin1Char('\n');
        QCOMPARE(m_server.runSql(script).message(), QString());
        QCOMPARE(m_server.runSql(script).message(), QString()); // runs again unchanged (an upgrade does)
        QCOMPARE(m_server
                     .runSql(QStringLiteral("CREATE ROLE ws_role_a LOGIN IN ROLE fw_workstation; "
                                            "CREATE ROLE ws_role_b LOGIN IN ROLE fw_workstation; "
                                            "CREATE ROLE feed_role LOGIN IN ROLE fw_publisher; "
                                            "CREATE ROLE ops_role LOGIN IN ROLE fw_workstation, fw_user_admin;"))
                     .message(),
                 QString());
        m_a = connectAs(QStringLiteral("ws_role_a"));
        m_b = connectAs(QStringLiteral("ws_role_b"));
        QVERIFY(m_a && m_b);
        QCOMPARE(RemoteSchema::migrate(*m_a).message(), QString());

        // A registers, runs IA-1 (an event, a snapshot, a claim) and sends a command for C's order IC-1.
        RemoteStore a(*m_a, QStringLiteral("ws-ia"));
        RemoteStore b(*m_b, QStringLiteral("ws-ib"));
        RemoteStore c(*m_admin, QStringLiteral("ws-ic"));
        QVERIFY(a.heartbeat(QStringLiteral("anna"), QStringLiteral("host-a")).ok());
        QVERIFY(b.heartbeat(QStringLiteral("bert"), QStringLiteral("host-b")).ok());
        QVERIFY(c.heartbeat(QStringLiteral("carl"), QStringLiteral("host-c")).ok());
        m_leaseA = expectValue<Lease>(a.leases().registerOrder(QStringLiteral("IA-1"), QStringLiteral("{}"), 600));
        expectValue<Lease>(b.leases().registerOrder(QStringLiteral("IB-1"), QStringLiteral("{}"), 600));
        expectValue<Lease>(c.leases().registerOrder(QStringLiteral("IC-1"), QStringLiteral("{}"), 600));
        const SyncSnapshot snapshot {
            QStringLiteral("IA-1"), {}, m_leaseA.fencingToken, 0, QStringLiteral("running"), QStringLiteral("{}")
        };
        QCOMPARE(
            expectValue<PushOutcome>(a.journal().push({ integrityEvent(QStringLiteral("IA-1"), 1, m_leaseA.fencingToken) }, { snapshot }))
                .accepted,
            1);
        QVERIFY(expectValue<ClaimOutcome>(a.commands().claim(QStringLiteral("task:IA-1/s"), QStringLiteral("IA-1"), QStringLiteral("anna")))
                    .granted);
        expectValue<qint64>(a.commands().sendCommand(QStringLiteral("IC-1"), QStringLiteral("{}"), QStringLiteral("anna"), 1));
        expectValue<qint64>(b.commands().sendCommand(QStringLiteral("IA-1"), QStringLiteral("{}"), QStringLiteral("bert"), 1));
        QCOMPARE(adminValue(QStringLiteral("SELECT string_agg(id || '=' || login_role, ' ' ORDER BY id) FROM fw.workstations")),
                 QStringLiteral("ws-ia=ws_role_a ws-ib=ws_role_b ws-ic=fw_admin"));
    }

    void anotherWorkstationsRowsAreOutOfReach_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("refusal"); // empty: the statement runs but changes no row
        const QString tokenA = QStringLiteral("(SELECT fencing_token FROM fw.leases WHERE order_id = 'IA-1')");
        QTest::addRow("update A's events") << QStringLiteral("UPDATE fw.events SET actor = 'mallory' WHERE workstation = 'ws-ia'")
                                           << QStringLiteral("permission denied for table events");
        QTest::addRow("delete A's events") << QStringLiteral("DELETE FROM fw.events WHERE workstation = 'ws-ia'")
                                           << QStringLiteral("permission denied for table events");
        QTest::addRow("truncate the journal") << QStringLiteral("TRUNCATE fw.events")
                                              << QStringLiteral("permission denied for table events");
        QTest::addRow("insert an event as A")
            << QStringLiteral("INSERT INTO fw.events (workstation, local_seq, order_id, fencing_token, at, kind, actor) "
                              "VALUES ('ws-ia', 99, 'IA-1', %1, 'x', 'step.state', 'mallory')")
                   .arg(tokenA)
            << QStringLiteral("events of workstation ws-ia may be appended only by its database role ws_role_a (this "
                              "connection is ws_role_b)");
        QTest::addRow("insert an event of its own on A's order")
            << QStringLiteral("INSERT INTO fw.events (workstation, local_seq, order_id, fencing_token, at, kind, actor) "
                              "VALUES ('ws-ib', 99, 'IA-1', %1, 'x', 'step.state', 'mallory')")
                   .arg(tokenA)
            << QStringLiteral("event of order IA-1 under fencing token %1: workstation ws-ib does not hold that lease")
                   .arg(m_leaseA.fencingToken);
        QTest::addRow("answer A's command") << QStringLiteral(
            "UPDATE fw.commands SET state = 'done', done_by = 'ws-ib' WHERE issued_by = 'ws-ia'")
                                            << QString();
        QTest::addRow("extend A's lease") << QStringLiteral(
            "UPDATE fw.leases SET expires_at = now() + interval '1 day' WHERE order_id = 'IA-1'")
                                          << QString();
        QTest::addRow("take A's live lease") << QStringLiteral("UPDATE fw.leases SET owner = 'ws-ib' WHERE order_id = 'IA-1'") << QString();
        QTest::addRow("mark A's lease done") << QStringLiteral("UPDATE fw.leases SET done = true WHERE owner = 'ws-ia'") << QString();
        QTest::addRow("move A's high-water mark")
            << QStringLiteral("UPDATE fw.workstations SET pushed_through = 0 WHERE id = 'ws-ia'") << QString();
        QTest::addRow("rebind A to itself") << QStringLiteral("UPDATE fw.workstations SET login_role = 'ws_role_b' WHERE id = 'ws-ia'")
                                            << QString();
        QTest::addRow("register a workstation for A's role")
            << QStringLiteral("INSERT INTO fw.workstations (id, user_name, host, login_role) VALUES ('ws-ix', '', '', 'ws_role_a')")
            << QStringLiteral("row-level security");
        QTest::addRow("take A's claim") << QStringLiteral(
            "UPDATE fw.claims SET claimed_by = 'mallory', workstation = 'ws-ib' WHERE item = 'task:IA-1/s'")
                                        << QString();
        QTest::addRow("overwrite A's snapshot")
            << QStringLiteral("UPDATE fw.order_snapshots SET state = 'cancelled' WHERE order_id = 'IA-1'") << QString();
        QTest::addRow("hand its own lease to A")
            << QStringLiteral("UPDATE fw.leases SET owner = 'ws-ia' WHERE order_id = 'IB-1'") << QStringLiteral("row-level security");
        QTest::addRow("send a command in A's name")
            << QStringLiteral("INSERT INTO fw.commands (order_id, request, actor, issued_by, local_id) VALUES ('IC-1', '{}', 'x', "
                              "'ws-ia', 77)")
            << QStringLiteral("row-level security");
        QTest::addRow("change the shared users")
            << QStringLiteral("INSERT INTO fw.users (id, display_name, roles, updated_by) VALUES ('mallory', 'M', 'admin', 'mallory')")
            << QStringLiteral("permission denied for table users");
    }

    void anotherWorkstationsRowsAreOutOfReach()
    {
        QFETCH(QString, sql);
        QFETCH(QString, refusal);
        auto result = m_b->query(sql);
        if (refusal.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.message()));
            QCOMPARE(result->affectedRows(), 0);
        } else {
            QVERIFY2(!result.ok(), "the statement was allowed");
            QVERIFY2(result.message().contains(refusal), qPrintable(result.message()));
        }
        // A's rows as they were.
        QCOMPARE(adminValue(QStringLiteral("SELECT COUNT(*) || ' ' || string_agg(actor, ',') FROM fw.events WHERE workstation = 'ws-ia'")),
                 QStringLiteral("1 engine"));
        QCOMPARE(adminValue(QStringLiteral("SELECT owner || ' ' || fencing_token || ' ' || done || ' ' || (expires_at "
                                           "< now() + interval '1 hour') "
                                           "FROM fw.leases WHERE order_id = 'IA-1'")),
                 QStringLiteral("ws-ia %1 false true").arg(m_leaseA.fencingToken));
        QCOMPARE(adminValue(QStringLiteral("SELECT pushed_through || ' ' || login_role FROM fw.workstations WHERE id = 'ws-ia'")),
                 QStringLiteral("1 ws_role_a"));
        QCOMPARE(adminValue(QStringLiteral("SELECT claimed_by || ' ' || workstation FROM fw.claims WHERE item = 'task:IA-1/s'")),
                 QStringLiteral("anna ws-ia"));
        QCOMPARE(adminValue(QStringLiteral("SELECT string_agg(state, ',') FROM fw.commands WHERE issued_by = 'ws-ia'")),
                 QStringLiteral("pending"));
        QCOMPARE(adminValue(QStringLiteral("SELECT owner || ' ' || state FROM fw.order_snapshots WHERE order_id = 'IA-1'")),
                 QStringLiteral("ws-ia running"));
        QCOMPARE(adminValue(QStringLiteral("SELECT COUNT(*) FROM fw.users")), QStringLiteral("0"));
    }

    void aRoleCannotActAsAnotherRolesWorkstation()
    {
        RemoteStore impostor(*m_b, QStringLiteral("ws-ia"));
        const Result<QString> refusal = impostor.bindingRefusal();
        QVERIFY2(refusal.ok(), qPrintable(refusal.message()));
        QCOMPARE(*refusal,
                 QStringLiteral("workstation ws-ia is registered to database role ws_role_a, but this connection is role "
                                "ws_role_b: connect as ws_role_a, or give this store a workstation id of its own (--workstation)"));
        QVERIFY(!impostor.heartbeat(QStringLiteral("bert"), QStringLiteral("host-b")).ok());
        // Its push cannot read A's high-water mark for update (row-level security): nothing lands.
        const auto pushed = impostor.journal().push({ integrityEvent(QStringLiteral("IA-1"), 2, m_leaseA.fencingToken) }, {});
        QVERIFY(!pushed.ok());
        QCOMPARE(pushed.message(),
                 QStringLiteral("workstation ws-ia is registered to another database role; this connection may not push its journal"));
        QCOMPARE(adminValue(QStringLiteral("SELECT COUNT(*) || ' ' || MAX(pushed_through) FROM fw.events e JOIN fw.workstations w "
                                           "ON w.id = e.workstation WHERE e.workstation = 'ws-ia'")),
                 QStringLiteral("1 1"));
        QCOMPARE(RemoteStore(*m_a, QStringLiteral("ws-ia")).bindingRefusal().valueOr(QStringLiteral("failed")), QString());
        QCOMPARE(RemoteStore(*m_b, QStringLiteral("ws-new")).bindingRefusal().valueOr(QStringLiteral("failed")),
                 QString()); // not registered yet: free
    }

    void fencingTokensAreTheServers()
    {
        const QString before = adminValue(QStringLiteral("SELECT fencing_token FROM fw.leases WHERE order_id = 'IB-1'"));
        auto result = m_b->query(QStringLiteral("UPDATE fw.leases SET fencing_token = fencing_token + 1000 WHERE order_id = 'IB-1'"));
        QVERIFY(result.ok());
        QCOMPARE(result.value().affectedRows(), 1); // its own lease: allowed, but the token stays
        QCOMPARE(adminValue(QStringLiteral("SELECT fencing_token FROM fw.leases WHERE order_id = 'IB-1'")), before);
    }

    void idleClaimsMayBeTakenByAnotherUser()
    {
        RemoteStore a(*m_a, QStringLiteral("ws-ia"));
        RemoteStore b(*m_b, QStringLiteral("ws-ib"));
        const QString item = QStringLiteral("task:IC-1/idle");
        QVERIFY(expectValue<ClaimOutcome>(a.commands().claim(item, QStringLiteral("IC-1"), QStringLiteral("anna"), 8 * 3600)).granted);
        const auto held = expectValue<ClaimOutcome>(b.commands().claim(item, QStringLiteral("IC-1"), QStringLiteral("bert")));
        QVERIFY(!held.granted);
        QCOMPARE(held.holder, QStringLiteral("anna"));
        // Eight hours without a touch (the server's clock decides).
        QCOMPARE(m_admin->execute(QStringLiteral("UPDATE fw.claims SET idle_until = now() - interval '1 second' WHERE item = $1"), { item })
                     .message(),
                 QString());
        QVERIFY(expectValue<ClaimOutcome>(b.commands().claim(item, QStringLiteral("IC-1"), QStringLiteral("bert"))).granted);
        QCOMPARE(adminValue(QStringLiteral("SELECT claimed_by || ' ' || workstation FROM fw.claims WHERE item = '%1'").arg(item)),
                 QStringLiteral("bert ws-ib"));
        QVERIFY(!expectValue<ClaimOutcome>(a.commands().claim(item, QStringLiteral("IC-1"), QStringLiteral("anna"))).granted);
    }

    void theProtocolWorksForWorkstationRoles()
    {
        // A stops renewing; B takes IA-1 over, answers the command sent for it, clears A's claim, pushes.
        QCOMPARE(m_admin->execute(QStringLiteral("UPDATE fw.leases SET expires_at = now() - interval '1 second' WHERE order_id = 'IA-1'"))
                     .message(),
                 QString());
        RemoteStore a(*m_a, QStringLiteral("ws-ia"));
        RemoteStore b(*m_b, QStringLiteral("ws-ib"));
        const auto taken = expectValue<std::vector<Lease>>(b.leases().takeOverExpired(10, 60));
        QCOMPARE(taken.size(), std::size_t(1));
        QCOMPARE(taken[0].previousOwner, QStringLiteral("ws-ia"));
        QVERIFY(taken[0].fencingToken > m_leaseA.fencingToken);
        QCOMPARE(expectValue<int>(b.commands().processCommands(10, [](const RemoteCommand&) { return Status(); })), 1);
        QVERIFY(b.commands().clearClaim(QStringLiteral("task:IA-1/s")).ok());
        QCOMPARE(adminValue(QStringLiteral("SELECT claimed_by IS NULL FROM fw.claims WHERE item = 'task:IA-1/s'")), QStringLiteral("t"));
        const SyncSnapshot snapshot { QStringLiteral("IA-1"), {}, taken[0].fencingToken, 0, QStringLiteral("completed"),
                                      QStringLiteral("{}") };
        QCOMPARE(
            expectValue<PushOutcome>(b.journal().push({ integrityEvent(QStringLiteral("IA-1"), 1, taken[0].fencingToken) }, { snapshot }))
                .accepted,
            1);
        QCOMPARE(adminValue(QStringLiteral("SELECT owner || ' ' || state FROM fw.order_snapshots WHERE order_id = 'IA-1'")),
                 QStringLiteral("ws-ib completed"));
        QCOMPARE(adminValue(QStringLiteral("SELECT done FROM fw.leases WHERE order_id = 'IA-1'")), QStringLiteral("t"));
        // The stale owner is fenced, by the protocol and by the server.
        const auto stale
            = expectValue<PushOutcome>(a.journal().push({ integrityEvent(QStringLiteral("IA-1"), 2, m_leaseA.fencingToken) }, {}));
        QCOMPARE(stale.refusedOrders, QStringList { QStringLiteral("IA-1") });
        const auto forced
            = m_a->execute(QStringLiteral("INSERT INTO fw.events (workstation, local_seq, order_id, fencing_token, at, kind, actor) "
                                          "VALUES ('ws-ia', 3, 'IA-1', %1, 'x', 'step.state', 'engine')")
                               .arg(m_leaseA.fencingToken));
        QVERIFY2(!forced.ok() && forced.message().contains(QStringLiteral("workstation ws-ia does not hold that lease")),
                 qPrintable(forced.message()));
        // Free leases are taken as before.
        QVERIFY(RemoteStore(*m_admin, QStringLiteral("publisher")).publishOrder(QStringLiteral("IF-1"), QStringLiteral("{}")).ok());
        const auto free = expectValue<std::vector<Lease>>(a.leases().acquireFree(10, 60));
        QCOMPARE(free.size(), std::size_t(1));
        QVERIFY(free[0].fencingToken > taken[0].fencingToken);
        QCOMPARE(expectValue<std::vector<Lease>>(a.leases().renew(60)).size(), std::size_t(1));
    }

    void aPublisherPublishes()
    {
        auto feed = connectAs(QStringLiteral("feed_role"));
        QVERIFY(feed);
        QCOMPARE(RemoteSchema::migrate(*feed).message(), QString()); // reads fw.schema_version
        RemoteStore publisher(*feed, QStringLiteral("feed"));
        QVERIFY(publisher.publishCatalog(QStringLiteral("cat"), QStringLiteral("1"), QStringLiteral("Cat"), QStringLiteral("{}")).ok());
        QVERIFY(publisher.publishCatalog(QStringLiteral("cat"), QStringLiteral("1"), QStringLiteral("Cat"), QStringLiteral("{}")).ok());
        QVERIFY(publisher.publishOrder(QStringLiteral("IP-1"), QStringLiteral("{}")).ok());
        QCOMPARE(
            adminValue(QStringLiteral("SELECT COALESCE(owner, 'free') || ' ' || fencing_token FROM fw.leases WHERE order_id = 'IP-1'")),
            QStringLiteral("free 0"));
        const auto events = feed->execute(QStringLiteral("SELECT 1 FROM fw.events"));
        QVERIFY2(!events.ok() && events.message().contains(QStringLiteral("permission denied")), qPrintable(events.message()));
    }

    void usersAreChangedOnlyByTheUserAdminRole()
    {
        RemoteUsers fromB(*m_b);
        const Status refusal = fromB.writeRefusal();
        QVERIFY(!refusal.ok());
        QVERIFY2(refusal.message().startsWith(QStringLiteral("database role ws_role_b may not change the shared users (fw.users)")),
                 qPrintable(refusal.message()));
        QVERIFY2(refusal.message().contains(QStringLiteral("fw_user_admin")), qPrintable(refusal.message()));
        User dora { QStringLiteral("dora"), QStringLiteral("Dora Diaz"), { Role::Operator }, { QStringLiteral("field") }, true, {}, {} };
        const Status denied = fromB.write(dora, QStringLiteral("bert"));
        QVERIFY2(!denied.ok() && denied.message().contains(QStringLiteral("permission denied for table users")),
                 qPrintable(denied.message()));

        auto ops = connectAs(QStringLiteral("ops_role"));
        QVERIFY(ops);
        RemoteUsers admin(*ops);
        QCOMPARE(admin.writeRefusal().message(), QString());
        QCOMPARE(admin.write(dora, QStringLiteral("olivia")).message(), QString());
        const auto first = expectValue<RemoteUsers::Changed>(fromB.changedSince(0));
        QCOMPARE(first.users.size(), std::size_t(1));
        QCOMPARE(first.users[0].id, QStringLiteral("dora"));
        QCOMPARE(first.users[0].displayName, QStringLiteral("Dora Diaz"));
        QCOMPARE(first.users[0].roles, RoleSet { Role::Operator });
        QCOMPARE(first.users[0].queues, QStringList { QStringLiteral("field") });
        QVERIFY(first.users[0].active);
        QCOMPARE(first.users[0].updatedBy, QStringLiteral("olivia"));
        QVERIFY(expectValue<RemoteUsers::Changed>(fromB.changedSince(first.through)).users.empty());
        dora.active = false;
        QCOMPARE(admin.write(dora, QStringLiteral("olivia")).message(), QString());
        const auto next = expectValue<RemoteUsers::Changed>(fromB.changedSince(first.through));
        QCOMPARE(next.users.size(), std::size_t(1));
        QVERIFY(!next.users[0].active);
        QVERIFY(next.through > first.through);
        QCOMPARE(adminValue(QStringLiteral("SELECT updated_role FROM fw.users WHERE id = 'dora'")), QStringLiteral("ops_role"));
        // A change made on an older copy does not overwrite a newer one; a new user must be new.
        qint64 version = 0;
        const auto current = expectValue<std::optional<User>>(admin.find(QStringLiteral("dora"), &version));
        QVERIFY(current && version == next.through);
        User stale = *current;
        stale.active = true;
        const Status conflict = admin.write(stale, QStringLiteral("oscar"), first.through);
        QVERIFY(!conflict.ok());
        QCOMPARE(conflict.message(), QStringLiteral("user dora was changed in the remote store meanwhile (by olivia as ops_role)"));
        const Status added = admin.write(stale, QStringLiteral("oscar"), 0);
        QVERIFY(!added.ok() && added.message().startsWith(QStringLiteral("user dora was added in the remote store meanwhile")));
        QCOMPARE(admin.write(stale, QStringLiteral("oscar"), version).message(), QString());
        const auto reactivated = expectValue<RemoteUsers::Changed>(fromB.changedSince(next.through));
        QVERIFY(reactivated.users.size() == 1 && reactivated.users[0].active);
        // A role a newer build knows grants nothing here; the known ones still count.
        QCOMPARE(m_admin->execute(QStringLiteral("UPDATE fw.users SET roles = 'operator,auditor' WHERE id = 'dora'")).message(), QString());
        const auto newer = expectValue<RemoteUsers::Changed>(fromB.changedSince(reactivated.through));
        QCOMPARE(newer.users.size(), std::size_t(1));
        QCOMPARE(newer.users[0].roles, RoleSet { Role::Operator });
    }
};

QTEST_GUILESS_MAIN(TestRemoteSchema)
#include "tst_remoteschema.moc"
