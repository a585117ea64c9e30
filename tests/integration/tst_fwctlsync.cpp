// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl against a real PostgreSQL (docs/sync.md): publishing with validation, two headless
// workstations (`sync --follow`) sharing the published orders through leases, status and leases
// output, actions on another workstation's order, and a workstation whose server is gone.
// The orders are the saas-licence sample's professional order under new ids, with a go-live date
// in the past: tenants, seats, features, storage and billing are callouts to fw-stubs and the
// welcome kit an auto task, so they complete without people.

#include "sync/pgconnection.h"
#include "remotevalue.h"
#include "throwawaypostgres.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace fw;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

constexpr int orderCount = 6;
const char* const password = "s3cret-word"; // in every conninfo given; must never be printed

QString orderId(int n)
{
    return QStringLiteral("SO-SYNC-%1").arg(n);
}
} // namespace

class TestFwctlSync : public QObject {
    Q_OBJECT

    ThrowawayPostgres m_server;
    QTemporaryDir m_dir;
    QProcess m_stubs;
    QStringList m_endpoints; // --endpoint ID=URL for the saas-licence catalog, pointing at fw-stubs

    QString conninfo() const { return m_server.conninfo() + QStringLiteral(" password=") + QLatin1String(password); }
    QString store(const QString& name) const { return m_dir.filePath(name + QStringLiteral(".db")); }

    QStringList global(const QString& storeName, const QString& workstation) const
    {
        QStringList arguments { QStringLiteral("--remote"), conninfo() };
        if (!storeName.isEmpty())
            arguments << QStringLiteral("--db") << store(storeName);
        if (!workstation.isEmpty())
            arguments << QStringLiteral("--workstation") << workstation;
        return arguments;
    }

    Run fwctl(const QStringList& arguments, int timeoutMs = 60000) const
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral(FWCTL_PATH), arguments);
        if (!process.waitForFinished(timeoutMs))
            return {};
        Run run { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                  QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
        if (qEnvironmentVariableIsSet("FW_DEBUG_FWCTL"))
            qInfo("fwctl %s -> %d\n%s%s", qPrintable(arguments.join(QLatin1Char(' '))), run.exitCode, qPrintable(run.out),
                  qPrintable(run.err));
        if (run.all().contains(QLatin1String(password)))
            qFatal("fwctl printed the password: %s", qPrintable(run.all()));
        return run;
    }

    QString remoteValue(const QString& sql) const { return test::remoteValue(m_server.conninfo(), sql); }

    QString writeOrder(int n, const std::function<void(nlohmann::json&)>& edit = {}) const
    {
        QFile sample(QStringLiteral(FW_SAMPLES_DIR "/saas-licence/order-professional.json"));
        if (!sample.open(QIODevice::ReadOnly))
            return {};
        auto order = nlohmann::json::parse(sample.readAll().toStdString());
        order["id"] = orderId(n).toStdString();
        order["account"]["id"] = QStringLiteral("ACC-SYNC-%1").arg(n).toStdString();
        order["orderedAt"] = "2026-01-10T09:00:00Z";
        order["requestedDate"] = "2026-01-15"; // the subscription's go-live pause is due at once
        if (edit)
            edit(order);
        const QString path = m_dir.filePath(QStringLiteral("order-%1.json").arg(n));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QByteArray::fromStdString(order.dump(2)));
        return path;
    }

    // The task of an order in a store's task list (fwctl tasks --json), or null.
    nlohmann::json taskOf(const QString& storeName, const QString& order) const
    {
        const Run tasks = fwctl(
            { QStringLiteral("--db"), store(storeName), QStringLiteral("tasks"), QStringLiteral("--all"), QStringLiteral("--json") });
        for (const auto& task : nlohmann::json::parse(tasks.out.toStdString(), nullptr, false)) {
            if (task["order"] == order.toStdString())
                return task;
        }
        return nullptr;
    }

    QStringList follow(const QString& storeName, const QString& workstation) const
    {
        QStringList arguments = global(storeName, workstation);
        arguments << QStringLiteral("--lease-ttl") << QStringLiteral("10") << QStringLiteral("--capacity") << QStringLiteral("3")
                  << QStringLiteral("sync") << QStringLiteral("--follow") << QStringLiteral("--for") << QStringLiteral("20s")
                  << QStringLiteral("--tick-ms") << QStringLiteral("100");
        for (const QString& endpoint : m_endpoints)
            arguments << QStringLiteral("--endpoint") << endpoint;
        return arguments;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        FW_START_POSTGRES_OR_SKIP(m_server);
        m_stubs.start(QStringLiteral(FW_STUBS_PATH), { QStringLiteral("--port"), QStringLiteral("0") });
        QVERIFY(m_stubs.waitForStarted());
        QVERIFY(m_stubs.waitForReadyRead(10000));
        const QString listening = QString::fromUtf8(m_stubs.readLine()).trimmed();
        const auto port = QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:(\\d+)")).match(listening).captured(1);
        QVERIFY2(!port.isEmpty(), qPrintable(listening));
        const QString base = QStringLiteral("http://127.0.0.1:") + port;
        m_endpoints = { QStringLiteral("tenant-api=") + base + QStringLiteral("/provisioning"),
                        QStringLiteral("licensing-api=") + base + QStringLiteral("/licensing"),
                        QStringLiteral("storage-api=") + base + QStringLiteral("/storage"),
                        QStringLiteral("billing-api=") + base + QStringLiteral("/billing") };
    }

    void cleanupTestCase()
    {
        m_stubs.kill();
        m_stubs.waitForFinished();
    }

    void publishValidatesFirst()
    {
        const Run noRemote = fwctl({ QStringLiteral("publish"), QStringLiteral("catalog"), QStringLiteral("x.json") });
        QCOMPARE(noRemote.exitCode, 2);
        QVERIFY2(noRemote.err.contains(QStringLiteral("needs the remote store")), qPrintable(noRemote.err));

        // An order before its catalog: nothing knows its products.
        const QString first = writeOrder(1);
        const Run early = fwctl(global({}, {}) << QStringLiteral("publish") << QStringLiteral("order") << first);
        QCOMPARE(early.exitCode, 2);
        QVERIFY2(early.err.startsWith(first + QStringLiteral(":/items: no catalog in the remote store knows every product")),
                 qPrintable(early.err));

        const Run catalog = fwctl(global({}, {}) << QStringLiteral("publish") << QStringLiteral("catalog")
                                                 << QStringLiteral(FW_SAMPLES_DIR "/saas-licence/catalog.json"));
        QVERIFY2(catalog.exitCode == 0, qPrintable(catalog.err));
        QVERIFY2(catalog.out.startsWith(QStringLiteral("catalog saas-enterprise-licence 2026.3 published")), qPrintable(catalog.out));
        const Run badCatalog = fwctl(global({}, {}) << QStringLiteral("publish") << QStringLiteral("catalog")
                                                    << QStringLiteral(FW_TEST_DATA_DIR "/validate/unknown-references/catalog.json"));
        QCOMPARE(badCatalog.exitCode, 2);
        QVERIFY2(badCatalog.err.contains(QStringLiteral("catalog.json:/decompositionRules/1/source: unknown product 'RUOTER'")),
                 qPrintable(badCatalog.err));
        QCOMPARE(remoteValue(QStringLiteral("SELECT COUNT(*) FROM fw.catalogs")), QStringLiteral("1"));

        for (int n = 1; n <= orderCount; ++n) {
            const Run order = fwctl(global({}, {}) << QStringLiteral("publish") << QStringLiteral("order") << writeOrder(n));
            QVERIFY2(order.exitCode == 0, qPrintable(order.err));
            QVERIFY2(order.out.startsWith(QStringLiteral("order %1 published").arg(orderId(n))), qPrintable(order.out));
        }
        const Run again = fwctl(global({}, {}) << QStringLiteral("publish") << QStringLiteral("order") << writeOrder(1));
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("order SO-SYNC-1 is already published")), qPrintable(again.err));
    }

    void badOrderNamesTheFieldAndPublishesNothing()
    {
        const QString bad = writeOrder(99, [](nlohmann::json& order) { order["items"][1]["product"] = "USER_LICENSE"; });
        const Run run = fwctl(global({}, {}) << QStringLiteral("publish") << QStringLiteral("order") << bad);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(bad + QStringLiteral(":/items/1/product: unknown product 'USER_LICENSE'")), qPrintable(run.err));
        const QString missing = writeOrder(98, [](nlohmann::json& order) { order["items"][0]["attributes"].erase("tier"); });
        const Run noTier = fwctl(global({}, {}) << QStringLiteral("publish") << QStringLiteral("order") << missing);
        QCOMPARE(noTier.exitCode, 2);
        QVERIFY2(noTier.err.startsWith(missing + QStringLiteral(":/items/0/attributes")), qPrintable(noTier.err));
        QVERIFY2(noTier.err.contains(QStringLiteral("tier")), qPrintable(noTier.err));
        QCOMPARE(remoteValue(QStringLiteral("SELECT COUNT(*) FROM fw.inbound_orders")), QString::number(orderCount));
        QCOMPARE(remoteValue(QStringLiteral("SELECT COUNT(*) FROM fw.inbound_orders WHERE id IN ('SO-SYNC-98', 'SO-SYNC-99')")),
                 QStringLiteral("0"));
    }

    void twoHeadlessWorkstationsShareTheOrders()
    {
        QProcess a, b;
        for (auto [process, name] : { std::pair { &a, QStringLiteral("a") }, std::pair { &b, QStringLiteral("b") } }) {
            process->setWorkingDirectory(m_dir.path());
            process->start(QStringLiteral(FWCTL_PATH), follow(name, QStringLiteral("ws-") + name));
        }
        QVERIFY(a.waitForStarted() && b.waitForStarted());
        // Both run until every order is done, then stop on SIGTERM (or after --for 20s).
        QTRY_VERIFY_WITH_TIMEOUT(remoteValue(QStringLiteral("SELECT COUNT(*) FROM fw.leases WHERE done")) == QString::number(orderCount)
                                     || a.state() == QProcess::NotRunning || b.state() == QProcess::NotRunning,
                                 22000);
        a.terminate();
        b.terminate();
        QVERIFY(a.waitForFinished(10000) && b.waitForFinished(10000));
        const QString outA = QString::fromUtf8(a.readAllStandardOutput()) + QString::fromUtf8(a.readAllStandardError());
        const QString outB = QString::fromUtf8(b.readAllStandardOutput()) + QString::fromUtf8(b.readAllStandardError());
        if (qEnvironmentVariableIsSet("FW_DEBUG_FWCTL"))
            qInfo("A:\n%s\nB:\n%s", qPrintable(outA), qPrintable(outB));
        QVERIFY2(!outA.contains(QLatin1String(password)) && !outB.contains(QLatin1String(password)), "a password was printed");
        QVERIFY2(a.exitStatus() == QProcess::NormalExit && a.exitCode() == 0, qPrintable(outA));
        QVERIFY2(b.exitStatus() == QProcess::NormalExit && b.exitCode() == 0, qPrintable(outB));
        for (const QString& output : { outA, outB }) {
            QVERIFY2(output.contains(QStringLiteral(" online (")), qPrintable(output));
            QVERIFY2(output.contains(QStringLiteral("password=****")), qPrintable(output));
            QVERIFY2(output.contains(QStringLiteral("events pushed")), qPrintable(output)); // the summary: stopped cleanly
        }

        // Every order completed, each executed by exactly one workstation, and both took a share.
        QCOMPARE(remoteValue(QStringLiteral("SELECT COUNT(*) FROM fw.order_snapshots WHERE state = 'completed'")),
                 QString::number(orderCount));
        QCOMPARE(remoteValue(QStringLiteral("SELECT COUNT(*) FROM (SELECT order_id FROM fw.events GROUP BY order_id "
                                            "HAVING COUNT(DISTINCT workstation) > 1) mixed")),
                 QStringLiteral("0"));
        QCOMPARE(remoteValue(QStringLiteral("SELECT COUNT(DISTINCT order_id) FROM fw.events")), QString::number(orderCount));
        QCOMPARE(remoteValue(QStringLiteral("SELECT string_agg(DISTINCT workstation, ',' ORDER BY workstation) FROM fw.events")),
                 QStringLiteral("ws-a,ws-b"));
        QCOMPARE(remoteValue(QStringLiteral("SELECT COUNT(*) FROM fw.leases WHERE done AND owner IN ('ws-a', 'ws-b')")),
                 QString::number(orderCount));

        // After a last round each store shows all six: its own and the other's as replicas.
        for (const QString& name : { QStringLiteral("a"), QStringLiteral("b") }) {
            const Run once = fwctl(global(name, {}) << QStringLiteral("sync") << QStringLiteral("--once"));
            QVERIFY2(once.exitCode == 0, qPrintable(once.all()));
            const Run status = fwctl(global(name, {}) << QStringLiteral("sync") << QStringLiteral("status"));
            QVERIFY2(status.exitCode == 0, qPrintable(status.all()));
            const QString other = name == QStringLiteral("a") ? QStringLiteral("ws-b") : QStringLiteral("ws-a");
            QVERIFY2(status.out.contains(QStringLiteral("workstation:  ws-") + name + QLatin1Char('\n')), qPrintable(status.out));
            QVERIFY2(status.out.contains(QStringLiteral("remote store: online")), qPrintable(status.out));
            QVERIFY2(status.out.contains(QStringLiteral("queued:       0 events, 0 commands")), qPrintable(status.out));
            QVERIFY2(status.out.contains(QStringLiteral("leases held:  0\n")), qPrintable(status.out));
            QVERIFY2(status.out.contains(QStringLiteral("conflicts:    0 open")), qPrintable(status.out));
            const auto orders = QRegularExpression(QStringLiteral("orders:       6: here (\\d) \\(completed \\1\\); replicas of %1 (\\d) "
                                                                  "\\(completed \\2\\)")
                                                       .arg(other))
                                    .match(status.out);
            QVERIFY2(orders.hasMatch(), qPrintable(status.out));
            QCOMPARE(orders.captured(1).toInt() + orders.captured(2).toInt(), orderCount);
            QVERIFY(orders.captured(1).toInt() > 0 && orders.captured(2).toInt() > 0);
        }
    }

    void statusAndLeasesShowWhatIsHeld()
    {
        // Validated against the catalogs of store a this time (a copied the published one).
        for (int n = orderCount + 1; n <= orderCount + 2; ++n)
            QCOMPARE(
                fwctl(global(QStringLiteral("a"), {}) << QStringLiteral("publish") << QStringLiteral("order") << writeOrder(n)).exitCode,
                0);
        const Run unknown = fwctl(global(QStringLiteral("a"), {})
                                  << QStringLiteral("publish") << QStringLiteral("order") << writeOrder(97, [](nlohmann::json& order) {
                                         order["items"] = { { { "id", "X" }, { "product", "ROUTER" } } };
                                     }));
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral(":/items/0/product: unknown product 'ROUTER'")), qPrintable(unknown.err));
        // A round takes the two new orders; nothing runs them yet.
        const Run once = fwctl(global(QStringLiteral("a"), {}) << QStringLiteral("sync") << QStringLiteral("--once"));
        QVERIFY2(once.exitCode == 0, qPrintable(once.all()));
        QVERIFY2(once.out.contains(QStringLiteral("leases held:  2\n")), qPrintable(once.out));
        const Run status = fwctl(global(QStringLiteral("a"), {}) << QStringLiteral("sync") << QStringLiteral("status"));
        QVERIFY2(status.out.contains(QStringLiteral("workstation:  ws-a\n")), qPrintable(status.out));
        QVERIFY2(status.out.contains(QStringLiteral("leases held:  2\n")), qPrintable(status.out));
        QVERIFY2(status.out.contains(QStringLiteral("queued:       0 events, 0 commands")), qPrintable(status.out));
        QVERIFY2(
            QRegularExpression(QStringLiteral("last sync:    \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\n")).match(status.out).hasMatch(),
            qPrintable(status.out));
        QVERIFY2(status.out.contains(QStringLiteral("orders:       8: here ")), qPrintable(status.out));

        const Run leases = fwctl(global({}, {}) << QStringLiteral("leases"));
        QVERIFY2(leases.exitCode == 0, qPrintable(leases.all()));
        const QStringList lines = leases.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), orderCount + 2 + 2); // header, rows, summary
        QVERIFY(lines.front().startsWith(QStringLiteral("ORDER")));
        QCOMPARE(lines.back(), QStringLiteral("8 leases: 2 held, 0 free, 6 done"));
        for (int n = orderCount + 1; n <= orderCount + 2; ++n) {
            const QString row = lines.filter(orderId(n) + QLatin1Char(' ')).value(0);
            QVERIFY2(QRegularExpression(QStringLiteral("^%1 +ws-a +\\d+  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$").arg(orderId(n)))
                         .match(row)
                         .hasMatch(),
                     qPrintable(row));
        }
        QCOMPARE(std::count_if(lines.cbegin(), lines.cend(), [](const QString& line) { return line.endsWith(QStringLiteral("  done")); }),
                 orderCount);
        const Run roles = fwctl({ QStringLiteral("sync-admin"), QStringLiteral("roles") });
        QCOMPARE(roles.exitCode, 0);
        QVERIFY2(roles.out.contains(QStringLiteral("CREATE ROLE fw_workstation NOLOGIN;")), qPrintable(roles.out));
        QVERIFY2(roles.out.contains(QStringLiteral("GRANT SELECT ON fw.schema_version, fw.catalogs, fw.inbound_orders TO fw_publisher;\n")),
                 qPrintable(roles.out));
    }

    void actionsOnAnotherWorkstationsOrderGoToItsOwner()
    {
        // bert works on both workstations: a's admin adds him to the users shared through the remote
        // store; without --remote a store that syncs refuses to change its users only here.
        const Run localOnly = fwctl({ QStringLiteral("--db"), store(QStringLiteral("a")), QStringLiteral("users"), QStringLiteral("add"),
                                      QStringLiteral("bert"), QStringLiteral("--roles"), QStringLiteral("operator") });
        QCOMPARE(localOnly.exitCode, 2);
        QVERIFY2(localOnly.err.contains(QStringLiteral("fwctl users add: this store syncs through a remote store (workstation ws-a)")),
                 qPrintable(localOnly.err));
        for (const QString& person : { QStringLiteral("bert"), QStringLiteral("carl") }) {
            const Run added
                = fwctl(global(QStringLiteral("a"), {}) << QStringLiteral("users") << QStringLiteral("add") << person
                                                        << QStringLiteral("--roles") << QStringLiteral("operator,resolver,supervisor"));
            QVERIFY2(added.exitCode == 0, qPrintable(added.all()));
            QVERIFY2(added.out.contains(QStringLiteral("shared through the remote store")), qPrintable(added.out));
        }
        QCOMPARE(remoteValue(QStringLiteral("SELECT string_agg(id || ':' || roles, ' ' ORDER BY id) FROM fw.users")),
                 QStringLiteral("bert:operator,resolver,supervisor carl:operator,resolver,supervisor"));
        // b sees a's two new orders as replicas, and the users, once it syncs.
        QCOMPARE(fwctl(global(QStringLiteral("b"), {}) << QStringLiteral("sync") << QStringLiteral("--once")).exitCode, 0);
        const Run usersOnB = fwctl({ QStringLiteral("--db"), store(QStringLiteral("b")), QStringLiteral("users"), QStringLiteral("list") });
        QVERIFY2(usersOnB.out.contains(QStringLiteral("bert ")), qPrintable(usersOnB.out));
        const QStringList action { QStringLiteral("resume"), orderId(orderCount + 1),  QStringLiteral("--as"),
                                   QStringLiteral("bert"),   QStringLiteral("--wait"), QStringLiteral("15") };
        QProcess issuer;
        issuer.setWorkingDirectory(m_dir.path());
        issuer.start(QStringLiteral(FWCTL_PATH), global(QStringLiteral("b"), {}) << action);
        QVERIFY(issuer.waitForStarted());
        // The owner answers on its next round: the order is not held, so resuming is refused.
        QTRY_COMPARE_WITH_TIMEOUT(remoteValue(QStringLiteral("SELECT COUNT(*) FROM fw.commands")), QStringLiteral("1"), 10000);
        QCOMPARE(fwctl(global(QStringLiteral("a"), {}) << QStringLiteral("sync") << QStringLiteral("--once")).exitCode, 0);
        QVERIFY(issuer.waitForFinished(20000));
        const QString out = QString::fromUtf8(issuer.readAllStandardOutput());
        const QString err = QString::fromUtf8(issuer.readAllStandardError());
        QCOMPARE(issuer.exitCode(), 2);
        QVERIFY2(out.contains(QStringLiteral("order SO-SYNC-7 runs on ws-a; sent there as command")), qPrintable(out));
        QVERIFY2(err.startsWith(QStringLiteral("fwctl resume: not applied by ws-a: ")), qPrintable(err));
        QCOMPARE(remoteValue(QStringLiteral("SELECT state || ' ' || done_by || ' ' || actor FROM fw.commands")),
                 QStringLiteral("failed ws-a bert"));
        const Run status = fwctl(global(QStringLiteral("b"), {}) << QStringLiteral("sync") << QStringLiteral("status"));
        QVERIFY2(status.out.contains(QStringLiteral("conflicts:    1 open\n")), qPrintable(status.out));
        QVERIFY2(status.out.contains(QStringLiteral("command-failed  order.resume by bert was not applied by ws-a")),
                 qPrintable(status.out));
    }

    void anUnreachableServerIsOffline()
    {
        QCOMPARE(m_server.stop().message(), QString());
        const Run once = fwctl(global(QStringLiteral("a"), {}) << QStringLiteral("sync") << QStringLiteral("--once"));
        QCOMPARE(once.exitCode, 3);
        QVERIFY2(once.err.contains(QStringLiteral("fwctl sync: offline: remote store")), qPrintable(once.err));
        QVERIFY2(once.err.contains(QStringLiteral("password=****")), qPrintable(once.err));
        QVERIFY2(once.out.contains(QStringLiteral("remote store: offline since ")), qPrintable(once.out));
        QVERIFY2(once.out.contains(QStringLiteral("leases held:  2\n")), qPrintable(once.out)); // still its own until they expire
        const Run status = fwctl(global(QStringLiteral("a"), {}) << QStringLiteral("sync") << QStringLiteral("status"));
        QVERIFY2(status.out.contains(QStringLiteral("remote store: offline since ")), qPrintable(status.out));
        QVERIFY2(QRegularExpression(QStringLiteral("last sync:    \\d{4}-")).match(status.out).hasMatch(), qPrintable(status.out));
        // A headless workstation keeps running offline and stops after --for.
        QElapsedTimer timer;
        timer.start();
        QStringList offline = global(QStringLiteral("a"), {})
            << QStringLiteral("sync") << QStringLiteral("--follow") << QStringLiteral("--for") << QStringLiteral("2s");
        for (const QString& endpoint : m_endpoints)
            offline << QStringLiteral("--endpoint") << endpoint;
        const Run follow = fwctl(offline);
        QVERIFY2(follow.exitCode == 0, qPrintable(follow.all()));
        QVERIFY(timer.elapsed() >= 2000 && timer.elapsed() < 10000);
        QVERIFY2(follow.out.contains(QStringLiteral(" offline since ")), qPrintable(follow.out));
        QVERIFY2(follow.out.contains(QStringLiteral("events pushed")), qPrintable(follow.out));
        QVERIFY2(!follow.out.contains(QStringLiteral(" 0 events queued")), qPrintable(follow.out)); // the engine ran on
        const Run leases = fwctl(global({}, {}) << QStringLiteral("leases"));
        QCOMPARE(leases.exitCode, 3);
        QVERIFY2(leases.err.startsWith(QStringLiteral("fwctl leases: offline: ")), qPrintable(leases.err));
    }

    void claimsAndActionsReachARunningOwner()
    {
        QCOMPARE(m_server.restart().message(), QString());
        QProcess owner;
        owner.setWorkingDirectory(m_dir.path());
        owner.start(QStringLiteral(FWCTL_PATH), follow(QStringLiteral("a"), {}));
        QVERIFY(owner.waitForStarted());
        QByteArray ownerOutput;
        QTRY_VERIFY2_WITH_TIMEOUT((ownerOutput += owner.readAllStandardOutput() + owner.readAllStandardError()).contains(" online ("),
                                  ownerOutput.constData(), 10000); // back online, its queue pushed
        if (qEnvironmentVariableIsSet("FW_DEBUG_FWCTL"))
            qInfo("owner: %s", ownerOutput.constData());
        // The enterprise tier adds a kickoff call: a manual task.
        const QString enterprise = writeOrder(9, [](nlohmann::json& order) {
            QFile sample(QStringLiteral(FW_SAMPLES_DIR "/saas-licence/order.json"));
            sample.open(QIODevice::ReadOnly);
            order["items"] = nlohmann::json::parse(sample.readAll().toStdString())["items"];
        });
        QCOMPARE(fwctl(global({}, {}) << QStringLiteral("publish") << QStringLiteral("order") << enterprise).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(remoteValue(QStringLiteral("SELECT owner FROM fw.leases WHERE order_id = 'SO-SYNC-9'")),
                                  QStringLiteral("ws-a"), 10000);
        // b follows the order as a replica until its task is there.
        const auto onB = [this] { return global(QStringLiteral("b"), {}); };
        nlohmann::json task;
        for (QDeadlineTimer deadline(15000); task.is_null() && !deadline.hasExpired();) {
            QCOMPARE(fwctl(onB() << QStringLiteral("sync") << QStringLiteral("--once")).exitCode, 0);
            task = taskOf(QStringLiteral("b"), QStringLiteral("SO-SYNC-9"));
        }
        QVERIFY2(!task.is_null(), "the replica's task never reached store b");
        const QString taskId = QString::number(task["id"].get<qint64>());

        const Run claim = fwctl(onB() << QStringLiteral("task") << QStringLiteral("claim") << taskId << QStringLiteral("--as")
                                      << QStringLiteral("bert") << QStringLiteral("--wait") << QStringLiteral("10"));
        QVERIFY2(claim.exitCode == 0, qPrintable(claim.all()));
        QVERIFY2(claim.out.endsWith(QStringLiteral("fwctl task: done on ws-a\n")), qPrintable(claim.out));
        // b's replica shows bert's claim, under the same task id, once the owner's state is pulled.
        for (QDeadlineTimer pulled(10000); task["state"] != "claimed" && !pulled.hasExpired();) {
            QCOMPARE(fwctl(onB() << QStringLiteral("sync") << QStringLiteral("--once")).exitCode, 0);
            task = taskOf(QStringLiteral("b"), QStringLiteral("SO-SYNC-9"));
        }
        QVERIFY2(task["state"] == "claimed" && task["claimedBy"] == "bert", task.dump().c_str());
        QCOMPARE(QString::number(task["id"].get<qint64>()), taskId);
        const Run late = fwctl(onB() << QStringLiteral("task") << QStringLiteral("claim") << taskId << QStringLiteral("--as")
                                     << QStringLiteral("carl"));
        QCOMPARE(late.exitCode, 2);
        QVERIFY2(
            QRegularExpression(QStringLiteral("^fwctl task: claimed by bert at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\(on ws-b\\)\n$"))
                .match(late.err)
                .hasMatch(),
            qPrintable(late.err));
        // On the owner, a claim handed to its running engine waits for the remote store's decision.
        const nlohmann::json ownersTask = taskOf(QStringLiteral("a"), QStringLiteral("SO-SYNC-9"));
        QVERIFY(!ownersTask.is_null());
        const Run onOwner = fwctl(global(QStringLiteral("a"), {})
                                  << QStringLiteral("task") << QStringLiteral("claim") << QString::number(ownersTask["id"].get<qint64>())
                                  << QStringLiteral("--as") << QStringLiteral("carl") << QStringLiteral("--wait") << QStringLiteral("10"));
        QCOMPARE(onOwner.exitCode, 2);
        // Decided by the remote store ("claimed by bert at T (on ws-b)"); on a machine so loaded that the
        // follower's round shows no sign of life for a second, refused here ("task N is claimed by bert").
        QVERIFY2(onOwner.err.startsWith(QStringLiteral("fwctl task: ")) && onOwner.err.contains(QStringLiteral("claimed by bert")),
                 qPrintable(onOwner.all()));
        const Run complete = fwctl(onB() << QStringLiteral("task") << QStringLiteral("complete") << taskId << QStringLiteral("--as")
                                         << QStringLiteral("bert") << QStringLiteral("--data")
                                         << QStringLiteral(R"({"callDate": "2026-11-25", "attendees": 4, "outcome": "kicked off"})"));
        QVERIFY2(complete.exitCode == 0, qPrintable(complete.all()));
        QTRY_COMPARE_WITH_TIMEOUT(remoteValue(QStringLiteral("SELECT state FROM fw.order_snapshots WHERE order_id = 'SO-SYNC-9'")),
                                  QStringLiteral("completed"), 10000);
        QCOMPARE(remoteValue(QStringLiteral("SELECT string_agg(DISTINCT workstation, ',') FROM fw.events WHERE order_id = 'SO-SYNC-9'")),
                 QStringLiteral("ws-a"));
        // bert's claim and completion, made on b, are in the journal as the owner's events.
        QCOMPARE(remoteValue(QStringLiteral("SELECT actor FROM fw.events WHERE order_id = 'SO-SYNC-9' AND kind = 'task.claimed'")),
                 QStringLiteral("bert"));
        QCOMPARE(remoteValue(QStringLiteral("SELECT actor FROM fw.events WHERE order_id = 'SO-SYNC-9' AND after_state = 'completed' "
                                            "AND payload LIKE '%kicked off%'")),
                 QStringLiteral("bert"));

        // The server goes away under the running workstation and comes back: one line for each.
        ownerOutput += owner.readAllStandardOutput();
        QCOMPARE(m_server.stop().message(), QString());
        QTRY_VERIFY2_WITH_TIMEOUT((ownerOutput += owner.readAllStandardOutput()).contains(" offline since "), ownerOutput.constData(),
                                  10000);
        QCOMPARE(m_server.restart().message(), QString());
        QTRY_VERIFY2_WITH_TIMEOUT((ownerOutput += owner.readAllStandardOutput()).count(" online (") == 2, ownerOutput.constData(), 15000);
        owner.terminate();
        QVERIFY(owner.waitForFinished(10000));
        QCOMPARE(owner.exitCode(), 0);
        ownerOutput += owner.readAllStandardOutput();
        if (qEnvironmentVariableIsSet("FW_DEBUG_FWCTL"))
            qInfo("owner: %s", ownerOutput.constData());
        const QString shown = QString::fromUtf8(ownerOutput);
        QVERIFY2(QRegularExpression(QStringLiteral("\\n[-0-9 :]{19} offline since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d: remote store"))
                     .match(shown)
                     .hasMatch(),
                 qPrintable(shown));
        QCOMPARE(shown.count(QStringLiteral(" offline since ")), 1);
        QVERIFY2(shown.contains(QStringLiteral(", 0 events queued\n")), qPrintable(shown));
    }
};

QTEST_GUILESS_MAIN(TestFwctlSync)
#include "tst_fwctlsync.moc"
