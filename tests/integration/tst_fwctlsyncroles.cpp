// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl and the remote store's database roles (docs/sync.md, "Integrity"): the SQL `fwctl sync-admin
// roles` prints runs as printed, its --remote check names what the connected role lacks, a
// publisher role publishes, a workstation role syncs, and a role that did not register a
// workstation id may not sync as it.

#include "throwawaypostgres.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {
struct RoleRun {
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestFwctlSyncRoles : public QObject {
    Q_OBJECT

    ThrowawayPostgres m_server;
    QTemporaryDir m_dir;

    QString conninfoAs(const QString& role) const
    {
        QString conninfo = m_server.conninfo();
        return conninfo.replace(QStringLiteral("user=") + ThrowawayPostgres::adminUser(), QStringLiteral("user=") + role);
    }

    RoleRun fwctl(const QStringList& arguments) const
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral(FWCTL_PATH), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    }

    RoleRun syncOnce(const QString& store, const QString& role, const QString& workstation) const
    {
        return fwctl({ QStringLiteral("--db"), m_dir.filePath(store), QStringLiteral("--remote"), conninfoAs(role),
                       QStringLiteral("--workstation"), workstation, QStringLiteral("sync"), QStringLiteral("--once") });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        FW_START_POSTGRES_OR_SKIP(m_server);
        // The schema's owner creates the schema (any fwctl command on the remote store migrates it).
        const RoleRun leases = fwctl({ QStringLiteral("--remote"), m_server.conninfo(), QStringLiteral("leases") });
        QVERIFY2(leases.exitCode == 0, qPrintable(leases.err));
    }

    void printedGrantsRunAsPrinted()
    {
        const RoleRun roles = fwctl({ QStringLiteral("sync-admin"), QStringLiteral("roles") });
        QCOMPARE(roles.exitCode, 0);
        QVERIFY(roles.err.isEmpty()); // without --remote it only prints
        QCOMPARE(m_server.runSql(roles.out).message(), QString());
        QCOMPARE(m_server.runSql(roles.out).message(), QString()); // and again, as after an upgrade
        QCOMPARE(m_server
                     .runSql(QStringLiteral("CREATE ROLE login_a LOGIN IN ROLE fw_workstation; "
                                            "CREATE ROLE login_b LOGIN IN ROLE fw_workstation; "
                                            "CREATE ROLE feed LOGIN IN ROLE fw_publisher;"))
                     .message(),
                 QString());
    }

    void theCheckSaysWhatTheConnectedRoleLacks()
    {
        const RoleRun workstation = fwctl(
            { QStringLiteral("--remote"), conninfoAs(QStringLiteral("login_a")), QStringLiteral("sync-admin"), QStringLiteral("roles") });
        QCOMPARE(workstation.exitCode, 1);
        QVERIFY(workstation.out.contains(QStringLiteral("GRANT USAGE ON SCHEMA fw")));
        QVERIFY2(workstation.err.contains(QStringLiteral("fwctl sync-admin: the connected role login_a lacks CREATEROLE")),
                 qPrintable(workstation.err));
        QVERIFY2(workstation.err.contains(QStringLiteral("the connected role login_a does not own schema fw (fw_admin does)")),
                 qPrintable(workstation.err));
        const RoleRun owner
            = fwctl({ QStringLiteral("--remote"), m_server.conninfo(), QStringLiteral("sync-admin"), QStringLiteral("roles") });
        QCOMPARE(owner.exitCode, 0);
        QVERIFY2(owner.err.contains(QStringLiteral("the connected role fw_admin can run these statements")), qPrintable(owner.err));
    }

    void aPublisherPublishesAndAWorkstationSyncs()
    {
        const QStringList feed { QStringLiteral("--remote"), conninfoAs(QStringLiteral("feed")), QStringLiteral("publish") };
        const RoleRun catalog
            = fwctl(feed + QStringList { QStringLiteral("catalog"), QStringLiteral(FW_SAMPLES_DIR "/laptop-bundle/catalog.json") });
        QVERIFY2(catalog.exitCode == 0, qPrintable(catalog.err));
        const RoleRun order
            = fwctl(feed + QStringList { QStringLiteral("order"), QStringLiteral(FW_SAMPLES_DIR "/laptop-bundle/order.json") });
        QVERIFY2(order.exitCode == 0, qPrintable(order.err));
        const RoleRun a = syncOnce(QStringLiteral("a.db"), QStringLiteral("login_a"), QStringLiteral("ws-a"));
        QVERIFY2(a.exitCode == 0, qPrintable(a.out + a.err));
        QVERIFY2(a.out.contains(QStringLiteral("leases held:  1\n")), qPrintable(a.out));
    }

    void anotherRolesWorkstationIsRefused()
    {
        const QString refusal = QStringLiteral("refused: workstation ws-a is registered to database role login_a, but this connection is "
                                               "role login_b: connect as login_a, or give this store a workstation id of its own");
        const RoleRun once = syncOnce(QStringLiteral("b.db"), QStringLiteral("login_b"), QStringLiteral("ws-a"));
        QCOMPARE(once.exitCode, 2);
        QVERIFY2(once.err.startsWith(QStringLiteral("fwctl sync: ") + refusal), qPrintable(once.err));
        const RoleRun follow = fwctl({ QStringLiteral("--db"), m_dir.filePath(QStringLiteral("b2.db")), QStringLiteral("--remote"),
                                       conninfoAs(QStringLiteral("login_b")), QStringLiteral("--workstation"), QStringLiteral("ws-a"),
                                       QStringLiteral("sync"), QStringLiteral("--follow"), QStringLiteral("--for"), QStringLiteral("5s") });
        QCOMPARE(follow.exitCode, 2);
        QVERIFY2(follow.err.contains(refusal), qPrintable(follow.err));
        // Under an id of its own it syncs, and sees a's order as a replica.
        const RoleRun own = syncOnce(QStringLiteral("b3.db"), QStringLiteral("login_b"), QStringLiteral("ws-b"));
        QVERIFY2(own.exitCode == 0, qPrintable(own.out + own.err));
        QVERIFY2(own.out.contains(QStringLiteral("replicas of ws-a 1")), qPrintable(own.out));
    }
};

QTEST_GUILESS_MAIN(TestFwctlSyncRoles)
#include "tst_fwctlsyncroles.moc"
