// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// readFalloutHistory on a real store: a step that falls out, is retried, falls out again as a new
// case and is then retried with a fix; each case shows the whole history of its step, in order,
// with who retried, what they changed and the error each run ended in.

#include "engine/handlers/falloutcommands.h"
#include "handlerfixture.h"
#include "store/fallouthistoryreader.h"

#include <QTest>

using namespace fw;

class TestFalloutHistory : public QObject {
    Q_OBJECT

    std::unique_ptr<test::HandlerFixture> m_f;
    std::unique_ptr<FalloutCommands> m_fallout;
    const QString m_step = QStringLiteral("line:1.F_BROKEN/bad");

    qint64 openCase() const
    {
        return m_f->scalar(QStringLiteral("SELECT id FROM fallout_cases WHERE order_id = 'BAD-1' AND state = 'open'")).toLongLong();
    }
    static QString line(const FalloutTry& t)
    {
        return QStringLiteral("%1 %2 by=%3 edited=%4 fixed=%5 case=%6 attempts=%7 resolution=%8")
            .arg(t.number)
            .arg(t.startedAt.isValid() ? t.startedAt.toUTC().toString(Qt::ISODate) : QStringLiteral("?"),
                 t.retriedBy.isEmpty() ? QStringLiteral("engine") : t.retriedBy)
            .arg(t.payloadEdited)
            .arg(t.fieldsFixed)
            .arg(t.caseId ? QString::number(t.caseId) : QStringLiteral("-"))
            .arg(t.attempts)
            .arg(t.resolution);
    }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<test::HandlerFixture>();
        QVERIFY(m_f->open(QStringLiteral("history.db")));
        QVERIFY(m_f->importOrder("order-broken.json", QStringLiteral("BAD-1")));
        QVERIFY(m_f->restart());
        m_fallout = std::make_unique<FalloutCommands>(*m_f->loop);
        QVERIFY(m_f->run() > 0);
    }
    void cleanup()
    {
        m_fallout.reset();
        m_f.reset();
    }

    void aRetryThatFailsAgainKeepsBothAttempts()
    {
        const qint64 first = openCase();
        QVERIFY(first > 0);
        m_f->clock.advance(5 * 60 * 1000);
        QVERIFY(m_fallout->retry(first, QStringLiteral("ops"))); // no fix: it falls out again at once
        const qint64 second = openCase();
        QVERIFY(second > first);

        const auto history = readFalloutHistory(m_f->database->connection(), QStringLiteral("BAD-1"), m_step);
        QVERIFY2(history, qPrintable(history.message()));
        QCOMPARE(history->tries.size(), std::size_t(2));
        QCOMPARE(history->stepState, QStringLiteral("fallout"));
        const FalloutTry& engine = history->tries[0];
        const FalloutTry& retry = history->tries[1];
        QCOMPARE(engine.retriedBy, QString());
        QCOMPARE(engine.caseId, first);
        QCOMPARE(engine.resolution, QStringLiteral("retried by ops"));
        QVERIFY2(engine.error.contains(QStringLiteral("missing")), qPrintable(engine.error));
        QCOMPARE(retry.retriedBy, QStringLiteral("ops"));
        QCOMPARE(retry.retriedCase, first);
        QCOMPARE(retry.startedAt, QDateTime(QDate(2026, 11, 24), QTime(9, 5), Qt::UTC));
        QCOMPARE(retry.caseId, second);
        QCOMPARE(retry.resolution, QString()); // still open
        QCOMPARE(retry.error, engine.error);
        QVERIFY(!retry.payloadEdited);
        QVERIFY(engine.failedAt <= retry.startedAt);
        QVERIFY(retry.failedAt >= retry.startedAt);
    }

    void aFixedRetryEndsTheHistory()
    {
        QVERIFY(m_fallout->retry(openCase(), QStringLiteral("ops")));
        m_f->clock.advance(10 * 60 * 1000);
        QVERIFY(m_fallout->retry(openCase(), QStringLiteral("anna"),
                                 FalloutRetry { { { QStringLiteral("missing"), QStringLiteral("fixed") } } }));
        const auto history = readFalloutHistory(m_f->database->connection(), QStringLiteral("BAD-1"), m_step);
        QVERIFY2(history, qPrintable(history.message()));
        QStringList lines;
        for (const FalloutTry& t : history->tries)
            lines << line(t);
        QCOMPARE(lines.join(QLatin1Char('\n')),
                 QStringLiteral("1 2026-11-24T09:00:00Z by=engine edited=0 fixed=0 case=1 attempts=1 resolution=retried by ops\n"
                                "2 2026-11-24T09:00:00Z by=ops edited=0 fixed=0 case=2 attempts=1 resolution=retried by anna\n"
                                "3 2026-11-24T09:10:00Z by=anna edited=0 fixed=1 case=- attempts=0 resolution="));
        QCOMPARE(history->stepState, QStringLiteral("completed"));
    }

    void aStepThatNeverFellOutHasOneRun()
    {
        const auto history = readFalloutHistory(m_f->database->connection(), QStringLiteral("BAD-1"), QStringLiteral("no-such-step"));
        QVERIFY2(history, qPrintable(history.message()));
        QCOMPARE(history->tries.size(), std::size_t(1));
        QCOMPARE(history->tries[0].caseId, 0);
        QCOMPARE(history->stepState, QString());
    }
};

QTEST_GUILESS_MAIN(TestFalloutHistory)
#include "tst_fallouthistory.moc"
