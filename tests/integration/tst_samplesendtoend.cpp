// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every sample order runs to completion against fw-stubs, driven like an operations desk would:
// open tasks are claimed and completed with valid form data, awaited signals are sent, awaited
// fields are reported, and simulated time moves past time pauses.

#include "common/clock.h"
#include "engine/callouttransport.h"
#include "engine/executor.h"
#include "demo/scriptedoperator.h"
#include "store/database.h"
#include "store/storeimporter.h"
#include "stubserver.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

class TestSamplesEndToEnd : public QObject {
    Q_OBJECT

    StubServer m_stubs { 11 };
    quint16 m_port = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_port = m_stubs.listenLocal(0);
        QVERIFY(m_port);
    }

    void sample_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("orderFile");
        const QDir samples(QStringLiteral(FW_SAMPLES_DIR));
        for (const QString& scenario : samples.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            for (const QString& order : QDir(samples.filePath(scenario)).entryList({ QStringLiteral("order*.json") }, QDir::Files))
                QTest::newRow(qPrintable(scenario + QLatin1Char('/') + order)) << scenario << order;
        }
    }

    void sample()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, orderFile);
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC));
        Database database(dir.filePath(QStringLiteral("e2e.db")));
        QVERIFY(database.openStore());
        const QDir folder(QStringLiteral(FW_SAMPLES_DIR "/") + scenario);
        StoreImporter importer(database, clock);
        QVERIFY(importer.importCatalog(folder.filePath(QStringLiteral("catalog.json")), QStringLiteral("t")).ok());
        const ImportResult imported = importer.importOrder(folder.filePath(orderFile), QStringLiteral("t"));
        QVERIFY(imported.ok());
        const QString orderId = imported.id;

        HttpCalloutTransport transport;
        Executor executor(database, clock);
        executor.setCalloutTransport(&transport);
        QVERIFY(executor.load());
        const OrderRuntime* order = executor.order(orderId);
        for (const auto& endpoint : order->catalog->endpoints)
            executor.setEndpointBaseUrl(endpoint.id,
                                        QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(QUrl(endpoint.baseUrl).path()));

        QStringList actions;
        for (int round = 0; round < 40; ++round) {
            const auto ran = executor.runUntilSettled(30000);
            QVERIFY2(ran, qPrintable(ran.message()));
            order = executor.order(orderId);
            const OrderState state = order->execution->orderState();
            if (state == OrderState::Completed)
                break;
            if (state == OrderState::Fallout) {
                const int failed = order->execution->stepsIn(StepState::Fallout).front();
                QFAIL(qPrintable(QStringLiteral("%1 fell out: %2")
                                     .arg(order->steps[std::size_t(failed)].id, order->steps[std::size_t(failed)].lastError)));
            }
            const ScriptedOperator::Round turn = ScriptedOperator(QStringLiteral("operator")).actOn(executor, database, orderId);
            QVERIFY2(turn.error.isEmpty(), qPrintable(turn.error));
            actions << turn.actions;
            bool acted = !turn.actions.isEmpty();
            if (!acted && turn.waitsForTime) {
                clock.advance(qint64(400) * 86400 * 1000);
                actions << QStringLiteral("time passes");
                acted = true;
            }
            QVERIFY2(acted, qPrintable(QStringLiteral("stuck with nothing to do after: ") + actions.join(QStringLiteral(", "))));
        }
        QCOMPARE(toString(executor.order(orderId)->execution->orderState()), toString(OrderState::Completed));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM steps WHERE state <> 'completed'")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        qInfo("%s: %s", qPrintable(orderId), qPrintable(actions.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestSamplesEndToEnd)
#include "tst_samplesendtoend.moc"
