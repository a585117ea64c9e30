// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Callouts against a loopback HTTP server: success with response mapping, retriable failures
// retried in simulated time with the same idempotency key, fatal failures and schema mismatches
// into fallout with request and response captured, and a resend after a restart mid-callout.

#include "common/clock.h"
#include "common/enginetext.h"
#include "engine/callouttransport.h"
#include "engine/executor.h"
#include "store/database.h"
#include "store/storeimporter.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace fw;

class TestCallouts : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC) };
    std::unique_ptr<Database> m_database;
    QHttpServer m_server;
    quint16 m_port = 0;
    QStringList m_keys; // "path key" per request received
    int m_flakyFailuresLeft = 2;
    HttpCalloutTransport m_transport;

    std::unique_ptr<Executor> executor()
    {
        auto e = std::make_unique<Executor>(*m_database, m_clock);
        e->setCalloutTransport(&m_transport);
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
        e->setEndpointBaseUrl(QStringLiteral("inventory"), base + QStringLiteral("/inventory"));
        e->setEndpointBaseUrl(QStringLiteral("carrier"), base + QStringLiteral("/carrier"));
        if (const Status loaded = e->load(); !loaded)
            qWarning("%s", qPrintable(loaded.message()));
        return e;
    }

    void settle(Executor& e)
    {
        const Result<int> result = e.runUntilSettled(20000);
        QVERIFY2(result, qPrintable(result.message()));
    }

    QString scalar(const QString& sql) const
    {
        QSqlQuery query(m_database->connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }

    void importOrder(const QString& id, const QString& route)
    {
        const QString path = m_dir.filePath(id + QStringLiteral(".json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("{\"formatVersion\":1,\"id\":\"%1\",\"account\":{\"id\":\"A\"},\"items\":[{\"id\":\"1\",\"product\":"
                                  "\"ITEM\",\"quantity\":2,\"attributes\":{\"route\":\"%2\"}}]}")
                       .arg(id, route)
                       .toUtf8());
        file.close();
        StoreImporter importer(*m_database, m_clock);
        const auto result = importer.importOrder(path, QStringLiteral("t"));
        QVERIFY(result.ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.route(QStringLiteral("/inventory/<arg>/reservations"), QHttpServerRequest::Method::Post,
                       [this](const QString& route, const QHttpServerRequest& request) {
                           m_keys << route + QLatin1Char(' ') + QString::fromUtf8(request.value("Idempotency-Key"));
                           if (route == QStringLiteral("flaky") && m_flakyFailuresLeft-- > 0)
                               return QHttpServerResponse(QByteArrayLiteral("application/json"), QByteArrayLiteral("{\"code\":\"BUSY\"}"),
                                                          QHttpServerResponse::StatusCode::ServiceUnavailable);
                           if (route == QStringLiteral("bad") && !request.body().contains("\"sku\":\"FIXED\""))
                               return QHttpServerResponse(QByteArrayLiteral("application/json"),
                                                          QByteArrayLiteral("{\"code\":\"VALIDATION_FAILED\",\"error\":\"sku unknown\"}"),
                                                          QHttpServerResponse::StatusCode::UnprocessableEntity);
                           if (route == QStringLiteral("nomap"))
                               return QHttpServerResponse(QByteArrayLiteral("application/json"), QByteArrayLiteral("{\"id\":7}"));
                           return QHttpServerResponse(QByteArrayLiteral("application/json"),
                                                      QByteArrayLiteral("{\"reservationId\":\"RES-") + route.toUtf8() + "\"}",
                                                      QHttpServerResponse::StatusCode::Created);
                       });
        m_server.route(QStringLiteral("/carrier/shipments"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest& request) {
            m_keys << QStringLiteral("ship ") + QString::fromUtf8(request.value("Idempotency-Key"));
            return QHttpServerResponse(QByteArrayLiteral("application/json"), QByteArrayLiteral("{\"trackingNumber\":\"T1\"}"));
        });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("callouts.db")));
        QCOMPARE(m_database->openStore().message(), QString());
        StoreImporter importer(*m_database, m_clock);
        QVERIFY(importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/callout-catalog.json"), QStringLiteral("t")).ok());
    }

    void successMapsTheResponse()
    {
        importOrder(QStringLiteral("OK-1"), QStringLiteral("ok"));
        auto e = executor();
        settle(*e);
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM orders WHERE id = 'OK-1'")), QStringLiteral("completed"));
        QCOMPARE(e->order(QStringLiteral("OK-1"))->lines[0].fields.value(QStringLiteral("reservationId")).toString(),
                 QStringLiteral("RES-ok"));
        QVERIFY(m_keys.contains(QStringLiteral("ok OK-1/line:1.F_ITEM/reserve/1")));
        QVERIFY(m_keys.contains(QStringLiteral("ship OK-1/line:1.F_ITEM/ship/1")));
        QCOMPARE(scalar(QStringLiteral("SELECT request FROM attempts WHERE order_id = 'OK-1' AND step_id LIKE '%reserve'")),
                 QStringLiteral("{\"order\":\"OK-1\",\"quantity\":2}"));
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT http_status || ' ' || outcome FROM attempts WHERE order_id = 'OK-1' AND step_id LIKE '%reserve'")),
                 QStringLiteral("201 success"));
    }

    void retriableFailuresAreRetriedOnTheClock()
    {
        importOrder(QStringLiteral("FLAKY-1"), QStringLiteral("flaky"));
        auto e = executor();
        settle(*e);
        QCOMPARE(scalar(QStringLiteral("SELECT state || ' ' || attempts || ' ' || next_attempt_at FROM steps WHERE order_id = 'FLAKY-1' "
                                       "AND step_key = 'reserve'")),
                 QStringLiteral("retrying 1 2026-11-24T09:01:00.000Z"));
        settle(*e); // not due yet
        QCOMPARE(scalar(QStringLiteral("SELECT attempts FROM steps WHERE order_id = 'FLAKY-1' AND step_key = 'reserve'")),
                 QStringLiteral("1"));
        m_clock.advance(60 * 1000);
        settle(*e);
        m_clock.advance(60 * 1000);
        settle(*e);
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM orders WHERE id = 'FLAKY-1'")), QStringLiteral("completed"));
        QCOMPARE(m_keys.filter(QStringLiteral("flaky FLAKY-1/line:1.F_ITEM/reserve/1")).size(), 3); // same key every attempt
        QCOMPARE(scalar(QStringLiteral("SELECT GROUP_CONCAT(outcome, ',') FROM (SELECT outcome FROM attempts WHERE order_id = 'FLAKY-1' "
                                       "AND step_id LIKE '%reserve' ORDER BY attempt)")),
                 QStringLiteral("retriable,retriable,success"));
    }

    void fatalFailureOpensFalloutWithPayloads()
    {
        importOrder(QStringLiteral("BAD-1"), QStringLiteral("bad"));
        auto e = executor();
        settle(*e);
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM orders WHERE id = 'BAD-1'")), QStringLiteral("fallout"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT queue || ' | ' || classification || ' | ' || error FROM fallout_cases WHERE order_id = 'BAD-1'")),
            QStringLiteral("rejections | fatal | HTTP 422 VALIDATION_FAILED: fatal by fallout rule 'validation'"));
        QCOMPARE(scalar(QStringLiteral("SELECT response FROM fallout_cases WHERE order_id = 'BAD-1'")),
                 QStringLiteral("{\"code\":\"VALIDATION_FAILED\",\"error\":\"sku unknown\"}"));
        QCOMPARE(scalar(QStringLiteral("SELECT request FROM fallout_cases WHERE order_id = 'BAD-1'")),
                 QStringLiteral("{\"order\":\"BAD-1\",\"quantity\":2}"));
        QCOMPARE(m_keys.filter(QStringLiteral("bad ")).size(), 1); // fatal: not retried
    }

    void retryWithAnEditedPayload()
    {
        auto e = executor();
        const qint64 caseId = scalar(QStringLiteral("SELECT id FROM fallout_cases WHERE order_id = 'BAD-1'")).toLongLong();
        QCOMPARE(e->fallout().retry(caseId, QStringLiteral("ops"), FalloutRetry { {}, QStringLiteral("[1, 2]") }).message(),
                 QStringLiteral("fallout case %1: the edited payload must be a JSON object").arg(caseId));
        QVERIFY(e->fallout().retry(caseId, QStringLiteral("ops"),
                                   FalloutRetry { {}, QStringLiteral("{\"order\": \"BAD-1\", \"sku\": \"FIXED\"}") }));
        settle(*e);
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM steps WHERE order_id = 'BAD-1' AND step_key = 'reserve'")),
                 QStringLiteral("completed"));
        QCOMPARE(scalar(QStringLiteral("SELECT request FROM attempts WHERE order_id = 'BAD-1' AND step_id LIKE '%reserve' AND series = 2")),
                 QStringLiteral("{\"order\":\"BAD-1\",\"sku\":\"FIXED\"}"));
        QVERIFY(m_keys.contains(QStringLiteral("bad BAD-1/line:1.F_ITEM/reserve/2"))); // a new series, a new key
        QVERIFY(scalar(QStringLiteral("SELECT payload FROM journal WHERE order_id = 'BAD-1' AND actor = 'ops'"))
                    .contains(QStringLiteral("\"editedPayload\":{\"order\":\"BAD-1\",\"sku\":\"FIXED\"}")));
    }

    void missingResponseFieldIsASchemaMismatch()
    {
        importOrder(QStringLiteral("NOMAP-1"), QStringLiteral("nomap"));
        auto e = executor();
        settle(*e);
        QCOMPARE(scalar(QStringLiteral("SELECT error FROM fallout_cases WHERE order_id = 'NOMAP-1'")),
                 QStringLiteral("the response has no /reservationId (HTTP 200 SCHEMA_MISMATCH: fatal by default)"));
    }

    void unreachableSystemIsRetriedThenFallsOut()
    {
        importOrder(QStringLiteral("DOWN-1"), QStringLiteral("down"));
        auto e = executor();
        e->setEndpointBaseUrl(QStringLiteral("inventory"), QStringLiteral("http://127.0.0.1:1/inventory")); // nothing listens
        for (int attempt = 0; attempt < 3; ++attempt) {
            settle(*e);
            m_clock.advance(60 * 1000);
        }
        const QString error = scalar(QStringLiteral("SELECT error FROM fallout_cases WHERE order_id = 'DOWN-1'"));
        QVERIFY2(error.contains(QStringLiteral("(connection refused: retriable by default); retries exhausted: 3 of 3 attempts made")),
                 qPrintable(error));
    }

    // A workbench in German has Qt's own messages in German (qtbase_de): the fallout error it stores
    // for an unreachable system stays English all the same, for workstations in other languages.
    void networkErrorsAreStoredInEnglish()
    {
        class EverythingTranslated : public QTranslator {
        public:
            bool isEmpty() const override { return false; }
            QString translate(const char*, const char*, const char* = nullptr, int = -1) const override
            {
                return QStringLiteral("übersetzt");
            }
        } translator;
        QCoreApplication::installTranslator(&translator);
        importOrder(QStringLiteral("DOWN-DE"), QStringLiteral("down"));
        auto e = executor();
        e->setEndpointBaseUrl(QStringLiteral("inventory"), QStringLiteral("http://127.0.0.1:1/inventory")); // nothing listens
        for (int attempt = 0; attempt < 3; ++attempt) {
            settle(*e);
            m_clock.advance(60 * 1000);
        }
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(scalar(QStringLiteral("SELECT error FROM fallout_cases WHERE order_id = 'DOWN-DE'")),
                 QStringLiteral("connection refused (connection refused: retriable by default); retries exhausted: 3 of 3 attempts made"));
    }

    // The process died after the attempt was recorded but before the response was handled: the
    // restarted engine sends the same request again with the same idempotency key.
    void restartMidCalloutResendsWithTheSameKey()
    {
        importOrder(QStringLiteral("CRASH-1"), QStringLiteral("ok"));
        {
            auto e = executor();
            const auto ran = e->runUntilIdle(); // sends, but the event loop never delivers the reply
            QVERIFY2(ran, qPrintable(ran.message()));
            QCOMPARE(e->calloutsInFlight(), 1);
        }
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM steps WHERE order_id = 'CRASH-1' AND step_key = 'reserve'")),
                 QStringLiteral("running"));
        auto restarted = executor();
        settle(*restarted);
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM orders WHERE id = 'CRASH-1'")), QStringLiteral("completed"));
        QCOMPARE(scalar(QStringLiteral("SELECT attempts FROM steps WHERE order_id = 'CRASH-1' AND step_key = 'reserve'")),
                 QStringLiteral("1"));
        QTRY_VERIFY(m_keys.filter(QStringLiteral("ok CRASH-1/line:1.F_ITEM/reserve/1")).size() >= 1);
    }

    // Last: every error the cases above stored (fallout cases, steps, attempts) has a template in the
    // engine text catalogue, so a workbench in another language can show it translated.
    void everyStoredErrorHasATemplate()
    {
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT error FROM fallout_cases UNION SELECT last_error FROM steps "
                                          "UNION SELECT error FROM attempts")));
        int errors = 0;
        while (query.next()) {
            const QString error = query.value(0).toString();
            if (error.isEmpty())
                continue;
            ++errors;
            QVERIFY2(matchEngineText(error), qPrintable(error));
        }
        QVERIFY(errors >= 4);
    }
};

QTEST_GUILESS_MAIN(TestCallouts)
#include "tst_callouts.moc"
