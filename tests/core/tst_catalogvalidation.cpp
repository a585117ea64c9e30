// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Golden-file tests of catalog validation: one folder per case under tests/data/validate/ with a
// catalog.json and expected-errors.txt (empty or absent: the catalog must be valid).

#include "catalog/catalogreader.h"
#include "goldenfile.h"

#include <QDir>
#include <QTest>

using namespace fw;
using namespace fw::test;

class TestCatalogValidation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void validate_data()
    {
        QTest::addColumn<QString>("caseDir");
        const QDir root(QStringLiteral(FW_TEST_DATA_DIR "/validate"));
        const auto cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 7);
        for (const QString& name : cases)
            QTest::newRow(qPrintable(name)) << root.filePath(name);
    }

    void validate()
    {
        QFETCH(QString, caseDir);
        QVERIFY(QDir::setCurrent(caseDir)); // labels in messages are then "catalog.json"
        const CatalogLoad load = CatalogReader::readFile(QStringLiteral("catalog.json"));
        QStringList actual;
        for (const auto& problem : load.problems)
            actual << problem.toString();
        if (updatingGolden()) {
            writeAll(QStringLiteral("expected-errors.txt"),
                     actual.isEmpty() ? QByteArray() : (actual.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
            QSKIP("golden file rewritten");
        }
        const QStringList expected = lines(readAll(QStringLiteral("expected-errors.txt")));
        QCOMPARE(actual, expected);
        QCOMPARE(load.ok(), expected.isEmpty());
        QCOMPARE(load.catalog != nullptr, expected.isEmpty()); // never a half-valid catalog
    }

    // The jeopardy rule and calendar fields as read, one line per rule or calendar.
    void jeopardyFieldsParsed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("what"); // "rule N" or "calendar N"
        QTest::addColumn<QString>("expected");
        const QString emea = QStringLiteral(FW_SAMPLES_DIR "/emea-routing/catalog.json");
        const QString valid = QStringLiteral(FW_TEST_DATA_DIR "/validate/valid/catalog.json");
        QTest::addRow("new form, calendar and actions")
            << emea << QStringLiteral("rule 0")
            << QStringLiteral("pick-pack-late step match=pick-pack/PD_EU_SHIPMENT/-/-/eu-warehouse-floor estimate=0 warning=120% "
                              "critical=43200s calendar=rotterdam-warehouse actions=flag@warning,notify@warning,"
                              "raisePriority@critical,reassign:warehouse-supervisors@critical legacy=no");
        QTest::addRow("step type and lane")
            << emea << QStringLiteral("rule 2")
            << QStringLiteral("allocation-stuck step match=allocate-stock/-/callout/warehouse/- estimate=0 warning=1800s "
                              "critical=7200s calendar=- actions=flag@warning,escalate:warehouse-supervisors@critical legacy=no");
        QTest::addRow("order scope") << emea << QStringLiteral("rule 5")
                                     << QStringLiteral(
                                            "late-delivery order match=-/-/-/-/- estimate=0 warning=90% critical=100% "
                                            "calendar=- actions=notify@warning,escalate:warehouse-supervisors@critical legacy=no");
        QTest::addRow("rule estimate") << QStringLiteral(FW_SAMPLES_DIR "/saas-licence/catalog.json") << QStringLiteral("rule 2")
                                       << QStringLiteral(
                                              "kickoff-late step match=kickoff-call/PD_WELCOME_ENTERPRISE/-/-/customer-success "
                                              "estimate=172800 warning=100% critical=150% calendar=cs-hours "
                                              "actions=notify@warning,raisePriority@critical,reassign:cs-leads@critical legacy=no");
        QTest::addRow("old form") << valid << QStringLiteral("rule 0")
                                  << QStringLiteral("late-step step match=-/-/-/-/- estimate=0 warning=120% critical=- calendar=- "
                                                    "actions= legacy=yes");
        QTest::addRow("calendar") << emea << QStringLiteral("calendar 0")
                                  << QStringLiteral("rotterdam-warehouse Europe/Amsterdam days=1,2,3,4,5 06:00-22:00 "
                                                    "holidays=2026-12-25,2026-12-26,2027-01-01");
        QTest::addRow("another calendar") << QStringLiteral(FW_SAMPLES_DIR "/saas-licence/catalog.json") << QStringLiteral("calendar 0")
                                          << QStringLiteral("cs-hours Europe/Dublin days=1,2,3,4,5 09:00-17:30 "
                                                            "holidays=2026-12-25,2026-12-26,2027-01-01");
    }

    void jeopardyFieldsParsed()
    {
        QFETCH(QString, file);
        QFETCH(QString, what);
        QFETCH(QString, expected);
        const CatalogLoad load = CatalogReader::readFile(file);
        QVERIFY2(load.ok(), load.problems.empty() ? "" : qPrintable(load.problems.front().toString()));
        const int index = what.section(QLatin1Char(' '), 1).toInt();
        const auto orDash = [](const QString& text) { return text.isEmpty() ? QStringLiteral("-") : text; };
        QString actual;
        if (what.startsWith(QLatin1String("rule"))) {
            const JeopardyRule& r = load.catalog->jeopardyRules.at(std::size_t(index));
            const auto threshold = [](const JeopardyThreshold& t) -> QString {
                if (t.seconds)
                    return QString::number(t.seconds) + QLatin1Char('s');
                if (t.percent)
                    return QString::number(t.percent) + QLatin1Char('%');
                return QStringLiteral("-");
            };
            static const char* kinds[] = { "flag", "notify", "raisePriority", "reassign", "escalate" };
            QStringList actions;
            for (const JeopardyAction& a : r.actions) {
                QString text = QLatin1String(kinds[int(a.kind)]);
                if (!a.queue.isEmpty())
                    text += QLatin1Char(':') + a.queue;
                text += a.at == JeopardyAction::Level::Critical ? QStringLiteral("@critical") : QStringLiteral("@warning");
                actions << text;
            }
            actual = QStringLiteral("%1 %2 match=%3/%4/%5/%6/%7 estimate=%8 warning=%9 critical=%10 calendar=%11 actions=%12 legacy=%13")
                         .arg(r.id, r.scope == JeopardyRule::Scope::Order ? QStringLiteral("order") : QStringLiteral("step"),
                              orDash(r.matchStep), orDash(r.matchPlanDefinition),
                              r.matchStepType ? toString(*r.matchStepType) : QStringLiteral("-"), orDash(r.matchLane), orDash(r.matchQueue),
                              QString::number(r.estimatedSeconds), threshold(r.warning))
                         .arg(threshold(r.critical), orDash(r.calendar), actions.join(QLatin1Char(',')),
                              r.legacyForm ? QStringLiteral("yes") : QStringLiteral("no"));
        } else {
            const BusinessCalendarSpec& c = load.catalog->calendars.at(std::size_t(index));
            QStringList days, holidays;
            for (const int day : c.days)
                days << QString::number(day);
            for (const QDate& date : c.holidays)
                holidays << date.toString(Qt::ISODate);
            actual = QStringLiteral("%1 %2 days=%3 %4-%5 holidays=%6")
                         .arg(c.id, c.timeZone, days.join(QLatin1Char(',')), c.opens.toString(QStringLiteral("HH:mm")),
                              c.closes.toString(QStringLiteral("HH:mm")), holidays.join(QLatin1Char(',')));
        }
        QCOMPARE(actual, expected);
    }

    void missingFileIsReported()
    {
        const CatalogLoad load = CatalogReader::readFile(QStringLiteral("/nonexistent/catalog.json"));
        QVERIFY(!load.ok());
        QCOMPARE(load.problems.size(), std::size_t(1));
        QVERIFY(load.problems[0].toString().startsWith(QStringLiteral("/nonexistent/catalog.json:: cannot read file")));
    }
};

QTEST_GUILESS_MAIN(TestCatalogValidation)
#include "tst_catalogvalidation.moc"
