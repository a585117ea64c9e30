// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A renewal coming due for the sample scenarios (issue 21; docs/assets.md, "Renewals"): each sample
// subscription runs to completion against fw-stubs like in tst_samplesendtoend, then simulated time
// moves to the day before its renewal is due (nothing opens), to the due date (exactly one renewal
// opens, with the value at risk of the sample's prices) and on (and after a restart) no other.

#include "common/clock.h"
#include "demo/scriptedoperator.h"
#include "engine/callouttransport.h"
#include "engine/executor.h"
#include "renewals/renewalforecast.h"
#include "renewals/renewalscanner.h"
#include "store/database.h"
#include "store/renewalreader.h"
#include "store/storeimporter.h"
#include "stubserver.h"

#include <QDir>
#include <QTimeZone>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

class TestSampleRenewals : public QObject {
    Q_OBJECT

    StubServer m_stubs { 12 };
    quint16 m_port = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_port = m_stubs.listenLocal(0);
        QVERIFY(m_port);
    }

    void renewalComesDue_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("asset"); // the root asset whose renewal comes due
        QTest::addColumn<int>("months"); // its term
        QTest::addColumn<int>("leadDays");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("productName"); // as the Renewals view shows it, from the stored catalog
        // The suite's term from its termMonths (36): (1500 + 250 x 12.50 + 400 + 150 + 4 x 40) EUR a month x 36.
        QTest::addRow("saas-licence") << QStringLiteral("saas-licence") << QStringLiteral("SO-20417/S1") << 36 << 90 << 192060.0
                                      << QStringLiteral("Enterprise Suite");
        // The fibre bundle's fixed 24 months: (189 + 15 + 2 x 5) EUR a month x 24.
        QTest::addRow("telecom-fiber") << QStringLiteral("telecom-fiber") << QStringLiteral("SO-10001/1") << 24 << 60 << 5136.0
                                       << QStringLiteral("Business Fiber Bundle");
    }
    void renewalComesDue()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, asset);
        QFETCH(int, months);
        QFETCH(int, leadDays);
        QFETCH(double, value);
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC));
        Database database(dir.filePath(QStringLiteral("renewals.db")));
        QVERIFY(database.openStore());
        const QDir folder(QStringLiteral(FW_SAMPLES_DIR "/") + scenario);
        StoreImporter importer(database, clock);
        QVERIFY(importer.importCatalog(folder.filePath(QStringLiteral("catalog.json")), QStringLiteral("t")).ok());
        const ImportResult imported = importer.importOrder(folder.filePath(QStringLiteral("order.json")), QStringLiteral("t"));
        QVERIFY(imported.ok());

        HttpCalloutTransport transport;
        auto executor = std::make_unique<Executor>(database, clock);
        executor->setCalloutTransport(&transport);
        QVERIFY(executor->load());
        for (const auto& endpoint : executor->order(imported.id)->catalog->endpoints)
            executor->setEndpointBaseUrl(endpoint.id,
                                         QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(QUrl(endpoint.baseUrl).path()));
        QDateTime completedAt;
        for (int round = 0; round < 40 && !completedAt.isValid(); ++round) {
            QVERIFY(executor->runUntilSettled(30000));
            const OrderRuntime* order = executor->order(imported.id);
            if (!order || order->execution->orderState() == OrderState::Completed) {
                completedAt = clock.now();
                break;
            }
            QVERIFY2(order->execution->orderState() != OrderState::Fallout, "the sample fell out");
            const ScriptedOperator::Round turn = ScriptedOperator(QStringLiteral("operator")).actOn(*executor, database, imported.id);
            QVERIFY2(turn.error.isEmpty(), qPrintable(turn.error));
            if (turn.actions.isEmpty() && turn.waitsForTime)
                clock.advance(qint64(2) * 86400 * 1000);
        }
        QVERIFY2(completedAt.isValid(), "the sample did not complete");
        const RenewalReader renewals(database.connection());
        const auto count = [&renewals] {
            const auto all = renewals.list({});
            return all ? all->size() : std::size_t(999);
        };
        QCOMPARE(count(), std::size_t(0));

        const QDate due = completedAt.date().addMonths(months).addDays(-leadDays);
        clock.set(due.addDays(-1).startOfDay(QTimeZone::utc()).addSecs(23 * 3600));
        QVERIFY(executor->runUntilIdle());
        QCOMPARE(count(), std::size_t(0)); // the day before
        clock.set(due.startOfDay(QTimeZone::utc()).addSecs(3600));
        QVERIFY(executor->runUntilIdle());
        const auto opened = renewals.list({});
        QVERIFY(opened);
        QCOMPARE(opened->size(), std::size_t(1)); // the bundle's root; its components renew with it
        QCOMPARE(opened->front().assetId, asset);
        QCOMPARE(opened->front().dueDate, due);
        QCOMPARE(opened->front().termMonths, months);
        QCOMPARE(opened->front().value, value);
        QCOMPARE(opened->front().currency, QStringLiteral("EUR"));
        QFETCH(QString, productName);
        RenewalQuery query;
        query.today = due;
        const auto listed = upcomingRenewals(database.connection(), query);
        QVERIFY(listed && listed->size() == 1);
        QCOMPARE(listed->front().productName, productName);

        clock.advance(qint64(30) * 86400 * 1000);
        QVERIFY(executor->runUntilIdle());
        executor = std::make_unique<Executor>(database, clock); // a restart
        QVERIFY(executor->load());
        QVERIFY(executor->runUntilIdle());
        QCOMPARE(count(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestSampleRenewals)
#include "tst_samplerenewals.moc"
