// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "uitestdata.h"

#include "domain/catalog.h"
#include "domain/order.h"
#include "domain/plan.h"
#include "preview/planloader.h"
#include "store/assetwriter.h"
#include "store/database.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {

// Waits until the loader is idle and returns the result of the one signal of `spy`.
PlanLoadResult awaitResult(PlanLoader& loader, QSignalSpy& spy)
{
    if (!QTest::qWaitFor([&] { return !loader.isBusy() && spy.count() > 0; }, 30'000))
        return {};
    return spy.takeFirst().at(0).value<PlanLoadResult>();
}

QString problemsText(const PlanLoadResult& result)
{
    QStringList lines;
    for (const auto& problem : result.problems)
        lines << problem.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestPlanLoader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loadsAndPlansOffTheGuiThread();
    void catalogOnly();
    void reusesUnchangedCatalog();
    void missingFileFails();
    void latestRequestWins();
    void plansAgainstTheStoresInstalledBase();
};

void TestPlanLoader::loadsAndPlansOffTheGuiThread()
{
    PlanLoader loader;
    QSignalSpy loaded(&loader, &PlanLoader::loaded);
    QSignalSpy failed(&loader, &PlanLoader::loadFailed);
    QSignalSpy busy(&loader, &PlanLoader::busyChanged);
    loader.load(test::miniCatalog(), test::miniOrder());
    QVERIFY(loader.isBusy());
    QCOMPARE(loaded.count(), 0); // nothing is delivered before the event loop runs

    const PlanLoadResult result = awaitResult(loader, loaded);
    QVERIFY2(result.ok(), qPrintable(problemsText(result)));
    QCOMPARE(failed.count(), 0);
    QVERIFY(result.plan);
    QCOMPARE(result.plan->orderId, QStringLiteral("SO-UI-1"));
    QCOMPARE(result.plan->steps.size(), std::size_t(9));
    QCOMPARE(result.order->account.name, QStringLiteral("Beispiel GmbH"));
    QCOMPARE(result.catalog->id, QStringLiteral("ui-mini"));
    QVERIFY(!result.catalogReused);
    QCOMPARE(busy.count(), 2);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
}

void TestPlanLoader::catalogOnly()
{
    PlanLoader loader;
    QSignalSpy loaded(&loader, &PlanLoader::loaded);
    loader.load(test::miniCatalog());
    const PlanLoadResult result = awaitResult(loader, loaded);
    QVERIFY(result.ok());
    QVERIFY(result.catalog);
    QVERIFY(!result.plan);
    QVERIFY(!result.order);
    QCOMPARE(result.catalog->lanes.size(), std::size_t(4));
}

void TestPlanLoader::reusesUnchangedCatalog()
{
    QTemporaryDir dir;
    const QString catalogPath = dir.filePath(QStringLiteral("catalog.json"));
    QVERIFY(QFile::copy(test::miniCatalog(), catalogPath));

    PlanLoader loader;
    QSignalSpy loaded(&loader, &PlanLoader::loaded);
    loader.load(catalogPath, test::miniOrder());
    const PlanLoadResult first = awaitResult(loader, loaded);
    QVERIFY(first.ok());
    QVERIFY(!first.catalogReused);

    loader.load(catalogPath, test::miniOrder());
    const PlanLoadResult second = awaitResult(loader, loaded);
    QVERIFY(second.ok());
    QVERIFY(second.catalogReused);
    QCOMPARE(second.catalog.get(), first.catalog.get());

    // A catalog edited on disk is read again.
    QFile file(catalogPath);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
    file.close();
    loader.load(catalogPath, test::miniOrder());
    const PlanLoadResult third = awaitResult(loader, loaded);
    QVERIFY(third.ok());
    QVERIFY(!third.catalogReused);
    QVERIFY(third.catalog.get() != first.catalog.get());
}

void TestPlanLoader::missingFileFails()
{
    PlanLoader loader;
    QSignalSpy loaded(&loader, &PlanLoader::loaded);
    QSignalSpy failed(&loader, &PlanLoader::loadFailed);
    const QString missing = test::miniFile("no-such-order.json");
    loader.load(test::miniCatalog(), missing);
    const PlanLoadResult result = awaitResult(loader, failed);
    QCOMPARE(loaded.count(), 0);
    QVERIFY(!result.ok());
    QVERIFY(result.catalog); // the catalog itself was fine
    QVERIFY(!result.plan);
    QCOMPARE(result.problems.size(), std::size_t(1));
    QCOMPARE(result.problems.front().file, missing);
    QVERIFY2(result.problems.front().message.startsWith(QStringLiteral("cannot read file")), qPrintable(problemsText(result)));
}

void TestPlanLoader::latestRequestWins()
{
    PlanLoader loader;
    QSignalSpy loaded(&loader, &PlanLoader::loaded);
    QSignalSpy failed(&loader, &PlanLoader::loadFailed);
    QSignalSpy busy(&loader, &PlanLoader::busyChanged);
    loader.load(test::brokenCatalog(), test::miniOrder());
    loader.load(test::miniCatalog(), test::miniOrder());
    const PlanLoadResult result = awaitResult(loader, loaded);
    QVERIFY(result.ok());
    QCOMPARE(result.catalogPath, test::miniCatalog());
    QTest::qWait(50);
    QCOMPARE(failed.count(), 0); // the superseded load's result is dropped
    QCOMPARE(loaded.count(), 0); // and the latest one is delivered once
    QCOMPARE(busy.count(), 2);
}

// Plan Preview of an order that acts on an asset: with the open store's installed base it plans the
// change (+50 seats); without a store the asset is unknown and the problem names it.
void TestPlanLoader::plansAgainstTheStoresInstalledBase()
{
    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("assets.db"));
    {
        Database store(storePath);
        QVERIFY(store.openStore());
        Asset seats;
        seats.id = QStringLiteral("SO-A1/S1-U");
        seats.accountId = QStringLiteral("ACC-7");
        seats.product = QStringLiteral("SEATS");
        seats.quantity = 100;
        seats.attributes = { { QStringLiteral("edition"), QStringLiteral("pro") } };
        seats.deliveryGroup = QStringLiteral("HQ");
        seats.sourceOrder = QStringLiteral("SO-A1");
        seats.sourceItem = QStringLiteral("S1-U");
        seats.createdAt = QDateTime(QDate(2026, 12, 7), QTime(16, 30), Qt::UTC);
        QVERIFY(AssetWriter(store.connection()).record({ seats }, {}));
    }
    const QString orderPath = dir.filePath(QStringLiteral("more-seats.json"));
    QFile order(orderPath);
    QVERIFY(order.open(QIODevice::WriteOnly));
    order.write(R"({"formatVersion": 1, "id": "SO-SEATS", "orderedAt": "2026-12-20T10:00:00Z",
                    "account": {"id": "ACC-7", "name": "Asset Test GmbH", "country": "DE"},
                    "items": [{"id": "1", "product": "SEATS", "action": "change", "assetRef": "SO-A1/S1-U", "quantity": 150}]})");
    order.close();
    const QString catalogPath = QStringLiteral(FW_TEST_DATA_DIR "/assets/catalog.json");

    PlanLoader loader;
    QSignalSpy loaded(&loader, &PlanLoader::loaded);
    QSignalSpy failed(&loader, &PlanLoader::loadFailed);
    loader.setStorePath(storePath);
    loader.load(catalogPath, orderPath);
    const PlanLoadResult result = awaitResult(loader, loaded);
    QVERIFY2(result.ok(), qPrintable(problemsText(result)));
    QCOMPARE(result.plan->lines.size(), std::size_t(1));
    QCOMPARE(result.plan->lines.front().assetRef, QStringLiteral("SO-A1/S1-U"));
    QCOMPARE(result.plan->lines.front().changeKind, QStringLiteral("increase"));
    QCOMPARE(result.plan->lines.front().quantity, 50);

    loader.setStorePath({});
    loader.load(catalogPath, orderPath);
    const PlanLoadResult without = awaitResult(loader, failed);
    QVERIFY(!without.ok());
    QVERIFY2(problemsText(without).contains(QStringLiteral("asset 'SO-A1/S1-U' is unknown")), qPrintable(problemsText(without)));
}

QTEST_GUILESS_MAIN(TestPlanLoader)
#include "tst_planloader.moc"
