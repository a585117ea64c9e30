// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// importDemoFollowUps: the demo's asset-based orders act on assets that completed history copies
// left, each follow-up on a copy of its own (no two open orders on one asset), with ids of their
// own; a follow-up whose sample order has no completed copy is left out.

#include "common/clock.h"
#include "demo/demofollowups.h"
#include "store/assetwriter.h"
#include "store/database.h"
#include "store/storeimporter.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <memory>

using namespace fw;

namespace {
const QDateTime now(QDate(2026, 12, 8), QTime(10, 0), Qt::UTC);

Asset completedSeats(const QString& copy, Asset::Status status = Asset::Status::Active)
{
    Asset asset;
    asset.id = copy + QStringLiteral("/S1-U");
    asset.accountId = QStringLiteral("ACC-FR-3310");
    asset.product = QStringLiteral("USER_LICENCE");
    asset.attributes = { { QStringLiteral("edition"), QStringLiteral("full") } };
    asset.quantity = 250;
    asset.status = status;
    asset.sourceOrder = copy;
    asset.sourceItem = QStringLiteral("S1-U");
    asset.createdAt = asset.updatedAt = now.addDays(-5);
    return asset;
}
} // namespace

class TestDemoFollowUps : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_stores = 0;

    // A store with both sample catalogs; `assets`: what completed copies of SO-20417 left.
    std::unique_ptr<Database> store(const std::vector<Asset>& assets)
    {
        auto database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("s%1.db").arg(++m_stores)));
        if (!database->openStore())
            return nullptr;
        ManualClock clock(now.addDays(-10));
        StoreImporter importer(*database, clock);
        for (const char* scenario : { "saas-licence", "telecom-fiber" }) {
            if (!importer
                     .importCatalog(QStringLiteral(FW_SAMPLES_DIR "/") + QLatin1String(scenario) + QStringLiteral("/catalog.json"),
                                    QStringLiteral("t"))
                     .ok())
                return nullptr;
        }
        if (!assets.empty() && !AssetWriter(database->connection()).record(assets, {}))
            return nullptr;
        return database;
    }

    static QStringList orders(Database& database, QStringList* assetRefs = nullptr)
    {
        QStringList ids;
        QSqlQuery query(database.connection());
        query.exec(QStringLiteral("SELECT id, document FROM orders ORDER BY id"));
        while (query.next()) {
            ids << query.value(0).toString();
            const auto document = nlohmann::json::parse(query.value(1).toString().toStdString(), nullptr, false);
            if (assetRefs && document.is_object())
                *assetRefs << QString::fromStdString(document["items"][0].value("assetRef", std::string()));
        }
        return ids;
    }

private Q_SLOTS:
    void followUps_data()
    {
        QTest::addColumn<QStringList>("copies"); // completed copies of SO-20417 (their seats recorded)
        QTest::addColumn<QStringList>("orders");
        QTest::addColumn<QStringList>("assetRefs");
        QTest::addRow("two copies: seats and suspension on one each")
            << QStringList { QStringLiteral("SO-20417-H0003"), QStringLiteral("SO-20417-H0007") }
            << QStringList { QStringLiteral("SO-20417-SEATS-H0003"), QStringLiteral("SO-20417-SUSPEND-H0007") }
            << QStringList { QStringLiteral("SO-20417-H0003/S1-U"), QStringLiteral("SO-20417-H0007/S1-U") };
        QTest::addRow("one copy: the second follow-up is left out")
            << QStringList { QStringLiteral("SO-20417-H0002") } << QStringList { QStringLiteral("SO-20417-SEATS-H0002") }
            << QStringList { QStringLiteral("SO-20417-H0002/S1-U") };
        QTest::addRow("no completed copy: nothing") << QStringList() << QStringList() << QStringList();
    }
    void followUps()
    {
        QFETCH(QStringList, copies);
        QFETCH(QStringList, orders);
        QFETCH(QStringList, assetRefs);
        std::vector<Asset> assets;
        for (const QString& copy : copies)
            assets.push_back(completedSeats(copy));
        auto database = store(assets);
        QVERIFY(database);
        ManualClock clock(now);
        StoreImporter importer(*database, clock);
        const Result<int> imported = importDemoFollowUps(*database, importer, QStringLiteral(FW_SAMPLES_DIR), now, 10);
        QVERIFY2(imported, qPrintable(imported.message()));
        QCOMPARE(*imported, int(orders.size()));
        QStringList refs;
        QCOMPARE(TestDemoFollowUps::orders(*database, &refs), orders);
        QCOMPARE(refs, assetRefs);
    }

    void suspendedCopyIsNotUsed()
    {
        auto database = store({ completedSeats(QStringLiteral("SO-20417-H0001"), Asset::Status::Suspended),
                                completedSeats(QStringLiteral("SO-20417-H0004")) });
        QVERIFY(database);
        ManualClock clock(now);
        StoreImporter importer(*database, clock);
        const Result<int> imported = importDemoFollowUps(*database, importer, QStringLiteral(FW_SAMPLES_DIR), now, 10);
        QVERIFY(imported);
        QCOMPARE(orders(*database), QStringList { QStringLiteral("SO-20417-SEATS-H0004") });
    }
};

QTEST_GUILESS_MAIN(TestDemoFollowUps)
#include "tst_demofollowups.moc"
