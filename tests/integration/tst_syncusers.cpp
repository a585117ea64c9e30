// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Users shared through the remote store (docs/sync.md, "Users"), on a real PostgreSQL with the
// roles of `fwctl sync-admin roles`: an administrator adds a user with `fwctl users add --remote`
// (as a role in fw_user_admin); every workstation has the user after its next round, and that
// person's command on another workstation's order is authorized by the owner's processor. Once
// deactivated the same way, the person is refused everywhere. Workstation A (ws-ua) runs the
// laptop-bundle order; B (ws-ub) sees it as a replica.

#include "engine/executor.h"
#include "store/database.h"
#include "stubserver.h"
#include "sync/pgconnection.h"
#include "sync/portablerequest.h"
#include "sync/remoteschema.h"
#include "sync/remoteusers.h"
#include "syncworkstation.h"
#include "throwawaypostgres.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestSyncUsers : public QObject {
    Q_OBJECT

    ThrowawayPostgres m_server;
    StubServer m_stubs { 5 };
    QTemporaryDir m_dir;
    std::unique_ptr<SyncWorkstation> m_a;
    std::unique_ptr<SyncWorkstation> m_b;
    QString m_order;

    QString conninfoAs(const QString& role) const
    {
        QString conninfo = m_server.conninfo();
        return conninfo.replace(QStringLiteral("user=") + ThrowawayPostgres::adminUser(), QStringLiteral("user=") + role);
    }
    QString storeA() const { return m_dir.filePath(QStringLiteral("a.db")); }

    // fwctl on A's store (alice, an admin there, acts).
    Run fwctlOnA(const QString& role, const QStringList& arguments) const
    {
        QStringList all { QStringLiteral("--db"), storeA(), QStringLiteral("--as"), QStringLiteral("alice") };
        if (!role.isEmpty())
            all << QStringLiteral("--remote") << conninfoAs(role);
        QProcess process;
        process.start(QStringLiteral(FWCTL_PATH), all + arguments);
        if (!process.waitForFinished(30000))
            return {};
        return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    }

    void roundBoth()
    {
        m_a->round();
        m_b->round();
    }

    QString userOn(SyncWorkstation& ws, const QString& id)
    {
        QSqlQuery query(ws.database().connection());
        query.prepare(QStringLiteral("SELECT roles || ' ' || queues || ' ' || active FROM users WHERE id = ?"));
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toString() : QStringLiteral("(none)");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        FW_START_POSTGRES_OR_SKIP(m_server);
        const quint16 port = m_stubs.listenLocal(0);
        QVERIFY(port);
        PgConnection admin(m_server.conninfo());
        QCOMPARE(admin.open().message(), QString());
        QCOMPARE(RemoteSchema::migrate(admin).message(), QString());
        QString grants;
        for (const QString& statement : RemoteSchema::roleGrants())
            grants += statement + (statement.startsWith(QStringLiteral("--")) ? QString() : QStringLiteral(";")) + QLatin1Char('\n');
        QCOMPARE(m_server
                     .runSql(grants
                             + QStringLiteral("CREATE ROLE login_a LOGIN IN ROLE fw_workstation; "
                                              "CREATE ROLE login_b LOGIN IN ROLE fw_workstation; "
                                              "CREATE ROLE ops LOGIN IN ROLE fw_workstation, fw_user_admin; "
                                              "CREATE ROLE feed LOGIN IN ROLE fw_publisher;"))
                     .message(),
                 QString());
        PgConnection feed(conninfoAs(QStringLiteral("feed")));
        QCOMPARE(feed.open().message(), QString());
        const auto published = publishSample(feed, QStringLiteral(FW_SAMPLES_DIR "/laptop-bundle"), QStringLiteral("USERS"), 1);
        QVERIFY2(published.ok(), qPrintable(published.message()));
        m_order = published->front();

        m_a = std::make_unique<SyncWorkstation>(
            SyncSettings { conninfoAs(QStringLiteral("login_a")), QStringLiteral("ws-ua"), QStringLiteral("alice"), 60, 1, 20000, 0 }, port,
            storeA());
        m_b = std::make_unique<SyncWorkstation>(
            SyncSettings { conninfoAs(QStringLiteral("login_b")), QStringLiteral("ws-ub"), QStringLiteral("bob"), 60, 0, 20000, 0 }, port);
        QCOMPARE(m_a->start().message(), QString());
        QCOMPARE(m_b->start().message(), QString());
        // A runs the order until the hand-over task waits for a person; B sees it as a replica.
        for (int i = 0; i < 10 && !m_b->taskId(m_order, QStringLiteral("admin-handover")); ++i)
            roundBoth();
        QVERIFY(m_b->agent().isReplica(m_order));
        QVERIFY2(m_b->taskId(m_order, QStringLiteral("admin-handover")) > 0, "the replica shows the owner's open task");
    }

    void onlyTheUserAdminRoleChangesTheSharedUsers()
    {
        const QStringList add { QStringLiteral("users"),         QStringLiteral("add"),      QStringLiteral("dora"),
                                QStringLiteral("--roles"),       QStringLiteral("operator"), QStringLiteral("--queues"),
                                QStringLiteral("it-onboarding"), QStringLiteral("--name"),   QStringLiteral("Dora Diaz") };
        const Run local = fwctlOnA({}, add);
        QCOMPARE(local.exitCode, 2);
        QVERIFY2(local.err.contains(QStringLiteral("this store syncs through a remote store (workstation ws-ua)")), qPrintable(local.err));
        QVERIFY2(local.err.contains(QStringLiteral("--local")), qPrintable(local.err));
        const Run workstationRole = fwctlOnA(QStringLiteral("login_a"), add);
        QCOMPARE(workstationRole.exitCode, 2);
        QVERIFY2(workstationRole.err.startsWith(QStringLiteral("fwctl users add: refused: database role login_a may not change the shared "
                                                               "users (fw.users)")),
                 qPrintable(workstationRole.err));
        QCOMPARE(userOn(*m_a, QStringLiteral("dora")), QStringLiteral("(none)"));

        const Run added = fwctlOnA(QStringLiteral("ops"), add);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY2(added.out.contains(QStringLiteral("shared through the remote store")), qPrintable(added.out));
        PgConnection admin(m_server.conninfo());
        QCOMPARE(admin.open().message(), QString());
        auto row = admin.query(QStringLiteral("SELECT display_name || ' ' || roles || ' ' || queues || ' ' || active || ' ' || updated_by "
                                              "|| ' ' || updated_role FROM fw.users WHERE id = 'dora'"));
        QCOMPARE(row.value().value(0, 0), QStringLiteral("Dora Diaz operator it-onboarding true alice ops"));
    }

    void aUserAddedThroughTheRemoteStoreActsOnEveryWorkstation()
    {
        const qint64 task = m_b->taskId(m_order, QStringLiteral("admin-handover"));
        const CommandResult early = m_b->actAs(QStringLiteral("dora"), QStringLiteral("task.claim"), { { QStringLiteral("task"), task } });
        QCOMPARE(early.status, CommandResult::Status::Refused); // B has not synced since
        QVERIFY2(early.message.contains(QStringLiteral("not a user of this store")), qPrintable(early.message));

        roundBoth();
        QCOMPARE(userOn(*m_b, QStringLiteral("dora")), QStringLiteral("operator it-onboarding 1"));
        const CommandResult claim = m_b->actAs(QStringLiteral("dora"), QStringLiteral("task.claim"), { { QStringLiteral("task"), task } });
        QVERIFY2(claim.status == CommandResult::Status::Queued, qPrintable(claim.message));
        for (int i = 0; i < 3; ++i)
            roundBoth(); // B sends, A's processor authorizes dora and applies, B reads the answer
        const auto outcome = m_b->agent().commandOutcome(claim.queuedId);
        QVERIFY(outcome);
        QVERIFY2(outcome->state == QStringLiteral("done"), qPrintable(outcome->state + QStringLiteral(": ") + outcome->error));
        QSqlQuery claimed(m_a->database().connection());
        claimed.prepare(QStringLiteral("SELECT claimed_by FROM tasks WHERE id = ?"));
        claimed.addBindValue(m_a->taskId(m_order, QStringLiteral("admin-handover")));
        QVERIFY(claimed.exec() && claimed.next());
        QCOMPARE(claimed.value(0).toString(), QStringLiteral("dora"));
    }

    void aDeactivatedUserIsRefusedEverywhereAfterTheNextRound()
    {
        const Run deactivated
            = fwctlOnA(QStringLiteral("ops"), { QStringLiteral("users"), QStringLiteral("deactivate"), QStringLiteral("dora") });
        QVERIFY2(deactivated.exitCode == 0, qPrintable(deactivated.err));
        // A command dora queued on B before B heard of it.
        const qint64 task = m_b->taskId(m_order, QStringLiteral("admin-handover"));
        const auto stale = m_b->agent().queueCommand(Command::make(
            QStringLiteral("dora"), QStringLiteral("task.complete"),
            { { QStringLiteral("task"), task },
              { QStringLiteral("data"), QVariantMap { { QStringLiteral("adminEmail"), QStringLiteral("it@example.com") } } } }));
        QVERIFY2(stale.ok(), qPrintable(stale.message()));
        for (int i = 0; i < 3; ++i)
            roundBoth();
        QCOMPARE(userOn(*m_a, QStringLiteral("dora")), QStringLiteral("operator it-onboarding 0"));
        QCOMPARE(userOn(*m_b, QStringLiteral("dora")), QStringLiteral("operator it-onboarding 0"));
        const auto outcome = m_b->agent().commandOutcome(*stale);
        QCOMPARE(outcome->state, QStringLiteral("failed"));
        QVERIFY2(outcome->error.contains(QStringLiteral("dora may not complete a task: the user is deactivated")),
                 qPrintable(outcome->error));
        for (SyncWorkstation* ws : { m_a.get(), m_b.get() }) {
            const CommandResult refused = ws->actAs(QStringLiteral("dora"), QStringLiteral("task.release"),
                                                    { { QStringLiteral("task"), ws->taskId(m_order, QStringLiteral("admin-handover")) } });
            QCOMPARE(refused.status, CommandResult::Status::Refused);
            QVERIFY2(refused.message.contains(QStringLiteral("the user is deactivated")), qPrintable(refused.message));
        }
    }

    void aLocalChangeHoldsUntilTheRemoteCopyChanges()
    {
        // On purpose, e.g. while the remote store is unreachable: --local changes this store only.
        const Run local
            = fwctlOnA({}, { QStringLiteral("users"), QStringLiteral("activate"), QStringLiteral("dora"), QStringLiteral("--local") });
        QVERIFY2(local.exitCode == 0, qPrintable(local.err));
        m_a->round();
        QCOMPARE(userOn(*m_a, QStringLiteral("dora")), QStringLiteral("operator it-onboarding 1")); // nothing new remotely
        QCOMPARE(userOn(*m_b, QStringLiteral("dora")), QStringLiteral("operator it-onboarding 0"));
        // The administrator changes dora in the remote store: the remote copy wins on the next round.
        PgConnection ops(conninfoAs(QStringLiteral("ops")));
        QCOMPARE(ops.open().message(), QString());
        User dora { QStringLiteral("dora"),
                    QStringLiteral("Dora D."),
                    { Role::Operator, Role::Resolver },
                    { QStringLiteral("it-onboarding") },
                    false,
                    {},
                    {} };
        QCOMPARE(RemoteUsers(ops).write(dora, QStringLiteral("olivia")).message(), QString());
        roundBoth();
        QCOMPARE(userOn(*m_a, QStringLiteral("dora")), QStringLiteral("operator,resolver it-onboarding 0"));
        QCOMPARE(userOn(*m_b, QStringLiteral("dora")), QStringLiteral("operator,resolver it-onboarding 0"));
    }
};

QTEST_GUILESS_MAIN(TestSyncUsers)
#include "tst_syncusers.moc"
