// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// CalloutThrottle: at most maxInFlight requests of an endpoint out at once, the rest sent in the
// order they came as earlier ones finish; endpoints do not hold each other up.

#include "engine/calloutthrottle.h"

#include <QTest>

using namespace fw;

namespace {
// Keeps every request out until the test answers it.
class HeldTransport final : public CalloutTransport {
public:
    struct Out {
        CalloutRequest request;
        std::function<void(const CalloutResponse&)> done;
    };
    void send(const CalloutRequest& request, std::function<void(const CalloutResponse&)> done) override
    {
        sent << request.idempotencyKey;
        out.push_back({ request, std::move(done) });
    }
    void answer(const QString& key)
    {
        for (auto it = out.begin(); it != out.end(); ++it) {
            if (it->request.idempotencyKey == key) {
                const auto done = std::move(it->done);
                out.erase(it);
                done(CalloutResponse { 200 });
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("%1 is not out").arg(key)));
    }
    QStringList sent;
    std::vector<Out> out;
};

CalloutRequest request(const QString& endpoint, const QString& key, int limit)
{
    CalloutRequest r;
    r.endpoint = endpoint;
    r.idempotencyKey = key;
    r.maxInFlight = limit;
    return r;
}
} // namespace

class TestCalloutThrottle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void limitsPerEndpointInOrder_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("requests");
        QTest::addRow("one at a time") << 1 << 4;
        QTest::addRow("three of seven") << 3 << 7;
        QTest::addRow("fewer than the limit") << 6 << 2;
    }

    void limitsPerEndpointInOrder()
    {
        QFETCH(int, limit);
        QFETCH(int, requests);
        HeldTransport transport;
        CalloutThrottle throttle(transport);
        QStringList answered;
        QStringList expected;
        for (int i = 0; i < requests; ++i) {
            const QString key = QStringLiteral("inv-%1").arg(i);
            expected << key;
            throttle.send(request(QStringLiteral("inventory"), key, limit), [&answered, key](const CalloutResponse&) { answered << key; });
        }
        throttle.send(request(QStringLiteral("carrier"), QStringLiteral("car-0"), limit), [](const CalloutResponse&) {});
        QCOMPARE(throttle.inFlight(QStringLiteral("inventory")), std::min(limit, requests));
        QCOMPARE(throttle.waiting(QStringLiteral("inventory")), std::max(0, requests - limit));
        QVERIFY(transport.sent.contains(QStringLiteral("car-0"))); // another endpoint is not held up
        // Answer the oldest out each time: the waiting ones leave first come first sent.
        while (!transport.out.empty()) {
            QVERIFY(throttle.inFlight(QStringLiteral("inventory")) <= limit);
            transport.answer(transport.out.front().request.idempotencyKey);
        }
        QCOMPARE(answered, expected);
        QCOMPARE(transport.sent.filter(QStringLiteral("inv-")), expected);
        QCOMPARE(throttle.peakInFlight(QStringLiteral("inventory")), std::min(limit, requests));
        QCOMPARE(throttle.inFlight(QStringLiteral("inventory")), 0);
    }

    void answerAfterTheThrottleIsGoneIsStillDelivered()
    {
        HeldTransport transport;
        bool answered = false;
        {
            CalloutThrottle throttle(transport);
            throttle.send(request(QStringLiteral("inventory"), QStringLiteral("k"), 1),
                          [&answered](const CalloutResponse&) { answered = true; });
            throttle.send(request(QStringLiteral("inventory"), QStringLiteral("never"), 1),
                          [](const CalloutResponse&) { QFAIL("not sent"); });
        }
        transport.answer(QStringLiteral("k"));
        QVERIFY(answered);
        QCOMPARE(transport.sent, QStringList { QStringLiteral("k") });
    }
};

QTEST_GUILESS_MAIN(TestCalloutThrottle)
#include "tst_calloutthrottle.moc"
