// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Assets sync with the remote store like orders (docs/sync.md, "Assets"; docs/assets.md, "Sync"):
// two workstations on a throwaway PostgreSQL (assetsyncfixture.h). An order completed on A leaves
// its assets and their history in B's store and in `fwctl assets` there; another workstation's open
// order is in the store with its lines; an asset update flows with its revision and new history
// entry, once, however often the push is replayed; an order completed while A is offline leaves
// assets that arrive once it is back; two workstations changing one asset on the same revision leave
// an asset-conflict; a change under an order taken over is refused.

#include "assetsyncfixture.h"
#include "fwctlprocess.h"
#include "store/assetrows.h"
#include "store/assetwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fw;
using namespace fw::assetsynctest;

class TestAssetSync : public QObject, public AssetSyncCluster {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        FW_START_POSTGRES_OR_SKIP(m_server);
        setUp();
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
        QCOMPARE(a->agent->status().queuedAssets, assets); // what the status reports as waiting
        // Back: the journal and the assets go up, and B gets both.
        QVERIFY(a->reconnect(online));
        QVERIFY2(a->round().online, qPrintable(a->agent->status().lastError));
        QCOMPARE(a->agent->status().queuedAssets, 0);
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

    // A burst (a bulk completion) goes in batches of 500, at most four a round each way: 2,100 assets
    // take two rounds, and every one arrives once.
    void aBurstOfAssetsGoesOverInBatches()
    {
        auto a = workstation(QStringLiteral("ws-q"), 0);
        auto b = workstation(QStringLiteral("ws-r"), 0);
        QVERIFY(a && b);
        QVERIFY(b->round().online); // caught up with the earlier cases' assets first
        std::vector<Asset> assets;
        std::vector<AssetEvent> created;
        const QDateTime at = a->clock.now();
        for (int i = 1; i <= 2100; ++i) {
            Asset asset;
            asset.id = QStringLiteral("BULK-1/%1").arg(i);
            asset.accountId = account;
            asset.product = QStringLiteral("LAPTOP");
            asset.sourceOrder = QStringLiteral("BULK-1");
            asset.sourceItem = QString::number(i);
            asset.createdAt = at;
            created.push_back(
                { asset.id, 1, at, QStringLiteral("created"), asset.sourceOrder, {}, QStringLiteral("engine"), {}, assetState(asset) });
            assets.push_back(std::move(asset));
        }
        QCOMPARE(AssetWriter(a->db()).record(assets, created).message(), QString());
        const QString bulk = QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 LIKE 'BULK-1/%'");
        QVERIFY(a->round().online);
        QCOMPARE(a->agent->status().queuedAssets, 100);
        QCOMPARE(remoteCount(bulk.arg(QStringLiteral("fw.assets"), QStringLiteral("id"))), 2000);
        QVERIFY(b->round().online);
        QCOMPARE(scalar(b->db(), bulk.arg(QStringLiteral("assets"), QStringLiteral("id"))), 2000);
        QVERIFY(a->round().online);
        QCOMPARE(a->agent->status().queuedAssets, 0);
        QVERIFY(b->round().online);
        QCOMPARE(remoteCount(bulk.arg(QStringLiteral("fw.assets"), QStringLiteral("id"))), 2100);
        QCOMPARE(remoteCount(bulk.arg(QStringLiteral("fw.asset_events"), QStringLiteral("asset_id"))), 2100);
        QCOMPARE(scalar(b->db(), bulk.arg(QStringLiteral("assets"), QStringLiteral("id"))), 2100);
        QCOMPARE(scalar(b->db(), bulk.arg(QStringLiteral("asset_events"), QStringLiteral("asset_id"))), 2100);
        QCOMPARE(b->agent->status().queuedAssets, 0);
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
};

QTEST_GUILESS_MAIN(TestAssetSync)
#include "tst_assetsync.moc"
