// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Assets sync with the remote store like orders (docs/sync.md, "Assets"; docs/assets.md, "Sync"):
// two workstations on a throwaway PostgreSQL, each with its own store, engine and SyncAgent, logged
// in as roles of their own in fw_workstation (row-level security in force). An order completed on
// A leaves its assets and their history in B's store and in `fwctl assets` there; an asset update
// flows with its revision and new history entry, once, however often the push is replayed; an
// order completed while A is offline leaves assets that arrive once it is back; two workstations
// changing one asset on the same revision leave an asset-conflict; a remote store of the previous
// version is upgraded.

#include "common/clock.h"
#include "demo/scriptedoperator.h"
#include "engine/callouttransport.h"
#include "engine/executor.h"
#include "fwctlprocess.h"
#include "identity/userdirectory.h"
#include "store/assetreader.h"
#include "store/assetrows.h"
#include "store/assetwriter.h"
#include "store/migrations.h"
#include "store/database.h"
#include "store/transactionguard.h"
#include "stubserver.h"
#include "sync/pgconnection.h"
#include "sync/remoteschema.h"
#include "sync/remotestore.h"
#include "sync/syncagent.h"
#include "throwawaypostgres.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {
const QString samples = QStringLiteral(FW_SAMPLES_DIR "/laptop-bundle/");
const QString account = QStringLiteral("ACC-UK-5120");

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

QStringList column(const QSqlDatabase& database, const QString& sql)
{
    QSqlQuery query(database);
    QStringList values;
    if (query.exec(sql)) {
        while (query.next())
            values << query.value(0).toString();
    }
    return values;
}

// What an asset-based change order does to an asset at its completion (the engine's update path):
// the new quantity, revision + 1, updated_at, and a "changed" entry appended to its history.
bool changeAsset(QSqlDatabase database, const QString& assetId, int quantity, const QString& orderId, const QDateTime& at)
{
    TransactionGuard transaction(database);
    QSqlQuery query(database);
    query.prepare(QStringLiteral("INSERT INTO asset_events (asset_id, seq, at, kind, order_id, change_orders, actor, before, after) "
                                 "SELECT id, (SELECT MAX(seq) + 1 FROM asset_events WHERE asset_id = a.id), ?, 'changed', ?, '[]', "
                                 "'engine', json_object('quantity', quantity), json_object('quantity', ?) FROM assets a WHERE id = ?"));
    query.addBindValue(toStoreTime(at));
    query.addBindValue(orderId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(orderId)); // none: a renewal
    query.addBindValue(quantity);
    query.addBindValue(assetId);
    if (!query.exec() || query.numRowsAffected() != 1)
        return false;
    query.prepare(QStringLiteral("UPDATE assets SET quantity = ?, revision = revision + 1, updated_at = ? WHERE id = ?"));
    query.addBindValue(quantity);
    query.addBindValue(toStoreTime(at));
    query.addBindValue(assetId);
    return query.exec() && query.numRowsAffected() == 1 && transaction.commit();
}

// One workstation: its store, engine and sync agent (as in tst_sync).
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

    QString path() const { return dir.filePath(QStringLiteral("store.db")); }
    QSqlDatabase db() const { return database->connection(); }

    bool start()
    {
        if (!database) {
            database = std::make_unique<Database>(path());
            if (!database->openStore())
                return false;
            for (const QString& person : { QStringLiteral("olga"), QStringLiteral("otto") }) {
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

    // The same store with a sync agent on another conninfo (an unreachable one: offline).
    bool reconnect(const QString& conninfo)
    {
        settings.conninfo = conninfo;
        agent = std::make_unique<SyncAgent>(*database, clock, settings);
        return agent->open().ok();
    }

    SyncStatus round() { return agent->round(executor.get()); }

    // The engine's work and the people's, then a sync round.
    SyncStatus work(int passes = 4)
    {
        QStringList errors;
        executor->adoptNewOrders(errors);
        for (int pass = 0; pass < passes; ++pass) {
            (void)executor->runUntilSettled(20000);
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
        (void)executor->runUntilSettled(20000);
        return round();
    }
};
} // namespace

class TestAssetSync : public QObject {
    Q_OBJECT

    ThrowawayPostgres m_server;
    StubServer m_stubs { 5 };
    quint16 m_stubPort = 0;
    std::unique_ptr<PgConnection> m_admin;
    std::unique_ptr<PgConnection> m_publisher;
    int m_published = 0;

    QString conninfoAs(const QString& role, const QString& database = ThrowawayPostgres::defaultDatabase()) const
    {
        QString conninfo = m_server.conninfo(database);
        return conninfo.replace(QStringLiteral("user=") + ThrowawayPostgres::adminUser(), QStringLiteral("user=") + role);
    }

    // before: prepares the store file (at its path) before the workstation opens it.
    std::unique_ptr<Workstation> workstation(const QString& id, int capacity,
                                             const QString& database = ThrowawayPostgres::defaultDatabase(),
                                             const std::function<bool(const QString&)>& before = {})
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
        ws->settings = { conninfoAs(role, database), id, id + QStringLiteral("-user"), 60, capacity, 20000 };
        if (before && !before(ws->path()))
            return nullptr;
        return ws->start() ? std::move(ws) : nullptr;
    }

    QString publishOrder(const QString& prefix)
    {
        RemoteStore store(*m_publisher, QStringLiteral("publisher"));
        auto document = nlohmann::json::parse(readAll(samples + QStringLiteral("order.json")).toStdString());
        const QString id = QStringLiteral("%1-%2").arg(prefix).arg(++m_published);
        document["id"] = id.toStdString();
        return store.publishOrder(id, QString::fromStdString(document.dump())).ok() ? id : QString();
    }

    qint64 remoteCount(const QString& sql)
    {
        auto result = m_admin->query(sql);
        return result.ok() ? result.value().number(0, 0) : -1;
    }

    bool completed(const QString& orderId)
    {
        return remoteCount(
                   QStringLiteral("SELECT COUNT(*) FROM fw.order_snapshots WHERE state = 'completed' AND order_id = '%1'").arg(orderId))
            == 1;
    }

    // An order published and run to completion on `ws`: its assets are in ws's store.
    QString completedOn(Workstation& ws, const QString& prefix)
    {
        const QString orderId = publishOrder(prefix);
        for (int round = 0; round < 40 && !completed(orderId); ++round)
            ws.work();
        return completed(orderId) ? orderId : QString();
    }

    static QString assetsOf(const QString& orderId) { return QStringLiteral("id LIKE '%1/%'").arg(orderId); }
    static QString historyOf(const QString& orderId) { return QStringLiteral("asset_id LIKE '%1/%'").arg(orderId); }

private Q_SLOTS:
    void initTestCase()
    {
        FW_START_POSTGRES_OR_SKIP(m_server);
        m_stubPort = m_stubs.listenLocal(0);
        QVERIFY(m_stubPort);
        m_admin = std::make_unique<PgConnection>(m_server.conninfo());
        QCOMPARE(m_admin->open().message(), QString());
        QCOMPARE(RemoteSchema::migrate(*m_admin).message(), QString());
        QString grants;
        for (const QString& statement : RemoteSchema::roleGrants())
            grants += statement + (statement.startsWith(QStringLiteral("--")) ? QString() : QStringLiteral(";")) + QLatin1Char('\n');
        QCOMPARE(m_server.runSql(grants + QStringLiteral("CREATE ROLE feed LOGIN IN ROLE fw_publisher;")).message(), QString());
        m_publisher = std::make_unique<PgConnection>(conninfoAs(QStringLiteral("feed")));
        QCOMPARE(m_publisher->open().message(), QString());
        const auto catalog = nlohmann::json::parse(readAll(samples + QStringLiteral("catalog.json")).toStdString());
        RemoteStore store(*m_publisher, QStringLiteral("publisher"));
        QCOMPARE(store
                     .publishCatalog(QString::fromStdString(catalog["id"]), QString::fromStdString(catalog["version"]),
                                     QString::fromStdString(catalog["name"]), QString::fromStdString(catalog.dump()))
                     .message(),
                 QString());
    }

    void anOrderCompletedOnAShowsItsAssetsOnB()
    {
        m_stubs.reset();
        auto a = workstation(QStringLiteral("ws-a"), 4);
        auto b = workstation(QStringLiteral("ws-b"), 0);
        QVERIFY(a && b);
        const QString orderId = completedOn(*a, QStringLiteral("DONE"));
        QVERIFY(!orderId.isEmpty());
        const qint64 assets = scalar(a->db(), QStringLiteral("SELECT COUNT(*) FROM assets WHERE ") + assetsOf(orderId));
        QCOMPARE(assets, 9); // one per item: two bundles of four and five
        QCOMPARE(a->round().online, true);
        QCOMPARE(scalar(a->db(), QStringLiteral("SELECT COUNT(*) FROM asset_outbox")), 0);
        QCOMPARE(remoteCount(QStringLiteral("SELECT COUNT(*) FROM fw.assets WHERE workstation = 'ws-a' AND ") + assetsOf(orderId)), assets);
        QVERIFY(b->round().online);
        // B has them as A recorded them, row for row, with their history; none waits to go back.
        const QString rows = QStringLiteral("SELECT id || product || quantity || status || revision || lines || attributes || created_at "
                                            "FROM assets WHERE %1 ORDER BY id")
                                 .arg(assetsOf(orderId));
        QCOMPARE(column(b->db(), rows), column(a->db(), rows));
        const QString history
            = QStringLiteral("SELECT asset_id || seq || kind || order_id || at FROM asset_events WHERE %1 ORDER BY asset_id, seq")
                  .arg(historyOf(orderId));
        QCOMPARE(column(b->db(), history).size(), int(assets));
        QCOMPARE(column(b->db(), history), column(a->db(), history));
        QCOMPARE(scalar(b->db(), QStringLiteral("SELECT COUNT(*) FROM asset_outbox")), 0);
        QVERIFY(b->round().online);
        // B sent none back: every row and entry still A's, written once.
        QCOMPARE(remoteCount(QStringLiteral("SELECT COUNT(*) FROM fw.assets WHERE workstation = 'ws-a' AND revision = 1 AND ")
                             + assetsOf(orderId)),
                 assets);
        QCOMPARE(remoteCount(QStringLiteral("SELECT COUNT(*) FROM fw.asset_events WHERE workstation = 'ws-a' AND ") + historyOf(orderId)),
                 assets);

        // fwctl on B's store lists A's assets, with their history.
        const test::FwctlRun listed
            = test::runFwctlOn(b->path(), { QStringLiteral("assets"), QStringLiteral("--account"), account, QStringLiteral("--json") });
        QCOMPARE(listed.exitCode, 0);
        QStringList ids;
        for (const QJsonValue& asset : QJsonDocument::fromJson(listed.out.toUtf8()).array())
            ids << asset.toObject().value(QStringLiteral("id")).toString();
        QVERIFY2(ids.contains(orderId + QStringLiteral("/L1")) && ids.contains(orderId + QStringLiteral("/L2-D")), qPrintable(listed.out));
        const test::FwctlRun one
            = test::runFwctlOn(b->path(), { QStringLiteral("asset"), orderId + QStringLiteral("/L1"), QStringLiteral("--json") });
        QCOMPARE(one.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(one.out.toUtf8()).object();
        QCOMPARE(shown.value(QStringLiteral("history")).toArray().size(), 1);
        QCOMPARE(shown.value(QStringLiteral("history")).toArray().at(0).toObject().value(QStringLiteral("order")).toString(), orderId);
    }

    // What "one open order per asset" can count on (docs/sync.md, "Assets"): another workstation's
    // open order is in this store as a replica, its document (and so its assetRefs) with it.
    void anOpenOrderOfAnotherWorkstationIsInThisStore()
    {
        m_stubs.reset();
        auto a = workstation(QStringLiteral("ws-k"), 4);
        auto b = workstation(QStringLiteral("ws-l"), 0);
        QVERIFY(a && b);
        const QString orderId = publishOrder(QStringLiteral("OPEN"));
        QVERIFY(a->round().online);
        QVERIFY(a->work(0).online); // the engine only: the order waits for people
        QVERIFY(b->round().online);
        const QString open = QStringLiteral("SELECT replica_of || '/' || state FROM orders WHERE id = '%1'").arg(orderId);
        const QStringList seen = column(b->db(), open);
        QCOMPARE(seen.size(), 1);
        QVERIFY2(seen[0].startsWith(QStringLiteral("ws-k/")) && !seen[0].endsWith(QStringLiteral("completed")), qPrintable(seen[0]));
        QCOMPARE(column(b->db(), QStringLiteral("SELECT COALESCE(current_document, document) FROM orders WHERE id = '%1'").arg(orderId)),
                 column(a->db(), QStringLiteral("SELECT COALESCE(current_document, document) FROM orders WHERE id = '%1'").arg(orderId)));
        // Its fulfillment lines too, every column (what the check joins to the order: its asset refs and actions).
        const QString lines = QStringLiteral("SELECT COUNT(*) FROM fulfillment_lines WHERE order_id = '%1'").arg(orderId);
        QVERIFY(scalar(a->db(), lines) > 0);
        QCOMPARE(scalar(b->db(), lines), scalar(a->db(), lines));
    }

    void anAssetUpdateFlowsOnceWithItsRevision()
    {
        m_stubs.reset();
        auto a = workstation(QStringLiteral("ws-c"), 4);
        auto b = workstation(QStringLiteral("ws-d"), 0);
        QVERIFY(a && b);
        const QString orderId = completedOn(*a, QStringLiteral("UPDATE"));
        QVERIFY(!orderId.isEmpty());
        QVERIFY(a->round().online && b->round().online);
        const QString asset = orderId + QStringLiteral("/L1-PC");
        QVERIFY(changeAsset(a->db(), asset, 3, QStringLiteral("CHANGE-1"), a->clock.now()));
        QVERIFY(a->round().online);
        QVERIFY(b->round().online);
        const QString state = QStringLiteral("SELECT revision || '/' || quantity FROM assets WHERE id = '%1'").arg(asset);
        QCOMPARE(column(b->db(), state), QStringList { QStringLiteral("2/3") });
        const QString history
            = QStringLiteral("SELECT seq || kind || COALESCE(order_id, '') FROM asset_events WHERE asset_id = '%1' ORDER BY seq")
                  .arg(asset);
        QCOMPARE(column(b->db(), history), (QStringList { QStringLiteral("1created") + orderId, QStringLiteral("2changedCHANGE-1") }));
        QCOMPARE(remoteCount(QStringLiteral("SELECT revision FROM fw.assets WHERE id = '%1'").arg(asset)), 2);

        // Replayed: the push's answer lost (A still has it queued on revision 1), and every round again.
        QSqlQuery replay(a->db());
        QVERIFY(replay.exec(QStringLiteral("UPDATE asset_sync SET revision = 1, event_seq = 1 WHERE asset_id = '%1'").arg(asset)));
        QVERIFY(replay.exec(QStringLiteral("INSERT INTO asset_outbox (asset_id) VALUES ('%1')").arg(asset)));
        for (int i = 0; i < 2; ++i) {
            QVERIFY(a->round().online);
            QVERIFY(b->round().online);
        }
        QCOMPARE(a->agent->conflicts().size(), std::size_t(0));
        QCOMPARE(scalar(a->db(), QStringLiteral("SELECT COUNT(*) FROM asset_outbox")), 0);
        QCOMPARE(remoteCount(QStringLiteral("SELECT COUNT(*) FROM fw.asset_events WHERE asset_id = '%1'").arg(asset)), 2);
        QCOMPARE(remoteCount(QStringLiteral("SELECT revision FROM fw.assets WHERE id = '%1'").arg(asset)), 2);
        QCOMPARE(column(b->db(), history).size(), 2);
        QCOMPARE(column(b->db(), state), QStringList { QStringLiteral("2/3") });
        QCOMPARE(scalar(b->db(), QStringLiteral("SELECT COUNT(*) FROM asset_outbox")), 0);
        // Who wrote each store's copy: A itself (empty), B knows it as A's.
        const QString writer = QStringLiteral("SELECT written_by FROM asset_sync WHERE asset_id = '%1'").arg(asset);
        QCOMPARE(column(a->db(), writer), QStringList { QString() });
        QCOMPARE(column(b->db(), writer), QStringList { QStringLiteral("ws-c") });

        // A change no order names (a renewal) on B, though A ran the asset's order: taken, and back on A.
        QVERIFY(changeAsset(b->db(), asset, 4, QString(), b->clock.now()));
        QVERIFY(b->round().online);
        QVERIFY(a->round().online);
        QCOMPARE(b->agent->conflicts().size(), std::size_t(0));
        QCOMPARE(column(a->db(), state), QStringList { QStringLiteral("3/4") });
        QCOMPARE(column(a->db(), history).size(), 3);
        QCOMPARE(column(a->db(), writer), QStringList { QStringLiteral("ws-d") });
        QCOMPARE(column(b->db(), writer), QStringList { QString() });
    }

    void assetsRecordedOfflineArriveWhenBack()
    {
        m_stubs.reset();
        auto a = workstation(QStringLiteral("ws-e"), 4);
        auto b = workstation(QStringLiteral("ws-f"), 0);
        QVERIFY(a && b);
        const QString orderId = publishOrder(QStringLiteral("OFFLINE"));
        QVERIFY(a->round().online);
        QCOMPARE(a->agent->status().leasesHeld, 1);
        // The link goes (a port nobody listens on): the engine completes the order here meanwhile.
        const QString online = a->settings.conninfo;
        QVERIFY(a->reconnect(QStringLiteral("host=127.0.0.1 port=9 dbname=fw connect_timeout=1")));
        const QString state = QStringLiteral("SELECT state FROM orders WHERE id = '%1'").arg(orderId);
        for (int i = 0; i < 20 && column(a->db(), state) != QStringList { QStringLiteral("completed") }; ++i)
            QVERIFY(!a->work().online);
        QCOMPARE(column(a->db(), state), QStringList { QStringLiteral("completed") });
        const qint64 assets = scalar(a->db(), QStringLiteral("SELECT COUNT(*) FROM assets WHERE ") + assetsOf(orderId));
        QCOMPARE(assets, 9);
        QCOMPARE(scalar(a->db(), QStringLiteral("SELECT COUNT(*) FROM asset_outbox WHERE ") + historyOf(orderId)), assets);
        QCOMPARE(remoteCount(QStringLiteral("SELECT COUNT(*) FROM fw.assets WHERE ") + assetsOf(orderId)), 0);
        // Back: the journal and the assets go up, and B gets both.
        QVERIFY(a->reconnect(online));
        QVERIFY2(a->round().online, qPrintable(a->agent->status().lastError));
        QCOMPARE(remoteCount(QStringLiteral("SELECT COUNT(*) FROM fw.assets WHERE ") + assetsOf(orderId)), assets);
        QCOMPARE(remoteCount(QStringLiteral("SELECT COUNT(*) FROM fw.asset_events WHERE ") + historyOf(orderId)), assets);
        QVERIFY(b->round().online);
        QCOMPARE(scalar(b->db(), QStringLiteral("SELECT COUNT(*) FROM assets WHERE ") + assetsOf(orderId)), assets);
        QCOMPARE(column(b->db(), state), QStringList { QStringLiteral("completed") });
        QCOMPARE(a->agent->conflicts().size(), std::size_t(0));
    }

    void twoChangesOnOneRevisionLeaveAConflict()
    {
        m_stubs.reset();
        auto a = workstation(QStringLiteral("ws-g"), 4);
        auto b = workstation(QStringLiteral("ws-h"), 0);
        QVERIFY(a && b);
        const QString orderId = completedOn(*a, QStringLiteral("CONFLICT"));
        QVERIFY(!orderId.isEmpty());
        QVERIFY(a->round().online && b->round().online);
        const QString asset = orderId + QStringLiteral("/L2-PC");
        // Both change revision 1 before either syncs: A's push comes first and stands.
        QVERIFY(changeAsset(a->db(), asset, 5, QStringLiteral("CHANGE-A"), a->clock.now()));
        QVERIFY(changeAsset(b->db(), asset, 7, QStringLiteral("CHANGE-B"), b->clock.now()));
        QVERIFY(a->round().online);
        QVERIFY(b->round().online);
        const auto conflicts = b->agent->conflicts();
        QCOMPARE(conflicts.size(), std::size_t(1));
        QCOMPARE(conflicts[0].kind, QStringLiteral("asset-conflict"));
        QCOMPARE(conflicts[0].orderId, QStringLiteral("CHANGE-B"));
        QVERIFY2(conflicts[0].detail.contains(asset) && conflicts[0].detail.contains(QStringLiteral("workstation ws-g"))
                     && conflicts[0].detail.contains(QStringLiteral("order CHANGE-A"))
                     && conflicts[0].detail.contains(QStringLiteral("made on revision 1")),
                 qPrintable(conflicts[0].detail));
        // B's change is kept in the conflict, not lost; the remote copy (A's) is B's now.
        const auto refused = nlohmann::json::parse(conflicts[0].events.toStdString(), nullptr, false);
        QVERIFY2(!refused.is_discarded() && refused["asset"]["quantity"] == 7 && refused["history"].size() == 1,
                 qPrintable(conflicts[0].events));
        const QString state = QStringLiteral("SELECT revision || '/' || quantity FROM assets WHERE id = '%1'").arg(asset);
        QCOMPARE(column(b->db(), state), QStringList { QStringLiteral("2/5") });
        QCOMPARE(column(a->db(), state), QStringList { QStringLiteral("2/5") });
        const QString history
            = QStringLiteral("SELECT seq || COALESCE(order_id, '') FROM asset_events WHERE asset_id = '%1' ORDER BY seq").arg(asset);
        QCOMPARE(column(b->db(), history), (QStringList { QStringLiteral("1") + orderId, QStringLiteral("2CHANGE-A") }));
        QCOMPARE(remoteCount(QStringLiteral("SELECT COUNT(*) FROM fw.asset_events WHERE asset_id = '%1'").arg(asset)), 2);
        QCOMPARE(scalar(b->db(), QStringLiteral("SELECT COUNT(*) FROM asset_outbox")), 0);
        QVERIFY(a->round().online);
        QCOMPARE(a->agent->conflicts().size(), std::size_t(0));
        QCOMPARE(column(a->db(), state), QStringList { QStringLiteral("2/5") });
    }

    // Fencing, as for events: a change made under an order another workstation has taken over is refused.
    void aChangeUnderAnOrderTakenOverIsRefused()
    {
        m_stubs.reset();
        auto a = workstation(QStringLiteral("ws-m"), 4);
        QVERIFY(a);
        const QString orderId = completedOn(*a, QStringLiteral("FENCED"));
        QVERIFY(!orderId.isEmpty());
        QVERIFY(a->round().online);
        QCOMPARE(m_admin
                     ->execute(QStringLiteral("INSERT INTO fw.leases (order_id, owner, expires_at) VALUES ('TAKEN-1', 'ws-n', now() + "
                                              "interval '1 minute')"))
                     .message(),
                 QString());
        const QString asset = orderId + QStringLiteral("/L1-D");
        QVERIFY(changeAsset(a->db(), asset, 2, QStringLiteral("TAKEN-1"), a->clock.now()));
        QVERIFY(a->round().online);
        const auto conflicts = a->agent->conflicts();
        QCOMPARE(conflicts.size(), std::size_t(1));
        QCOMPARE(conflicts[0].kind, QStringLiteral("asset-conflict"));
        QVERIFY2(conflicts[0].detail.contains(QStringLiteral("order TAKEN-1 is run by workstation ws-n")), qPrintable(conflicts[0].detail));
        QCOMPARE(remoteCount(QStringLiteral("SELECT revision FROM fw.assets WHERE id = '%1'").arg(asset)), 1);
        QCOMPARE(column(a->db(), QStringLiteral("SELECT revision || '/' || quantity FROM assets WHERE id = '%1'").arg(asset)),
                 QStringList { QStringLiteral("1/1") });
        QCOMPARE(scalar(a->db(), QStringLiteral("SELECT COUNT(*) FROM asset_events WHERE asset_id = '%1'").arg(asset)), 1);
    }

    // Assets recorded by a build before local schema 27 (no outbox then) are pushed once the store is upgraded.
    void assetsOfAStoreFromBeforeSyncingAssetsArePushed()
    {
        const auto v24 = [](const QString& path) {
            const QString name = QStringLiteral("v24-store");
            bool ok = false;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                Asset asset;
                asset.id = QStringLiteral("OLD-1/1");
                asset.accountId = account;
                asset.product = QStringLiteral("LAPTOP");
                asset.attributes = { { QStringLiteral("note"), QStringLiteral("a \"quoted\" C:\\path, {braces}, Grüße") } };
                asset.sourceOrder = QStringLiteral("OLD-1");
                asset.sourceItem = QStringLiteral("1");
                asset.createdAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
                const AssetEvent created { asset.id,          1,  asset.createdAt,          QStringLiteral("created"),
                                           asset.sourceOrder, {}, QStringLiteral("engine"), {},
                                           assetState(asset) };
                ok = db.open() && migrateSchemaTo(db, 24).ok() && AssetWriter(db).record({ asset }, { created }).ok();
            }
            QSqlDatabase::removeDatabase(name);
            return ok;
        };
        auto a = workstation(QStringLiteral("ws-o"), 0, ThrowawayPostgres::defaultDatabase(), v24);
        auto b = workstation(QStringLiteral("ws-p"), 0);
        QVERIFY(a && b);
        QCOMPARE(scalar(a->db(), QStringLiteral("SELECT COUNT(*) FROM asset_outbox WHERE asset_id = 'OLD-1/1'")), 1);
        QVERIFY(a->round().online);
        QVERIFY(b->round().online);
        QCOMPARE(column(b->db(), QStringLiteral("SELECT product || '/' || revision FROM assets WHERE id = 'OLD-1/1'")),
                 QStringList { QStringLiteral("LAPTOP/1") });
        QCOMPARE(scalar(b->db(), QStringLiteral("SELECT COUNT(*) FROM asset_events WHERE asset_id = 'OLD-1/1'")), 1);
        const QString attributes = QStringLiteral("SELECT attributes FROM assets WHERE id = 'OLD-1/1'");
        QVERIFY2(column(b->db(), attributes).value(0).contains(QStringLiteral("C:\\\\path, {braces}, Grüße")),
                 qPrintable(column(b->db(), attributes).value(0)));
        QCOMPARE(column(b->db(), attributes), column(a->db(), attributes));
    }

    // A remote store made by the previous build (schema 4, its roles' rights as that build's
    // `sync-admin roles` gave them) is upgraded by the next workstation of this build to connect as its
    // owner; workstation roles then sync assets there.
    void aRemoteStoreOfThePreviousVersionIsUpgraded()
    {
        const QString database = QStringLiteral("fw_v4");
        QCOMPARE(m_server.runSql(QStringLiteral("CREATE DATABASE %1").arg(database)).message(), QString());
        PgConnection owner(m_server.conninfo(database));
        QCOMPARE(owner.open().message(), QString());
        QCOMPARE(RemoteSchema::migrateTo(owner, 4).message(), QString());
        QString oldGrants;
        for (QString statement : RemoteSchema::roleGrants()) {
            statement.replace(QStringLiteral(", fw.assets "), QStringLiteral(" ")).replace(QStringLiteral(" fw.asset_events,"), QString());
            oldGrants += statement + (statement.startsWith(QStringLiteral("--")) ? QString() : QStringLiteral(";")) + QLatin1Char('\n');
        }
        QVERIFY(!oldGrants.contains(QStringLiteral("asset")));
        QCOMPARE(m_server.runSql(oldGrants, database).message(), QString());
        QCOMPARE(owner.execute(QStringLiteral("INSERT INTO fw.workstations (id, user_name, host) VALUES ('ws-old', 'o', 'h')")).message(),
                 QString());
        auto version = owner.query(QStringLiteral("SELECT MAX(version) FROM fw.schema_version"));
        QVERIFY(version.ok());
        QCOMPARE(version.value().number(0, 0), 4);

        QCOMPARE(RemoteSchema::migrate(owner).message(), QString()); // what the owner's workstation does on connect
        version = owner.query(
            QStringLiteral("SELECT MAX(version), (SELECT COUNT(*) FROM fw.workstations WHERE id = 'ws-old') FROM fw.schema_version"));
        QVERIFY(version.ok());
        QCOMPARE(version.value().number(0, 0), RemoteSchema::latestVersion());
        QCOMPARE(version.value().number(0, 1), 1);

        m_stubs.reset();
        auto a = workstation(QStringLiteral("ws-i"), 4, database);
        auto b = workstation(QStringLiteral("ws-j"), 0, database);
        QVERIFY(a && b);
        PgConnection publisher(conninfoAs(QStringLiteral("feed"), database));
        QCOMPARE(publisher.open().message(), QString());
        const auto catalog = nlohmann::json::parse(readAll(samples + QStringLiteral("catalog.json")).toStdString());
        auto document = nlohmann::json::parse(readAll(samples + QStringLiteral("order.json")).toStdString());
        document["id"] = "UPGRADED-1";
        RemoteStore there(publisher, QStringLiteral("publisher"));
        QCOMPARE(there
                     .publishCatalog(QString::fromStdString(catalog["id"]), QString::fromStdString(catalog["version"]),
                                     QString::fromStdString(catalog["name"]), QString::fromStdString(catalog.dump()))
                     .message(),
                 QString());
        QCOMPARE(there.publishOrder(QStringLiteral("UPGRADED-1"), QString::fromStdString(document.dump())).message(), QString());
        for (int i = 0; i < 40 && scalar(a->db(), QStringLiteral("SELECT COUNT(*) FROM assets")) == 0; ++i)
            a->work();
        QVERIFY(a->round().online);
        QVERIFY(b->round().online);
        QCOMPARE(scalar(b->db(), QStringLiteral("SELECT COUNT(*) FROM assets WHERE id LIKE 'UPGRADED-1/%'")), 9);
        QCOMPARE(a->agent->status().lastError, QString());
    }
};

QTEST_GUILESS_MAIN(TestAssetSync)
#include "tst_assetsync.moc"
