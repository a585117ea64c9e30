// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Two workstations share one PostgreSQL (docs/sync.md): each has its own store, engine and
// SyncAgent, in this process, against one fw-stubs. Covers the shared order stream, takeover of a
// dead workstation's orders with the stale owner fenced off, PostgreSQL stopped and restarted
// mid-sync, offline work, and commands and claims across workstations. Every workstation logs in as
// a role of its own in fw_workstation and the orders come from a role in fw_publisher (the GRANTs of
// `fwctl sync-admin roles`), so the row-level security of docs/sync.md "Integrity" is in force.

#include "common/clock.h"
#include "engine/callouttransport.h"
#include "engine/engineservice.h"
#include "engine/executor.h"
#include "commands/command.h"
#include "commands/commandprocessor.h"
#include "identity/userdirectory.h"
#include "demo/scriptedoperator.h"
#include "store/database.h"
#include "stubserver.h"
#include "sync/pgconnection.h"
#include "sync/portablerequest.h"
#include "sync/remoteschema.h"
#include "sync/remotestore.h"
#include "sync/syncagent.h"
#include "throwawaypostgres.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {
const QString samples = QStringLiteral(FW_SAMPLES_DIR "/laptop-bundle/");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 scalar(const QSqlDatabase& database, const QString& sql)
{
    QSqlQuery query(database);
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

// One workstation: its store, engine and sync agent. die() drops it without a goodbye.
struct Workstation {
    QString id;
    QTemporaryDir dir;
    ManualClock clock { QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC) };
    std::unique_ptr<Database> database;
    HttpCalloutTransport transport;
    std::unique_ptr<Executor> executor;
    std::unique_ptr<SyncAgent> agent;
    SyncSettings settings;
    quint16 stubPort = 0;

    bool start()
    {
        if (!database) {
            database = std::make_unique<Database>(dir.filePath(QStringLiteral("store.db")));
            if (!database->openStore())
                return false;
            // The people of these tests may act on every workstation's orders.
            for (const QString& person : { QStringLiteral("olga"), QStringLiteral("otto"), QStringLiteral("ann"), QStringLiteral("bob") }) {
                if (!UserDirectory(database->connection())
                         .add({ person, person, RoleSet::all(), {}, true, {}, {} }, QStringLiteral("test"), clock.now()))
                    return false;
            }
        }
        agent = std::make_unique<SyncAgent>(*database, clock, settings);
        if (!agent->open())
            return false;
        executor = std::make_unique<Executor>(*database, clock);
        executor->setCalloutTransport(&transport);
        for (const char* endpoint : { "warehouse/inventory", "carrier/carrier", "av-vendor/licensing", "mdm/provisioning" }) {
            const QStringList parts = QString::fromLatin1(endpoint).split(QLatin1Char('/'));
            executor->setEndpointBaseUrl(parts[0], QStringLiteral("http://127.0.0.1:%1/%2").arg(stubPort).arg(parts[1]));
        }
        return executor->load().ok();
    }

    void die()
    {
        agent.reset();
        executor.reset();
    }

    // The engine's work until it settles, `passes` rounds of the people's work on every held
    // order (each followed by the engine's), then a sync round.
    SyncStatus work(bool sync = true, int passes = 4)
    {
        QStringList errors;
        executor->adoptNewOrders(errors);
        for (int pass = 0; pass < passes; ++pass) {
            if (const auto ran = executor->runUntilSettled(20000); !ran)
                qWarning("runUntilSettled: %s", qPrintable(ran.message()));
            bool acted = false;
            for (const QString& orderId : executor->orderIds()) {
                const auto turn = ScriptedOperator(id + QStringLiteral("-operator")).actOn(*executor, *database, orderId, agent.get());
                acted = acted || !turn.actions.isEmpty();
                if (turn.actions.isEmpty() && turn.waitsForTime) {
                    clock.advance(qint64(30) * 86400 * 1000);
                    acted = true;
                }
            }
            if (!acted)
                break;
        }
        if (const auto ran = executor->runUntilSettled(20000); !ran)
            qWarning("runUntilSettled: %s", qPrintable(ran.message()));
        return sync ? agent->round(executor.get()) : agent->status();
    }
};
} // namespace

class TestSync : public QObject {
    Q_OBJECT

    ThrowawayPostgres m_server;
    StubServer m_stubs { 5 };
    quint16 m_stubPort = 0;
    std::unique_ptr<PgConnection> m_admin;
    std::unique_ptr<PgConnection> m_publisher;
    int m_published = 0;

    // The conninfo of a login role (not the superuser: row-level security applies, docs/sync.md "Integrity").
    QString conninfoAs(const QString& role) const
    {
        QString conninfo = m_server.conninfo();
        return conninfo.replace(QStringLiteral("user=") + ThrowawayPostgres::adminUser(), QStringLiteral("user=") + role);
    }

    // Each workstation connects as a login role of its own in fw_workstation.
    std::unique_ptr<Workstation> workstation(const QString& id, int capacity, int ttl = 60)
    {
        QString role = QStringLiteral("login_") + id;
        role.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (!m_server
                 .runSql(QStringLiteral("DO $$ BEGIN CREATE ROLE %1 LOGIN IN ROLE fw_workstation; "
                                        "EXCEPTION WHEN duplicate_object THEN NULL; END $$")
                             .arg(role))
                 .ok())
            return nullptr;
        auto ws = std::make_unique<Workstation>();
        ws->id = id;
        ws->stubPort = m_stubPort;
        ws->settings = { conninfoAs(role), id, id + QStringLiteral("-user"), ttl, capacity, 20000 };
        return ws->start() ? std::move(ws) : nullptr;
    }

    QStringList publishOrders(int count, const QString& prefix)
    {
        RemoteStore store(*m_publisher, QStringLiteral("publisher"));
        auto document = nlohmann::json::parse(readAll(samples + QStringLiteral("order.json")).toStdString());
        QStringList ids;
        for (int i = 0; i < count; ++i) {
            const QString id = QStringLiteral("%1-%2").arg(prefix).arg(++m_published);
            document["id"] = id.toStdString();
            if (!store.publishOrder(id, QString::fromStdString(document.dump())))
                return {};
            ids << id;
        }
        return ids;
    }

    qint64 remoteCount(const QString& sql)
    {
        auto result = m_admin->query(sql);
        return result.ok() ? result.value().number(0, 0) : -1;
    }

    QString remoteText(const QString& sql)
    {
        auto result = m_admin->query(sql);
        const PgResult* rows = result ? &result.value() : nullptr;
        return rows && rows->rows() > 0 ? rows->value(0, 0) : QString();
    }

    bool allDone(const QStringList& orders)
    {
        return remoteCount(QStringLiteral("SELECT COUNT(*) FROM fw.order_snapshots WHERE state = 'completed' AND order_id = ANY('%1')")
                               .arg(RemoteStore::textArray(orders)))
            == orders.size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        FW_START_POSTGRES_OR_SKIP(m_server);
        m_stubPort = m_stubs.listenLocal(0);
        QVERIFY(m_stubPort);
        m_admin = std::make_unique<PgConnection>(m_server.conninfo());
        QCOMPARE(m_admin->open().message(), QString());
        QCOMPARE(RemoteSchema::migrate(*m_admin).message(), QString());
        // The roles as `fwctl sync-admin roles` prints them; the workstations and the publisher log in as members.
        QString grants;
        for (const QString& statement : RemoteSchema::roleGrants())
            grants += statement + (statement.startsWith(QStringLiteral("--")) ? QString() : QStringLiteral(";")) + QLatin1Char('\n');
        QCOMPARE(m_server.runSql(grants + QStringLiteral("CREATE ROLE feed LOGIN IN ROLE fw_publisher;")).message(), QString());
        m_publisher = std::make_unique<PgConnection>(conninfoAs(QStringLiteral("feed")));
        QCOMPARE(m_publisher->open().message(), QString());
        const auto catalog = nlohmann::json::parse(readAll(samples + QStringLiteral("catalog.json")).toStdString());
        RemoteStore store(*m_publisher, QStringLiteral("publisher"));
        const Status published = store.publishCatalog(QString::fromStdString(catalog["id"]), QString::fromStdString(catalog["version"]),
                                                      QString::fromStdString(catalog["name"]), QString::fromStdString(catalog.dump()));
        QVERIFY2(published.ok(), qPrintable(published.message()));
    }

    void twoWorkstationsShareOneOrderStream()
    {
        m_stubs.reset();
        auto a = workstation(QStringLiteral("ws-a"), 4);
        auto b = workstation(QStringLiteral("ws-b"), 4);
        QVERIFY(a && b);
        const QStringList orders = publishOrders(12, QStringLiteral("SHARED"));
        QCOMPARE(orders.size(), 12);
        for (int round = 0; round < 60 && !allDone(orders); ++round) {
            QVERIFY2(a->work().online, qPrintable(a->agent->status().lastError));
            QVERIFY2(b->work().online, qPrintable(b->agent->status().lastError));
        }
        QVERIFY(allDone(orders));
        a->agent->round(a->executor.get());
        b->agent->round(b->executor.get());
        QCOMPARE(remoteCount(QStringLiteral("SELECT COUNT(*) FROM fw.workstations WHERE (id, login_role) IN "
                                            "(('ws-a', 'login_ws_a'), ('ws-b', 'login_ws_b'))")),
                 2);
        const QString inOrders = QStringLiteral("order_id = ANY('%1')").arg(RemoteStore::textArray(orders));
        // Both worked, none twice: every order's events come from exactly one workstation.
        QCOMPARE(remoteCount(QStringLiteral("SELECT COUNT(DISTINCT workstation) FROM fw.events WHERE ") + inOrders), 2);
        QCOMPARE(remoteCount(QStringLiteral("SELECT COUNT(*) FROM (SELECT order_id FROM fw.events WHERE %1 GROUP BY order_id "
                                            "HAVING COUNT(DISTINCT workstation) > 1) twice")
                                 .arg(inOrders)),
                 0);
        // No callout twice: one idempotency key per callout step, no replays.
        qint64 requests = 0, replays = 0;
        for (const auto& stats : m_stubs.stats()) {
            requests += stats.requests;
            replays += stats.replays;
        }
        QCOMPARE(replays, 0);
        QCOMPARE(qint64(m_stubs.distinctKeys()), requests);
        QCOMPARE(requests,
                 remoteCount(QStringLiteral("SELECT COUNT(*) FROM fw.events WHERE kind = 'step.state' AND after_state = 'running' "
                                            "AND payload LIKE '%idempotencyKey%' AND ")
                             + inOrders));
        // Each sees the other's work: all twelve orders completed in both stores, with identical journals.
        for (Workstation* ws : { a.get(), b.get() }) {
            const QSqlDatabase db = ws->database->connection();
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE state = 'completed' AND id LIKE 'SHARED-%'")), 12);
            QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE replica_of IS NOT NULL")) > 0);
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM journal WHERE order_id LIKE 'SHARED-%'")),
                     remoteCount(QStringLiteral("SELECT COUNT(*) FROM fw.events WHERE ") + inOrders));
        }
    }

    void deadWorkstationsOrdersAreTakenOverAndTheStaleOwnerIsFenced()
    {
        m_stubs.reset();
        // Leases of 3 s: long enough that b's first round comes before they expire also in a
        // sanitizer build (several times slower), short enough for the test.
        auto a = workstation(QStringLiteral("ws-dies"), 3, 3);
        QVERIFY(a);
        const QStringList orders = publishOrders(3, QStringLiteral("TAKEOVER"));
        a->agent->round(a->executor.get()); // takes the three orders
        QCOMPARE(a->agent->status().leasesHeld, 3);
        a->work(true, 0); // the engine runs them as far as it can without people, and pushes
        a->work(false, 1); // people's work that never reaches the remote store: then it dies
        const qint64 unpushed = a->agent->status().queuedEvents;
        QVERIFY(unpushed > 0);
        a->die();

        auto b = workstation(QStringLiteral("ws-survives"), 10, 3);
        QVERIFY(b);
        b->agent->round(b->executor.get());
        QCOMPARE(b->agent->status().leasesHeld, 0); // a's leases are not expired yet
        QTest::qWait(3300);
        for (int round = 0; round < 40 && !allDone(orders); ++round)
            b->work();
        QVERIFY(allDone(orders));
        const QString inOrders = QStringLiteral("order_id = ANY('%1')").arg(RemoteStore::textArray(orders));
        QCOMPARE(remoteCount(QStringLiteral("SELECT COUNT(*) FROM fw.events WHERE kind = 'order.taken-over' AND ") + inOrders), 3);
        // Nothing duplicated: callouts a began and b resent carry the same key, so the systems acted once per step.
        qint64 requests = 0, replays = 0;
        for (const auto& stats : m_stubs.stats()) {
            requests += stats.requests;
            replays += stats.replays;
        }
        QCOMPARE(qint64(m_stubs.distinctKeys()), requests - replays);
        QCOMPARE(
            qint64(m_stubs.distinctKeys()),
            remoteCount(QStringLiteral("SELECT COUNT(DISTINCT payload::json->>'idempotencyKey') FROM fw.events "
                                       "WHERE kind = 'step.state' AND after_state = 'running' AND payload LIKE '%idempotencyKey%' AND ")
                        + inOrders));

        // a comes back: its engine runs what it thinks it holds, but nothing it writes is accepted.
        QVERIFY(a->start());
        a->work(false);
        const SyncStatus back = a->agent->round(a->executor.get());
        QVERIFY(back.online);
        QCOMPARE(back.leasesHeld, 0);
        QCOMPARE(back.queuedEvents, 0);
        const auto conflicts = a->agent->conflicts();
        QStringList kinds;
        for (const auto& conflict : conflicts)
            kinds << conflict.kind;
        QVERIFY2(kinds.contains(QStringLiteral("lease-lost")), qPrintable(kinds.join(QLatin1Char(','))));
        QVERIFY2(kinds.contains(QStringLiteral("events-refused")), qPrintable(kinds.join(QLatin1Char(','))));
        for (const auto& conflict : conflicts) {
            if (conflict.kind == QStringLiteral("lease-lost"))
                QVERIFY2(conflict.detail.contains(QStringLiteral("ws-survives")), qPrintable(conflict.detail));
        }
        QCOMPARE(remoteCount(QStringLiteral("SELECT COUNT(*) FROM fw.events e JOIN fw.events t ON t.order_id = e.order_id "
                                            "AND t.kind = 'order.taken-over' WHERE e.workstation = 'ws-dies' AND e.seq > t.seq")),
                 0);
        // Its copies are now replicas of the new owner, completed; its engine no longer runs them.
        a->agent->round(a->executor.get());
        QCOMPARE(scalar(a->database->connection(),
                        QStringLiteral("SELECT COUNT(*) FROM orders WHERE id LIKE 'TAKEOVER-%' AND "
                                       "replica_of = 'ws-survives' AND state = 'completed'")),
                 3);
        for (const QString& id : orders)
            QVERIFY(!a->executor->order(id));
    }

    void postgresRestartMidSyncConvergesAndOfflineWorkContinues()
    {
        m_stubs.reset();
        auto a = workstation(QStringLiteral("ws-offline"), 4);
        auto b = workstation(QStringLiteral("ws-watcher"), 0);
        QVERIFY(a && b);
        const QStringList orders = publishOrders(4, QStringLiteral("OFFLINE"));
        a->agent->round(a->executor.get());
        QCOMPARE(a->agent->status().leasesHeld, 4);
        a->work(true, 0);
        QCOMPARE(m_server.stopImmediately().message(), QString());
        SyncStatus offline = a->work(true, 1);
        QVERIFY(!offline.online);
        QVERIFY(offline.offlineSince.isValid());
        QVERIFY(!offline.lastError.isEmpty());
        for (int i = 0; i < 2; ++i)
            offline = a->work(true, 1); // the engine keeps going; events queue up
        QVERIFY(offline.queuedEvents > 0);
        QVERIFY(!b->agent->round(b->executor.get()).online);
        QCOMPARE(m_server.restart().message(), QString());
        QCOMPARE(m_admin->open().message(), QString());
        QCOMPARE(m_publisher->open().message(), QString());
        bool online = false;
        for (int i = 0; i < 80 && !online; ++i) {
            QTest::qWait(250);
            online = a->agent->round(a->executor.get()).online;
        }
        QVERIFY2(online, qPrintable(a->agent->status().lastError));
        for (int round = 0; round < 40 && !allDone(orders); ++round)
            a->work();
        QVERIFY(allDone(orders));
        QCOMPARE(a->agent->round(a->executor.get()).queuedEvents, 0);
        for (int i = 0; i < 80 && !b->agent->round(b->executor.get()).online; ++i)
            QTest::qWait(250);
        b->agent->round(b->executor.get());
        // Converged: the shared journal, a's own journal and b's copy hold the same events.
        const QString like = QStringLiteral("order_id LIKE 'OFFLINE-%'");
        const qint64 shared = remoteCount(QStringLiteral("SELECT COUNT(*) FROM fw.events WHERE ") + like);
        QVERIFY(shared > 0);
        QCOMPARE(scalar(a->database->connection(), QStringLiteral("SELECT COUNT(*) FROM journal WHERE ") + like), shared);
        QCOMPARE(scalar(b->database->connection(), QStringLiteral("SELECT COUNT(*) FROM journal WHERE ") + like), shared);
        QCOMPARE(scalar(b->database->connection(),
                        QStringLiteral("SELECT COUNT(*) FROM orders WHERE state = 'completed' AND id LIKE 'OFFLINE-%'")),
                 4);
    }

    void commandsAndClaimsCrossWorkstations()
    {
        m_stubs.reset();
        auto owner = workstation(QStringLiteral("ws-owner"), 1);
        auto other = workstation(QStringLiteral("ws-other"), 0);
        QVERIFY(owner && other);
        const QStringList orders = publishOrders(1, QStringLiteral("COMMAND"));
        const QString orderId = orders.front();
        owner->agent->round(owner->executor.get());
        for (int i = 0; i < 3; ++i)
            owner->work(true, 0); // as far as the engine goes: the hand-over task waits for a person
        other->agent->round(other->executor.get());
        const QSqlDatabase db = other->database->connection();
        QVERIFY(other->agent->isReplica(orderId));
        const qint64 taskId = scalar(db,
                                     QStringLiteral("SELECT id FROM tasks WHERE order_id = '%1' AND state = 'open' "
                                                    "AND step_id LIKE '%admin-handover%'")
                                         .arg(orderId));
        QVERIFY2(taskId > 0, "the replica shows the owner's open task");

        // Claims are decided in PostgreSQL: two people, one task, one winner, the other told who and when.
        const QString stepId = [&] {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT step_id FROM tasks WHERE id = %1").arg(taskId));
            return query.next() ? query.value(0).toString() : QString();
        }();
        const QString item = PortableRequest::taskItem(orderId, stepId);
        CommandProcessor onOther(*other->database, other->clock);
        onOther.setExecutor(other->executor.get());
        onOther.setSync(other->agent.get());
        CommandProcessor onOwner(*owner->database, owner->clock);
        onOwner.setExecutor(owner->executor.get());
        onOwner.setSync(owner->agent.get());
        const CommandResult olgas
            = onOther.process(Command::make(QStringLiteral("olga"), QStringLiteral("task.claim"), { { QStringLiteral("task"), taskId } }));
        QCOMPARE(olgas.status, CommandResult::Status::Queued);
        other->agent->round(other->executor.get()); // the remote store grants olga's claim; it goes to the owner
        const qint64 ownersTask
            = scalar(owner->database->connection(),
                     QStringLiteral("SELECT id FROM tasks WHERE order_id = '%1' AND step_id = '%2'").arg(orderId, stepId));
        const CommandResult ottos = onOwner.process(
            Command::make(QStringLiteral("otto"), QStringLiteral("task.claim"), { { QStringLiteral("task"), ownersTask } }));
        QCOMPARE(ottos.status, CommandResult::Status::Queued); // the remote store decides it first
        owner->agent->round(owner->executor.get()); // applies olga's claim, and otto is told who holds it
        const auto ottosOutcome = owner->agent->commandOutcome(ottos.queuedId);
        QVERIFY(ottosOutcome);
        QCOMPARE(ottosOutcome->state, QStringLiteral("failed"));
        QVERIFY2(ottosOutcome->error.startsWith(QStringLiteral("claimed by olga at "))
                     && ottosOutcome->error.endsWith(QStringLiteral("(on ws-other)")),
                 qPrintable(ottosOutcome->error));
        QCOMPARE(scalar(owner->database->connection(),
                        QStringLiteral("SELECT COUNT(*) FROM tasks WHERE id = %1 AND claimed_by = 'olga'").arg(ownersTask)),
                 1);

        // olga completes the task on her workstation: it goes to the owner, which applies it.
        const Command complete = Command::make(
            QStringLiteral("olga"), QStringLiteral("task.complete"),
            { { QStringLiteral("task"), taskId },
              { QStringLiteral("data"), QVariantMap { { QStringLiteral("adminEmail"), QStringLiteral("it@example.com") } } } });
        const Result<qint64> queuedId = other->agent->queueCommand(complete);
        QVERIFY2(queuedId.ok(), qPrintable(queuedId.message()));
        const qint64 queued = *queuedId;
        const Command bogus = Command::make(QStringLiteral("olga"), QStringLiteral("task.complete"),
                                            { { QStringLiteral("task"), taskId }, { QStringLiteral("data"), QVariantMap {} } });
        const Result<qint64> refusedId = other->agent->queueCommand(bogus);
        QVERIFY2(refusedId.ok(), qPrintable(refusedId.message()));
        const qint64 refused = *refusedId;
        QCOMPARE(other->agent->status().queuedCommands, 3);
        other->agent->round(other->executor.get()); // sends
        owner->agent->round(owner->executor.get()); // applies, answers, pushes
        other->agent->round(other->executor.get()); // reads the answers and the new state
        QVERIFY2(other->agent->commandOutcome(queued)->state == QStringLiteral("done"),
                 qPrintable(other->agent->commandOutcome(queued)->error));
        const auto failed = other->agent->commandOutcome(refused);
        QCOMPARE(failed->state, QStringLiteral("failed"));
        QVERIFY2(failed->error.contains(QStringLiteral("completed")) || failed->error.contains(QStringLiteral("state")),
                 qPrintable(failed->error));
        QCOMPARE(other->agent->status().queuedCommands, 0);
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT COUNT(*) FROM tasks WHERE order_id = '%1' AND step_id LIKE '%admin-handover%' "
                                       "AND state = 'completed'")
                            .arg(orderId)),
                 1);
        QCOMPARE(remoteCount(QStringLiteral("SELECT COUNT(*) FROM fw.claims WHERE item = '%1' AND claimed_by IS NULL").arg(item)), 1);
        bool reported = false;
        for (const auto& conflict : other->agent->conflicts())
            reported
                = reported || (conflict.kind == QStringLiteral("command-failed") && conflict.detail.contains(QStringLiteral("ws-owner")));
        QVERIFY(reported);
    }

    void engineServiceIsWokenByTheRemoteStore()
    {
        m_stubs.reset();
        auto owner = workstation(QStringLiteral("ws-live-owner"), 2);
        QVERIFY(owner);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("watcher.db"));
        EngineService service(path);
        service.setRemote({ m_server.conninfo(), QStringLiteral("ws-live-watcher"), QStringLiteral("wanda"), 60, 0, 20000 });
        QSignalSpy statuses(&service, &EngineService::syncStatusChanged);
        service.start(60000); // one tick at start, the next a minute later: only notifications can wake it sooner
        QTRY_VERIFY_WITH_TIMEOUT(!statuses.isEmpty() && statuses.last().at(0).value<SyncStatus>().online, 10000);
        const QStringList orders = publishOrders(1, QStringLiteral("LIVE"));
        owner->agent->round(owner->executor.get());
        owner->work(true, 0); // pushes the order's first steps: NOTIFY fw_events
        Database reader(path);
        QVERIFY(reader.openStore());
        const QString sql = QStringLiteral("SELECT COUNT(*) FROM journal WHERE order_id = '%1'").arg(orders.front());
        const qint64 pushed = remoteCount(QStringLiteral("SELECT COUNT(*) FROM fw.events WHERE order_id = '%1'").arg(orders.front()));
        QVERIFY(pushed > 0);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(reader.connection(), sql), pushed, 5000);
        QCOMPARE(scalar(reader.connection(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE replica_of = 'ws-live-owner'")), 1);

        // Switch User: the other workstations see who works here now.
        QCOMPARE(remoteText(QStringLiteral("SELECT user_name FROM fw.workstations WHERE id = 'ws-live-watcher'")), QStringLiteral("wanda"));
        service.setWorkstationUser(QStringLiteral("walt"));
        QTRY_COMPARE_WITH_TIMEOUT(remoteText(QStringLiteral("SELECT user_name FROM fw.workstations WHERE id = 'ws-live-watcher'")),
                                  QStringLiteral("walt"), 5000);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
