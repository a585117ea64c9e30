// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// AssetWriter and AssetReader (schema v24): what is written reads back field for field, an
// account's assets list roots before their children, an asset is recorded once per id, and the
// history keeps its order.

#include "store/assetreader.h"
#include "store/assetwriter.h"
#include "store/database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fw;

Q_DECLARE_METATYPE(fw::Asset)

namespace {
const QDateTime recordedAt(QDate(2026, 12, 7), QTime(9, 30, 0, 250), Qt::UTC);

Asset makeAsset(const QString& order, const QString& item, const QString& product, int quantity, const QString& parentItem = {})
{
    Asset asset;
    asset.id = order + QLatin1Char('/') + item;
    asset.accountId = QStringLiteral("ACC-1");
    asset.product = product;
    asset.parentAsset = parentItem.isEmpty() ? QString() : order + QLatin1Char('/') + parentItem;
    asset.quantity = quantity;
    asset.sourceOrder = order;
    asset.sourceItem = item;
    asset.createdAt = recordedAt;
    asset.updatedAt = recordedAt;
    return asset;
}

AssetEvent createdEvent(const Asset& asset, const QStringList& changeOrders = {})
{
    return { asset.id,
             1,
             recordedAt,
             QStringLiteral("created"),
             asset.sourceOrder,
             changeOrders,
             QStringLiteral("engine"),
             {},
             { { QStringLiteral("quantity"), asset.quantity } } };
}
} // namespace

class TestAssetStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    int m_stores = 0;

private Q_SLOTS:
    void init()
    {
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("store-%1.db").arg(++m_stores)));
        QVERIFY(m_database->openStore());
    }
    void cleanup() { m_database.reset(); }

    void roundTrip_data()
    {
        QTest::addColumn<Asset>("asset");
        Asset plain = makeAsset(QStringLiteral("SO-1"), QStringLiteral("R1"), QStringLiteral("ROUTER"), 1);
        QTest::addRow("plain, no term, no site") << plain;

        Asset subscription = makeAsset(QStringLiteral("SO-1"), QStringLiteral("S1"), QStringLiteral("SUITE"), 1);
        subscription.termStart = QDate(2026, 12, 7);
        subscription.termEnd = QDate(2027, 12, 7);
        subscription.renewalLeadDays = 60;
        subscription.deliveryGroup = QStringLiteral("HQ");
        subscription.site = { { QStringLiteral("city"), QStringLiteral("Berlin") }, { QStringLiteral("country"), QStringLiteral("DE") } };
        subscription.lines = QStringList { QStringLiteral("L1"), QStringLiteral("L2") };
        QTest::addRow("subscription with term and site") << subscription;

        Asset seats = makeAsset(QStringLiteral("SO-1"), QStringLiteral("S1-U"), QStringLiteral("SEATS"), 150, QStringLiteral("S1"));
        seats.attributes = { { QStringLiteral("edition"), QStringLiteral("pro") }, { QStringLiteral("users"), qint64(150) } };
        seats.status = Asset::Status::Suspended;
        seats.revision = 3;
        QTest::addRow("child asset, suspended, attributes, revision") << seats;

        Asset gone = makeAsset(QStringLiteral("SO-2"), QStringLiteral("1"), QStringLiteral("ROUTER"), 2);
        gone.status = Asset::Status::Disconnected;
        gone.updatedAt = recordedAt.addDays(3);
        QTest::addRow("disconnected, updated later") << gone;
    }
    void roundTrip()
    {
        QFETCH(Asset, asset);
        QVERIFY(AssetWriter(m_database->connection()).record({ asset }, { createdEvent(asset) }));
        const auto read = AssetReader(m_database->connection()).asset(asset.id);
        QVERIFY2(read, qPrintable(read.message()));
        QVERIFY(read->has_value());
        const Asset& back = **read;
        QCOMPARE(back.id, asset.id);
        QCOMPARE(back.accountId, asset.accountId);
        QCOMPARE(back.product, asset.product);
        QCOMPARE(back.parentAsset, asset.parentAsset);
        QCOMPARE(back.attributes, asset.attributes);
        QCOMPARE(back.quantity, asset.quantity);
        QCOMPARE(back.deliveryGroup, asset.deliveryGroup);
        QCOMPARE(back.site, asset.site);
        QCOMPARE(toString(back.status), toString(asset.status));
        QCOMPARE(back.termStart, asset.termStart);
        QCOMPARE(back.termEnd, asset.termEnd);
        QCOMPARE(back.renewalLeadDays, asset.termStart.isValid() ? asset.renewalLeadDays : 0);
        QCOMPARE(back.sourceOrder, asset.sourceOrder);
        QCOMPARE(back.sourceItem, asset.sourceItem);
        QCOMPARE(back.lines, asset.lines);
        QCOMPARE(back.createdAt, asset.createdAt);
        QCOMPARE(back.updatedAt, asset.updatedAt);
        QCOMPARE(back.revision, asset.revision);
    }

    void unknownAssetIsNone()
    {
        const auto read = AssetReader(m_database->connection()).asset(QStringLiteral("SO-9/1"));
        QVERIFY(read);
        QVERIFY(!read->has_value());
        const auto history = AssetReader(m_database->connection()).history(QStringLiteral("SO-9/1"));
        QVERIFY(history);
        QVERIFY(history->empty());
    }

    // Roots first, each followed by its children; another account's assets are not listed.
    void accountListsRootsThenChildren()
    {
        const Asset router = makeAsset(QStringLiteral("SO-1"), QStringLiteral("R1"), QStringLiteral("ROUTER"), 1);
        const Asset suite = makeAsset(QStringLiteral("SO-1"), QStringLiteral("S1"), QStringLiteral("SUITE"), 1);
        const Asset seats = makeAsset(QStringLiteral("SO-1"), QStringLiteral("S1-U"), QStringLiteral("SEATS"), 100, QStringLiteral("S1"));
        const Asset addon = makeAsset(QStringLiteral("SO-1"), QStringLiteral("S1-A"), QStringLiteral("ADDON"), 1, QStringLiteral("S1"));
        Asset other = makeAsset(QStringLiteral("SO-3"), QStringLiteral("1"), QStringLiteral("ROUTER"), 1);
        other.accountId = QStringLiteral("ACC-2");
        AssetWriter writer(m_database->connection());
        // Written children first: the listing does not depend on the order of writing.
        QVERIFY(writer.record({ seats, addon, other, suite, router }, {}));
        const auto listed = AssetReader(m_database->connection()).ofAccount(QStringLiteral("ACC-1"));
        QVERIFY2(listed, qPrintable(listed.message()));
        QStringList ids;
        for (const Asset& asset : *listed)
            ids << asset.id;
        QCOMPARE(ids,
                 (QStringList { QStringLiteral("SO-1/R1"), QStringLiteral("SO-1/S1"), QStringLiteral("SO-1/S1-A"),
                                QStringLiteral("SO-1/S1-U") }));
        const auto children = AssetReader(m_database->connection()).children(QStringLiteral("SO-1/S1"));
        QVERIFY(children);
        QCOMPARE(children->size(), std::size_t(2));
        const auto none = AssetReader(m_database->connection()).ofAccount(QStringLiteral("ACC-404"));
        QVERIFY(none);
        QVERIFY(none->empty());
    }

    // Recorded once: a second record of the same (order, item) keeps the first, history included.
    void recordedOnce()
    {
        const Asset first = makeAsset(QStringLiteral("SO-1"), QStringLiteral("S1-U"), QStringLiteral("SEATS"), 100);
        Asset again = first;
        again.quantity = 999;
        AssetWriter writer(m_database->connection());
        QVERIFY(writer.record({ first }, { createdEvent(first, { QStringLiteral("CHG-1") }) }));
        QVERIFY(writer.record({ again }, { createdEvent(again) }));
        const auto read = AssetReader(m_database->connection()).asset(first.id);
        QVERIFY(read && read->has_value());
        QCOMPARE((*read)->quantity, 100);
        const auto history = AssetReader(m_database->connection()).history(first.id);
        QVERIFY(history);
        QCOMPARE(history->size(), std::size_t(1));
        QCOMPARE(history->front().kind, QStringLiteral("created"));
        QCOMPARE(history->front().changeOrders, QStringList { QStringLiteral("CHG-1") });
        QCOMPARE(history->front().after.value(QStringLiteral("quantity")).toInt(), 100);
    }

    void historyInSequence()
    {
        const Asset seats = makeAsset(QStringLiteral("SO-1"), QStringLiteral("S1-U"), QStringLiteral("SEATS"), 100);
        AssetEvent suspended { seats.id,
                               2,
                               recordedAt.addDays(10),
                               QStringLiteral("suspended"),
                               QStringLiteral("SO-5"),
                               {},
                               QStringLiteral("ana"),
                               { { QStringLiteral("quantity"), 100 } },
                               { { QStringLiteral("quantity"), 100 } } };
        AssetEvent resumed = suspended;
        resumed.seq = 3;
        resumed.kind = QStringLiteral("resumed");
        QVERIFY(AssetWriter(m_database->connection()).record({ seats }, { resumed, createdEvent(seats), suspended }));
        const auto history = AssetReader(m_database->connection()).history(seats.id);
        QVERIFY(history);
        QStringList kinds;
        for (const AssetEvent& event : *history)
            kinds << event.kind;
        QCOMPARE(kinds, (QStringList { QStringLiteral("created"), QStringLiteral("suspended"), QStringLiteral("resumed") }));
        QCOMPARE(history->at(1).actor, QStringLiteral("ana"));
        QCOMPARE(history->at(1).before.value(QStringLiteral("quantity")).toInt(), 100);
        QCOMPARE(history->at(1).at, recordedAt.addDays(10));
    }

    // An event for an asset that does not exist is refused, and nothing of the call is written.
    void eventWithoutAssetWritesNothing()
    {
        const Asset seats = makeAsset(QStringLiteral("SO-1"), QStringLiteral("S1-U"), QStringLiteral("SEATS"), 100);
        Asset orphanTarget = seats;
        orphanTarget.id = QStringLiteral("SO-1/none");
        const Status written = AssetWriter(m_database->connection()).record({ seats }, { createdEvent(orphanTarget) });
        QVERIFY(!written);
        QVERIFY2(written.message().contains(QLatin1String("SO-1/none")), qPrintable(written.message()));
        const auto read = AssetReader(m_database->connection()).asset(seats.id);
        QVERIFY(read);
        QVERIFY(!read->has_value());
    }
};

QTEST_GUILESS_MAIN(TestAssetStore)
#include "tst_assetstore.moc"
