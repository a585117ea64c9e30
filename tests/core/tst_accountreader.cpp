// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// AccountReader: the accounts a store knows from its orders and assets (with their counts), an
// account's header as its newest order names it, its orders newest first, and an unknown account.

#include "common/clock.h"
#include "store/accountreader.h"
#include "store/assetwriter.h"
#include "store/database.h"
#include "store/storeimporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <memory>

using namespace fw;

namespace {
const QDateTime start(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);

nlohmann::json orderFor(const QString& id, const QString& account, const QString& name, const QString& segment)
{
    QFile file(QStringLiteral(FW_SAMPLES_DIR "/laptop-bundle/order.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    nlohmann::json order = nlohmann::json::parse(file.readAll().toStdString(), nullptr, false);
    order["id"] = id.toStdString();
    order["account"] = { { "id", account.toStdString() }, { "name", name.toStdString() }, { "region", "EMEA" } };
    if (!segment.isEmpty())
        order["account"]["segment"] = segment.toStdString();
    return order;
}
} // namespace

class TestAccountReader : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;

private Q_SLOTS:
    void initTestCase()
    {
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("store.db")));
        QVERIFY(m_database->openStore());
        ManualClock clock(start);
        StoreImporter importer(*m_database, clock);
        const ImportResult catalog
            = importer.importCatalog(QStringLiteral(FW_SAMPLES_DIR "/laptop-bundle/catalog.json"), QStringLiteral("t"));
        QVERIFY(catalog.ok());
        const struct {
            const char* id;
            const char* account;
            const char* name;
            const char* segment;
        } orders[] = { { "SO-A1", "ACC-B", "Beta GmbH", "" },
                       { "SO-A2", "ACC-A", "Alpha AG", "smb" },
                       { "SO-A3", "ACC-A", "Alpha AG (renamed)", "enterprise" } };
        for (const auto& o : orders) {
            clock.advance(60 * 1000);
            const ImportResult imported = importer.importOrderDocument(
                orderFor(QLatin1String(o.id), QLatin1String(o.account), QString::fromUtf8(o.name), QLatin1String(o.segment)),
                QStringLiteral("t"), QStringLiteral("t"), catalog.id);
            QVERIFY2(imported.ok(), imported.problems.empty() ? "" : qPrintable(imported.problems.front().toString()));
        }
        Asset asset;
        asset.id = QStringLiteral("SO-A2/1");
        asset.accountId = QStringLiteral("ACC-A");
        asset.product = QStringLiteral("LAPTOP_BUNDLE");
        asset.sourceOrder = QStringLiteral("SO-A2");
        asset.sourceItem = QStringLiteral("1");
        asset.createdAt = asset.updatedAt = start;
        Asset orphan = asset; // an account known only from its assets (its orders archived)
        orphan.id = QStringLiteral("SO-OLD/1");
        orphan.accountId = QStringLiteral("ACC-C");
        orphan.sourceOrder = QStringLiteral("SO-OLD");
        QVERIFY(AssetWriter(m_database->connection()).record({ asset, orphan }, {}));
    }
    void cleanupTestCase() { m_database.reset(); }

    void accounts()
    {
        const auto listed = AccountReader(m_database->connection()).accounts();
        QVERIFY2(listed, qPrintable(listed.message()));
        const std::vector<AccountListing> expected = { { QStringLiteral("ACC-C"), QStringLiteral("ACC-C"), 0, 1 },
                                                       { QStringLiteral("ACC-A"), QStringLiteral("Alpha AG (renamed)"), 2, 1 },
                                                       { QStringLiteral("ACC-B"), QStringLiteral("Beta GmbH"), 1, 0 } };
        QCOMPARE(listed->size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE((*listed)[i].id, expected[i].id);
            QCOMPARE((*listed)[i].name, expected[i].name);
            QCOMPARE((*listed)[i].orderCount, expected[i].orderCount);
            QCOMPARE((*listed)[i].assetCount, expected[i].assetCount);
        }
    }

    void header_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<bool>("known");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("segment");
        QTest::addColumn<int>("orders");
        QTest::addColumn<int>("assets");
        QTest::addRow("newest order names it") << "ACC-A" << true << "Alpha AG (renamed)"
                                               << "enterprise" << 2 << 1;
        QTest::addRow("no segment") << "ACC-B" << true << "Beta GmbH"
                                    << "" << 1 << 0;
        QTest::addRow("assets only") << "ACC-C" << true << "ACC-C"
                                     << "" << 0 << 1;
        QTest::addRow("unknown") << "ACC-NOPE" << false << ""
                                 << "" << 0 << 0;
    }
    void header()
    {
        QFETCH(QString, account);
        QFETCH(bool, known);
        QFETCH(QString, name);
        QFETCH(QString, segment);
        QFETCH(int, orders);
        QFETCH(int, assets);
        const auto read = AccountReader(m_database->connection()).header(account);
        QVERIFY2(read, qPrintable(read.message()));
        QCOMPARE(read->has_value(), known);
        if (!known)
            return;
        QCOMPARE((*read)->name, name);
        QCOMPARE((*read)->segment, segment);
        QCOMPARE((*read)->region, orders ? QStringLiteral("EMEA") : QString());
        QCOMPARE((*read)->orderCount, orders);
        QCOMPARE((*read)->assetCount, assets);
    }

    void orders()
    {
        const auto read = AccountReader(m_database->connection()).orders(QStringLiteral("ACC-A"));
        QVERIFY2(read, qPrintable(read.message()));
        QCOMPARE(read->size(), size_t(2));
        QCOMPARE(read->at(0).id, QStringLiteral("SO-A3")); // newest first
        QCOMPARE(read->at(1).id, QStringLiteral("SO-A2"));
        QCOMPARE(read->at(0).state, QStringLiteral("pending"));
        QVERIFY(read->at(0).createdAt > read->at(1).createdAt);
        const auto none = AccountReader(m_database->connection()).orders(QStringLiteral("ACC-C"));
        QVERIFY(none);
        QVERIFY(none->empty());
    }

    void hasOrder()
    {
        const AccountReader reader(m_database->connection());
        QCOMPARE(*reader.hasOrder(QStringLiteral("SO-A1")), true);
        QCOMPARE(*reader.hasOrder(QStringLiteral("SO-ZZ")), false);
        QCOMPARE(*reader.accountOf(QStringLiteral("SO-A2")), QStringLiteral("ACC-A"));
        QCOMPARE(*reader.accountOf(QStringLiteral("SO-ZZ")), QString());
    }
};

QTEST_GUILESS_MAIN(TestAccountReader)
#include "tst_accountreader.moc"
