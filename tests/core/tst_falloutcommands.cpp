// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// FalloutCommands on a real store: retry (with corrected data, resuming the order after its last
// case, or keeping the hold), skip and cancel with their reasons, resume, and the errors an
// operator gets for an unknown or resolved case.

#include "engine/handlers/falloutcommands.h"
#include "handlerfixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace fw;

#define QCOMPARE_STATE(actual, expected) QCOMPARE(toString(actual), toString(expected))

class TestFalloutCommands : public QObject {
    Q_OBJECT

    std::unique_ptr<test::HandlerFixture> m_f;
    std::unique_ptr<FalloutCommands> m_fallout;
    qint64 m_case = 0; // BAD-1's open case: its auto task "bad" lacks line field "missing"

    QString order() const { return m_f->scalar(QStringLiteral("SELECT state || ' ' || on_hold FROM orders WHERE id = 'BAD-1'")); }
    QString caseState() const
    {
        return m_f->scalar(QStringLiteral("SELECT state || ' ' || COALESCE(resolution, '') FROM fallout_cases WHERE id = %1").arg(m_case));
    }
    static QVariantMap fix() { return { { QStringLiteral("missing"), QStringLiteral("fixed") } }; }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<test::HandlerFixture>();
        QVERIFY(m_f->open(QStringLiteral("fallout.db")));
        QVERIFY(m_f->importOrder("order-broken.json", QStringLiteral("BAD-1")));
        QVERIFY(m_f->restart());
        m_fallout = std::make_unique<FalloutCommands>(*m_f->loop);
        QVERIFY(m_f->run() > 0);
        m_case = m_f->scalar(QStringLiteral("SELECT id FROM fallout_cases WHERE order_id = 'BAD-1' AND state = 'open'")).toLongLong();
        QVERIFY(m_case > 0);
        QCOMPARE(order(), QStringLiteral("fallout 1"));
    }
    void cleanup()
    {
        m_fallout.reset();
        m_f.reset();
    }

    void unknownAndResolvedCases_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addRow("retry") << "retry";
        QTest::addRow("skip") << "skip";
        QTest::addRow("cancel") << "cancel";
    }
    void unknownAndResolvedCases()
    {
        QFETCH(QString, action);
        const auto act = [&](qint64 id) {
            if (action == QStringLiteral("retry"))
                return m_fallout->retry(id, QStringLiteral("ops"));
            if (action == QStringLiteral("skip"))
                return m_fallout->skip(id, QStringLiteral("ops"), QStringLiteral("by hand"));
            return m_fallout->cancel(id, QStringLiteral("ops"), QStringLiteral("withdrawn"));
        };
        QCOMPARE(act(4242).message(), QStringLiteral("unknown fallout case 4242"));
        QVERIFY(act(m_case));
        QCOMPARE(act(m_case).message(), QStringLiteral("fallout case %1 is already resolved").arg(m_case));
    }

    void aCaseThatCannotBeReadIsNamed()
    {
        QSqlQuery damage(m_f->database->connection());
        QVERIFY(damage.exec(QStringLiteral("ALTER TABLE fallout_cases RENAME TO fallout_cases_gone")));
        const QString error = m_fallout->retry(m_case, QStringLiteral("ops")).message();
        QVERIFY2(error.startsWith(QStringLiteral("read fallout case %1: no such table: fallout_cases").arg(m_case)), qPrintable(error));
        QCOMPARE(order(), QStringLiteral("fallout 1")); // nothing changed
    }

    void retryWithAFixResumesTheOrder()
    {
        QCOMPARE(m_fallout->resume(QStringLiteral("BAD-1"), QStringLiteral("ops")).message(),
                 QStringLiteral("order BAD-1 still has 1 step(s) in fallout (first: line:1.F_BROKEN/bad); retry or skip them first"));
        QCOMPARE(m_fallout->retry(m_case, QStringLiteral("ops"), FalloutRetry { {}, QStringLiteral("{}") }).message(),
                 QStringLiteral("fallout case %1: step line:1.F_BROKEN/bad is not a callout; an edited payload applies to callouts only")
                     .arg(m_case));
        QVERIFY(m_fallout->retry(m_case, QStringLiteral("ops"), FalloutRetry { fix() }));
        QCOMPARE(caseState(), QStringLiteral("resolved retried by ops"));
        QCOMPARE_STATE(m_f->stateOf(QStringLiteral("BAD-1"), "line:1.F_BROKEN/after"), StepState::Completed); // ran on at once
        QCOMPARE(order(), QStringLiteral("completed 0"));
        QCOMPARE(m_f->scalar(QStringLiteral("SELECT actor FROM journal WHERE order_id = 'BAD-1' AND kind = 'order.resumed'")),
                 QStringLiteral("ops"));
    }

    void retryWithoutAFixFallsOutAgain()
    {
        QVERIFY(m_fallout->retry(m_case, QStringLiteral("ops")));
        QCOMPARE(order(), QStringLiteral("fallout 1"));
        QCOMPARE(m_f->scalar(QStringLiteral("SELECT COUNT(*) FROM fallout_cases WHERE order_id = 'BAD-1' AND state = 'open'")),
                 QStringLiteral("1"));
        QCOMPARE(m_f->scalar(
                     QStringLiteral("SELECT attempt_series || '/' || attempts FROM steps WHERE order_id = 'BAD-1' AND step_key = 'bad'")),
                 QStringLiteral("2/1"));
    }

    void retryCanKeepTheHold()
    {
        QVERIFY(m_fallout->retry(m_case, QStringLiteral("ops"), FalloutRetry { fix(), {}, false, false }));
        QVERIFY(m_f->run() >= 0);
        QCOMPARE_STATE(m_f->stateOf(QStringLiteral("BAD-1"), "line:1.F_BROKEN/after"), StepState::Ready); // held
        QCOMPARE(order(), QStringLiteral("in-progress 1"));
        QVERIFY(m_fallout->resume(QStringLiteral("BAD-1"), QStringLiteral("ops")));
        QCOMPARE(order(), QStringLiteral("completed 0"));
        QCOMPARE(m_fallout->resume(QStringLiteral("BAD-1"), QStringLiteral("ops")).message(),
                 QStringLiteral("order BAD-1 is not on hold; nothing to resume"));
        QCOMPARE(m_fallout->resume(QStringLiteral("NOPE"), QStringLiteral("ops")).message(), QStringLiteral("unknown order 'NOPE'"));
    }

    void skipAndCancelNeedAReason_data()
    {
        QTest::addColumn<bool>("skip");
        QTest::addColumn<QString>("noReason");
        QTest::addColumn<QString>("resolution");
        QTest::addColumn<QString>("orderAfter");
        QTest::addRow("skip") << true << "skipping fallout case %1 needs a reason"
                              << "resolved skipped by ops: by hand"
                              << "in-progress 1";
        QTest::addRow("cancel") << false << "cancelling the order of fallout case %1 needs a reason"
                                << "resolved order cancelled by ops: by hand"
                                << "cancelled 1";
    }
    void skipAndCancelNeedAReason()
    {
        QFETCH(bool, skip);
        QFETCH(QString, noReason);
        QFETCH(QString, resolution);
        QFETCH(QString, orderAfter);
        const auto act = [&](const QString& reason) {
            return skip ? m_fallout->skip(m_case, QStringLiteral("ops"), reason) : m_fallout->cancel(m_case, QStringLiteral("ops"), reason);
        };
        QCOMPARE(act(QStringLiteral("  ")).message(), noReason.arg(m_case));
        QCOMPARE(caseState(), QStringLiteral("open "));
        QVERIFY(act(QStringLiteral("by hand")));
        QCOMPARE(caseState(), resolution);
        QCOMPARE(order(), orderAfter); // on hold until resumed
        QCOMPARE(m_f->scalar(QStringLiteral("SELECT actor || ' ' || payload FROM journal WHERE order_id = 'BAD-1' AND step_id LIKE '%/bad' "
                                            "ORDER BY seq DESC LIMIT 1")),
                 QStringLiteral("ops {\"case\":%1,\"reason\":\"by hand\"}").arg(m_case));
    }
};

QTEST_GUILESS_MAIN(TestFalloutCommands)
#include "tst_falloutcommands.moc"
