// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// OpenAssetOrders (docs/assets.md, "One open order per asset"): which open order is in the way of
// an action on an asset. The installed base of tests/data/assets (a SUITE bundle SO-A1/S1 with seats
// S1-U and add-ons S1-A, S1-B; a router R1) is written directly; the open orders are imported.

#include "common/clock.h"
#include "store/assetwriter.h"
#include "store/database.h"
#include "store/openassetorders.h"
#include "store/storeimporter.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <memory>

using namespace fw;

class TestOpenAssetOrders : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock { QDateTime(QDate(2026, 12, 20), QTime(10, 0), Qt::UTC) };
    std::unique_ptr<Database> m_database;

    static Asset asset(const QString& item, const QString& product, const QString& parent = {})
    {
        Asset a;
        a.id = QStringLiteral("SO-A1/") + item;
        a.accountId = QStringLiteral("ACC-7");
        a.product = product;
        a.parentAsset = parent.isEmpty() ? QString() : QStringLiteral("SO-A1/") + parent;
        a.quantity = product == QLatin1String("SEATS") ? 100 : 1;
        a.deliveryGroup = QStringLiteral("HQ");
        a.sourceOrder = QStringLiteral("SO-A1");
        a.sourceItem = item;
        a.createdAt = QDateTime(QDate(2026, 12, 7), QTime(16, 30), Qt::UTC);
        return a;
    }
    ImportResult importOrder(const QString& id, const char* items)
    {
        nlohmann::json document
            = { { "formatVersion", 1 }, { "id", id.toStdString() }, { "account", { { "id", "ACC-7" }, { "name", "Asset Test GmbH" } } } };
        document["items"] = nlohmann::json::parse(items);
        return StoreImporter(*m_database, m_clock).importOrderDocument(document, id + QStringLiteral(".json"), QStringLiteral("t"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("open.db")));
        QVERIFY(m_database->openStore());
        QVERIFY(StoreImporter(*m_database, m_clock)
                    .importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/assets/catalog.json"), QStringLiteral("t"))
                    .ok());
        QVERIFY(AssetWriter(m_database->connection())
                    .record({ asset(QStringLiteral("S1"), QStringLiteral("SUITE")),
                              asset(QStringLiteral("S1-U"), QStringLiteral("SEATS"), QStringLiteral("S1")),
                              asset(QStringLiteral("S1-A"), QStringLiteral("ADDON"), QStringLiteral("S1")),
                              asset(QStringLiteral("S1-B"), QStringLiteral("ADDON"), QStringLiteral("S1")),
                              asset(QStringLiteral("R1"), QStringLiteral("ROUTER")) },
                            {}));
        // Open: SO-SEATS changes the seats, SO-ADDON disconnects add-on S1-B. Completed: SO-DONE on the router.
        QVERIFY(importOrder(QStringLiteral("SO-SEATS"), R"([{"id": "1", "product": "SEATS", "action": "change", "assetRef": "SO-A1/S1-U",
                                                            "quantity": 150}])")
                    .ok());
        m_clock.advance(60 * 1000); // the older open order is named first
        QVERIFY(importOrder(QStringLiteral("SO-ADDON"), R"([{"id": "1", "product": "ADDON", "action": "disconnect",
                                                            "assetRef": "SO-A1/S1-B"}])")
                    .ok());
        QVERIFY(
            importOrder(QStringLiteral("SO-DONE"), R"([{"id": "1", "product": "ROUTER", "action": "disconnect", "assetRef": "SO-A1/R1"}])")
                .ok());
        QVERIFY(QSqlQuery(m_database->connection()).exec(QStringLiteral("UPDATE orders SET state = 'completed' WHERE id = 'SO-DONE'")));
    }

    void inTheWay_data()
    {
        QTest::addColumn<QString>("asset");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("except");
        QTest::addColumn<QString>("expected"); // "order state asset action", empty: none
        QTest::addRow("the same asset") << QStringLiteral("SO-A1/S1-U") << QStringLiteral("change") << QString()
                                        << QStringLiteral("SO-SEATS pending SO-A1/S1-U change");
        QTest::addRow("the same asset, itself left out")
            << QStringLiteral("SO-A1/S1-U") << QStringLiteral("suspend") << QStringLiteral("SO-SEATS") << QString();
        QTest::addRow("suspending the bundle of a changed component")
            << QStringLiteral("SO-A1/S1") << QStringLiteral("suspend") << QString() << QStringLiteral("SO-SEATS pending SO-A1/S1-U change");
        QTest::addRow("changing the bundle of a component being disconnected")
            << QStringLiteral("SO-A1/S1") << QStringLiteral("change") << QString()
            << QStringLiteral("SO-ADDON pending SO-A1/S1-B disconnect");
        QTest::addRow("changing a sibling component") << QStringLiteral("SO-A1/S1-A") << QStringLiteral("change") << QString() << QString();
        QTest::addRow("a completed order") << QStringLiteral("SO-A1/R1") << QStringLiteral("change") << QString() << QString();
        QTest::addRow("an asset no order names") << QStringLiteral("SO-A1/NONE") << QStringLiteral("disconnect") << QString() << QString();
    }
    void inTheWay()
    {
        QFETCH(QString, asset);
        QFETCH(QString, action);
        QFETCH(QString, except);
        QFETCH(QString, expected);
        OpenAssetOrders open(m_database->connection());
        const auto found = open.inTheWay(asset, action, except);
        QVERIFY2(found, qPrintable(found.message()));
        const QString actual = *found
            ? QStringLiteral("%1 %2 %3 %4").arg((*found)->orderId, (*found)->state, (*found)->assetId, (*found)->action)
            : QString();
        QCOMPARE(actual, expected);
    }
    // The orders accepted before in a bulk import's group are not in the store yet: their claims count
    // first, with the same rule for a bundle and its components.
    void claimsOfAnImport_data()
    {
        QTest::addColumn<QString>("asset");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("except");
        QTest::addColumn<QString>("expected");
        QTest::addRow("a claimed asset") << QStringLiteral("SO-A1/R1") << QStringLiteral("change") << QString()
                                         << QStringLiteral("SO-NEW accepted earlier in this import SO-A1/R1 disconnect");
        QTest::addRow("the bundle of a component claimed for a suspension")
            << QStringLiteral("SO-A1/S1") << QStringLiteral("change") << QString()
            << QStringLiteral("SO-NEW2 accepted earlier in this import SO-A1/S1-A suspend");
        QTest::addRow("the claim's own order left out, then the store")
            << QStringLiteral("SO-A1/S1") << QStringLiteral("change") << QStringLiteral("SO-NEW2")
            << QStringLiteral("SO-ADDON pending SO-A1/S1-B disconnect");
        QTest::addRow("a sibling of a claimed component")
            << QStringLiteral("SO-A1/S1-B") << QStringLiteral("change") << QStringLiteral("SO-ADDON") << QString();
    }
    void claimsOfAnImport()
    {
        QFETCH(QString, asset);
        QFETCH(QString, action);
        QFETCH(QString, except);
        QFETCH(QString, expected);
        OpenAssetOrders open(m_database->connection());
        QVERIFY(open.claim(QStringLiteral("SO-NEW"), QStringLiteral("SO-A1/R1"), QStringLiteral("disconnect")));
        QVERIFY(open.claim(QStringLiteral("SO-NEW2"), QStringLiteral("SO-A1/S1-A"), QStringLiteral("suspend")));
        const auto found = open.inTheWay(asset, action, except);
        QVERIFY2(found, qPrintable(found.message()));
        const QString actual = *found
            ? QStringLiteral("%1 %2 %3 %4").arg((*found)->orderId, (*found)->state, (*found)->assetId, (*found)->action)
            : QString();
        QCOMPARE(actual, expected);
    }
};

QTEST_GUILESS_MAIN(TestOpenAssetOrders)
#include "tst_openassetorders.moc"
