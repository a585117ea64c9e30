// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Golden-file tests of asset-based orders: one folder per case under tests/data/asset-delta/
// holding order.json (and optionally its own catalog.json) and either expected-plan.json (the
// `fwctl plan --json` document) or expected-errors.txt; the cases plan against the shared
// catalog.json and the installed base assets.json (through an in-memory AssetLookup). FW_UPDATE_GOLDEN=1 rewrites the expected files.

#include "assetfixture.h"
#include "goldenfile.h"
#include "io/planjson.h"
#include "planning/planningpipeline.h"

#include <QDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace fw;
using namespace fw::test;

class TestAssetDelta : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QDir::setCurrent(QStringLiteral(FW_TEST_DATA_DIR "/asset-delta")));
        QVERIFY(loadAssets(QStringLiteral("assets.json"), m_assets));
    }

    void plan_data()
    {
        QTest::addColumn<QString>("caseDir");
        const auto cases = QDir().entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 15);
        for (const QString& name : cases)
            QTest::newRow(qPrintable(name)) << name;
    }

    void plan()
    {
        QFETCH(QString, caseDir);
        const QDir dir(caseDir);
        const QString catalog
            = dir.exists(QStringLiteral("catalog.json")) ? dir.filePath(QStringLiteral("catalog.json")) : QStringLiteral("catalog.json");
        const PlanningOutcome outcome = planFromFiles(catalog, dir.filePath(QStringLiteral("order.json")), m_assets.lookup());
        const QString expectedPlan = dir.filePath(QStringLiteral("expected-plan.json"));
        const QString expectedErrors = dir.filePath(QStringLiteral("expected-errors.txt"));
        QStringList problems;
        for (const auto& problem : outcome.problems)
            problems << problem.toString();
        if (updatingGolden()) {
            QFile::remove(expectedPlan);
            QFile::remove(expectedErrors);
            if (outcome.ok())
                writeAll(expectedPlan, QByteArray::fromStdString(planToJson(*outcome.plan, *outcome.catalog).dump(2) + '\n'));
            else
                writeAll(expectedErrors, problems.join(QLatin1Char('\n')).toUtf8() + '\n');
            QSKIP("golden files rewritten");
        }
        if (QFile::exists(expectedErrors)) {
            QVERIFY2(!outcome.plan.has_value(), "the case should fail but planned");
            QCOMPARE(problems, lines(readAll(expectedErrors)));
            return;
        }
        QVERIFY2(outcome.ok(), qPrintable(problems.join(QLatin1Char('\n'))));
        const auto actual = planToJson(*outcome.plan, *outcome.catalog);
        const auto expected = nlohmann::json::parse(readAll(expectedPlan).toStdString(), nullptr, false);
        if (actual != expected)
            QFAIL(qPrintable(QStringLiteral("plan differs from %1 (JSON patch expected -> actual):\n%2")
                                 .arg(expectedPlan, QString::fromStdString(nlohmann::json::diff(expected, actual).dump(2)))));
    }

    // Without an installed base (planning with no store: fwctl plan where there is none) an
    // asset-based order does not plan: it reports the asset as unknown instead.
    void withoutInstalledBaseTheAssetIsUnknown()
    {
        const PlanningOutcome outcome = planFromFiles(QStringLiteral("catalog.json"), QStringLiteral("suspend/order.json"));
        QVERIFY(!outcome.plan.has_value());
        QCOMPARE(outcome.problems.size(), std::size_t(1));
        QCOMPARE(outcome.problems.front().pointer, QStringLiteral("/items/0/assetRef"));
        QVERIFY2(outcome.problems.front().message.contains(QStringLiteral("asset 'ASSET-FIBER-1' is unknown")),
                 qPrintable(outcome.problems.front().message));
    }

private:
    InMemoryAssetLookup m_assets;
};

QTEST_GUILESS_MAIN(TestAssetDelta)
#include "tst_assetdelta.moc"
