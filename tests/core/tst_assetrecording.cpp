// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The engine records an order's assets when the order completes (docs/assets.md): one per commercial
// item as change orders left it, a bundle's components as child assets, the term from the catalog,
// in the same transaction as the completion (a failed write leaves neither), and nothing for a
// cancelled order. On tests/data/assets (a SUITE bundle with seats and two add-ons, and a router).

#include "catalog/catalogreader.h"
#include "common/clock.h"
#include "domain/fulfillmentline.h"
#include "engine/assetrecording.h"
#include "engine/executor.h"
#include "engine/handlers/changecommands.h"
#include "engine/handlers/taskcommands.h"
#include "store/assetreader.h"
#include "store/database.h"
#include "store/storeimporter.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <memory>

using namespace fw;

class TestAssetRecording : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock { QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC) };
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Executor> m_executor;
    int m_stores = 0;
    const QString m_order = QStringLiteral("SO-A1");

    QString scalar(const QString& sql) const
    {
        QSqlQuery query(m_database->connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }
    QString orderState() const { return scalar(QStringLiteral("SELECT state FROM orders WHERE id = 'SO-A1'")); }
    int assetCount() const { return scalar(QStringLiteral("SELECT COUNT(*) FROM assets")).toInt(); }

    bool startEngine()
    {
        m_executor = std::make_unique<Executor>(*m_database, m_clock);
        return m_executor->load() && m_executor->runUntilIdle();
    }
    // The manual tasks ("Activate seats": the item's, and a supplement's when seats were added to
    // started work), done on 7 December.
    Status activateSeats()
    {
        m_clock.set(QDateTime(QDate(2026, 12, 7), QTime(16, 30), Qt::UTC));
        for (int round = 0; round < 5; ++round) {
            const qint64 task = scalar(QStringLiteral("SELECT id FROM tasks WHERE state IN ('open', 'claimed') ORDER BY id")).toLongLong();
            if (!task)
                return round > 0 ? Status() : failure(QStringLiteral("no open task"));
            if (Status claimed = m_executor->tasks().claim(task, QStringLiteral("ana")); !claimed)
                return claimed;
            if (Status done = m_executor->tasks().complete(task, QStringLiteral("ana"), {}); !done)
                return done;
            if (const Result<int> ran = m_executor->runUntilIdle(); !ran)
                return ran.error();
        }
        return failure(QStringLiteral("tasks keep opening"));
    }
    Status submitChange(const QString& actions)
    {
        nlohmann::json document = { { "formatVersion", 1 }, { "id", "CHG-T" }, { "order", m_order.toStdString() } };
        document["actions"] = nlohmann::json::parse(actions.toStdString());
        if (Status submitted = m_executor->changes().submit(document, QStringLiteral("change.json"), QStringLiteral("ana")); !submitted)
            return submitted;
        const Result<int> ran = m_executor->runUntilIdle();
        return ran ? Status() : Status(ran.error());
    }
    static QString describe(const Asset& asset)
    {
        QStringList attributes;
        for (auto it = asset.attributes.cbegin(); it != asset.attributes.cend(); ++it)
            attributes << it.key() + QLatin1Char('=') + it.value().toString();
        return QStringLiteral("%1 %2 x%3 [%4] parent=%5")
            .arg(asset.id, asset.product)
            .arg(asset.quantity)
            .arg(attributes.join(QLatin1Char(',')), asset.parentAsset);
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC));
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("assets-%1.db").arg(++m_stores)));
        QVERIFY(m_database->openStore());
        StoreImporter importer(*m_database, m_clock);
        QVERIFY(importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/assets/catalog.json"), QStringLiteral("t")).ok());
        QVERIFY(importer.importOrder(QStringLiteral(FW_TEST_DATA_DIR "/assets/order.json"), QStringLiteral("t")).ok());
        QVERIFY(startEngine());
        QCOMPARE(orderState(), QStringLiteral("in-progress"));
        QCOMPARE(assetCount(), 0); // nothing is owned before fulfillment completes
    }
    void cleanup()
    {
        m_executor.reset();
        m_database.reset();
    }

    void completedOrderRecordsItsAssets_data()
    {
        QTest::addColumn<QString>("change"); // the actions of a change order applied before completion; empty: none
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("seatLines"); // seats added to started work come as a supplement with a line of its own
        const QString root = QStringLiteral("SO-A1/S1");
        QTest::addRow("as ordered") << QString() << QStringList {
            QStringLiteral("SO-A1/R1 ROUTER x1 [] parent="),
            QStringLiteral("SO-A1/S1 SUITE x1 [] parent="),
            QStringLiteral("SO-A1/S1-A ADDON x1 [feature=analytics] parent=") + root,
            QStringLiteral("SO-A1/S1-B ADDON x1 [feature=sso] parent=") + root,
            QStringLiteral("SO-A1/S1-U SEATS x100 [edition=pro] parent=") + root,
        } << 1;
        QTest::addRow("seats 100 -> 150, sso removed, analytics -> reporting")
            << QStringLiteral(R"([{"action": "quantity", "item": "S1-U", "quantity": 150}, {"action": "remove", "item": "S1-B"},
                                 {"action": "attributes", "item": "S1-A", "attributes": {"feature": "reporting"}}])")
            << QStringList {
                   QStringLiteral("SO-A1/R1 ROUTER x1 [] parent="),
                   QStringLiteral("SO-A1/S1 SUITE x1 [] parent="),
                   QStringLiteral("SO-A1/S1-A ADDON x1 [feature=reporting] parent=") + root,
                   QStringLiteral("SO-A1/S1-U SEATS x150 [edition=pro] parent=") + root,
               } << 2;
        QTest::addRow("seats 100 -> 40") << QStringLiteral(R"([{"action": "quantity", "item": "S1-U", "quantity": 40}])")
                                        << QStringList {
                                               QStringLiteral("SO-A1/R1 ROUTER x1 [] parent="),
                                               QStringLiteral("SO-A1/S1 SUITE x1 [] parent="),
                                               QStringLiteral("SO-A1/S1-A ADDON x1 [feature=analytics] parent=") + root,
                                               QStringLiteral("SO-A1/S1-B ADDON x1 [feature=sso] parent=") + root,
                                               QStringLiteral("SO-A1/S1-U SEATS x40 [edition=pro] parent=") + root,
                                           } << 1;
    }
    void completedOrderRecordsItsAssets()
    {
        QFETCH(QString, change);
        QFETCH(QStringList, expected);
        QFETCH(int, seatLines);
        if (!change.isEmpty()) {
            const Status changed = submitChange(change);
            QVERIFY2(changed, qPrintable(changed.message()));
            QCOMPARE(assetCount(), 0);
        }
        const Status done = activateSeats();
        QVERIFY2(done, qPrintable(done.message()));
        QCOMPARE(orderState(), QStringLiteral("completed"));

        AssetReader reader(m_database->connection());
        const auto assets = reader.ofAccount(QStringLiteral("ACC-7"));
        QVERIFY2(assets, qPrintable(assets.message()));
        QStringList described;
        for (const Asset& asset : *assets)
            described << describe(asset);
        QCOMPARE(described, expected);

        for (const Asset& asset : *assets) {
            QCOMPARE(toString(asset.status), QStringLiteral("active"));
            QCOMPARE(asset.sourceOrder, m_order);
            QCOMPARE(asset.deliveryGroup, QStringLiteral("HQ"));
            QCOMPARE(asset.site.value(QStringLiteral("city")).toString(), QStringLiteral("Berlin"));
            QCOMPARE(asset.lines.size(), asset.product == QLatin1String("SEATS") ? seatLines : 1);
            // The suite's 12-month term from the completion date, for the bundle and its components.
            const bool inSuite = asset.product != QLatin1String("ROUTER");
            QCOMPARE(asset.termStart, inSuite ? QDate(2026, 12, 7) : QDate());
            QCOMPARE(asset.termEnd, inSuite ? QDate(2027, 12, 7) : QDate());
            QCOMPARE(asset.renewalLeadDays, inSuite ? 60 : 0);
            const auto history = reader.history(asset.id);
            QVERIFY(history);
            QCOMPARE(history->size(), std::size_t(1));
            const AssetEvent& created = history->front();
            QCOMPARE(created.kind, QStringLiteral("created"));
            QCOMPARE(created.orderId, m_order);
            QCOMPARE(created.actor, QStringLiteral("engine"));
            QCOMPARE(created.at, QDateTime(QDate(2026, 12, 7), QTime(16, 30), Qt::UTC));
            QCOMPARE(created.changeOrders, change.isEmpty() ? QStringList() : QStringList { QStringLiteral("CHG-T") });
            QCOMPARE(created.after.value(QStringLiteral("quantity")).toInt(), asset.quantity);
        }
    }

    // assetsOfCompletedOrder alone, for what the engine test does not reach: an item whose action is
    // "remove" (with its children), a supplement, removed lines, and the delivery group when the
    // order has several.
    void assetsOfAnOrder_data()
    {
        QTest::addColumn<QString>("itemGroup"); // S1's delivery group
        QTest::addColumn<QString>("seatsAction");
        QTest::addColumn<QStringList>("expected"); // id x quantity @ group lines, in the order's item order
        QTest::addRow("group from the parent") << QStringLiteral("B") << QStringLiteral("add")
                                               << QStringList { QStringLiteral("SO-P/S1-U x15 @B [L-U,L-U+]"),
                                                                QStringLiteral("SO-P/S1 x1 @B []"), QStringLiteral("SO-P/R1 x1 @ []") };
        QTest::addRow("no group, two in the order") << QString() << QStringLiteral("add")
                                                    << QStringList { QStringLiteral("SO-P/S1-U x15 @ [L-U,L-U+]"),
                                                                     QStringLiteral("SO-P/S1 x1 @ []"), QStringLiteral("SO-P/R1 x1 @ []") };
        QTest::addRow("seats being removed") << QStringLiteral("A") << QStringLiteral("remove")
                                             << QStringList { QStringLiteral("SO-P/S1 x1 @A []"), QStringLiteral("SO-P/R1 x1 @ []") };
    }
    void assetsOfAnOrder()
    {
        QFETCH(QString, itemGroup);
        QFETCH(QString, seatsAction);
        QFETCH(QStringList, expected);
        const CatalogLoad catalog = CatalogReader::readFile(QStringLiteral(FW_TEST_DATA_DIR "/assets/catalog.json"));
        QVERIFY(catalog.ok());
        Order order;
        order.id = QStringLiteral("SO-P");
        order.account.id = QStringLiteral("ACC-P");
        order.deliveryGroups = { { QStringLiteral("A"), {}, {} }, { QStringLiteral("B"), {}, {} } };
        OrderItem suite { QStringLiteral("S1"), QStringLiteral("SUITE") };
        suite.deliveryGroup = itemGroup;
        OrderItem seats { QStringLiteral("S1-U"), QStringLiteral("SEATS"), 10 };
        seats.parentItem = suite.id;
        seats.action = seatsAction;
        OrderItem more { QStringLiteral("S1-U+C"), QStringLiteral("SEATS"), 5 };
        more.parentItem = suite.id;
        more.supplementOf = seats.id;
        // Children listed before their parent: the order of items does not matter.
        order.items = { seats, more, suite, OrderItem { QStringLiteral("R1"), QStringLiteral("ROUTER") } };
        const auto line = [](const char* id, const QString& item, const QString& removedBy = {}) {
            FulfillmentLine l;
            l.id = QLatin1String(id);
            l.sourceItems = QStringList { item };
            l.removedBy = removedBy;
            return l;
        };
        const std::vector<FulfillmentLine> lines { line("L-U", seats.id), line("L-U+", more.id),
                                                   line("L-OLD", seats.id, QStringLiteral("CHG-0")) };
        const QDateTime at(QDate(2026, 1, 31), QTime(23, 0), Qt::UTC);
        const RecordedAssets recorded = assetsOfCompletedOrder(order, lines, *catalog.catalog, at, QStringLiteral("engine"));
        QStringList actual;
        for (const Asset& asset : recorded.assets)
            actual << QStringLiteral("%1 x%2 @%3 [%4]").arg(asset.id).arg(asset.quantity).arg(asset.deliveryGroup, asset.lines.join(u','));
        QCOMPARE(actual, expected);
        QCOMPARE(recorded.events.size(), recorded.assets.size());
        // A term from 31 January: Qt's addMonths keeps to the month's last day.
        QCOMPARE(recorded.assets.front().termEnd, QDate(2027, 1, 31));
    }

    void cancelledOrderRecordsNothing()
    {
        const Status cancelled = submitChange(QStringLiteral(R"([{"action": "cancelOrder"}])"));
        QVERIFY2(cancelled, qPrintable(cancelled.message()));
        QCOMPARE(orderState(), QStringLiteral("cancelled"));
        QCOMPARE(assetCount(), 0);
    }

    // The assets are written in the transaction that completes the order: when it fails, the store
    // shows neither; after a restart the order completes with its assets.
    void completionAndAssetsAreOneWrite()
    {
        QVERIFY(
            QSqlQuery(m_database->connection())
                .exec(QStringLiteral("CREATE TRIGGER refuse_assets BEFORE INSERT ON assets BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        const Status done = activateSeats();
        QVERIFY(!done);
        QVERIFY2(done.message().contains(QLatin1String("disk full")), qPrintable(done.message()));
        QCOMPARE(orderState(), QStringLiteral("in-progress"));
        QCOMPARE(assetCount(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM asset_events")), QStringLiteral("0"));

        // Restart: the engine continues from what was committed.
        m_executor.reset();
        QVERIFY(QSqlQuery(m_database->connection()).exec(QStringLiteral("DROP TRIGGER refuse_assets")));
        QVERIFY(startEngine());
        QCOMPARE(orderState(), QStringLiteral("in-progress"));
        const Status again = activateSeats();
        QVERIFY2(again, qPrintable(again.message()));
        QCOMPARE(orderState(), QStringLiteral("completed"));
        QCOMPARE(assetCount(), 5);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM asset_events")), QStringLiteral("5"));
    }
};

QTEST_GUILESS_MAIN(TestAssetRecording)
#include "tst_assetrecording.moc"
