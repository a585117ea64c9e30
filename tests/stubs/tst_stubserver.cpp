// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fw-stubs: generated answers, idempotent replays, injected failures, latency, control API.

#include "stubserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace fw;

class TestStubServer : public QObject {
    Q_OBJECT

    StubServer m_server { 7 };
    QNetworkAccessManager m_network;
    quint16 m_port = 0;

    struct Reply {
        int status = 0;
        QJsonObject body;
        QByteArray replayHeader;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
    };

    Reply post(const QString& path, const QByteArray& body, const QByteArray& key = {}, int timeoutMs = 5000,
               const QByteArray& authorization = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(timeoutMs);
        if (!key.isEmpty())
            request.setRawHeader("Idempotency-Key", key);
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        QNetworkReply* reply = m_network.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(timeoutMs + 5000))
            return {};
        Reply result { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                       QJsonDocument::fromJson(reply->readAll()).object(), reply->rawHeader("Idempotent-Replay"), reply->error() };
        reply->deleteLater();
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_port = m_server.listenLocal(0);
        QVERIFY(m_port != 0);
    }
    void init() { m_server.reset(); }

    void answersPerSystem_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("field");
        QTest::addRow("inventory") << "/inventory/reservations"
                                   << "reservationId";
        QTest::addRow("carrier") << "/carrier/shipments"
                                 << "trackingNumber";
        QTest::addRow("provisioning") << "/provisioning/v2/tenants"
                                      << "id";
        QTest::addRow("billing") << "/billing/subscriptions"
                                 << "subscriptionId";
        QTest::addRow("erp") << "/erp/work-orders"
                             << "workOrderNumber";
        QTest::addRow("licensing") << "/licensing/activations"
                                   << "key";
        QTest::addRow("tax") << "/tax/declarations"
                             << "id";
    }

    void answersPerSystem()
    {
        QFETCH(QString, path);
        QFETCH(QString, field);
        const Reply reply = post(path, QByteArrayLiteral("{\"order\":\"SO-1\"}"));
        QCOMPARE(reply.status, 201);
        QVERIFY2(!reply.body.value(field).toString().isEmpty(), QJsonDocument(reply.body).toJson().constData());
        QCOMPARE(reply.body.value(QStringLiteral("received")).toObject().value(QStringLiteral("order")).toString(), QStringLiteral("SO-1"));
    }

    void sameKeyReplaysTheFirstAnswer()
    {
        const Reply first = post(QStringLiteral("/inventory/reservations"), QByteArrayLiteral("{}"), QByteArrayLiteral("K-1"));
        const Reply again = post(QStringLiteral("/inventory/reservations"), QByteArrayLiteral("{}"), QByteArrayLiteral("K-1"));
        const Reply other = post(QStringLiteral("/inventory/reservations"), QByteArrayLiteral("{}"), QByteArrayLiteral("K-2"));
        QCOMPARE(again.body, first.body);
        QCOMPARE(again.replayHeader, QByteArrayLiteral("true"));
        QVERIFY(first.replayHeader.isEmpty());
        QVERIFY(other.body.value(QStringLiteral("reservationId")) != first.body.value(QStringLiteral("reservationId")));
        QCOMPARE(m_server.stats().value(QStringLiteral("inventory")).replays, 1);
    }

    void badJsonIs400() { QCOMPARE(post(QStringLiteral("/billing/x"), QByteArrayLiteral("[1]")).status, 400); }
    void unknownSystemIs404() { QCOMPARE(post(QStringLiteral("/mainframe/x"), QByteArrayLiteral("{}")).status, 404); }

    void injectedFailures_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addRow("5xx") << "failureRate" << 503 << "UNAVAILABLE";
        QTest::addRow("4xx") << "badRequestRate" << 422 << "VALIDATION_FAILED";
        QTest::addRow("429") << "rateLimitRate" << 429 << "RATE_LIMITED";
        QTest::addRow("down") << "down" << 503 << "DOWN";
    }

    void injectedFailures()
    {
        QFETCH(QString, setting);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QJsonObject config { { QStringLiteral("system"), QStringLiteral("carrier") },
                                   { setting, setting == QStringLiteral("down") ? QJsonValue(true) : QJsonValue(1.0) } };
        QCOMPARE(post(QStringLiteral("/_control/config"), QJsonDocument(config).toJson()).status, 200);
        const Reply reply = post(QStringLiteral("/carrier/shipments"), QByteArrayLiteral("{}"));
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.body.value(QStringLiteral("code")).toString(), code);
        QCOMPARE(post(QStringLiteral("/inventory/reservations"), QByteArrayLiteral("{}")).status, 201); // other systems unaffected
        QCOMPARE(m_server.stats().value(QStringLiteral("carrier")).injectedFailures, 1);
    }

    void errorCodeForTheNextRequests()
    {
        StubBehaviour behaviour;
        behaviour.errorCode = QStringLiteral("OUT_OF_STOCK");
        behaviour.errorCount = 2;
        m_server.configure(QStringLiteral("inventory"), behaviour);
        QCOMPARE(post(QStringLiteral("/inventory/r"), QByteArrayLiteral("{}")).body.value(QStringLiteral("code")).toString(),
                 QStringLiteral("OUT_OF_STOCK"));
        QCOMPARE(post(QStringLiteral("/inventory/r"), QByteArrayLiteral("{}")).status, 409);
        QCOMPARE(post(QStringLiteral("/inventory/r"), QByteArrayLiteral("{}")).status, 201);
    }

    void latencyAndTimeouts()
    {
        StubBehaviour slow;
        slow.latencyMs = 80;
        m_server.configure(QStringLiteral("billing"), slow);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(post(QStringLiteral("/billing/subscriptions"), QByteArrayLiteral("{}")).status, 201);
        QVERIFY(timer.elapsed() >= 80);
        StubBehaviour hanging;
        hanging.timeoutRate = 1.0;
        m_server.configure(QStringLiteral("billing"), hanging);
        const Reply reply = post(QStringLiteral("/billing/subscriptions"), QByteArrayLiteral("{}"), {}, 300);
        QCOMPARE(reply.status, 0);
        QCOMPARE(reply.error, QNetworkReply::OperationCanceledError);
    }
    // A client that hangs up before a delayed answer is due must not take the server down.
    void clientHangsUpBeforeADelayedAnswer()
    {
        StubBehaviour slow;
        slow.latencyMs = 300;
        m_server.configure(QStringLiteral("billing"), slow);
        const Reply gaveUp = post(QStringLiteral("/billing/subscriptions"), QByteArrayLiteral("{}"), QByteArrayLiteral("K-HUP"), 50);
        QCOMPARE(gaveUp.status, 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_server.stats().value(QStringLiteral("billing")).abandoned, 1, 3000);
        m_server.configure(QStringLiteral("billing"), StubBehaviour {});
        QCOMPARE(post(QStringLiteral("/billing/subscriptions"), QByteArrayLiteral("{}")).status, 201); // still serving
    }

    // A configuration changes only the fields it gives, for its system or for each system; an
    // error count already used up stays used up.
    void configurationChangesOnlyItsFields_data()
    {
        QTest::addColumn<QByteArray>("first");
        QTest::addColumn<QByteArray>("second");
        QTest::addColumn<int>("carrierStatus"); // carrier's answer after both (and one request in between)
        QTest::addRow("error for all, then latency for all")
            << QByteArray(R"({"errorCode": "HELD", "errorCount": 1})") << QByteArray(R"({"latencyMs": 1})") << 201;
        QTest::addRow("error for carrier, then its latency")
            << QByteArray(R"({"system": "carrier", "errorCode": "HELD"})") << QByteArray(R"({"system": "carrier", "latencyMs": 1})") << 201;
        QTest::addRow("carrier failing, then latency for all")
            << QByteArray(R"({"system": "carrier", "failureRate": 1})") << QByteArray(R"({"latencyMs": 1})") << 503;
    }

    void configurationChangesOnlyItsFields()
    {
        QFETCH(QByteArray, first);
        QFETCH(QByteArray, second);
        QFETCH(int, carrierStatus);
        QCOMPARE(post(QStringLiteral("/_control/config"), first).status, 200);
        const int before = post(QStringLiteral("/carrier/shipments"), QByteArrayLiteral("{}")).status;
        QVERIFY(before == 409 || before == 503);
        QCOMPARE(post(QStringLiteral("/_control/config"), second).status, 200);
        QCOMPARE(post(QStringLiteral("/carrier/shipments"), QByteArrayLiteral("{}")).status, carrierStatus);
    }

    // requireBearer / requireBasic: 401 without the credential or with another, carried out with it;
    // a refused key is not remembered, so the same request with the right credential is carried out.
    void requiresACredential_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        const QByteArray bearer = R"({"system": "billing", "requireBearer": "t0ken"})";
        const QByteArray basic = R"({"system": "billing", "requireBasic": "ops:pw"})";
        QTest::addRow("bearer, none") << bearer << QByteArray() << 401 << QStringLiteral("billing requires a credential");
        QTest::addRow("bearer, wrong") << bearer << QByteArray("Bearer other") << 401
                                       << QStringLiteral("billing does not accept the credential");
        QTest::addRow("bearer, basic") << bearer << QByteArray("Basic b3BzOnB3") << 401
                                       << QStringLiteral("billing does not accept the credential");
        QTest::addRow("bearer, right") << bearer << QByteArray("Bearer t0ken") << 201 << QString();
        QTest::addRow("basic, none") << basic << QByteArray() << 401 << QStringLiteral("billing requires a credential");
        QTest::addRow("basic, wrong") << basic << QByteArray("Basic b3BzOng=") << 401
                                      << QStringLiteral("billing does not accept the credential");
        QTest::addRow("basic, right") << basic << QByteArray("Basic b3BzOnB3") << 201 << QString(); // ops:pw
        QTest::addRow("none required") << QByteArray(R"({"system": "carrier", "requireBearer": "t0ken"})") << QByteArray() << 201
                                       << QString();
    }
    void requiresACredential()
    {
        QFETCH(QByteArray, config);
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        QFETCH(QString, error);
        QCOMPARE(post(QStringLiteral("/_control/config"), config).status, 200);
        const Reply refusedFirst = post(QStringLiteral("/billing/subscriptions"), QByteArrayLiteral("{}"), "K-1", 5000, authorization);
        QCOMPARE(refusedFirst.status, status);
        QCOMPARE(refusedFirst.body.value(QStringLiteral("error")).toString(), error);
        if (status == 401) {
            QCOMPARE(refusedFirst.body.value(QStringLiteral("code")).toString(), QStringLiteral("UNAUTHORIZED"));
            QCOMPARE(m_server.stats().value(QStringLiteral("billing")).unauthorized, 1);
            QCOMPARE(m_server.distinctKeys(), 0); // nothing carried out
            const QByteArray right = config.contains("requireBearer") ? QByteArray("Bearer t0ken") : QByteArray("Basic b3BzOnB3");
            QCOMPARE(post(QStringLiteral("/billing/subscriptions"), QByteArrayLiteral("{}"), "K-1", 5000, right).status, 201);
            QCOMPARE(m_server.distinctKeys(), 1);
        }
    }

    // dropRate: the system carries the request out, then closes the connection without an answer.
    // The same key later gets the answer it would have had, as a replay: it happened once.
    void droppedAnswerWasCarriedOut()
    {
        QCOMPARE(post(QStringLiteral("/_control/config"), QByteArrayLiteral(R"({"system": "inventory", "dropRate": 1})")).status, 200);
        const Reply lost = post(QStringLiteral("/inventory/reservations"), QByteArrayLiteral("{}"), QByteArrayLiteral("K-DROP"));
        QCOMPARE(lost.status, 0);
        QVERIFY(lost.error != QNetworkReply::NoError);
        QVERIFY(m_server.stats().value(QStringLiteral("inventory")).dropped >= 1);
        QCOMPARE(post(QStringLiteral("/_control/config"), QByteArrayLiteral(R"({"system": "inventory", "dropRate": 0})")).status, 200);
        const Reply again = post(QStringLiteral("/inventory/reservations"), QByteArrayLiteral("{}"), QByteArrayLiteral("K-DROP"));
        QCOMPARE(again.status, 201);
        QCOMPARE(again.replayHeader, QByteArrayLiteral("true"));
        QCOMPARE(m_server.distinctKeys(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStubServer)
#include "tst_stubserver.moc"
