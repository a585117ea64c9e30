// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Asset-based orders through the engine (docs/assets.md): a completed order that acts on assets
// changes them in the batch of its completion (new values, status, site, revision + 1, an event with
// before and after; a bundle's components follow its status), the lines keep their action and delta
// across a restart, and one open order per asset. On tests/data/assets: SO-A1 leaves a SUITE bundle
// (SO-A1/S1 with seats S1-U x100, add-ons S1-A and S1-B) and a router (SO-A1/R1).

#include "common/clock.h"
#include "engine/executor.h"
#include "engine/handlers/changecommands.h"
#include "engine/handlers/importcommands.h"
#include "engine/handlers/taskcommands.h"
#include "io/orderinputs.h"
#include "store/assetreader.h"
#include "store/assetwriter.h"
#include "store/database.h"
#include "store/runtimeloader.h"
#include "store/storeimporter.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <memory>

using namespace fw;

class TestAssetChanges : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock { QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC) };
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Executor> m_executor;
    int m_stores = 0;

    QString scalar(const QString& sql) const
    {
        QSqlQuery query(m_database->connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }
    QString stateOf(const QString& order) const { return scalar(QStringLiteral("SELECT state FROM orders WHERE id = '%1'").arg(order)); }
    bool startEngine()
    {
        m_executor.reset();
        m_executor = std::make_unique<Executor>(*m_database, m_clock);
        return m_executor->load() && m_executor->runUntilIdle();
    }
    // Claims and completes every open task (the seats' "Activate seats"), an hour later each round.
    Status completeTasks()
    {
        for (int round = 0; round < 10; ++round) {
            m_clock.advance(3600 * 1000);
            const qint64 task = scalar(QStringLiteral("SELECT id FROM tasks WHERE state IN ('open', 'claimed') ORDER BY id")).toLongLong();
            if (!task)
                return {};
            if (Status claimed = m_executor->tasks().claim(task, QStringLiteral("ana")); !claimed)
                return claimed;
            if (Status done = m_executor->tasks().complete(task, QStringLiteral("ana"), {}); !done)
                return done;
            if (const Result<int> ran = m_executor->runUntilIdle(); !ran)
                return ran.error();
        }
        return failure(QStringLiteral("tasks keep opening"));
    }
    // A follow-up order of ACC-7 with these items (a JSON array), written to a file of its own.
    QString orderFile(const QString& id, const QString& items, const QString& groups = QStringLiteral("[]"))
    {
        nlohmann::json document = { { "formatVersion", 1 },
                                    { "id", id.toStdString() },
                                    { "orderedAt", "2026-12-20T10:00:00Z" },
                                    { "account", { { "id", "ACC-7" }, { "name", "Asset Test GmbH" }, { "country", "DE" } } } };
        document["items"] = nlohmann::json::parse(items.toStdString());
        document["deliveryGroups"] = nlohmann::json::parse(groups.toStdString());
        const QString path = m_dir.filePath(QStringLiteral("%1-%2.json").arg(m_stores).arg(id));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(QByteArray::fromStdString(document.dump()));
        return path;
    }
    ImportResult importOrder(const QString& id, const QString& items, const QString& groups = QStringLiteral("[]"))
    {
        ImportResult imported = m_executor->imports().importOrder(orderFile(id, items, groups), QStringLiteral("ana"));
        if (imported.ok())
            static_cast<void>(m_executor->runUntilIdle());
        return imported;
    }
    // "SO-A1/S1-U SEATS x150 suspended @HQ(Berlin) [edition=pro] r2"
    static QString describe(const Asset& asset)
    {
        QStringList attributes;
        for (auto it = asset.attributes.cbegin(); it != asset.attributes.cend(); ++it)
            attributes << it.key() + QLatin1Char('=') + it.value().toString();
        return QStringLiteral("%1 %2 x%3 %4 @%5(%6) [%7] r%8")
            .arg(asset.id, asset.product)
            .arg(asset.quantity)
            .arg(toString(asset.status), asset.deliveryGroup, asset.site.value(QStringLiteral("city")).toString(),
                 attributes.join(QLatin1Char(',')))
            .arg(asset.revision);
    }
    QStringList installedBase() const
    {
        QStringList described;
        const auto assets = AssetReader(m_database->connection()).ofAccount(QStringLiteral("ACC-7"));
        if (assets) {
            for (const Asset& asset : *assets)
                described << describe(asset);
        }
        return described;
    }
    // "kind by order" of each event after "created", per asset: "SO-A1/S1:suspended(SO-S)".
    QStringList laterEvents() const
    {
        QStringList described;
        QSqlQuery query(m_database->connection());
        query.exec(QStringLiteral("SELECT asset_id, kind, order_id, revision FROM asset_events WHERE kind <> 'created' "
                                  "ORDER BY asset_id, seq"));
        while (query.next())
            described << QStringLiteral("%1:%2(%3)r%4")
                             .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                  query.value(3).toString());
        return described;
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC));
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("changes-%1.db").arg(++m_stores)));
        QVERIFY(m_database->openStore());
        StoreImporter importer(*m_database, m_clock);
        QVERIFY(importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/assets/catalog.json"), QStringLiteral("t")).ok());
        QVERIFY(importer.importOrder(QStringLiteral(FW_TEST_DATA_DIR "/assets/order.json"), QStringLiteral("t")).ok());
        QVERIFY(startEngine());
        const Status done = completeTasks();
        QVERIFY2(done, qPrintable(done.message()));
        QCOMPARE(stateOf(QStringLiteral("SO-A1")), QStringLiteral("completed"));
        QCOMPARE(installedBase().size(), 5);
    }
    void cleanup()
    {
        m_executor.reset();
        m_database.reset();
    }

    void completedOrderChangesItsAssets_data()
    {
        QTest::addColumn<QString>("items");
        QTest::addColumn<QString>("groups");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("events");
        const QString router = QStringLiteral("SO-A1/R1 ROUTER x1 active @HQ(Berlin) [] r1");
        const QString suite = QStringLiteral("SO-A1/S1 SUITE x1 active @HQ(Berlin) [] r1");
        const QString analytics = QStringLiteral("SO-A1/S1-A ADDON x1 active @HQ(Berlin) [feature=analytics] r1");
        const QString sso = QStringLiteral("SO-A1/S1-B ADDON x1 active @HQ(Berlin) [feature=sso] r1");
        const QString seats = QStringLiteral("SO-A1/S1-U SEATS x100 active @HQ(Berlin) [edition=pro] r1");
        QTest::addRow("+50 seats") << QStringLiteral(R"([{"id": "1", "product": "SEATS", "action": "change", "assetRef": "SO-A1/S1-U",
                                                        "quantity": 150}])")
                                   << QStringLiteral("[]")
                                   << QStringList { router, suite, analytics, sso,
                                                    QStringLiteral("SO-A1/S1-U SEATS x150 active @HQ(Berlin) [edition=pro] r2") }
                                   << QStringList { QStringLiteral("SO-A1/S1-U:changed(SO-F)r2") };
        QTest::addRow("edition pro -> enterprise")
            << QStringLiteral(R"([{"id": "1", "product": "SEATS", "action": "change", "assetRef": "SO-A1/S1-U",
                                  "attributes": {"edition": "enterprise"}}])")
            << QStringLiteral("[]")
            << QStringList { router, suite, analytics, sso,
                             QStringLiteral("SO-A1/S1-U SEATS x100 active @HQ(Berlin) [edition=enterprise] r2") }
            << QStringList { QStringLiteral("SO-A1/S1-U:changed(SO-F)r2") };
        QTest::addRow("suspend the suite: its components follow")
            << QStringLiteral(R"([{"id": "1", "product": "SUITE", "action": "suspend", "assetRef": "SO-A1/S1"}])") << QStringLiteral("[]")
            << QStringList { router, QStringLiteral("SO-A1/S1 SUITE x1 suspended @HQ(Berlin) [] r2"),
                             QStringLiteral("SO-A1/S1-A ADDON x1 suspended @HQ(Berlin) [feature=analytics] r2"),
                             QStringLiteral("SO-A1/S1-B ADDON x1 suspended @HQ(Berlin) [feature=sso] r2"),
                             QStringLiteral("SO-A1/S1-U SEATS x100 suspended @HQ(Berlin) [edition=pro] r2") }
            << QStringList { QStringLiteral("SO-A1/S1:suspended(SO-F)r2"), QStringLiteral("SO-A1/S1-A:suspended(SO-F)r2"),
                             QStringLiteral("SO-A1/S1-B:suspended(SO-F)r2"), QStringLiteral("SO-A1/S1-U:suspended(SO-F)r2") };
        QTest::addRow("disconnect the suite and name a component too")
            << QStringLiteral(R"([{"id": "1", "product": "SUITE", "action": "disconnect", "assetRef": "SO-A1/S1"},
                                  {"id": "2", "product": "ADDON", "action": "disconnect", "assetRef": "SO-A1/S1-B"}])")
            << QStringLiteral("[]")
            << QStringList { router, QStringLiteral("SO-A1/S1 SUITE x1 disconnected @HQ(Berlin) [] r2"),
                             QStringLiteral("SO-A1/S1-A ADDON x1 disconnected @HQ(Berlin) [feature=analytics] r2"),
                             QStringLiteral("SO-A1/S1-B ADDON x1 disconnected @HQ(Berlin) [feature=sso] r2"),
                             QStringLiteral("SO-A1/S1-U SEATS x100 disconnected @HQ(Berlin) [edition=pro] r2") }
            << QStringList { QStringLiteral("SO-A1/S1:disconnected(SO-F)r2"), QStringLiteral("SO-A1/S1-A:disconnected(SO-F)r2"),
                             QStringLiteral("SO-A1/S1-B:disconnected(SO-F)r2"), QStringLiteral("SO-A1/S1-U:disconnected(SO-F)r2") };
        QTest::addRow("disconnect the router only")
            << QStringLiteral(R"([{"id": "1", "product": "ROUTER", "action": "disconnect", "assetRef": "SO-A1/R1"}])")
            << QStringLiteral("[]")
            << QStringList { QStringLiteral("SO-A1/R1 ROUTER x1 disconnected @HQ(Berlin) [] r2"), suite, analytics, sso, seats }
            << QStringList { QStringLiteral("SO-A1/R1:disconnected(SO-F)r2") };
        QTest::addRow("move the router to Hamburg")
            << QStringLiteral(R"([{"id": "1", "product": "ROUTER", "action": "move", "assetRef": "SO-A1/R1", "deliveryGroup": "BRANCH"}])")
            << QStringLiteral(R"([{"id": "BRANCH", "address": {"line1": "Hafenstr. 9", "city": "Hamburg", "postalCode": "20457",
                                                              "country": "DE"}}])")
            << QStringList { QStringLiteral("SO-A1/R1 ROUTER x1 active @BRANCH(Hamburg) [] r2"), suite, analytics, sso, seats }
            << QStringList { QStringLiteral("SO-A1/R1:moved(SO-F)r2") };
        QTest::addRow("move the router to the order's only site")
            << QStringLiteral(R"([{"id": "1", "product": "ROUTER", "action": "move", "assetRef": "SO-A1/R1"}])")
            << QStringLiteral(R"([{"id": "LAGER", "address": {"line1": "Am Hafen 2", "city": "Bremen", "country": "DE"}}])")
            << QStringList { QStringLiteral("SO-A1/R1 ROUTER x1 active @LAGER(Bremen) [] r2"), suite, analytics, sso, seats }
            << QStringList { QStringLiteral("SO-A1/R1:moved(SO-F)r2") };
    }
    void completedOrderChangesItsAssets()
    {
        QFETCH(QString, items);
        QFETCH(QString, groups);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, events);
        const QStringList before = installedBase();
        const ImportResult imported = importOrder(QStringLiteral("SO-F"), items, groups);
        QVERIFY2(imported.ok(), qPrintable(problemsText(imported.problems)));
        if (stateOf(QStringLiteral("SO-F")) != QLatin1String("completed"))
            QCOMPARE(installedBase(), before); // nothing changes while the order runs
        const Status done = completeTasks();
        QVERIFY2(done, qPrintable(done.message()));
        QCOMPARE(stateOf(QStringLiteral("SO-F")), QStringLiteral("completed"));
        QCOMPARE(installedBase(), expected);
        QCOMPARE(laterEvents(), events);
        // No asset for the follow-up's own items: it acted on the account's assets.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM assets WHERE source_order = 'SO-F'")), QStringLiteral("0"));

        // The event's before and after, who and when.
        const QString first = events.constFirst().section(QLatin1Char(':'), 0, 0);
        const auto history = AssetReader(m_database->connection()).history(first);
        QVERIFY(history);
        QCOMPARE(history->size(), std::size_t(2));
        const AssetEvent& event = history->back();
        QCOMPARE(event.seq, 2);
        QCOMPARE(event.orderId, QStringLiteral("SO-F"));
        QCOMPARE(event.actor, QStringLiteral("engine"));
        QVERIFY(event.before != event.after);
        const auto asset = AssetReader(m_database->connection()).asset(first);
        QVERIFY(asset && *asset);
        QCOMPARE(event.at, (*asset)->updatedAt);
        QVERIFY(event.at > (*asset)->createdAt);
        QCOMPARE(event.after.value(QStringLiteral("quantity")).toInt(), (*asset)->quantity);
        QCOMPARE(event.after.value(QStringLiteral("status")).toString(), toString((*asset)->status));
        QCOMPARE(event.after.value(QStringLiteral("deliveryGroup")).toString(), (*asset)->deliveryGroup);
        QCOMPARE(event.after.value(QStringLiteral("attributes")).toMap(), (*asset)->attributes);
    }

    void suspendThenResume()
    {
        QVERIFY(importOrder(QStringLiteral("SO-S"), QStringLiteral(R"([{"id": "1", "product": "SUITE", "action": "suspend",
                                                                        "assetRef": "SO-A1/S1"}])"))
                    .ok());
        QVERIFY(completeTasks());
        QCOMPARE(stateOf(QStringLiteral("SO-S")), QStringLiteral("completed"));
        // A suspended suite cannot be suspended again: the order is refused naming the reason.
        const ImportResult again = importOrder(QStringLiteral("SO-S2"), QStringLiteral(R"([{"id": "1", "product": "SUITE",
                                                                                         "action": "suspend", "assetRef": "SO-A1/S1"}])"));
        QVERIFY(!again.ok());
        QVERIFY2(problemsText(again.problems).contains(QStringLiteral("asset 'SO-A1/S1' is already suspended")),
                 qPrintable(problemsText(again.problems)));
        QVERIFY(importOrder(QStringLiteral("SO-R"), QStringLiteral(R"([{"id": "1", "product": "SUITE", "action": "resume",
                                                                        "assetRef": "SO-A1/S1"}])"))
                    .ok());
        QVERIFY(completeTasks());
        QCOMPARE(stateOf(QStringLiteral("SO-R")), QStringLiteral("completed"));
        const QStringList base = installedBase();
        QCOMPARE(base.filter(QStringLiteral(" active ")).size(), 5);
        QCOMPARE(base.filter(QStringLiteral(" r3")).size(), 4); // the suite and its components: created, suspended, resumed
        QCOMPARE(laterEvents().filter(QStringLiteral("SO-A1/S1-U:")),
                 (QStringList { QStringLiteral("SO-A1/S1-U:suspended(SO-S)r2"), QStringLiteral("SO-A1/S1-U:resumed(SO-R)r3") }));
    }

    // One open order per asset: while SO-B (+50 seats) waits for its task, another order acting on the
    // seats, or suspending their suite, is refused naming SO-B and its state; an unrelated asset is fine.
    void oneOpenOrderPerAsset_data()
    {
        QTest::addColumn<QString>("items");
        QTest::addColumn<QString>("refusal"); // empty: imported
        QTest::addRow("the same asset") << QStringLiteral(R"([{"id": "1", "product": "SEATS", "action": "change", "assetRef": "SO-A1/S1-U",
                                                             "attributes": {"edition": "enterprise"}}])")
                                        << QStringLiteral("asset 'SO-A1/S1-U' is already being acted on by order SO-B (in-progress, "
                                                          "action 'change'), which is not completed or cancelled; one open order per "
                                                          "asset: submit this order once SO-B is completed or cancelled");
        QTest::addRow("suspend its bundle") << QStringLiteral(
            R"([{"id": "1", "product": "SUITE", "action": "suspend", "assetRef": "SO-A1/S1"}])")
                                            << QStringLiteral(
                                                   "asset 'SO-A1/S1' is tied to asset 'SO-A1/S1-U' (bundle and component), which "
                                                   "order SO-B (in-progress) is acting on with 'change'");
        QTest::addRow("change its bundle's other component")
            << QStringLiteral(R"([{"id": "1", "product": "ADDON", "action": "change", "assetRef": "SO-A1/S1-A",
                                  "attributes": {"feature": "reporting"}}])")
            << QString();
        QTest::addRow("another asset") << QStringLiteral(
            R"([{"id": "1", "product": "ROUTER", "action": "disconnect", "assetRef": "SO-A1/R1"}])")
                                       << QString();
    }
    void oneOpenOrderPerAsset()
    {
        QFETCH(QString, items);
        QFETCH(QString, refusal);
        QVERIFY(importOrder(QStringLiteral("SO-B"), QStringLiteral(R"([{"id": "1", "product": "SEATS", "action": "change",
                                                                        "assetRef": "SO-A1/S1-U", "quantity": 150}])"))
                    .ok());
        QCOMPARE(stateOf(QStringLiteral("SO-B")), QStringLiteral("in-progress"));
        const ImportResult second = importOrder(QStringLiteral("SO-C"), items);
        if (refusal.isEmpty()) {
            QVERIFY2(second.ok(), qPrintable(problemsText(second.problems)));
            return;
        }
        QVERIFY(!second.ok());
        QVERIFY2(problemsText(second.problems).contains(refusal), qPrintable(problemsText(second.problems)));
        QVERIFY(problemsText(second.problems).contains(QStringLiteral("/items/0/assetRef")));
        QCOMPARE(stateOf(QStringLiteral("SO-C")), QString()); // not in the store
        // Once SO-B completed, the same order goes in.
        QVERIFY(completeTasks());
        QCOMPARE(stateOf(QStringLiteral("SO-B")), QStringLiteral("completed"));
        const ImportResult later = importOrder(QStringLiteral("SO-C"), items);
        QVERIFY2(later.ok(), qPrintable(problemsText(later.problems)));
    }

    // Two orders of one import acting on one asset: the first goes in, the second is refused.
    void oneOpenOrderPerAssetInOneImport()
    {
        const QString disconnect = QStringLiteral(R"([{"id": "1", "product": "ROUTER", "action": "disconnect", "assetRef": "SO-A1/R1"}])");
        const QString move = QStringLiteral(R"([{"id": "1", "product": "ROUTER", "action": "change", "assetRef": "SO-A1/R1",
                                                "quantity": 2}])");
        OrderInputs inputs(QStringList { orderFile(QStringLiteral("SO-D1"), disconnect), orderFile(QStringLiteral("SO-D2"), move) });
        const BulkImportReport report = m_executor->imports().importOrders(inputs, QStringLiteral("ana"));
        QCOMPARE(report.imported, std::vector<QString> { QStringLiteral("SO-D1") });
        QCOMPARE(report.rejected.size(), std::size_t(1));
        const QString why = problemsText(report.rejected.front().problems);
        QVERIFY2(why.contains(QStringLiteral("asset 'SO-A1/R1' is already being acted on by order SO-D1 (accepted earlier in this import")),
                 qPrintable(why));
    }

    // A change order that adds an item acting on an asset another open order acts on is refused.
    void oneOpenOrderPerAssetInAChangeOrder()
    {
        QVERIFY(importOrder(QStringLiteral("SO-B"), QStringLiteral(R"([{"id": "1", "product": "SEATS", "action": "change",
                                                                        "assetRef": "SO-A1/S1-U", "quantity": 150}])"))
                    .ok());
        QVERIFY(importOrder(QStringLiteral("SO-N"), QStringLiteral(R"([{"id": "1", "product": "SEATS", "quantity": 5}])"),
                            QStringLiteral(R"([{"id": "HQ", "address": {"line1": "Hauptstr. 1", "city": "Berlin", "country": "DE"}}])"))
                    .ok());
        QCOMPARE(stateOf(QStringLiteral("SO-N")), QStringLiteral("in-progress"));
        nlohmann::json change = { { "formatVersion", 1 }, { "id", "CHG-N" }, { "order", "SO-N" } };
        change["actions"] = nlohmann::json::parse(R"([{"action": "add", "item": {"id": "2", "product": "SEATS", "action": "change",
                                                      "assetRef": "SO-A1/S1-U", "quantity": 120}}])");
        const Status submitted = m_executor->changes().submit(change, QStringLiteral("change.json"), QStringLiteral("ana"));
        QVERIFY(!submitted);
        QVERIFY2(submitted.message().contains(QStringLiteral(
                     "change.json:/actions/0/item/assetRef: asset 'SO-A1/S1-U' is already being acted on by order SO-B (in-progress")),
                 qPrintable(submitted.message()));
    }

    // The lines of an asset-based order keep the action, the asset and the change in the store: a
    // restarted engine reads them back as planned.
    void lineFieldsSurviveARestart_data()
    {
        QTest::addColumn<QString>("items");
        QTest::addColumn<QStringList>("expected"); // product action asset kind quantity delta total [changed], in the store's order
        QTest::addRow("+50 seats") << QStringLiteral(R"([{"id": "1", "product": "SEATS", "action": "change", "assetRef": "SO-A1/S1-U",
                                                        "quantity": 150}])")
                                   << QStringList { QStringLiteral("F_SEATS change SO-A1/S1-U increase q50 d50 t150 []") };
        QTest::addRow("edition") << QStringLiteral(R"([{"id": "1", "product": "SEATS", "action": "change", "assetRef": "SO-A1/S1-U",
                                                      "attributes": {"edition": "enterprise"}}])")
                                 << QStringList { QStringLiteral("F_SEATS change SO-A1/S1-U modify q100 d0 t100 [edition]") };
        QTest::addRow("disconnect") << QStringLiteral(
            R"([{"id": "1", "product": "SEATS", "action": "disconnect", "assetRef": "SO-A1/S1-U"}])")
                                    << QStringList { QStringLiteral("F_SEATS disconnect SO-A1/S1-U  q100 d0 t100 []") };
        QTest::addRow("a change, then a new router, in the plan's order")
            << QStringLiteral(R"([{"id": "1", "product": "SEATS", "action": "change", "assetRef": "SO-A1/S1-U", "quantity": 90},
                                 {"id": "2", "product": "ROUTER"}])")
            << QStringList { QStringLiteral("F_SEATS change SO-A1/S1-U decrease q10 d-10 t90 []"),
                             QStringLiteral("F_ROUTER add   q1 d0 t0 []") };
    }
    void lineFieldsSurviveARestart()
    {
        QFETCH(QString, items);
        QFETCH(QStringList, expected);
        QVERIFY(importOrder(QStringLiteral("SO-L"), items).ok());
        m_executor.reset(); // the engine stops; a new one reads the order from the store
        const Result<LoadedOrders> loaded = RuntimeLoader::loadActive(m_database->connection());
        QVERIFY2(loaded, qPrintable(loaded.message()));
        QStringList described;
        for (const OrderRuntime& order : loaded->orders) {
            if (order.orderId != QLatin1String("SO-L"))
                continue;
            for (const FulfillmentLine& line : order.lines)
                described << QStringLiteral("%1 %2 %3 %4 q%5 d%6 t%7 [%8]")
                                 .arg(line.product, line.action, line.assetRef, line.changeKind)
                                 .arg(line.quantity)
                                 .arg(line.quantityDelta)
                                 .arg(line.totalQuantity)
                                 .arg(line.changedAttributes.join(QLatin1Char(',')));
        }
        QCOMPARE(described, expected);
        // And the restarted engine completes it against the asset.
        QVERIFY(startEngine());
        QVERIFY(completeTasks());
        QCOMPARE(stateOf(QStringLiteral("SO-L")), QStringLiteral("completed"));
        QCOMPARE(laterEvents().size(), 1);
    }

    // The asset change is written in the transaction that completes the order: when it fails (a full
    // disk), the store shows neither the completion nor the change; after a restart the order
    // completes and the asset changes once.
    void completionAndAssetChangeAreOneWrite()
    {
        QVERIFY(importOrder(QStringLiteral("SO-W"), QStringLiteral(R"([{"id": "1", "product": "SEATS", "action": "change",
                                                                        "assetRef": "SO-A1/S1-U", "quantity": 150}])"))
                    .ok());
        QVERIFY(
            QSqlQuery(m_database->connection())
                .exec(QStringLiteral("CREATE TRIGGER refuse_change BEFORE UPDATE ON assets BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        const Status done = completeTasks();
        QVERIFY(!done);
        QVERIFY2(done.message().contains(QLatin1String("disk full")), qPrintable(done.message()));
        QCOMPARE(stateOf(QStringLiteral("SO-W")), QStringLiteral("in-progress"));
        QCOMPARE(laterEvents(), QStringList());
        QVERIFY(installedBase().contains(QStringLiteral("SO-A1/S1-U SEATS x100 active @HQ(Berlin) [edition=pro] r1")));

        m_executor.reset();
        QVERIFY(QSqlQuery(m_database->connection()).exec(QStringLiteral("DROP TRIGGER refuse_change")));
        QVERIFY(startEngine());
        QVERIFY(completeTasks());
        QCOMPARE(stateOf(QStringLiteral("SO-W")), QStringLiteral("completed"));
        QCOMPARE(laterEvents(), QStringList { QStringLiteral("SO-A1/S1-U:changed(SO-W)r2") });
        QVERIFY(installedBase().contains(QStringLiteral("SO-A1/S1-U SEATS x150 active @HQ(Berlin) [edition=pro] r2")));
    }

    // AssetWriter::apply (writes outside the engine, e.g. sync or tools) uses the same statements: a
    // change applied twice is written once, and a component's own change after its bundle's
    // cascade changes nothing more.
    void applyingAChangeTwiceWritesItOnce()
    {
        AssetChange disconnect;
        disconnect.assetId = QStringLiteral("SO-A1/S1");
        disconnect.kind = QStringLiteral("disconnected");
        disconnect.orderId = QStringLiteral("SO-X");
        disconnect.actor = QStringLiteral("ana");
        disconnect.at = QDateTime(QDate(2027, 1, 5), QTime(9, 0), Qt::UTC);
        disconnect.status = Asset::Status::Disconnected;
        disconnect.cascadeFrom = { Asset::Status::Active, Asset::Status::Suspended };
        AssetChange component = disconnect;
        component.assetId = QStringLiteral("SO-A1/S1-U");
        component.cascadeFrom.clear();
        AssetWriter writer(m_database->connection());
        QVERIFY(writer.apply({ disconnect, component }));
        QVERIFY(writer.apply({ disconnect }));
        QCOMPARE(laterEvents(),
                 (QStringList { QStringLiteral("SO-A1/S1:disconnected(SO-X)r2"), QStringLiteral("SO-A1/S1-A:disconnected(SO-X)r2"),
                                QStringLiteral("SO-A1/S1-B:disconnected(SO-X)r2"), QStringLiteral("SO-A1/S1-U:disconnected(SO-X)r2") }));
        const QStringList base = installedBase();
        QCOMPARE(base.filter(QStringLiteral(" disconnected ")).size(), 4);
        QCOMPARE(base.filter(QStringLiteral(" r2")).size(), 4);
        const auto history = AssetReader(m_database->connection()).history(QStringLiteral("SO-A1/S1-U"));
        QVERIFY(history);
        QCOMPARE(history->back().before.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(history->back().after.value(QStringLiteral("status")).toString(), QStringLiteral("disconnected"));
        QCOMPARE(history->back().actor, QStringLiteral("ana"));
    }
    // A cancelled order is out of the way, and changes nothing on the asset; so is an asset item a
    // change order removed from an open order.
    void cancelledOrRemovedIsOutOfTheWay()
    {
        const QString seats = QStringLiteral(R"([{"id": "1", "product": "SEATS", "action": "change", "assetRef": "SO-A1/S1-U",
                                                 "quantity": 150}])");
        QVERIFY(importOrder(QStringLiteral("SO-B"), seats).ok());
        nlohmann::json cancel = { { "formatVersion", 1 }, { "id", "CHG-X" }, { "order", "SO-B" } };
        cancel["actions"] = nlohmann::json::parse(R"([{"action": "cancelOrder"}])");
        const Status cancelled = m_executor->changes().submit(cancel, QStringLiteral("cancel.json"), QStringLiteral("ana"));
        QVERIFY2(cancelled, qPrintable(cancelled.message()));
        QVERIFY(m_executor->runUntilIdle());
        QVERIFY(completeTasks());
        QCOMPARE(stateOf(QStringLiteral("SO-B")), QStringLiteral("cancelled"));
        QCOMPARE(laterEvents(), QStringList());

        QVERIFY(importOrder(QStringLiteral("SO-C"), QStringLiteral(R"([{"id": "1", "product": "SEATS", "quantity": 5},
                                                                        {"id": "2", "product": "SEATS", "action": "change",
                                                                         "assetRef": "SO-A1/S1-U", "quantity": 120}])"),
                            QStringLiteral(R"([{"id": "HQ", "address": {"line1": "Hauptstr. 1", "city": "Berlin", "country": "DE"}}])"))
                    .ok());
        QVERIFY(!importOrder(QStringLiteral("SO-D"), seats).ok());
        nlohmann::json remove = { { "formatVersion", 1 }, { "id", "CHG-R" }, { "order", "SO-C" } };
        remove["actions"] = nlohmann::json::parse(R"([{"action": "remove", "item": "2"}])");
        const Status removed = m_executor->changes().submit(remove, QStringLiteral("remove.json"), QStringLiteral("ana"));
        QVERIFY2(removed, qPrintable(removed.message()));
        QVERIFY(m_executor->runUntilIdle());
        const ImportResult after = importOrder(QStringLiteral("SO-D"), seats);
        QVERIFY2(after.ok(), qPrintable(problemsText(after.problems)));
    }
};

QTEST_GUILESS_MAIN(TestAssetChanges)
#include "tst_assetchanges.moc"
