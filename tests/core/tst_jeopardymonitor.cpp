// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The jeopardy monitor on a store, in simulated time: levels journalled once per change, the
// rules' actions (priority, reassign, escalate) carried out when their level is reached, cleared
// when the work is done, replicas evaluated but never acted on; and the supervisors' actions.

#include "common/clock.h"
#include "common/enginetext.h"
#include "engine/executor.h"
#include "store/escalationsreader.h"
#include "sla/jeopardymonitor.h"
#include "store/database.h"
#include "store/storeimporter.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

class TestJeopardyMonitor : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 24), QTime(20, 0), QTimeZone::utc()) };
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Executor> m_executor;
    std::unique_ptr<JeopardyMonitor> m_monitor;

    QString scalar(const QString& sql) const
    {
        QSqlQuery query(m_database->connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }

    int count(const QString& sql) const { return scalar(sql).toInt(); }

    void advanceTo(int day, int hour, int minute)
    {
        m_clock.set(QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone::utc()));
        QVERIFY(m_executor->runUntilIdle().ok());
    }

    JeopardyReport monitor(std::vector<JeopardyChange>* changes = nullptr)
    {
        auto result = m_monitor->run(changes);
        if (!result)
            qFatal("monitor: %s", qPrintable(result.message()));
        return *result;
    }

    static const JeopardyFinding* find(const JeopardyReport& report, const QString& order, const QString& step)
    {
        for (const JeopardyFinding& f : report.findings) {
            if (f.orderId == order && f.stepId == step)
                return &f;
        }
        return nullptr;
    }

    static QString assemble() { return QStringLiteral("line:1.F_KIT/assemble"); }

    int journalled(const QString& kind) const { return count(QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = '%1'").arg(kind)); }

    // Seven orders C-1..C-7 of the SLA catalog, the odd ones due on the 24th, the even ones in 2030.
    static QString importSevenOrders(const QTemporaryDir& dir, Database& database, ManualClock& clock)
    {
        if (!database.openStore())
            return QStringLiteral("cannot open the store");
        StoreImporter importer(database, clock);
        if (!importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/sla/catalog.json"), QStringLiteral("t")).ok())
            return QStringLiteral("cannot import the catalog");
        for (int i = 1; i <= 7; ++i) {
            const QString path = dir.filePath(QStringLiteral("order-%1.json").arg(i));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return QStringLiteral("cannot write ") + path;
            file.write(QStringLiteral("{ \"formatVersion\": 1, \"id\": \"C-%1\", \"requestedDate\": \"%2\", "
                                      "\"account\": { \"id\": \"A%1\", \"name\": \"Customer %1\" }, "
                                      "\"items\": [ { \"id\": \"1\", \"product\": \"KIT\" } ] }")
                           .arg(i)
                           .arg(i % 2 ? QStringLiteral("2026-11-24") : QStringLiteral("2030-01-01"))
                           .toUtf8());
            file.close();
            if (!importer.importOrder(path, QStringLiteral("t")).ok())
                return QStringLiteral("cannot import ") + path;
        }
        return {};
    }

    // The same story on a store of seven orders, read `chunkSize` open orders at a time: what the
    // monitor reports and journals at 20:00 (forecasts), 22:01 (warnings), then after one order is
    // cancelled (finished), one becomes another workstation's replica and one's step is done, at
    // 00:01 (critical: reassign, priority, escalate) and once more. One line per fact.
    static QStringList chunkedStory(int chunkSize, int* chunks)
    {
        QTemporaryDir dir;
        ManualClock clock { QDateTime(QDate(2026, 11, 24), QTime(20, 0), QTimeZone::utc()) };
        Database database(dir.filePath(QStringLiteral("chunks.db")));
        if (const QString failed = importSevenOrders(dir, database, clock); !failed.isEmpty())
            return { failed };
        Executor executor(database, clock);
        if (!executor.load() || !executor.runUntilIdle().ok())
            return { QStringLiteral("cannot run the orders") };
        JeopardyMonitor monitor(database, clock);
        monitor.setChunkSize(chunkSize);
        SlaReader reader(database.connection());
        reader.setChunkSize(chunkSize);
        *chunks = 0;
        if (!reader.forEachOpenChunk([chunks](std::vector<SlaOrder>&) {
                ++*chunks;
                return Status();
            }))
            return { QStringLiteral("cannot read the open orders") };

        QStringList story;
        QSqlQuery query(database.connection());
        const auto at = [&](int day, int hour, int minute) {
            clock.set(QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone::utc()));
            return executor.runUntilIdle().ok();
        };
        const auto run = [&] {
            std::vector<JeopardyChange> changes;
            const auto report = monitor.run(&changes);
            if (!report) {
                story << report.message();
                return;
            }
            story << QStringLiteral("evaluated %1 orders, %2 steps").arg(report->ordersEvaluated).arg(report->stepsEvaluated);
            for (const JeopardyFinding& f : report->findings)
                story << QStringLiteral("finding %1/%2 %3 %4: %5")
                             .arg(f.orderId, f.stepId, jeopardyLevelName(f.level), jeopardyCauseName(f.cause), f.reason);
            for (const OrderForecast& f : report->forecasts)
                story << QStringLiteral("forecast %1 %2 at risk %3")
                             .arg(f.orderId, f.forecast.projectedCompletion.toString(Qt::ISODate), f.atRisk() ? u"yes" : u"no");
            for (const JeopardyChange& c : changes)
                story << QStringLiteral("change %1/%2 %3 -> %4: %5")
                             .arg(c.finding.orderId, c.finding.stepId, jeopardyLevelName(c.before), jeopardyLevelName(c.finding.level),
                                  c.actionsTaken.join(u", "));
        };
        run();
        if (!at(24, 22, 1))
            return { QStringLiteral("cannot run to 22:01") };
        run();
        const QString assemble = QStringLiteral("line:1.F_KIT/assemble");
        query.exec(QStringLiteral("UPDATE orders SET state = 'cancelled' WHERE id = 'C-3'"));
        query.exec(QStringLiteral("UPDATE orders SET replica_of = 'ws-b' WHERE id = 'C-5'"));
        query.exec(QStringLiteral("SELECT id FROM tasks WHERE order_id = 'C-2' AND step_id = '%1'").arg(assemble));
        const qint64 task = query.next() ? query.value(0).toLongLong() : 0;
        if (!executor.tasks().claim(task, QStringLiteral("ana")) || !executor.tasks().complete(task, QStringLiteral("ana"), {}))
            return { QStringLiteral("cannot complete the task of C-2") };
        if (!at(25, 0, 1))
            return { QStringLiteral("cannot run to 00:01") };
        run();
        run();
        query.exec(QStringLiteral("SELECT order_id, COALESCE(step_id, ''), kind, before_state, after_state, COALESCE(payload, '') "
                                  "FROM journal WHERE kind LIKE 'jeopardy.%' OR kind IN ('task.reassigned', 'escalation.opened') "
                                  "OR actor = 'sla' ORDER BY seq"));
        while (query.next())
            story << QStringLiteral("journal %1/%2 %3 %4 -> %5 %6")
                         .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                              query.value(4).toString(), query.value(5).toString());
        query.exec(QStringLiteral("SELECT order_id, step_id, level, cause, rule FROM jeopardy ORDER BY order_id, step_id"));
        while (query.next())
            story << QStringLiteral("stored %1/%2 %3 %4 %5")
                         .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                              query.value(4).toString());
        query.exec(QStringLiteral("SELECT id, COALESCE(jeopardy, ''), priority FROM orders ORDER BY id"));
        while (query.next())
            story << QStringLiteral("order %1 %2 priority %3")
                         .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
        return story;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("sla.db")));
        QCOMPARE(m_database->openStore().message(), QString());
        StoreImporter importer(*m_database, m_clock);
        const auto catalog = importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/sla/catalog.json"), QStringLiteral("t"));
        QVERIFY2(catalog.ok(), qPrintable(catalog.ok() ? QString() : catalog.problems.front().toString()));
        QVERIFY(importer.importOrder(QStringLiteral(FW_TEST_DATA_DIR "/sla/order-late.json"), QStringLiteral("t")).ok());
        QVERIFY(importer.importOrder(QStringLiteral(FW_TEST_DATA_DIR "/sla/order-due-today.json"), QStringLiteral("t")).ok());
        m_executor = std::make_unique<Executor>(*m_database, m_clock);
        QVERIFY(m_executor->load());
        QVERIFY(m_executor->runUntilIdle().ok());
        m_monitor = std::make_unique<JeopardyMonitor>(*m_database, m_clock);
    }

    void anOrderThatCannotMakeItsDateIsAtRiskBeforeAnyStepBreached()
    {
        std::vector<JeopardyChange> changes;
        const JeopardyReport report = monitor(&changes);
        QCOMPARE(report.ordersEvaluated, 2);
        const JeopardyFinding* today = find(report, QStringLiteral("KIT-TODAY"), {});
        QVERIFY(today);
        QCOMPARE(today->level, JeopardyLevel::Warning);
        QCOMPARE(today->cause, JeopardyCause::Forecast);
        // assemble 2h + pack 3h from 20:00: 01:00, an hour past the end of its requested day
        QCOMPARE(today->forecastAt, QDateTime(QDate(2026, 11, 25), QTime(1, 0), QTimeZone::utc()));
        QCOMPARE(today->dueAt, QDateTime(QDate(2026, 11, 25), QTime(0, 0), QTimeZone::utc()));
        QVERIFY(!find(report, QStringLiteral("KIT-LATE"), {}));
        QVERIFY(!find(report, QStringLiteral("KIT-TODAY"), assemble()));
        QCOMPARE(changes.size(), std::size_t(1));
        QCOMPARE(journalled(QStringLiteral("jeopardy.raised")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT jeopardy FROM orders WHERE id = 'KIT-TODAY'")), QStringLiteral("warning"));
        QCOMPARE(scalar(QStringLiteral("SELECT jeopardy FROM orders WHERE id = 'KIT-LATE'")), QString());
    }

    void aStepPastItsWarningIsJournalledOnce()
    {
        advanceTo(24, 22, 1);
        std::vector<JeopardyChange> changes;
        const JeopardyReport report = monitor(&changes);
        const JeopardyFinding* late = find(report, QStringLiteral("KIT-LATE"), assemble());
        QVERIFY(late);
        QCOMPARE(late->level, JeopardyLevel::Warning);
        QCOMPARE(late->ruleId, QStringLiteral("assemble-late"));
        QCOMPARE(late->queue, QStringLiteral("workshop"));
        QCOMPARE(late->breachAt, QDateTime(QDate(2026, 11, 24), QTime(22, 0), QTimeZone::utc()));
        QCOMPARE(changes.size(), std::size_t(2)); // both orders' assemble steps
        for (const JeopardyChange& change : changes) {
            QCOMPARE(change.before, JeopardyLevel::None);
            QVERIFY(change.notify);
            QVERIFY(change.actionsTaken.isEmpty()); // the other actions wait for critical
        }
        QCOMPARE(journalled(QStringLiteral("jeopardy.raised")), 3);
        QVERIFY(scalar(QStringLiteral("SELECT payload FROM journal WHERE kind = 'jeopardy.raised' AND order_id = 'KIT-LATE'"))
                    .contains(QStringLiteral("\"notify\":true")));

        changes.clear();
        monitor(&changes); // nothing changed: nothing new in the journal
        QVERIFY(changes.empty());
        QCOMPARE(journalled(QStringLiteral("jeopardy.raised")), 3);
    }

    void criticalCarriesOutTheRulesActions()
    {
        advanceTo(25, 0, 1);
        std::vector<JeopardyChange> changes;
        const JeopardyReport report = monitor(&changes);
        const JeopardyFinding* late = find(report, QStringLiteral("KIT-LATE"), assemble());
        QVERIFY(late);
        QCOMPARE(late->level, JeopardyLevel::Critical);
        const JeopardyFinding* today = find(report, QStringLiteral("KIT-TODAY"), {});
        QVERIFY(today);
        QCOMPARE(today->level, JeopardyLevel::Critical);
        QCOMPARE(today->cause, JeopardyCause::Overdue);

        QCOMPARE(scalar(QStringLiteral("SELECT queue FROM tasks WHERE order_id = 'KIT-LATE' AND step_id = '%1'").arg(assemble())),
                 QStringLiteral("senior-workshop"));
        QCOMPARE(scalar(QStringLiteral("SELECT priority FROM orders WHERE id = 'KIT-LATE'")), QStringLiteral("2"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM escalations WHERE state = 'open' AND queue = 'supervisors'")), 2);
        QCOMPARE(journalled(QStringLiteral("task.reassigned")), 2);
        QCOMPARE(journalled(QStringLiteral("escalation.opened")), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT jeopardy FROM orders WHERE id = 'KIT-LATE'")), QStringLiteral("critical"));
        bool sawActions = false;
        for (const JeopardyChange& change : changes) {
            for (const QString& action : change.actionsTaken) // a GUI can translate each (core/common/enginetext.h)
                QVERIFY2(matchEngineText(action), qPrintable(action));
            if (change.finding.orderId == QLatin1String("KIT-LATE") && change.finding.stepId == assemble()) {
                QCOMPARE(change.before, JeopardyLevel::Warning);
                QVERIFY(change.actionsTaken.contains(QStringLiteral("task reassigned to senior-workshop")));
                sawActions = true;
            }
        }
        QVERIFY(sawActions);

        monitor(); // reached once, done once
        QCOMPARE(journalled(QStringLiteral("escalation.opened")), 2);
        QCOMPARE(journalled(QStringLiteral("task.reassigned")), 2);
    }

    void finishedWorkIsCleared()
    {
        const qint64 task
            = scalar(QStringLiteral("SELECT id FROM tasks WHERE order_id = 'KIT-LATE' AND step_id = '%1'").arg(assemble())).toLongLong();
        QVERIFY(m_executor->tasks().claim(task, QStringLiteral("ana")));
        QVERIFY(m_executor->tasks().complete(task, QStringLiteral("ana"), {}));
        advanceTo(25, 0, 2);
        std::vector<JeopardyChange> changes;
        const JeopardyReport report = monitor(&changes);
        QVERIFY(!find(report, QStringLiteral("KIT-LATE"), assemble()));
        QCOMPARE(changes.size(), std::size_t(1));
        QCOMPARE(changes.front().finding.level, JeopardyLevel::None);
        QCOMPARE(changes.front().before, JeopardyLevel::Critical);
        QCOMPARE(journalled(QStringLiteral("jeopardy.cleared")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT jeopardy FROM orders WHERE id = 'KIT-LATE'")), QString());
    }

    void replicasAreEvaluatedButNotActedOn()
    {
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE orders SET replica_of = 'ws-b' WHERE id = 'KIT-TODAY'")));
        const int journal = count(QStringLiteral("SELECT COUNT(*) FROM journal"));
        const JeopardyReport report = monitor();
        const JeopardyFinding* today = find(report, QStringLiteral("KIT-TODAY"), {});
        QVERIFY(today);
        QCOMPARE(today->runsOn, QStringLiteral("ws-b"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM journal")), journal); // its owner journals, not us
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM jeopardy WHERE order_id = 'KIT-TODAY'")), 0);
        QVERIFY(query.exec(QStringLiteral("UPDATE orders SET replica_of = NULL WHERE id = 'KIT-TODAY'")));
    }

    void chunkingDoesNotChangeWhatIsReportedOrJournalled_data()
    {
        QTest::addColumn<int>("chunkSize");
        QTest::addColumn<int>("chunks");
        QTest::addRow("one order at a time") << 1 << 7;
        QTest::addRow("two at a time") << 2 << 4;
        QTest::addRow("three at a time") << 3 << 3;
        QTest::addRow("all in one chunk") << 1000 << 1;
    }

    void chunkingDoesNotChangeWhatIsReportedOrJournalled()
    {
        QFETCH(int, chunkSize);
        QFETCH(int, chunks);
        static int whole = 0;
        static const QStringList reference = chunkedStory(7, &whole); // exactly one chunk
        QCOMPARE(whole, 1);
        const QString told = reference.join(u'\n');
        QVERIFY2(told.contains(u"jeopardy.cleared warning -> none {\"reason\":\"the order finished\"}"), qPrintable(told));
        QVERIFY2(told.contains(u"jeopardy.cleared warning -> none {\"reason\":\"back within its thresholds\"}"), qPrintable(told));
        QVERIFY2(told.contains(
                     u"change C-1/line:1.F_KIT/assemble warning -> critical: priority raised to 2, task reassigned to senior-workshop"),
                 qPrintable(told));
        QVERIFY2(!told.contains(u"journal C-5/line:1.F_KIT/assemble jeopardy.cleared"), qPrintable(told)); // a replica: forgotten quietly
        QVERIFY2(told.contains(u"finding C-5/line:1.F_KIT/assemble critical"), qPrintable(told)); // still evaluated
        int read = 0;
        const QStringList story = chunkedStory(chunkSize, &read);
        QCOMPARE(read, chunks);
        QCOMPARE(story, reference);
    }

    // Spread over calls (the engine's ticks), an evaluation reports what it read; an order changed
    // meanwhile (C-1's task done after its chunk was read) keeps its stored level until the next
    // evaluation, which records what it finds.
    void anEvaluationSpreadOverTicksLeavesOrdersChangedMeanwhile()
    {
        QTemporaryDir dir;
        ManualClock clock { QDateTime(QDate(2026, 11, 24), QTime(20, 0), QTimeZone::utc()) };
        Database database(dir.filePath(QStringLiteral("spread.db")));
        QCOMPARE(importSevenOrders(dir, database, clock), QString());
        Executor executor(database, clock);
        QVERIFY(executor.load());
        QVERIFY(executor.runUntilIdle().ok());
        clock.set(QDateTime(QDate(2026, 11, 24), QTime(22, 1), QTimeZone::utc())); // the assemble steps: warning
        QVERIFY(executor.runUntilIdle().ok());
        JeopardyMonitor monitor(database, clock);
        monitor.setChunkSize(2);
        std::vector<JeopardyChange> changes;
        auto first = monitor.advance(&changes, 0); // one chunk: C-1 and C-2
        QVERIFY2(first, qPrintable(first.message()));
        QVERIFY(!*first);
        QVERIFY(monitor.evaluating());

        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM tasks WHERE order_id = 'C-1' AND step_id = 'line:1.F_KIT/assemble'")));
        QVERIFY(query.next());
        const qint64 task = query.value(0).toLongLong();
        QVERIFY(executor.tasks().claim(task, QStringLiteral("ana")));
        QVERIFY(executor.tasks().complete(task, QStringLiteral("ana"), {}));

        int calls = 1;
        std::optional<JeopardyReport> report;
        while (!report) {
            auto next = monitor.advance(&changes, 0);
            QVERIFY2(next, qPrintable(next.message()));
            report = std::move(*next);
            ++calls;
        }
        QCOMPARE(calls, 4); // 2 + 2 + 2 + 1 orders
        QVERIFY(!monitor.evaluating());
        QCOMPARE(report->ordersEvaluated, 7);
        QVERIFY(find(*report, QStringLiteral("C-1"), QStringLiteral("line:1.F_KIT/assemble"))); // as read
        QVERIFY(find(*report, QStringLiteral("C-2"), QStringLiteral("line:1.F_KIT/assemble")));
        const auto storedFor = [&](const QString& order) {
            QSqlQuery rows(database.connection());
            rows.exec(QStringLiteral("SELECT COUNT(*) FROM jeopardy WHERE order_id = '%1'").arg(order));
            return rows.next() ? rows.value(0).toInt() : -1;
        };
        QCOMPARE(storedFor(QStringLiteral("C-1")), 0); // changed meanwhile: not recorded
        QCOMPARE(storedFor(QStringLiteral("C-2")), 1);
        QCOMPARE(storedFor(QStringLiteral("C-7")), 2); // its assemble step and the order (forecast)
        for (const JeopardyChange& change : changes)
            QVERIFY(change.finding.orderId != QLatin1String("C-1"));

        changes.clear();
        const auto again = monitor.run(&changes); // all at once: C-1 as it is now
        QVERIFY2(again, qPrintable(again.message()));
        QVERIFY(!find(*again, QStringLiteral("C-1"), QStringLiteral("line:1.F_KIT/assemble")));
        int findingsOfC1 = 0;
        for (const JeopardyFinding& f : again->findings)
            findingsOfC1 += f.orderId == QLatin1String("C-1") ? 1 : 0;
        QCOMPARE(storedFor(QStringLiteral("C-1")), findingsOfC1);
    }

    void supervisorsReassignAndEscalate_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("expectedError");
        QTest::addRow("reassign to an unknown queue")
            << QStringLiteral("reassign:nowhere")
            << QStringLiteral("order KIT-TODAY: 'nowhere' is not a task queue of catalog sla-test "
                              "(task queues: workshop, shipping, senior-workshop, supervisors)");
        QTest::addRow("reassign a step without task")
            << QStringLiteral("reassign-done:workshop")
            << QStringLiteral("order KIT-TODAY: step line:1.F_KIT/accept has no open task to reassign");
        // Escalating again with a note adds it to the open escalation (tst_slacommands); without one it is refused.
        QTest::addRow("escalate twice without a note")
            << QStringLiteral("escalate-nonote:supervisors")
            << QStringLiteral("step line:1.F_KIT/assemble of order KIT-TODAY is already escalated "
                              "(escalation 2 in queue supervisors): write a note to add to it");
        QTest::addRow("unknown order") << QStringLiteral("escalate-unknown:supervisors")
                                       << QStringLiteral("unknown or inactive order 'NOPE'");
    }

    void supervisorsReassignAndEscalate()
    {
        QFETCH(QString, action);
        QFETCH(QString, expectedError);
        const QString kind = action.section(QLatin1Char(':'), 0, 0);
        const QString queue = action.section(QLatin1Char(':'), 1);
        const int journal = count(QStringLiteral("SELECT COUNT(*) FROM journal"));
        Status error;
        if (kind == QLatin1String("reassign"))
            error = m_executor->sla().reassign(QStringLiteral("KIT-TODAY"), assemble(), queue, QStringLiteral("sue"));
        else if (kind == QLatin1String("reassign-done"))
            error = m_executor->sla().reassign(QStringLiteral("KIT-TODAY"), QStringLiteral("line:1.F_KIT/accept"), queue,
                                               QStringLiteral("sue"));
        else if (kind == QLatin1String("escalate-nonote"))
            error = m_executor->sla().escalate(QStringLiteral("KIT-TODAY"), assemble(), queue, QStringLiteral("  "), QStringLiteral("sue"));
        else
            error = m_executor->sla().escalate(QStringLiteral("NOPE"), {}, queue, {}, QStringLiteral("sue"));
        QCOMPARE(error.message(), expectedError);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM journal")), journal); // a refused action writes nothing
    }

    void escalationsAreClaimedAndResolved()
    {
        QVERIFY(m_executor->sla().reassign(QStringLiteral("KIT-TODAY"), assemble(), QStringLiteral("workshop"), QStringLiteral("sue")));
        QCOMPARE(scalar(QStringLiteral("SELECT queue FROM tasks WHERE order_id = 'KIT-TODAY' AND step_id = '%1'").arg(assemble())),
                 QStringLiteral("workshop"));
        QVERIFY(m_executor->sla().escalate(QStringLiteral("KIT-TODAY"), {}, QStringLiteral("supervisors"),
                                           QStringLiteral("customer called"), QStringLiteral("sue")));
        auto read = readEscalations(m_database->connection());
        QVERIFY2(read, qPrintable(read.message()));
        const auto escalations = *read;
        QCOMPARE(escalations.size(), std::size_t(3));
        const EscalationSummary& manual = escalations.back();
        QCOMPARE(manual.stepId, QString());
        QCOMPARE(manual.level, QStringLiteral("manual"));
        QCOMPARE(manual.note, QStringLiteral("customer called"));
        QCOMPARE(manual.raisedBy, QStringLiteral("sue"));

        QVERIFY(m_executor->sla().claimEscalation(manual.id, QStringLiteral("max")));
        QCOMPARE(m_executor->sla().claimEscalation(manual.id, QStringLiteral("sue")).message(),
                 QStringLiteral("escalation %1 is claimed by max").arg(manual.id));
        QCOMPARE(m_executor->sla().resolveEscalation(manual.id, QStringLiteral("sue"), QStringLiteral("done")).message(),
                 QStringLiteral("escalation %1 is claimed by max; only they can resolve it").arg(manual.id));
        QCOMPARE(m_executor->sla().resolveEscalation(manual.id, QStringLiteral("max"), QStringLiteral("  ")).message(),
                 QStringLiteral("escalation %1: say what was done to resolve it").arg(manual.id));
        QVERIFY(m_executor->sla().resolveEscalation(manual.id, QStringLiteral("max"), QStringLiteral("expedited with the courier")));
        const auto unresolved = readEscalations(m_database->connection());
        QVERIFY2(unresolved, qPrintable(unresolved.message()));
        QCOMPARE(unresolved->size(), std::size_t(2)); // resolved ones are not listed
        QCOMPARE(scalar(QStringLiteral("SELECT resolution FROM escalations WHERE id = %1").arg(manual.id)),
                 QStringLiteral("expedited with the courier"));
        QCOMPARE(journalled(QStringLiteral("escalation.resolved")), 1);
    }
};

QTEST_GUILESS_MAIN(TestJeopardyMonitor)
#include "tst_jeopardymonitor.moc"
