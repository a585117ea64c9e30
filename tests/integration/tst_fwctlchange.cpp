// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `fwctl change preview|submit` and `fwctl summary` as scripts use them: preview --json is exactly
// the preview the store gives in-process; submit applies and prints the outcome; summary tells the
// item as ordered and as it stands; bad files and a mismatched --order exit 2 naming the problem,
// a PONR refusal exits 2 with the step and line.

#include "change/changepreviewjson.h"
#include "change/ordersummaryjson.h"
#include "change/ordersummaryreader.h"
#include "change/storedchange.h"
#include "common/clock.h"
#include "engine/executor.h"
#include "io/jsonfile.h"
#include "store/database.h"
#include "testteam.h"
#include "store/runtimeloader.h"
#include "store/storeimporter.h"

#include "fwctlprocess.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace fw;

namespace {
QString change(const char* name)
{
    return QStringLiteral(FW_TEST_DATA_DIR "/change/%1.json").arg(QLatin1String(name));
}
} // namespace

class TestFwctlChange : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    test::FwctlRun fwctl(const QStringList& arguments) const { return test::runFwctlOn(m_path, arguments); }

    nlohmann::json json(const QString& text) { return nlohmann::json::parse(text.toStdString(), nullptr, false); }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("change.db"));
        Database database(m_path);
        QVERIFY(database.openStore());
        ManualClock clock(QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc()));
        QVERIFY(test::addTeam(database.connection(), { QStringLiteral("anna") }, clock.now()));
        StoreImporter importer(database, clock);
        QVERIFY(importer.importCatalog(QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/catalog.json"), QStringLiteral("t")).ok());
        QVERIFY(importer.importOrder(QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/order-multisite.json"), QStringLiteral("t")).ok());
        QFile unknown(m_dir.filePath(QStringLiteral("unknown-item.json")));
        QVERIFY(unknown.open(QIODevice::WriteOnly));
        unknown.write(R"({"formatVersion": 1, "id": "X1", "order": "SO-10002", "actions": [{"action": "remove", "item": "Z"}]})");
    }

    void previewJsonIsThePreview()
    {
        const auto run = fwctl({ QStringLiteral("change"), QStringLiteral("preview"), change("remove-site-b"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        Database database(m_path);
        QVERIFY(database.openStore());
        const auto order = RuntimeLoader::load(database.connection(), QStringLiteral("SO-10002"));
        QVERIFY(order);
        Problems problems;
        const auto document = readJsonFile(change("remove-site-b"), problems);
        const auto load = ChangeOrderReader::readJson(*document, change("remove-site-b"));
        QVERIFY(load.ok());
        nlohmann::json expected = changePreviewToJson(prepareStoredChange(database.connection(), &*order, *load.changeOrder).preview);
        nlohmann::json actual = json(run.out);
        // fwctl forecasts at its own instant: both forecasts are there; the rest is the same preview.
        QVERIFY2(actual["forecastBefore"].is_string() && actual["forecastAfter"].is_string(), qPrintable(run.out));
        for (auto* document : { &actual, &expected }) {
            document->erase("forecastBefore");
            document->erase("forecastAfter");
        }
        QVERIFY2(actual == expected, qPrintable(run.out));
        QCOMPARE(QString::fromStdString(expected["outcome"].get<std::string>()), QStringLiteral("12 kept, 2 amended, 10 discarded"));
        // Nothing is written by a preview.
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM change_orders")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void previewTextNamesWhatChanges()
    {
        const auto run = fwctl({ QStringLiteral("change"), QStringLiteral("preview"), change("remove-site-b") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("change CHG-2045 of order SO-10002 (revision 1): can be applied")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("item B: removed (with 2 child items)")));
        QVERIFY(run.out.contains(QStringLiteral(
            "DISCARDED    line:B.2.ROUTER_SHIPMENT/reserve-router  [pending -> cancelled]  line B.2.ROUTER_SHIPMENT removed")));
    }

    void badInputExitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown item") << QStringList {
            QStringLiteral("change"), QStringLiteral("preview"), m_dir.filePath(QStringLiteral("unknown-item.json"))
        } << "unknown-item.json:/actions/0/item: unknown item 'Z' in order SO-10002 (items: A, A.1, A.2, A.3, B, B.1, B.2)";
        QTest::addRow("order of another store")
            << QStringList { QStringLiteral("change"), QStringLiteral("preview"), change("bad/unknown-item") }
            << "unknown-item.json:/order: unknown order 'SO-20417'";
        QTest::addRow("negative quantity") << QStringList { QStringLiteral("change"), QStringLiteral("submit"),
                                                            change("bad/negative-quantity") }
                                           << "negative-quantity.json:/actions/0/quantity: quantity must be greater than 0, got -5";
        QTest::addRow("other order") << QStringList { QStringLiteral("change"), QStringLiteral("submit"), change("remove-site-b"),
                                                      QStringLiteral("--order"), QStringLiteral("SO-1") }
                                     << "remove-site-b.json:/order: the change order is for order 'SO-10002', not 'SO-1'";
        QTest::addRow("unknown action") << QStringList { QStringLiteral("change"), QStringLiteral("apply"), change("remove-site-b") }
                                        << "unknown action 'apply' (preview or submit)";
        QTest::addRow("unknown order") << QStringList { QStringLiteral("summary"), QStringLiteral("SO-404") } << "unknown order 'SO-404'";
    }

    void badInputExitsTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto run = fwctl(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void submitThenSummary()
    {
        const auto run = fwctl({ QStringLiteral("change"), QStringLiteral("submit"), change("remove-site-b"), QStringLiteral("--as"),
                                 QStringLiteral("anna") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("change CHG-2045 of order SO-10002: applied (12 kept, 2 amended, 10 discarded)")),
                 qPrintable(run.out + run.err));
        const auto again = fwctl({ QStringLiteral("change"), QStringLiteral("submit"), change("remove-site-b") });
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(QStringLiteral("remove-site-b.json:/id: change order CHG-2045 of order SO-10002 is already applied")),
                 qPrintable(again.err));

        const auto summary = fwctl({ QStringLiteral("summary"), QStringLiteral("SO-10002"), QStringLiteral("--json") });
        QCOMPARE(summary.exitCode, 0);
        Database database(m_path);
        QVERIFY(database.openStore());
        const auto report = readOrderSummaryReport(database.connection(), QStringLiteral("SO-10002"));
        QVERIFY2(report, qPrintable(report.message()));
        QVERIFY2(json(summary.out) == orderSummaryToJson(*report), qPrintable(summary.out));
        QCOMPARE(report->revision, 1);
        const auto text = fwctl({ QStringLiteral("summary"), QStringLiteral("SO-10002") });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(
            text.out.contains(QStringLiteral("B         BUSINESS_FIBER_BUNDLE ordered     1  now     0  cancelled changed by CHG-2045")),
            qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("CHG-2045    r1  applied anna  12 kept, 2 amended, 10 discarded")));
    }
};

QTEST_GUILESS_MAIN(TestFwctlChange)
#include "tst_fwctlchange.moc"
