// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// composeAssetOrder and previewAssetOrder (the Account page's "Change..."): a draft becomes an
// asset-based order, refused naming the field when it cannot be; the preview plans it against the
// store's installed base (+50 seats: one increase line of 50 and the increase plan; a disconnect:
// the disconnect plan) without storing anything.

#include "common/clock.h"
#include "order/assetorderdraft.h"
#include "store/accountreader.h"
#include "store/assetorderpreview.h"
#include "store/assetwriter.h"
#include "store/database.h"
#include "store/storeimporter.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <memory>

using namespace fw;

namespace {
const QDateTime composedAt(QDate(2026, 12, 8), QTime(9, 30), Qt::UTC);
const QString label = QStringLiteral("new order");

Asset seatsAsset(Asset::Status status = Asset::Status::Active)
{
    Asset asset;
    asset.id = QStringLiteral("SO-20417/S1-U");
    asset.accountId = QStringLiteral("ACC-FR-3310");
    asset.product = QStringLiteral("USER_LICENCE");
    asset.attributes = { { QStringLiteral("edition"), QStringLiteral("full") } };
    asset.quantity = 250;
    asset.status = status;
    asset.sourceOrder = QStringLiteral("SO-20417");
    asset.sourceItem = QStringLiteral("S1-U");
    asset.createdAt = composedAt.addDays(-30);
    asset.updatedAt = asset.createdAt;
    return asset;
}

Asset telecomAsset(const QString& item, const QString& product, const QVariantMap& attributes)
{
    Asset asset;
    asset.id = QStringLiteral("SO-10001/") + item;
    asset.accountId = QStringLiteral("ACC-DE-20451");
    asset.product = product;
    asset.attributes = attributes;
    asset.deliveryGroup = QStringLiteral("SITE-1");
    asset.site = { { QStringLiteral("line1"), QStringLiteral("Speicherstadt 12") },
                   { QStringLiteral("city"), QStringLiteral("Hamburg") },
                   { QStringLiteral("postalCode"), QStringLiteral("20457") },
                   { QStringLiteral("country"), QStringLiteral("DE") } };
    asset.sourceOrder = QStringLiteral("SO-10001");
    asset.sourceItem = item;
    asset.createdAt = composedAt.addDays(-30);
    asset.updatedAt = asset.createdAt;
    return asset;
}

AssetEvent created(const Asset& asset)
{
    return { asset.id, 1, asset.createdAt, QStringLiteral("created"), asset.sourceOrder, {}, QStringLiteral("engine"), {}, {} };
}

AssetOrderDraft draftOf(const QString& action)
{
    AssetOrderDraft draft;
    draft.orderId = QStringLiteral("SO-NEXT-1");
    draft.action = action;
    draft.accountName = QStringLiteral("Lumière Retail SAS");
    draft.orderedAt = composedAt;
    return draft;
}

QStringList names(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list << QString::fromUtf8(text);
    return list;
}

QString firstProblem(const Problems& problems)
{
    return problems.empty() ? QString() : problems.front().toString();
}

QStringList pointers(const Problems& problems)
{
    QStringList list;
    for (const Problem& p : problems)
        list << p.pointer;
    return list;
}
} // namespace

class TestAssetOrderDraft : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;

private Q_SLOTS:
    void initTestCase()
    {
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("store.db")));
        QVERIFY(m_database->openStore());
        const ManualClock clock(composedAt.addDays(-40));
        StoreImporter importer(*m_database, clock);
        for (const char* scenario : { "saas-licence", "telecom-fiber" }) {
            const QString dir = QStringLiteral(FW_SAMPLES_DIR "/") + QLatin1String(scenario);
            const ImportResult catalog = importer.importCatalog(dir + QStringLiteral("/catalog.json"), QStringLiteral("t"));
            QVERIFY2(catalog.ok(), catalog.problems.empty() ? "" : qPrintable(catalog.problems.front().toString()));
            const ImportResult order = importer.importOrder(dir + QStringLiteral("/order.json"), QStringLiteral("t"));
            QVERIFY2(order.ok(), order.problems.empty() ? "" : qPrintable(order.problems.front().toString()));
        }
        const std::vector<Asset> assets = { seatsAsset(),
                                            telecomAsset(QStringLiteral("1.1"), QStringLiteral("FIBER_ACCESS"),
                                                         { { QStringLiteral("bandwidth"), QStringLiteral("1G") },
                                                           { QStringLiteral("contractTermMonths"), qint64(24) } }),
                                            telecomAsset(QStringLiteral("1.2"), QStringLiteral("MANAGED_ROUTER"),
                                                         { { QStringLiteral("model"), QStringLiteral("edge-500") } }) };
        std::vector<AssetEvent> events;
        for (const Asset& asset : assets)
            events.push_back(created(asset));
        QVERIFY(AssetWriter(m_database->connection()).record(assets, events));
    }
    void cleanupTestCase() { m_database.reset(); }

    void allowedActions_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("actions");
        QTest::addRow("active") << int(Asset::Status::Active) << names({ "change", "move", "suspend", "disconnect" });
        QTest::addRow("suspended") << int(Asset::Status::Suspended) << names({ "resume", "disconnect" });
        QTest::addRow("disconnected") << int(Asset::Status::Disconnected) << QStringList();
    }
    void allowedActions()
    {
        QFETCH(int, status);
        QFETCH(QStringList, actions);
        QCOMPARE(allowedAssetActions(Asset::Status(status)), actions);
    }

    void refused_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("orderId");
        QTest::addColumn<int>("quantity");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("message");
        QTest::addRow("suspend a suspended asset")
            << int(Asset::Status::Suspended) << "suspend"
            << "SO-X" << 0 << "/items/0/action"
            << "asset 'SO-20417/S1-U' is suspended: it cannot be suspended; it can be resumed or disconnected";
        QTest::addRow("resume an active asset") << int(Asset::Status::Active) << "resume"
                                                << "SO-X" << 0 << "/items/0/action"
                                                << "asset 'SO-20417/S1-U' is active: it cannot be resumed; it can be changed, moved, "
                                                   "suspended or disconnected";
        QTest::addRow("anything on a disconnected asset") << int(Asset::Status::Disconnected) << "change"
                                                          << "SO-X" << 300 << "/items/0/action"
                                                          << "asset 'SO-20417/S1-U' is disconnected: nothing can be done with it any more";
        QTest::addRow("no order id") << int(Asset::Status::Active) << "suspend"
                                     << "  " << 0 << "/id"
                                     << "the order needs an id";
        QTest::addRow("change to the same quantity")
            << int(Asset::Status::Active) << "change"
            << "SO-X" << 250 << "/items/0/quantity"
            << "the change changes nothing: quantity 250 and the attributes are as the asset has them";
        QTest::addRow("move without a site") << int(Asset::Status::Active) << "move"
                                             << "SO-X" << 0 << "/deliveryGroups/0/address"
                                             << "the new site needs at least a street (line 1) and a city";
    }
    void refused()
    {
        QFETCH(int, status);
        QFETCH(QString, action);
        QFETCH(QString, orderId);
        QFETCH(int, quantity);
        QFETCH(QString, pointer);
        QFETCH(QString, message);
        AssetOrderDraft draft = draftOf(action);
        draft.orderId = orderId;
        draft.quantity = quantity;
        const ComposedAssetOrder composed = composeAssetOrder(draft, seatsAsset(Asset::Status(status)), label);
        QVERIFY(!composed.ok());
        QCOMPARE(pointers(composed.problems), QStringList { pointer });
        QCOMPARE(composed.problems.front().message, message);
        QCOMPARE(composed.problems.front().file, label);
    }

    void composedDocument()
    {
        AssetOrderDraft draft = draftOf(QStringLiteral("change"));
        draft.quantity = 300;
        draft.attributes = { { QStringLiteral("edition"), QStringLiteral("full") } }; // unchanged: left out
        const ComposedAssetOrder composed = composeAssetOrder(draft, seatsAsset(), label);
        QVERIFY(composed.ok());
        const nlohmann::json expected = nlohmann::json::parse(R"({
            "formatVersion": 1, "id": "SO-NEXT-1", "description": "change of asset SO-20417/S1-U",
            "orderedAt": "2026-12-08T09:30:00Z", "requestedDate": "2026-12-08",
            "account": { "id": "ACC-FR-3310", "name": "Lumière Retail SAS" },
            "items": [ { "id": "1", "product": "USER_LICENCE", "action": "change", "assetRef": "SO-20417/S1-U", "quantity": 300 } ] })");
        QCOMPARE(QString::fromStdString(composed.document.dump()), QString::fromStdString(expected.dump()));
        QCOMPARE(suggestedAssetOrderId(seatsAsset(), QStringLiteral("change"), composedAt),
                 QStringLiteral("SO-20417-CHANGE-20261208-0930"));
    }

    void composedMove()
    {
        Asset fiber = telecomAsset(QStringLiteral("1.1"), QStringLiteral("FIBER_ACCESS"), {});
        AssetOrderDraft draft = draftOf(QStringLiteral("move"));
        draft.siteId = QStringLiteral("SITE-2");
        draft.siteAddress = { { QStringLiteral("line1"), QStringLiteral(" Am Sandtorkai 1 ") },
                              { QStringLiteral("city"), QStringLiteral("Hamburg") },
                              { QStringLiteral("country"), QStringLiteral("DE") },
                              { QStringLiteral("line2"), QString() } };
        const ComposedAssetOrder composed = composeAssetOrder(draft, fiber, label);
        QVERIFY(composed.ok());
        QCOMPARE(QString::fromStdString(composed.document["deliveryGroups"].dump()),
                 QStringLiteral(R"([{"address":{"city":"Hamburg","country":"DE","line1":"Am Sandtorkai 1"},"id":"SITE-2"}])"));
        QCOMPARE(QString::fromStdString(composed.document["items"][0].value("deliveryGroup", std::string())), QStringLiteral("SITE-2"));
        // The same address as the asset's (case and spaces aside): refused.
        draft.siteAddress = { { QStringLiteral("line1"), QStringLiteral("speicherstadt 12") },
                              { QStringLiteral("city"), QStringLiteral("Hamburg") },
                              { QStringLiteral("postalCode"), QStringLiteral("20457") },
                              { QStringLiteral("country"), QStringLiteral("DE") } };
        const ComposedAssetOrder same = composeAssetOrder(draft, fiber, label);
        QCOMPARE(pointers(same.problems), QStringList { QStringLiteral("/deliveryGroups/0/address") });
        QCOMPARE(same.problems.front().message, QStringLiteral("the new site is the address the asset is at already"));
    }

    void preview_data()
    {
        QTest::addColumn<QString>("assetId");
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("quantity");
        QTest::addColumn<QStringList>("lines"); // "id product action changeKind quantity delta total"
        QTest::addColumn<QStringList>("planDefinitions"); // of the plan's steps, each once, in plan order
        QTest::addRow("+50 seats") << "SO-20417/S1-U"
                                   << "change" << 300 << names({ "1.SEAT_ASSIGNMENT SEAT_ASSIGNMENT change increase 50 50 300" })
                                   << names({ "PD_SEATS_MORE" });
        QTest::addRow("suspend the seats") << "SO-20417/S1-U"
                                           << "suspend" << 0 << names({ "1.SEAT_ASSIGNMENT SEAT_ASSIGNMENT suspend  250 0 250" })
                                           << names({ "PD_SEATS_SUSPEND" });
        QTest::addRow("disconnect the fiber") << "SO-10001/1.1"
                                              << "disconnect" << 0 << QStringList() << names({ "PD_FIBER_DISCONNECT", "PD_BILLING_STOP" });
    }
    void preview()
    {
        QFETCH(QString, assetId);
        QFETCH(QString, action);
        QFETCH(int, quantity);
        QFETCH(QStringList, lines);
        QFETCH(QStringList, planDefinitions);
        const Result<AssetOrderContext> context = readAssetOrderContext(m_database->connection(), assetId);
        QVERIFY2(context, qPrintable(context.message()));
        QVERIFY(context->catalog);
        QVERIFY(context->product);
        AssetOrderDraft draft = draftOf(action);
        draft.quantity = quantity;
        if (action == QLatin1String("move")) {
            draft.siteId = QStringLiteral("SITE-2");
            draft.siteAddress = { { QStringLiteral("line1"), QStringLiteral("Am Sandtorkai 1") },
                                  { QStringLiteral("city"), QStringLiteral("Hamburg") },
                                  { QStringLiteral("postalCode"), QStringLiteral("20457") },
                                  { QStringLiteral("country"), QStringLiteral("DE") } };
        }
        draft.accountName = context->account.name;
        draft.accountRegion = context->account.region;
        QCOMPARE(context->account.region, QStringLiteral("EMEA"));
        const ComposedAssetOrder composed = composeAssetOrder(draft, context->asset, label);
        QVERIFY(composed.ok());
        const AssetOrderPreview preview = previewAssetOrder(*m_database, composed.document, label);
        QVERIFY2(preview.accepted(), qPrintable(firstProblem(preview.problems)));
        QCOMPARE(preview.orderId, QStringLiteral("SO-NEXT-1"));
        QStringList shown;
        for (const AssetOrderPreview::Line& line : preview.lines) {
            if (action == QLatin1String("move")) // a move scenario, or a disconnect at the old site and an add at the new
                QVERIFY2(QStringList({ QStringLiteral("move"), QStringLiteral("disconnect"), QStringLiteral("add") }).contains(line.action),
                         qPrintable(line.action));
            else
                QCOMPARE(line.action, action);
            shown << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                         .arg(line.id, line.product, line.action, line.changeKind)
                         .arg(line.quantity)
                         .arg(line.quantityDelta)
                         .arg(line.totalQuantity);
        }
        if (!lines.isEmpty())
            QCOMPARE(shown, lines);
        else
            QVERIFY(!shown.isEmpty());
        QStringList definitions;
        for (const AssetOrderPreview::Step& step : preview.steps) {
            if (!definitions.contains(step.planDefinition))
                definitions << step.planDefinition;
        }
        if (!planDefinitions.isEmpty())
            QCOMPARE(definitions, planDefinitions);
        else
            QVERIFY(!definitions.isEmpty());
        for (const AssetOrderPreview::Step& step : preview.steps)
            QVERIFY2(!step.laneName.isEmpty() && !step.lane.isEmpty(), qPrintable(step.id));
        // Nothing was stored.
        const Result<bool> stored = AccountReader(m_database->connection()).hasOrder(QStringLiteral("SO-NEXT-1"));
        QVERIFY(stored);
        QVERIFY(!*stored);
    }

    void previewRefusesUsedIdAndStoredStatus()
    {
        AssetOrderDraft draft = draftOf(QStringLiteral("suspend"));
        draft.orderId = QStringLiteral("SO-20417");
        const ComposedAssetOrder composed = composeAssetOrder(draft, seatsAsset(), label);
        QVERIFY(composed.ok());
        const AssetOrderPreview used = previewAssetOrder(*m_database, composed.document, label);
        QCOMPARE(pointers(used.problems), QStringList { QStringLiteral("/id") });
        QCOMPARE(used.problems.front().message, QStringLiteral("order 'SO-20417' is already in the store"));

        // A resume composed from a stale view (the store's asset is active): decomposition refuses it.
        Asset stale = seatsAsset(Asset::Status::Suspended);
        const ComposedAssetOrder resume = composeAssetOrder(draftOf(QStringLiteral("resume")), stale, label);
        QVERIFY(resume.ok());
        const AssetOrderPreview refused = previewAssetOrder(*m_database, resume.document, label);
        QVERIFY(!refused.accepted());
        QVERIFY2(refused.problems.front().pointer.startsWith(QStringLiteral("/items/0")), qPrintable(firstProblem(refused.problems)));
    }

    void unknownAsset()
    {
        const Result<AssetOrderContext> context = readAssetOrderContext(m_database->connection(), QStringLiteral("NOPE/1"));
        QVERIFY(!context);
        QVERIFY2(context.message().contains(QStringLiteral("asset 'NOPE/1' is not in the store")), qPrintable(context.message()));
    }
};

QTEST_GUILESS_MAIN(TestAssetOrderDraft)
#include "tst_assetorderdraft.moc"
