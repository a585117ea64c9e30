// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Retry schedules and failure classification, in simulated time.

#include "catalog/catalogreader.h"
#include "engine/failureclassifier.h"
#include "engine/retryschedule.h"

#include <QTest>

using namespace fw;

class TestRetryAndClassification : public QObject {
    Q_OBJECT

    const QDateTime m_start { QDate(2026, 11, 24), QTime(8, 0), Qt::UTC };

    static RetryPolicy policy(RetryPolicy::Kind kind, int maxAttempts, qint64 interval, qint64 maxInterval = 0, qint64 window = 0,
                              double multiplier = 2.0)
    {
        RetryPolicy p;
        p.id = QStringLiteral("p");
        p.kind = kind;
        p.maxAttempts = maxAttempts;
        p.intervalSeconds = interval;
        p.maxIntervalSeconds = maxInterval;
        p.windowSeconds = window;
        p.multiplier = multiplier;
        return p;
    }

private Q_SLOTS:
    void schedules_data()
    {
        using K = RetryPolicy::Kind;
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("maxAttempts");
        QTest::addColumn<qint64>("interval");
        QTest::addColumn<qint64>("maxInterval");
        QTest::addColumn<QList<qint64>>("delaysMs"); // per attempt made: 1, 2, ...; -1 = no retry
        QTest::addRow("immediate") << int(K::Immediate) << 3 << qint64(0) << qint64(0) << QList<qint64> { 0, 0, -1 };
        QTest::addRow("fixed") << int(K::Fixed) << 3 << qint64(60) << qint64(0) << QList<qint64> { 60000, 60000, -1 };
        QTest::addRow("exponential capped") << int(K::Exponential) << 6 << qint64(30) << qint64(100)
                                            << QList<qint64> { 30000, 60000, 100000, 100000, 100000, -1 };
        QTest::addRow("none") << int(K::None) << 5 << qint64(10) << qint64(0) << QList<qint64> { -1 };
    }

    void schedules()
    {
        QFETCH(int, kind);
        QFETCH(int, maxAttempts);
        QFETCH(qint64, interval);
        QFETCH(qint64, maxInterval);
        QFETCH(QList<qint64>, delaysMs);
        const RetryPolicy p = policy(RetryPolicy::Kind(kind), maxAttempts, interval, maxInterval);
        for (int attempt = 1; attempt <= delaysMs.size(); ++attempt) {
            const RetryDecision decision = nextRetry(&p, attempt, m_start, m_start);
            QCOMPARE(decision.retry ? decision.delayMs : qint64(-1), delaysMs[attempt - 1]);
        }
    }

    // "Retry 3 times over 24 hours": the window ends the series even with attempts left.
    void windowEndsTheSeries()
    {
        const RetryPolicy p = policy(RetryPolicy::Kind::Fixed, 10, 8 * 3600, 0, 24 * 3600);
        QVERIFY(nextRetry(&p, 1, m_start, m_start).retry); // next at +8h
        QVERIFY(nextRetry(&p, 2, m_start, m_start.addSecs(8 * 3600)).retry); // +16h
        QVERIFY(nextRetry(&p, 3, m_start, m_start.addSecs(16 * 3600)).retry); // +24h, on the edge
        const RetryDecision last = nextRetry(&p, 4, m_start, m_start.addSecs(24 * 3600));
        QVERIFY(!last.retry);
        QCOMPARE(last.reason, QStringLiteral("the 1d retry window would be exceeded"));
        QCOMPARE(nextRetry(nullptr, 1, m_start, m_start).reason, QStringLiteral("no retry policy"));
        QCOMPARE(nextRetry(&p, 10, m_start, m_start).reason, QStringLiteral("10 of 10 attempts made"));
    }

    void classification_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("transport");
        QTest::addColumn<bool>("retriable");
        QTest::addColumn<QString>("queue");
        QTest::addColumn<QString>("rule");
        using T = CallFailure::Transport;
        QTest::addRow("timeout default") << "carrier" << 0 << "" << int(T::Timeout) << true << "step-queue"
                                         << "";
        QTest::addRow("refused default") << "billing" << 0 << "" << int(T::ConnectionRefused) << true << "step-queue"
                                         << "";
        QTest::addRow("500 default") << "inventory" << 500 << "" << int(T::None) << true << "step-queue"
                                     << "";
        QTest::addRow("404 default fatal") << "inventory" << 404 << "" << int(T::None) << false << "step-queue"
                                           << "";
        QTest::addRow("schema mismatch") << "inventory" << 200 << "SCHEMA_MISMATCH" << int(T::None) << false << "step-queue"
                                         << "";
        QTest::addRow("409 rule fatal") << "inventory" << 409 << "" << int(T::None) << false << "inventory-fallout"
                                        << "inventory-out-of-stock";
        QTest::addRow("carrier 503 rule retriable") << "carrier" << 503 << "" << int(T::None) << true << "step-queue"
                                                    << "carrier-busy";
        QTest::addRow("carrier 422 rule fatal") << "carrier" << 422 << "" << int(T::None) << false << "shipping-fallout"
                                                << "carrier-bad-address";
        QTest::addRow("rule on other endpoint ignored") << "inventory" << 422 << "" << int(T::None) << false << "step-queue"
                                                        << "";
        QTest::addRow("error code rule") << "billing" << 409 << "ACCOUNT_ON_HOLD" << int(T::None) << false << "billing-fallout"
                                         << "billing-rejected";
    }

    void classification()
    {
        QFETCH(QString, endpoint);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(int, transport);
        QFETCH(bool, retriable);
        QFETCH(QString, queue);
        QFETCH(QString, rule);
        static const CatalogLoad load = CatalogReader::readFile(QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/catalog.json"));
        QVERIFY(load.ok());
        CallFailure failure;
        failure.endpoint = endpoint;
        failure.httpStatus = status;
        failure.errorCode = code;
        failure.transport = CallFailure::Transport(transport);
        const FailureClass result = classifyFailure(*load.catalog, failure, QStringLiteral("step-queue"));
        QCOMPARE(result.retriable, retriable);
        QCOMPARE(result.queue, queue);
        QCOMPARE(result.rule, rule);
        QVERIFY(!result.reason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRetryAndClassification)
#include "tst_retryandclassification.moc"
