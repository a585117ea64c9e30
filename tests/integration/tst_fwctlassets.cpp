// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl assets --account ID and fwctl asset ID (docs/assets.md): the installed base an order leaves
// once fwctl has run it to completion, as a table and as JSON; an asset's history; the exit codes
// for a missing account, an unknown asset and an account without assets.

#include "fwctlprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {
QString data(const char* name)
{
    return QStringLiteral(FW_TEST_DATA_DIR "/assets/%1").arg(QLatin1String(name));
}
} // namespace

class TestFwctlAssets : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    test::FwctlRun fwctl(const QStringList& arguments) const { return test::runFwctlOn(m_path, arguments); }

private Q_SLOTS:
    // The sample order run to completion through fwctl: its seats' task is the one manual step.
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("assets.db"));
        QCOMPARE(fwctl({ QStringLiteral("import"), QStringLiteral("catalog"), data("catalog.json") }).exitCode, 0);
        QCOMPARE(fwctl({ QStringLiteral("import"), QStringLiteral("order"), data("order.json") }).exitCode, 0);
        QCOMPARE(fwctl({ QStringLiteral("run"), QStringLiteral("--until-idle") }).exitCode, 0);
        const test::FwctlRun before = fwctl({ QStringLiteral("assets"), QStringLiteral("--account"), QStringLiteral("ACC-7") });
        QCOMPARE(before.exitCode, 0);
        QVERIFY2(before.out.contains(QLatin1String("Account ACC-7 has no assets.")), qPrintable(before.out));
        for (const char* action : { "claim", "complete" })
            QCOMPARE(fwctl({ QStringLiteral("task"), QLatin1String(action), QStringLiteral("1") }).exitCode, 0);
        QCOMPARE(fwctl({ QStringLiteral("run"), QStringLiteral("--until-idle") }).exitCode, 0);
    }

    void table()
    {
        const test::FwctlRun run = fwctl({ QStringLiteral("assets"), QStringLiteral("--account"), QStringLiteral("ACC-7") });
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6); // the heading and five assets
        QVERIFY2(lines[0].startsWith(QLatin1String("ASSET")), qPrintable(run.out));
        QCOMPARE(lines[2].simplified(), QStringLiteral("SO-A1/S1 SUITE 1 active %1 SO-A1").arg(lines[2].simplified().section(u' ', 4, 4)));
        QVERIFY2(lines[5].startsWith(QLatin1String("  SO-A1/S1-U")), qPrintable(run.out)); // a component, under its bundle
        QVERIFY2(lines[5].contains(QLatin1String("100")) && lines[5].contains(QLatin1String("edition=pro")), qPrintable(lines[5]));
        QVERIFY2(lines[1].contains(QLatin1String("ROUTER")) && lines[1].contains(QLatin1String(" - ")), qPrintable(lines[1])); // no term
    }

    void json()
    {
        const test::FwctlRun run
            = fwctl({ QStringLiteral("assets"), QStringLiteral("--account"), QStringLiteral("ACC-7"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonArray assets = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(assets.size(), 5);
        const QJsonObject seats = assets.at(4).toObject();
        QCOMPARE(seats.value(QStringLiteral("id")).toString(), QStringLiteral("SO-A1/S1-U"));
        QCOMPARE(seats.value(QStringLiteral("parentAsset")).toString(), QStringLiteral("SO-A1/S1"));
        QCOMPARE(seats.value(QStringLiteral("quantity")).toInt(), 100);
        QCOMPARE(seats.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(seats.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("edition")).toString(), QStringLiteral("pro"));
        const QJsonObject term = seats.value(QStringLiteral("term")).toObject();
        const QDate start = QDate::fromString(term.value(QStringLiteral("start")).toString(), Qt::ISODate);
        QVERIFY(start.isValid());
        QCOMPARE(QDate::fromString(term.value(QStringLiteral("end")).toString(), Qt::ISODate), start.addMonths(12));
        QCOMPARE(term.value(QStringLiteral("renewalLeadDays")).toInt(), 60);
        QVERIFY(!assets.at(0).toObject().contains(QStringLiteral("term"))); // the router has none
    }

    void oneAssetWithHistory()
    {
        const test::FwctlRun run = fwctl({ QStringLiteral("asset"), QStringLiteral("SO-A1/S1") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("Components:  SO-A1/S1-A, SO-A1/S1-B, SO-A1/S1-U")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("renewal due 60 days before")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("History:")) && run.out.contains(QLatin1String("created  engine  order SO-A1")),
                 qPrintable(run.out));

        const test::FwctlRun json = fwctl({ QStringLiteral("asset"), QStringLiteral("SO-A1/S1-U"), QStringLiteral("--json") });
        QCOMPARE(json.exitCode, 0);
        const QJsonObject asset = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const QJsonArray history = asset.value(QStringLiteral("history")).toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("created"));
        QCOMPARE(history.at(0).toObject().value(QStringLiteral("after")).toObject().value(QStringLiteral("quantity")).toInt(), 100);
        QCOMPARE(asset.value(QStringLiteral("lines")).toArray().size(), 1);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("no account") << QStringList { QStringLiteral("assets") } << 2
                                    << QStringLiteral("fwctl assets: name the account: --account ID");
        QTest::addRow("unknown asset") << QStringList { QStringLiteral("asset"), QStringLiteral("SO-A1/NOPE") } << 2
                                       << QStringLiteral("fwctl asset: unknown asset 'SO-A1/NOPE' in ");
        QTest::addRow("no asset id") << QStringList { QStringLiteral("asset") } << 2 << QStringLiteral("Usage: fwctl asset");
    }
    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const test::FwctlRun run = fwctl(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void otherAccountHasNone()
    {
        const test::FwctlRun run
            = fwctl({ QStringLiteral("assets"), QStringLiteral("--account"), QStringLiteral("ACC-404"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("[]"));
    }
    // fwctl plan of an order acting on an asset: against the store's installed base (--db) it plans
    // the change (+50 seats: an increase of 50); with no store at all the asset is unknown (exit 2).
    void planAgainstTheInstalledBase()
    {
        const QString order = m_dir.filePath(QStringLiteral("more-seats.json"));
        QFile file(order);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"formatVersion": 1, "id": "SO-SEATS", "account": {"id": "ACC-7", "name": "Asset Test GmbH"},
                       "items": [{"id": "1", "product": "SEATS", "action": "change", "assetRef": "SO-A1/S1-U", "quantity": 150}]})");
        file.close();
        QStringList plan { QStringLiteral("plan"),  QStringLiteral("--catalog"), data("catalog.json"), QStringLiteral("--order"), order,
                           QStringLiteral("--json") };
        const test::FwctlRun run = fwctl(plan);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray lines = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("lineItems")).toArray();
        QCOMPARE(lines.size(), 1);
        const QJsonObject line = lines.at(0).toObject();
        QCOMPARE(line.value(QStringLiteral("assetRef")).toString(), QStringLiteral("SO-A1/S1-U"));
        QCOMPARE(line.value(QStringLiteral("changeKind")).toString(), QStringLiteral("increase"));
        QCOMPARE(line.value(QStringLiteral("quantityDelta")).toInt(), 50);
        plan.removeLast(); // as text: the line says what it does to the asset
        const test::FwctlRun text = fwctl(plan);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("(change of asset SO-A1/S1-U: increase 50, new total 150)")), qPrintable(text.out));
        plan << QStringLiteral("--json");

        QTemporaryDir home; // no $FW_DB and no workbench store: no installed base
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("FW_DB"));
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(FWCTL_PATH), plan);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("/items/0/assetRef: asset 'SO-A1/S1-U' is unknown")), qPrintable(err));
    }
    // Through fwctl: an order acting on the seats is imported and runs; a second one on the same
    // seats is refused while the first is open (exit 2, naming it); once the first completes, the
    // asset shows 150 seats and its history says what changed.
    void assetBasedOrderThroughFwctl()
    {
        const QString order = m_dir.filePath(QStringLiteral("more-seats.json")); // written by planAgainstTheInstalledBase
        QVERIFY(QFile::exists(order));
        QCOMPARE(fwctl({ QStringLiteral("import"), QStringLiteral("order"), order }).exitCode, 0);
        QCOMPARE(fwctl({ QStringLiteral("run"), QStringLiteral("--until-idle") }).exitCode, 0);

        const QString second = m_dir.filePath(QStringLiteral("edition.json"));
        QFile file(second);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"formatVersion": 1, "id": "SO-EDITION", "account": {"id": "ACC-7", "name": "Asset Test GmbH"},
                       "items": [{"id": "1", "product": "SEATS", "action": "change", "assetRef": "SO-A1/S1-U",
                                  "attributes": {"edition": "enterprise"}}]})");
        file.close();
        const test::FwctlRun refused = fwctl({ QStringLiteral("import"), QStringLiteral("order"), second });
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("/items/0/assetRef: asset 'SO-A1/S1-U' is already being acted on by order SO-SEATS")),
                 qPrintable(refused.err));

        for (const char* action : { "claim", "complete" })
            QCOMPARE(fwctl({ QStringLiteral("task"), QLatin1String(action), QStringLiteral("2") }).exitCode, 0);
        QCOMPARE(fwctl({ QStringLiteral("run"), QStringLiteral("--until-idle") }).exitCode, 0);
        const test::FwctlRun asset = fwctl({ QStringLiteral("asset"), QStringLiteral("SO-A1/S1-U") });
        QCOMPARE(asset.exitCode, 0);
        QVERIFY2(asset.out.contains(QStringLiteral("changed  engine  order SO-SEATS  x100 -> x150")), qPrintable(asset.out));
        QCOMPARE(fwctl({ QStringLiteral("import"), QStringLiteral("order"), second }).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestFwctlAssets)
#include "tst_fwctlassets.moc"
