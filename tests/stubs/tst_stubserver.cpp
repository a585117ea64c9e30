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

    Reply post(const QString& path, const QByteArray& body, const QByteArray& key = {}, int timeoutMs = 5000)
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(timeoutMs);
        if (!key.isEmpty())
            request.setRawHeader("Idempotency-Key", key);
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
        QTest::addRow("inventory") << "/inventory/reservations" << "reservationId";
        QTest::addRow("carrier") << "/carrier/shipments" << "trackingNumber";
        QTest::addRow("provisioning") << "/provisioning/v2/tenants" << "id";
        QTest::addRow("billing") << "/billing/subscriptions" << "subscriptionId";
        QTest::addRow("erp") << "/erp/work-orders" << "workOrderNumber";
        QTest::addRow("licensing") << "/licensing/activations" << "key";
        QTest::addRow("tax") << "/tax/declarations" << "id";
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
};

QTEST_GUILESS_MAIN(TestStubServer)
#include "tst_stubserver.moc"
