// Golden-file tests of decomposition and planning: one folder per case under tests/data/plan/
// holding order.json (and optionally catalog.json; else shared-catalog.json) and either
// expected-plan.json (the `fwctl plan --json` document) or expected-errors.txt (one problem a line).

#include "goldenfile.h"
#include "io/planjson.h"
#include "planning/planningpipeline.h"

#include <QDir>
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
