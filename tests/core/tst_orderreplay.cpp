// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// OrderReplay: a real order (a workshop kit with a manual task and a broken auto task) runs through
// the engine in simulated time; at several moments the test records what the store held (step
// states, open and claimed tasks, open fallout cases, the hold). Replaying the order's journal up
// to each moment must give exactly that. A change order's added step exists only from its entry on.

#include "engine/handlers/falloutcommands.h"
#include "engine/handlers/taskcommands.h"
#include "handlerfixture.h"
#include "order/orderreplay.h"
#include "store/journal.h"

#include <QSqlQuery>
#include <QTest>

using namespace fw;

namespace {

// What the store says about the order at one moment, in the shape of a ReplayState.
struct StoreMoment {
    qint64 seq = 0;
    QMap<QString, QString> steps; // id -> state
    QStringList tasks; // "step queue claimedBy", by step
    QStringList fallout; // "step queue", by step
    bool onHold = false;
};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QMap<QString, QString> statesOf(const ReplayState& state)
{
    QMap<QString, QString> steps;
    for (auto it = state.steps.cbegin(); it != state.steps.cend(); ++it)
        steps.insert(it.key(), toString(it.value()));
    return steps;
}

QStringList tasksOf(const ReplayState& state)
{
    QStringList tasks;
    for (const ReplayTask& task : state.tasks)
        tasks << task.stepId + QLatin1Char(' ') + task.queue + QLatin1Char(' ') + task.claimedBy;
    return sorted(tasks);
}

QStringList falloutOf(const ReplayState& state)
{
    QStringList cases;
    for (const ReplayFallout& c : state.fallout)
        cases << c.stepId + QLatin1Char(' ') + c.queue;
    return sorted(cases);
}

JournalEvent entry(qint64 seq, const char* kind, const char* step, const char* before, const char* after, const char* payload = "")
{
    JournalEvent e;
    e.seq = seq;
    e.at = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC).addSecs(seq * 60);
    e.orderId = QStringLiteral("O-1");
    e.kind = QLatin1String(kind);
    e.stepId = QLatin1String(step);
    e.actor = QStringLiteral("engine");
    e.beforeState = QLatin1String(before);
    e.afterState = QLatin1String(after);
    e.payload = QLatin1String(payload);
    return e;
}

} // namespace

class TestOrderReplay : public QObject {
    Q_OBJECT

    std::unique_ptr<test::HandlerFixture> m_f;
    std::unique_ptr<TaskCommands> m_tasks;
    std::unique_ptr<FalloutCommands> m_fallout;
    QMap<QString, StoreMoment> m_moments; // by name, recorded in initTestCase
    const QString m_order = QStringLiteral("MIX-1");

    StoreMoment record()
    {
        StoreMoment moment;
        moment.seq = m_f->scalar(QStringLiteral("SELECT MAX(seq) FROM journal WHERE order_id = '%1'").arg(m_order)).toLongLong();
        QSqlQuery query(m_f->database->connection());
        if (query.exec(QStringLiteral("SELECT id, state FROM steps WHERE order_id = '%1'").arg(m_order))) {
            while (query.next())
                moment.steps.insert(query.value(0).toString(), query.value(1).toString());
        }
        if (query.exec(QStringLiteral("SELECT step_id, queue, COALESCE(claimed_by, '') FROM tasks WHERE order_id = '%1' AND state IN "
                                      "('open', 'claimed')")
                           .arg(m_order))) {
            while (query.next())
                moment.tasks << query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString() + QLatin1Char(' ')
                        + query.value(2).toString();
        }
        if (query.exec(QStringLiteral("SELECT step_id, queue FROM fallout_cases WHERE order_id = '%1' AND state = 'open'").arg(m_order))) {
            while (query.next())
                moment.fallout << query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString();
        }
        moment.tasks = sorted(moment.tasks);
        moment.fallout = sorted(moment.fallout);
        moment.onHold = m_f->scalar(QStringLiteral("SELECT on_hold FROM orders WHERE id = '%1'").arg(m_order)) == QLatin1String("1");
        return moment;
    }

    OrderReplay replay() const
    {
        auto events = Journal::forOrder(m_f->database->connection(), m_order);
        if (!events)
            qFatal("%s", qPrintable(events.message()));
        QStringList steps;
        QSqlQuery query(m_f->database->connection());
        if (query.exec(QStringLiteral("SELECT id FROM steps WHERE order_id = '%1' ORDER BY seq").arg(m_order))) {
            while (query.next())
                steps << query.value(0).toString();
        }
        return OrderReplay(std::move(*events), steps);
    }

    qint64 task() const { return m_f->scalar(QStringLiteral("SELECT id FROM tasks WHERE order_id = '%1'").arg(m_order)).toLongLong(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_f = std::make_unique<test::HandlerFixture>();
        QVERIFY(m_f->open(QStringLiteral("replay.db")));
        const QString file = m_f->dir.filePath(QStringLiteral("mix.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(R"({ "formatVersion": 1, "id": "MIX-1", "account": { "id": "A1", "name": "Workshop customer" },
                       "items": [ { "id": "1", "product": "KIT" }, { "id": "2", "product": "BROKEN" } ] })");
        out.close();
        const ImportResult imported = StoreImporter(*m_f->database, m_f->clock).importOrder(file, QStringLiteral("t"));
        QVERIFY(imported.ok());
        m_moments.insert(QStringLiteral("imported"), record());
        QVERIFY(m_f->restart([this] {
            m_tasks = std::make_unique<TaskCommands>(*m_f->loop);
            m_f->loop->addParticipant(m_tasks.get());
        }));
        m_fallout = std::make_unique<FalloutCommands>(*m_f->loop);
        QVERIFY(m_f->run() > 0);
        m_moments.insert(QStringLiteral("fallout open, on hold"), record());

        m_f->clock.advance(60'000);
        const qint64 fallout
            = m_f->scalar(QStringLiteral("SELECT id FROM fallout_cases WHERE order_id = 'MIX-1' AND state = 'open'")).toLongLong();
        QVERIFY(fallout > 0);
        QVERIFY(m_fallout->skip(fallout, QStringLiteral("ops"), QStringLiteral("done by hand")));
        m_moments.insert(QStringLiteral("fallout skipped, still on hold"), record());

        m_f->clock.advance(60'000);
        QVERIFY(m_fallout->resume(m_order, QStringLiteral("ops")));
        QVERIFY(m_f->run() >= 0);
        m_moments.insert(QStringLiteral("resumed, task open"), record());
        QVERIFY(task() > 0);

        m_f->clock.advance(60'000);
        QVERIFY(m_tasks->claim(task(), QStringLiteral("ana")));
        m_moments.insert(QStringLiteral("task claimed by ana"), record());

        m_f->clock.advance(60'000);
        QVERIFY(m_tasks->release(task(), QStringLiteral("ana")));
        m_f->clock.advance(60'000);
        QVERIFY(m_tasks->claim(task(), QStringLiteral("ben")));
        m_moments.insert(QStringLiteral("released, claimed by ben"), record());

        m_f->clock.advance(60'000);
        QVERIFY(m_tasks->complete(task(), QStringLiteral("ben"),
                                  { { QStringLiteral("serial"), QStringLiteral("S-1") }, { QStringLiteral("tested"), true } }));
        QVERIFY(m_f->run() >= 0);
        m_moments.insert(QStringLiteral("task completed"), record());

        m_f->clock.advance(60'000);
        QVERIFY(m_tasks->signal(m_order, QStringLiteral("picked-up"), QStringLiteral("ops")));
        QVERIFY(m_f->run() >= 0);
        m_moments.insert(QStringLiteral("picked up"), record());
    }

    void cleanupTestCase()
    {
        m_fallout.reset();
        m_tasks.reset();
        m_f.reset();
    }

    void replayEqualsWhatTheStoreHeld_data()
    {
        QTest::addColumn<QString>("moment");
        for (const QString& name : m_moments.keys())
            QTest::newRow(qPrintable(name)) << name;
    }
    void replayEqualsWhatTheStoreHeld()
    {
        QFETCH(QString, moment);
        const StoreMoment& expected = m_moments[moment];
        const ReplayState state = replay().stateAt(expected.seq);
        QVERIFY(state.seq > 0 && state.seq <= expected.seq); // the last entry replay takes into account
        QCOMPARE(statesOf(state), expected.steps);
        QCOMPARE(tasksOf(state), expected.tasks);
        QCOMPARE(falloutOf(state), expected.fallout);
        QCOMPARE(state.onHold, expected.onHold);
    }

    // The moments tell the scenario apart: they are not all the same picture.
    void theMomentsDiffer()
    {
        QCOMPARE(m_moments.value(QStringLiteral("task claimed by ana")).tasks,
                 QStringList { QStringLiteral("line:1.F_KIT/assemble workshop ana") });
        QCOMPARE(m_moments.value(QStringLiteral("fallout open, on hold")).fallout,
                 QStringList { QStringLiteral("line:2.F_BROKEN/bad intake-fallout") });
        QVERIFY(m_moments.value(QStringLiteral("fallout open, on hold")).onHold);
        QVERIFY(m_moments.value(QStringLiteral("fallout skipped, still on hold")).fallout.isEmpty());
        QVERIFY(!m_moments.value(QStringLiteral("resumed, task open")).onHold);
        const OrderReplay replay = this->replay();
        QVERIFY(replay.moments().size() > 10);
        QCOMPARE(replay.moments().front().kind, QStringLiteral("order.imported"));
        // Time: after the claim (09:03) and before the release (09:04), ana holds the task.
        const ReplayState claimed = replay.stateAtTime(QDateTime(QDate(2026, 11, 24), QTime(9, 3, 30), Qt::UTC));
        QCOMPARE(tasksOf(claimed), QStringList { QStringLiteral("line:1.F_KIT/assemble workshop ana") });
    }

    void stepsAddedLaterAppearAtTheirEntry_data()
    {
        QTest::addColumn<qint64>("seq");
        QTest::addColumn<QString>("states");
        QTest::addRow("before anything") << qint64(0) << "a=pending";
        QTest::addRow("a running") << qint64(2) << "a=running";
        QTest::addRow("b added") << qint64(3) << "a=running b=pending";
        QTest::addRow("a in fallout") << qint64(4) << "a=fallout b=pending";
        QTest::addRow("a skipped, b ready") << qint64(6) << "a=skipped b=ready";
    }
    void stepsAddedLaterAppearAtTheirEntry()
    {
        QFETCH(qint64, seq);
        QFETCH(QString, states);
        const OrderReplay replay({ entry(1, "order.imported", "", "", ""), entry(2, "step.state", "a", "pending", "running"),
                                   entry(3, "step.added", "b", "", "pending"),
                                   entry(4, "step.state", "a", "running", "fallout", R"({"error":"boom","queue":"q"})"),
                                   entry(5, "step.state", "a", "fallout", "skipped"), entry(6, "step.state", "b", "pending", "ready") },
                                 { QStringLiteral("a"), QStringLiteral("b") });
        const ReplayState state = replay.stateAt(seq);
        QStringList actual;
        const QMap<QString, QString> steps = statesOf(state);
        for (auto it = steps.cbegin(); it != steps.cend(); ++it)
            actual << it.key() + QLatin1Char('=') + it.value();
        QCOMPARE(actual.join(QLatin1Char(' ')), states);
        QCOMPARE(state.fallout.size(), std::size_t(seq == 4 ? 1 : 0));
        QCOMPARE(replay.momentIndexOf(seq), int(std::max<qint64>(0, seq - 1)));
    }
};

QTEST_GUILESS_MAIN(TestOrderReplay)
#include "tst_orderreplay.moc"
