// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// InstalledBaseModel: root assets with their components under them, each row's product name,
// id, quantity, attributes, site, status (label and colour) and term; indexOf finds a child.

#include "accounts/assetpresentation.h"
#include "accounts/installedbasemodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QTest>

using namespace fw;

namespace {
Asset makeAsset(const QString& id, const QString& product, const QString& parent, Asset::Status status = Asset::Status::Active)
{
    Asset asset;
    asset.id = id;
    asset.product = product;
    asset.parentAsset = parent;
    asset.status = status;
    asset.quantity = 1;
    return asset;
}
} // namespace

class TestInstalledBaseModel : public QObject {
    Q_OBJECT

    static std::vector<Asset> assets()
    {
        Asset fiber = makeAsset(QStringLiteral("SO-1/1.1"), QStringLiteral("FIBER_ACCESS"), {});
        fiber.attributes = { { QStringLiteral("bandwidth"), QStringLiteral("1G") }, { QStringLiteral("contractTermMonths"), 24 } };
        fiber.site = { { QStringLiteral("line1"), QStringLiteral("Speicherstadt 12") },
                       { QStringLiteral("postalCode"), QStringLiteral("20457") },
                       { QStringLiteral("city"), QStringLiteral("Hamburg") },
                       { QStringLiteral("country"), QStringLiteral("DE") } };
        Asset suite = makeAsset(QStringLiteral("SO-2/S1"), QStringLiteral("SUITE"), {});
        suite.termStart = QDate(2026, 12, 1);
        suite.termEnd = QDate(2027, 12, 1);
        Asset seats = makeAsset(QStringLiteral("SO-2/S1-U"), QStringLiteral("SEATS"), QStringLiteral("SO-2/S1"), Asset::Status::Suspended);
        seats.quantity = 1500;
        Asset gone
            = makeAsset(QStringLiteral("SO-2/S1-A"), QStringLiteral("ADDON"), QStringLiteral("SO-2/S1"), Asset::Status::Disconnected);
        return { fiber, suite, seats, gone };
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void treeShape()
    {
        InstalledBaseModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAssets(assets(), { { QStringLiteral("SUITE"), QStringLiteral("Enterprise Suite") } });
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex suite = model.index(1, 0);
        QCOMPARE(model.rowCount(suite), 2);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.index(0, 0, suite).data(InstalledBaseModel::AssetIdRole).toString(), QStringLiteral("SO-2/S1-U"));
        QCOMPARE(model.parent(model.index(1, 0, suite)), suite);
        QCOMPARE(model.indexOf(QStringLiteral("SO-2/S1-A")), model.index(1, 0, suite));
        QVERIFY(!model.indexOf(QStringLiteral("nope")).isValid());
    }

    void cells_data()
    {
        QTest::addColumn<QString>("asset");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::addRow("catalog name") << "SO-2/S1" << int(InstalledBaseModel::ProductColumn) << "Enterprise Suite";
        QTest::addRow("product id without a name") << "SO-1/1.1" << int(InstalledBaseModel::ProductColumn) << "FIBER_ACCESS";
        QTest::addRow("asset id") << "SO-2/S1-U" << int(InstalledBaseModel::AssetColumn) << "SO-2/S1-U";
        QTest::addRow("quantity with separator") << "SO-2/S1-U" << int(InstalledBaseModel::QuantityColumn) << "1,500";
        QTest::addRow("attributes by name") << "SO-1/1.1" << int(InstalledBaseModel::AttributesColumn)
                                            << "bandwidth=1G, contractTermMonths=24";
        QTest::addRow("site") << "SO-1/1.1" << int(InstalledBaseModel::SiteColumn) << "Speicherstadt 12, 20457 Hamburg, DE";
        QTest::addRow("active") << "SO-1/1.1" << int(InstalledBaseModel::StatusColumn) << "Active";
        QTest::addRow("suspended") << "SO-2/S1-U" << int(InstalledBaseModel::StatusColumn) << "Suspended";
        QTest::addRow("disconnected") << "SO-2/S1-A" << int(InstalledBaseModel::StatusColumn) << "Disconnected";
        QTest::addRow("term start") << "SO-2/S1" << int(InstalledBaseModel::TermStartColumn) << "2026-12-01";
        QTest::addRow("term end") << "SO-2/S1" << int(InstalledBaseModel::TermEndColumn) << "2027-12-01";
        QTest::addRow("no term") << "SO-1/1.1" << int(InstalledBaseModel::TermEndColumn) << QStringLiteral("\u2014");
    }
    void cells()
    {
        QFETCH(QString, asset);
        QFETCH(int, column);
        QFETCH(QString, text);
        InstalledBaseModel model;
        model.setAssets(assets(), { { QStringLiteral("SUITE"), QStringLiteral("Enterprise Suite") } });
        const QModelIndex row = model.indexOf(asset);
        QVERIFY(row.isValid());
        QCOMPARE(row.siblingAtColumn(column).data().toString(), text);
    }

    void statusColours()
    {
        InstalledBaseModel model;
        model.setAssets(assets(), {});
        const auto colour = [&model](const QString& id) {
            return model.indexOf(id).siblingAtColumn(InstalledBaseModel::StatusColumn).data(Qt::ForegroundRole).value<QBrush>().color();
        };
        QCOMPARE(colour(QStringLiteral("SO-1/1.1")), AssetPresentation::statusColor(Asset::Status::Active).darker(115));
        QCOMPARE(colour(QStringLiteral("SO-2/S1-U")), AssetPresentation::statusColor(Asset::Status::Suspended).darker(115));
        QVERIFY(colour(QStringLiteral("SO-1/1.1")) != colour(QStringLiteral("SO-2/S1-U")));
        QCOMPARE(model.indexOf(QStringLiteral("SO-2/S1-U")).data(InstalledBaseModel::StatusRole).toInt(), int(Asset::Status::Suspended));
    }
};

QTEST_GUILESS_MAIN(TestInstalledBaseModel)
#include "tst_installedbasemodel.moc"
