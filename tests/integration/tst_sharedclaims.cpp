// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Claims on an order shared through a real PostgreSQL, given with fwctl on three workstations: the
// sequence that used to leave a phantom holder (a claim made with fwctl on the owning workstation
// never reached the shared claims, so another workstation granted the same task and a third was told
// it was held by someone who did not hold it) ends with exactly one holder everywhere.

#include "sync/pgconnection.h"
#include "remotevalue.h"
#include "throwawaypostgres.h"

#include "fwctlprocess.h"

#include <nlohmann/json.hpp>

#include <QDeadlineTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;
using Run = test::FwctlRun;

class TestSharedClaims : public QObject {
    Q_OBJECT

    ThrowawayPostgres m_server;
    QTemporaryDir m_dir;

    QStringList on(const QString& workstation) const
    {
        return { QStringLiteral("--remote"),      m_server.conninfo(),
                 QStringLiteral("--db"),          m_dir.filePath(workstation + QStringLiteral(".db")),
                 QStringLiteral("--workstation"), workstation };
    }
    Run fwctl(const QStringList& arguments) const { return test::runFwctl(arguments, m_dir.path()); }
    Run sync(const QString& workstation) const { return fwctl(on(workstation) << QStringLiteral("sync") << QStringLiteral("--once")); }

    QString remoteValue(const QString& sql) const { return test::remoteValue(m_server.conninfo(), sql); }

    // The KIT-9 task in a workstation's store: its id there, and who holds it ("" when nobody).
    nlohmann::json task(const QString& workstation) const
    {
        const Run tasks = fwctl({ QStringLiteral("--db"), m_dir.filePath(workstation + QStringLiteral(".db")), QStringLiteral("tasks"),
                                  QStringLiteral("--all"), QStringLiteral("--json") });
        for (const auto& row : nlohmann::json::parse(tasks.out.toStdString(), nullptr, false)) {
            if (row.is_object() && row["order"] == "KIT-9")
                return row;
        }
        return nullptr;
    }
    QString taskId(const QString& workstation) const
    {
        const auto row = task(workstation);
        return row.is_null() ? QString() : QString::number(row["id"].get<qint64>());
    }
    QString holder(const QString& workstation) const
    {
        const auto row = task(workstation);
        return row.is_null() ? QStringLiteral("<no task>") : QString::fromStdString(row["claimedBy"].get<std::string>());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        FW_START_POSTGRES_OR_SKIP(m_server);
    }

    void oneHolderEverywhere()
    {
        // ws-a takes the order (the first to sync); ws-b and ws-c follow it as replicas.
        QCOMPARE(fwctl(on({}).mid(0, 2) << QStringLiteral("publish") << QStringLiteral("catalog")
                                        << QStringLiteral(FW_TEST_DATA_DIR "/engine/catalog.json"))
                     .exitCode,
                 0);
        QVERIFY(QFile::copy(QStringLiteral(FW_TEST_DATA_DIR "/engine/order.json"), m_dir.filePath(QStringLiteral("kit.json"))));
        QFile order(m_dir.filePath(QStringLiteral("kit.json")));
        QVERIFY(order.open(QIODevice::ReadWrite));
        const QByteArray text = order.readAll().replace("KIT-1", "KIT-9");
        order.resize(0);
        order.write(text);
        order.close();
        QCOMPARE(fwctl(on({}).mid(0, 2) << QStringLiteral("publish") << QStringLiteral("order") << order.fileName()).exitCode, 0);
        const QStringList stations { QStringLiteral("ws-a"), QStringLiteral("ws-b"), QStringLiteral("ws-c") };
        // ws-a's admin (its first user) adds the three colleagues through the remote store: every
        // workstation knows them after its next round.
        QVERIFY2(sync(QStringLiteral("ws-a")).exitCode == 0, qPrintable(sync(QStringLiteral("ws-a")).err));
        for (const char* person : { "anna", "bob", "carol" }) {
            const Run added = fwctl(on(QStringLiteral("ws-a")) << QStringLiteral("users") << QStringLiteral("add") << QLatin1String(person)
                                                               << QStringLiteral("--roles") << QStringLiteral("operator")
                                                               << QStringLiteral("--queues") << QStringLiteral("workshop"));
            QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        }
        for (const QString& station : stations) {
            const Run once = sync(station);
            QVERIFY2(once.exitCode == 0, qPrintable(once.err));
        }
        QCOMPARE(remoteValue(QStringLiteral("SELECT owner FROM fw.leases WHERE order_id = 'KIT-9'")), QStringLiteral("ws-a"));
        // The owner's engine runs the plan up to the manual task; the replicas get it on their next rounds.
        const Run ran = fwctl(
            { QStringLiteral("--db"), m_dir.filePath(QStringLiteral("ws-a.db")), QStringLiteral("run"), QStringLiteral("--until-idle") });
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.err));
        for (QDeadlineTimer deadline(20000);
             (taskId(QStringLiteral("ws-b")).isEmpty() || taskId(QStringLiteral("ws-c")).isEmpty()) && !deadline.hasExpired();) {
            QCOMPARE(sync(QStringLiteral("ws-a")).exitCode, 0);
            QCOMPARE(sync(QStringLiteral("ws-b")).exitCode, 0);
            QCOMPARE(sync(QStringLiteral("ws-c")).exitCode, 0);
        }
        QVERIFY(!taskId(QStringLiteral("ws-a")).isEmpty());
        QVERIFY(!taskId(QStringLiteral("ws-b")).isEmpty());
        QVERIFY(!taskId(QStringLiteral("ws-c")).isEmpty());

        // 1. anna claims with fwctl on the owner: registered in the remote store before it is granted.
        const Run anna = fwctl(on(QStringLiteral("ws-a")) << QStringLiteral("--as") << QStringLiteral("anna") << QStringLiteral("task")
                                                          << QStringLiteral("claim") << taskId(QStringLiteral("ws-a")));
        QVERIFY2(anna.exitCode == 0, qPrintable(anna.err));
        QCOMPARE(remoteValue(QStringLiteral("SELECT claimed_by || ' ' || workstation FROM fw.claims WHERE order_id = 'KIT-9'")),
                 QStringLiteral("anna ws-a"));
        QCOMPARE(holder(QStringLiteral("ws-a")), QStringLiteral("anna"));

        // 2. bob, on another workstation, is told who holds it.
        const Run bob = fwctl(on(QStringLiteral("ws-b")) << QStringLiteral("--as") << QStringLiteral("bob") << QStringLiteral("task")
                                                         << QStringLiteral("claim") << taskId(QStringLiteral("ws-b")));
        QCOMPARE(bob.exitCode, 2);
        QVERIFY2(bob.err.startsWith(QStringLiteral("fwctl task: claimed by anna at ")) && bob.err.contains(QStringLiteral("(on ws-a)")),
                 qPrintable(bob.err));

        // 3. anna releases it on the owner; 4. carol claims it on a third workstation: the remote store
        // grants it and the owner applies it on its next round.
        const Run released = fwctl(on(QStringLiteral("ws-a")) << QStringLiteral("--as") << QStringLiteral("anna") << QStringLiteral("task")
                                                              << QStringLiteral("release") << taskId(QStringLiteral("ws-a")));
        QVERIFY2(released.exitCode == 0, qPrintable(released.err));
        QCOMPARE(remoteValue(QStringLiteral("SELECT COALESCE(claimed_by, '-') FROM fw.claims WHERE order_id = 'KIT-9'")),
                 QStringLiteral("-"));
        QProcess carol;
        carol.setWorkingDirectory(m_dir.path());
        carol.start(QStringLiteral(FWCTL_PATH),
                    on(QStringLiteral("ws-c")) << QStringLiteral("--as") << QStringLiteral("carol") << QStringLiteral("task")
                                               << QStringLiteral("claim") << taskId(QStringLiteral("ws-c")) << QStringLiteral("--wait")
                                               << QStringLiteral("20"));
        QVERIFY(carol.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(remoteValue(QStringLiteral("SELECT COUNT(*) FROM fw.commands WHERE state = 'pending'")),
                                  QStringLiteral("1"), 10000);
        QCOMPARE(sync(QStringLiteral("ws-a")).exitCode, 0); // the owner applies carol's claim
        QVERIFY(carol.waitForFinished(30000));
        QVERIFY2(carol.exitCode() == 0, carol.readAllStandardError().constData());

        // Exactly one holder everywhere: the remote store, the owner and both replicas.
        for (const QString& station : stations)
            QCOMPARE(sync(station).exitCode, 0);
        QCOMPARE(
            remoteValue(QStringLiteral("SELECT string_agg(claimed_by || '@' || workstation, ',') FROM fw.claims WHERE order_id = 'KIT-9'")),
            QStringLiteral("carol@ws-c"));
        for (const QString& station : stations)
            QCOMPARE(holder(station), QStringLiteral("carol"));
        const Run late = fwctl(on(QStringLiteral("ws-b")) << QStringLiteral("--as") << QStringLiteral("bob") << QStringLiteral("task")
                                                          << QStringLiteral("claim") << taskId(QStringLiteral("ws-b")));
        QCOMPARE(late.exitCode, 2);
        QVERIFY2(late.err.startsWith(QStringLiteral("fwctl task: claimed by carol at ")), qPrintable(late.err));
    }

    // Without the remote store a claim on a shared order is refused: granted here alone it would be a phantom.
    void aClaimOnASharedOrderNeedsTheRemoteStore()
    {
        const Run offline
            = fwctl({ QStringLiteral("--db"), m_dir.filePath(QStringLiteral("ws-a.db")), QStringLiteral("--as"), QStringLiteral("anna"),
                      QStringLiteral("task"), QStringLiteral("release"), taskId(QStringLiteral("ws-a")) });
        QCOMPARE(offline.exitCode, 2); // carol holds it, not anna
        const Run claim
            = fwctl({ QStringLiteral("--db"), m_dir.filePath(QStringLiteral("ws-a.db")), QStringLiteral("--as"), QStringLiteral("anna"),
                      QStringLiteral("task"), QStringLiteral("claim"), taskId(QStringLiteral("ws-a")) });
        QCOMPARE(claim.exitCode, 2);
        QCOMPARE(claim.err,
                 QStringLiteral("fwctl task: order KIT-9 is shared through the remote store, which decides claims on it: connect "
                                "to it (fwctl --remote, or the workbench's remote store) and claim again\n"));
    }
};

QTEST_GUILESS_MAIN(TestSharedClaims)
#include "tst_sharedclaims.moc"
