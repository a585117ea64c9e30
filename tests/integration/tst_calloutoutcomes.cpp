// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Callouts against fw-stubs where the answer is lost or slow: an attempt whose connection closed
// after the system carried it out is "unknown", and an operator retry sends the same request
// with the same idempotency key, so the system acts once; an edited payload then needs a
// confirmed new request. Many ready callouts against a slow system wait in order (maxInFlight)
// and none times out while it waits (nor does settling, as long as replies come). A timeout says
// so without Qt warnings.

#include "common/clock.h"
#include "engine/callouttransport.h"
#include "engine/executor.h"
#include "store/database.h"
#include "store/operationsreader.h"
#include "store/storeimporter.h"
#include "stubserver.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

class TestCalloutOutcomes : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;
    StubServer m_stubs { 5 };
    quint16 m_port = 0;
    HttpCalloutTransport m_transport;
    std::unique_ptr<Database> m_database;

    std::unique_ptr<Executor> executor()
    {
        auto e = std::make_unique<Executor>(*m_database, m_clock);
        e->setCalloutTransport(&m_transport);
        e->setEndpointBaseUrl(QStringLiteral("inventory"), QStringLiteral("http://127.0.0.1:%1/inventory").arg(m_port));
        if (const Status loaded = e->load(); !loaded)
            qWarning("%s", qPrintable(loaded.message()));
        return e;
    }

    void settle(Executor& e)
    {
        const Result<int> result = e.runUntilSettled(60000);
        QVERIFY2(result, qPrintable(result.message()));
    }

    QString scalar(const QString& sql) const
    {
        QSqlQuery query(m_database->connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }

    void importOrders(const QString& prefix, int count)
    {
        StoreImporter importer(*m_database, m_clock);
        for (int i = 1; i <= count; ++i) {
            const QString id = QStringLiteral("%1-%2").arg(prefix).arg(i);
            const QString path = m_dir.filePath(id + QStringLiteral(".json"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("{\"formatVersion\":1,\"id\":\"%1\",\"account\":{\"id\":\"A\"},\"items\":[{\"id\":\"1\","
                                      "\"product\":\"ITEM\",\"quantity\":1}]}")
                           .arg(id)
                           .toUtf8());
            file.close();
            QVERIFY(importer.importOrder(path, QStringLiteral("t")).ok());
        }
    }

    qint64 openCase(const QString& order) const
    {
        return scalar(QStringLiteral("SELECT id FROM fallout_cases WHERE state = 'open' AND order_id = '%1'").arg(order)).toLongLong();
    }

    // Falls out after the system carried the request out and the connection closed unanswered.
    void loseTheAnswer(const QString& order)
    {
        importOrders(order.section(QLatin1Char('-'), 0, 0), 1);
        StubBehaviour dropping;
        dropping.dropRate = 1.0;
        m_stubs.configure(QStringLiteral("inventory"), dropping);
        auto e = executor();
        settle(*e);
        m_stubs.configure(QStringLiteral("inventory"), StubBehaviour {});
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM orders WHERE id = '%1'").arg(order)), QStringLiteral("fallout"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_port = m_stubs.listenLocal(0);
        QVERIFY(m_port);
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("outcomes.db")));
        QCOMPARE(m_database->openStore().message(), QString());
        StoreImporter importer(*m_database, m_clock);
        QVERIFY(importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/callouts/catalog.json"), QStringLiteral("t")).ok());
    }

    void retryAfterALostAnswerActsOnce()
    {
        loseTheAnswer(QStringLiteral("LOST-1"));
        QCOMPARE(scalar(QStringLiteral("SELECT certainty || ' ' || idempotency_key FROM attempts WHERE order_id = 'LOST-1'")),
                 QStringLiteral("unknown LOST-1/line:1.F_ITEM/reserve/1"));
        QCOMPARE(m_stubs.distinctKeys(), 1); // carried out, though nobody heard of it
        const qint64 caseId = openCase(QStringLiteral("LOST-1"));
        const auto read = OperationsReader(m_database->connection()).snapshot(0);
        QVERIFY2(read, qPrintable(read.message()));
        const EngineSnapshot& snapshot = *read;
        QCOMPARE(snapshot.fallout.size(), std::size_t(1));
        QVERIFY(snapshot.fallout.front().outcomeUnknown); // what the workbench's dialog warns about
        const auto readDetail = OperationsReader(m_database->connection()).orderDetail(QStringLiteral("LOST-1"));
        QVERIFY2(readDetail, qPrintable(readDetail.message()));
        const std::optional<OrderDetail>& detail = *readDetail;
        QVERIFY(detail && detail->attempts.size() == 1 && detail->attempts.front().outcomeUnknown); // the step inspector's note

        auto e = executor();
        const QString refused
            = e->fallout()
                  .retry(caseId, QStringLiteral("ops"), FalloutRetry { {}, QStringLiteral("{\"order\":\"LOST-1\",\"quantity\":2}") })
                  .message();
        QVERIFY2(refused.contains(QStringLiteral("got no answer")) && refused.contains(QStringLiteral("--new-request")),
                 qPrintable(refused));
        QVERIFY(openCase(QStringLiteral("LOST-1")) == caseId); // nothing changed

        QVERIFY(e->fallout().retry(caseId, QStringLiteral("ops")));
        settle(*e);
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM steps WHERE order_id = 'LOST-1'")), QStringLiteral("completed"));
        // The same key and request again: the system replays its first answer and acts once.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(DISTINCT idempotency_key) || ' ' || COUNT(DISTINCT request) FROM attempts "
                                       "WHERE order_id = 'LOST-1'")),
                 QStringLiteral("1 1"));
        QCOMPARE(scalar(QStringLiteral("SELECT certainty || ' ' || outcome FROM attempts WHERE order_id = 'LOST-1' AND series = 2")),
                 QStringLiteral("definite success"));
        QCOMPARE(m_stubs.distinctKeys(), 1);
        QVERIFY(m_stubs.stats().value(QStringLiteral("inventory")).replays >= 1);
        QVERIFY(scalar(QStringLiteral("SELECT payload FROM journal WHERE order_id = 'LOST-1' AND actor = 'ops'"))
                    .contains(QStringLiteral("\"sameRequest\":{\"because\":\"the last attempt got no answer\",\"idempotencyKey\":"
                                             "\"LOST-1/line:1.F_ITEM/reserve/1\"}")));
    }

    void editedPayloadAfterALostAnswerIsAConfirmedNewRequest()
    {
        loseTheAnswer(QStringLiteral("EDIT-1"));
        const int keysBefore = m_stubs.distinctKeys();
        const qint64 caseId = openCase(QStringLiteral("EDIT-1"));
        auto e = executor();
        QVERIFY(e->fallout().retry(caseId, QStringLiteral("ops"),
                                   FalloutRetry { {}, QStringLiteral("{\"order\":\"EDIT-1\",\"quantity\":2}"), true }));
        settle(*e);
        QCOMPARE(scalar(QStringLiteral("SELECT idempotency_key || ' ' || request FROM attempts WHERE order_id = 'EDIT-1' AND series = 2")),
                 QStringLiteral("EDIT-1/line:1.F_ITEM/reserve/2 {\"order\":\"EDIT-1\",\"quantity\":2}"));
        QCOMPARE(m_stubs.distinctKeys(), keysBefore + 1); // a new request, as confirmed
        const QString journal = scalar(QStringLiteral("SELECT payload FROM journal WHERE order_id = 'EDIT-1' AND actor = 'ops'"));
        QVERIFY2(journal.contains(QStringLiteral("\"newRequest\":{")) && journal.contains(QStringLiteral("\"confirmedBy\":\"ops\""))
                     && journal.contains(QStringLiteral("\"previousKey\":\"EDIT-1/line:1.F_ITEM/reserve/1\"")),
                 qPrintable(journal));
    }

    // A timeout is an unknown outcome, reported in words, without "QIODevice::read: device not open".
    void timeoutIsAnUnknownOutcome()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("device not open")));
        importOrders(QStringLiteral("SLOW"), 1);
        StubBehaviour hanging;
        hanging.timeoutRate = 1.0;
        m_stubs.configure(QStringLiteral("inventory"), hanging);
        auto e = executor();
        settle(*e);
        m_stubs.configure(QStringLiteral("inventory"), StubBehaviour {});
        QCOMPARE(scalar(QStringLiteral("SELECT certainty || ' ' || error FROM attempts WHERE order_id = 'SLOW-1'")),
                 QStringLiteral("unknown no answer within 1000 ms (timed out: retriable by default)"));
    }

    // More ready callouts than the endpoint's maxInFlight (3) against a slow system: they wait in
    // order and each one's 1 s timeout counts from when it is sent, so none falls out.
    void manyCalloutsWaitTheirTurn()
    {
        importOrders(QStringLiteral("MANY"), 120);
        StubBehaviour slow;
        slow.latencyMs = 60;
        m_stubs.configure(QStringLiteral("inventory"), slow);
        auto e = executor();
        // About 2.4 s in all, but a reply every 60 ms: settling waits as long as replies come.
        const auto settled = e->runUntilSettled(1500);
        QVERIFY2(settled, qPrintable(settled.message()));
        m_stubs.configure(QStringLiteral("inventory"), StubBehaviour {});
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM fallout_cases WHERE order_id LIKE 'MANY-%'")), QStringLiteral("0"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM orders WHERE id LIKE 'MANY-%' AND state = 'completed'")),
                 QStringLiteral("120"));
        const int peak = m_stubs.stats().value(QStringLiteral("inventory")).peakInFlight;
        QVERIFY2(peak >= 2 && peak <= 3, qPrintable(QStringLiteral("peak in flight %1").arg(peak)));
    }
};

QTEST_GUILESS_MAIN(TestCalloutOutcomes)
#include "tst_calloutoutcomes.moc"
