// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The SLA participant on the engine's thread, driven by hand: every snapshot carries the latest
// jeopardy report; a store's evaluation is done in one tick when it is small, spread over ticks a
// chunk at a time when told to (as 100,000 orders are), and its report replaces the last one only
// when its last chunk is done.

#include "engine/worker/slaparticipant.h"

#include "common/clock.h"
#include "engine/enginesnapshot.h"
#include "engine/executor.h"
#include "engine/worker/engineparticipant.h"
#include "sla/jeopardy.h"
#include "store/database.h"
#include "store/storeimporter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {
class FakeEngineHost final : public EngineHost {
public:
    FakeEngineHost(Database& database, const Clock& clock, Executor& executor)
        : m_database(database)
        , m_clock(clock)
        , m_executor(executor)
    {
    }
    QString storePath() const override { return {}; }
    Database& database() override { return m_database; }
    const Clock& clock() const override { return m_clock; }
    Executor* executor() override { return &m_executor; }
    CommandProcessor* processor() override { return nullptr; }
    void reportDone(const QString&) override { }
    void reportFailed(const QString& action, const QString& error) override { failures << action + QStringLiteral(": ") + error; }
    void tickSoon() override { }

    QStringList failures;

private:
    Database& m_database;
    const Clock& m_clock;
    Executor& m_executor;
};
} // namespace

class TestSlaParticipant : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 24), QTime(20, 0), QTimeZone::utc()) };
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Executor> m_executor;
    std::unique_ptr<FakeEngineHost> m_host;

    static int findingsOf(const EngineSnapshot& snapshot, const QString& orderId)
    {
        int count = 0;
        for (const JeopardyFinding& f : snapshot.jeopardy->findings)
            count += f.orderId == orderId ? 1 : 0;
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("sla.db")));
        QCOMPARE(m_database->openStore().message(), QString());
        StoreImporter importer(*m_database, m_clock);
        QVERIFY(importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/sla/catalog.json"), QStringLiteral("t")).ok());
        QVERIFY(importer.importOrder(QStringLiteral(FW_TEST_DATA_DIR "/sla/order-late.json"), QStringLiteral("t")).ok());
        QVERIFY(importer.importOrder(QStringLiteral(FW_TEST_DATA_DIR "/sla/order-due-today.json"), QStringLiteral("t")).ok());
        m_executor = std::make_unique<Executor>(*m_database, m_clock);
        QVERIFY(m_executor->load());
        QVERIFY(m_executor->runUntilIdle().ok());
        m_host = std::make_unique<FakeEngineHost>(*m_database, m_clock, *m_executor);
    }

    void aSmallStoreIsEvaluatedInOneTick()
    {
        SlaParticipant sla;
        EngineSnapshot first;
        sla.publish(*m_host, first);
        QVERIFY2(first.jeopardy, qPrintable(m_host->failures.join(u'\n')));
        QCOMPARE(first.jeopardy->ordersEvaluated, 2);
        QCOMPARE(findingsOf(first, QStringLiteral("KIT-TODAY")), 1); // projected past its due date
        QCOMPARE(first.jeopardyChanges.size(), std::size_t(1));

        m_clock.advance(1000); // within the interval: the same report, nothing evaluated
        EngineSnapshot second;
        sla.publish(*m_host, second);
        QCOMPARE(second.jeopardy.get(), first.jeopardy.get());
        QVERIFY(second.jeopardyChanges.empty());
        QVERIFY(m_host->failures.isEmpty());
    }

    void anEvaluationSpreadOverTicksReplacesTheReportWhenDone()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 24), QTime(22, 1), QTimeZone::utc())); // the assemble steps: warning
        QVERIFY(m_executor->runUntilIdle().ok());
        SlaParticipant sla;
        sla.setChunking(1, 0); // one order per tick
        EngineSnapshot first;
        sla.publish(*m_host, first); // KIT-LATE
        QVERIFY(!first.jeopardy);
        QVERIFY(first.jeopardyChanges.empty());

        m_clock.advance(100);
        EngineSnapshot second;
        sla.publish(*m_host, second); // KIT-TODAY: a full chunk, so maybe not the last
        QVERIFY(!second.jeopardy);

        m_clock.advance(100);
        EngineSnapshot third;
        sla.publish(*m_host, third); // nothing more: recorded
        QVERIFY2(third.jeopardy, qPrintable(m_host->failures.join(u'\n')));
        QCOMPARE(third.jeopardy->ordersEvaluated, 2);
        QCOMPARE(third.jeopardy->evaluatedAt, QDateTime(QDate(2026, 11, 24), QTime(22, 1), QTimeZone::utc())); // its first tick's
        QCOMPARE(findingsOf(third, QStringLiteral("KIT-LATE")), 1);
        QCOMPARE(third.jeopardyChanges.size(), std::size_t(2)); // both assemble steps reached warning

        m_clock.advance(100);
        EngineSnapshot fourth;
        sla.publish(*m_host, fourth); // within the interval: kept
        QCOMPARE(fourth.jeopardy.get(), third.jeopardy.get());
        QVERIFY(m_host->failures.isEmpty());
    }
};
QTEST_GUILESS_MAIN(TestSlaParticipant)
#include "tst_slaparticipant.moc"
