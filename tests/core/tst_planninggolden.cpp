// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Golden-file tests of decomposition and planning: one folder per case under tests/data/plan/
// holding order.json (and optionally catalog.json; else shared-catalog.json) and either
// expected-plan.json (the `fwctl plan --json` document) or expected-errors.txt (one problem a line).

#include "assetfixture.h"
#include "goldenfile.h"
#include "io/planjson.h"
#include "planning/planningpipeline.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace fw;
using namespace fw::test;

class TestPlanningGolden : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(QDir::setCurrent(QStringLiteral(FW_TEST_DATA_DIR "/plan"))); }

    void plan_data()
    {
        QTest::addColumn<QString>("caseDir");
        const auto cases = QDir().entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 10);
        for (const QString& name : cases)
            QTest::newRow(qPrintable(name)) << name;
    }

    void plan()
    {
        QFETCH(QString, caseDir);
        const QDir dir(caseDir);
        const QString catalog = dir.exists(QStringLiteral("catalog.json")) ? dir.filePath(QStringLiteral("catalog.json"))
                                                                           : QStringLiteral("shared-catalog.json");
        const PlanningOutcome outcome = planFromFiles(catalog, dir.filePath(QStringLiteral("order.json")));
        const QString expectedPlan = dir.filePath(QStringLiteral("expected-plan.json"));
        const QString expectedErrors = dir.filePath(QStringLiteral("expected-errors.txt"));

        if (updatingGolden()) {
            QFile::remove(expectedPlan);
            QFile::remove(expectedErrors);
            if (outcome.ok()) {
                writeAll(expectedPlan, QByteArray::fromStdString(planToJson(*outcome.plan, *outcome.catalog).dump(2) + '\n'));
            } else {
                QByteArray text;
                for (const auto& problem : outcome.problems)
                    text += problem.toString().toUtf8() + '\n';
                writeAll(expectedErrors, text);
            }
            QSKIP("golden files rewritten");
        }

        if (QFile::exists(expectedErrors)) {
            QVERIFY2(!outcome.ok(), "the case should fail but planned");
            QVERIFY(!outcome.plan.has_value());
            QStringList actual;
            for (const auto& problem : outcome.problems)
                actual << problem.toString();
            QCOMPARE(actual, lines(readAll(expectedErrors)));
            return;
        }
        QVERIFY2(QFile::exists(expectedPlan), "case has neither expected-plan.json nor expected-errors.txt");
        QStringList problems;
        for (const auto& problem : outcome.problems)
            problems << problem.toString();
        QVERIFY2(outcome.ok(), qPrintable(problems.join(QLatin1Char('\n'))));
        const auto actual = planToJson(*outcome.plan, *outcome.catalog);
        const auto expected = nlohmann::json::parse(readAll(expectedPlan).toStdString());
        if (actual != expected) {
            const auto patch = nlohmann::json::diff(expected, actual);
            QFAIL(qPrintable(QStringLiteral("plan differs from %1 (JSON patch expected -> actual):\n%2")
                                 .arg(expectedPlan, QString::fromStdString(patch.dump(2)))));
        }
    }

    // The shipped samples plan to their reviewed golden plans (tests/data/samples/<scenario>/); the
    // asset-based follow-up orders (<scenario>/follow-up/) plan against the installed base in
    // tests/data/samples/<scenario>/assets.json.
    void samples_data()
    {
        QTest::addColumn<QString>("catalog");
        QTest::addColumn<QString>("order");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("assets");
        const QDir samples(QStringLiteral(FW_SAMPLES_DIR));
        int count = 0;
        for (const QString& scenario : samples.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QDir dir(samples.filePath(scenario));
            for (const QString& order : dir.entryList({ QStringLiteral("order*.json") }, QDir::Files, QDir::Name)) {
                const QString expected = QStringLiteral(FW_TEST_DATA_DIR "/samples/") + scenario + QLatin1Char('/')
                    + QString(order).replace(QStringLiteral(".json"), QStringLiteral(".expected-plan.json"));
                QTest::newRow(qPrintable(scenario + QLatin1Char('/') + order))
                    << dir.filePath(QStringLiteral("catalog.json")) << dir.filePath(order) << expected << QString();
                ++count;
            }
            const QDir followUps(dir.filePath(QStringLiteral("follow-up")));
            for (const QString& order : followUps.entryList({ QStringLiteral("order*.json") }, QDir::Files, QDir::Name)) {
                const QString base = QStringLiteral(FW_TEST_DATA_DIR "/samples/") + scenario + QLatin1Char('/');
                QTest::newRow(qPrintable(scenario + QStringLiteral("/follow-up/") + order))
                    << dir.filePath(QStringLiteral("catalog.json")) << followUps.filePath(order)
                    << base + QStringLiteral("follow-up/")
                        + QString(order).replace(QStringLiteral(".json"), QStringLiteral(".expected-plan.json"))
                    << base + QStringLiteral("assets.json");
            }
        }
        QVERIFY(count >= 10);
    }

    void samples()
    {
        QFETCH(QString, catalog);
        QFETCH(QString, order);
        QFETCH(QString, expected);
        QFETCH(QString, assets);
        InMemoryAssetLookup installedBase;
        if (!assets.isEmpty())
            QVERIFY2(loadAssets(assets, installedBase), qPrintable(assets));
        const PlanningOutcome outcome = planFromFiles(catalog, order, installedBase.lookup());
        QStringList problems;
        for (const auto& problem : outcome.problems)
            problems << problem.toString();
        QVERIFY2(outcome.ok(), qPrintable(problems.join(QLatin1Char('\n'))));
        const auto actual = planToJson(*outcome.plan, *outcome.catalog);
        if (updatingGolden()) {
            QDir().mkpath(QFileInfo(expected).path());
            writeAll(expected, QByteArray::fromStdString(actual.dump(2) + '\n'));
            QSKIP("golden file rewritten");
        }
        const auto wanted = nlohmann::json::parse(readAll(expected).toStdString());
        if (actual != wanted)
            QFAIL(qPrintable(QStringLiteral("plan of %1 differs from %2:\n%3")
                                 .arg(order, expected, QString::fromStdString(nlohmann::json::diff(wanted, actual).dump(2)))));
    }

    // The telecom seed scenario keeps its order: router shipment -> delivered -> technician ->
    // installation complete -> monthly billing.
    void telecomSeedChain()
    {
        const PlanningOutcome outcome = planFromFiles(QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/catalog.json"),
                                                      QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/order.json"));
        QVERIFY(outcome.ok());
        const auto& plan = *outcome.plan;
        const QStringList chain { QStringLiteral("line:1.2.ROUTER_SHIPMENT/ship-router"),
                                  QStringLiteral("line:1.2.ROUTER_SHIPMENT/router-delivered"),
                                  QStringLiteral("line:1.1.FIBER_INSTALLATION/schedule-technician"),
                                  QStringLiteral("line:1.1.FIBER_INSTALLATION/install-complete"),
                                  QStringLiteral("bundle:1/PD_MONTHLY_BILLING/set-billing-start"),
                                  QStringLiteral("bundle:1/PD_MONTHLY_BILLING/start-monthly-billing") };
        for (int i = 1; i < chain.size(); ++i) {
            const int step = plan.stepIndex(chain[i]);
            QVERIFY2(step >= 0, qPrintable(chain[i]));
            const auto& deps = plan.steps[std::size_t(step)].dependsOn;
            QVERIFY2(std::find(deps.begin(), deps.end(), plan.stepIndex(chain[i - 1])) != deps.end(),
                     qPrintable(chain[i] + QStringLiteral(" must wait for ") + chain[i - 1]));
        }
    }

    // Invariants every plan keeps, checked on every successful case.
    void planIsWellFormed_data() { plan_data(); }
    void planIsWellFormed()
    {
        QFETCH(QString, caseDir);
        const QDir dir(caseDir);
        if (!QFile::exists(dir.filePath(QStringLiteral("expected-plan.json"))))
            return;
        const QString catalog = dir.exists(QStringLiteral("catalog.json")) ? dir.filePath(QStringLiteral("catalog.json"))
                                                                           : QStringLiteral("shared-catalog.json");
        const PlanningOutcome outcome = planFromFiles(catalog, dir.filePath(QStringLiteral("order.json")));
        QVERIFY(outcome.ok());
        const auto& plan = *outcome.plan;
        QSet<QString> ids;
        for (std::size_t i = 0; i < plan.steps.size(); ++i) {
            const auto& step = plan.steps[i];
            QVERIFY2(!ids.contains(step.id), qPrintable(step.id));
            ids.insert(step.id);
            QCOMPARE(plan.stepIndex(step.id), int(i));
            QVERIFY(plan.lanes.contains(step.lane));
            QVERIFY(!step.lines.isEmpty());
            int expectedDepth = 0;
            for (int dependency : step.dependsOn) {
                QVERIFY2(dependency < int(i), "steps must be in topological order");
                expectedDepth = std::max(expectedDepth, plan.steps[std::size_t(dependency)].depth + 1);
            }
            QCOMPARE(step.depth, expectedDepth);
        }
    }
};

QTEST_GUILESS_MAIN(TestPlanningGolden)
#include "tst_planninggolden.moc"
