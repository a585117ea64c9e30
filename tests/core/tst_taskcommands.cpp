// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// TaskCommands on a real store, in simulated time: claim (since when), renew, release (one's own,
// anyone's with AnyHolder), complete with its form, signal, set a line field, and claims that
// expire after claims.idleHours without activity of their holder.

#include "engine/handlers/taskcommands.h"
#include "handlerfixture.h"

#include "storefixtures.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace fw;

#define QCOMPARE_STATE(actual, expected) QCOMPARE(toString(actual), toString(expected))

class TestTaskCommands : public QObject {
    Q_OBJECT

    std::unique_ptr<test::HandlerFixture> m_f;
    std::unique_ptr<TaskCommands> m_tasks;
    qint64 m_task = 0; // KIT-1's task "assemble", open in queue workshop

    void restart()
    {
        m_tasks.reset();
        QVERIFY(m_f->restart([this] {
            m_tasks = std::make_unique<TaskCommands>(*m_f->loop);
            m_f->loop->addParticipant(m_tasks.get());
        }));
    }
    QString at(qint64 msFromStart) const { return toStoreTime(QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC).addMSecs(msFromStart)); }
    QString claimColumns() const
    {
        return m_f->scalar(QStringLiteral("SELECT state || '|' || COALESCE(claimed_by, '') || '|' || COALESCE(claimed_at, '') || '|' || "
                                          "COALESCE(claim_touched_at, '') FROM tasks WHERE id = %1")
                               .arg(m_task));
    }
    QString lastJournal(const QString& kind) const
    {
        return m_f->scalar(
            QStringLiteral("SELECT actor || ' ' || COALESCE(before_state, '') || '>' || COALESCE(after_state, '') || ' ' || payload "
                           "FROM journal "
                           "WHERE kind = '%1' ORDER BY seq DESC LIMIT 1")
                .arg(kind));
    }
    void setIdleHours(const QString& value)
    {
        QSqlQuery query(m_f->database->connection());
        query.prepare(QStringLiteral(
            "INSERT INTO store_settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value"));
        query.addBindValue(TaskCommands::idleHoursSetting);
        query.addBindValue(value);
        QVERIFY(query.exec());
    }
    static constexpr qint64 hour = 3600 * 1000;

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<test::HandlerFixture>();
        QVERIFY(m_f->open(QStringLiteral("tasks.db")));
        QVERIFY(m_f->importOrder("order.json", QStringLiteral("KIT-1")));
        restart();
        QVERIFY(m_f->run() > 0);
        m_task = m_f->taskOf(QStringLiteral("KIT-1"));
        QVERIFY(m_task > 0);
    }
    void cleanup()
    {
        m_tasks.reset();
        m_f.reset();
    }

    void claimSaysSinceWhen()
    {
        QCOMPARE(m_tasks->claim(999, QStringLiteral("ana")).message(), QStringLiteral("unknown task 999"));
        QCOMPARE(claimColumns(), QStringLiteral("open|||"));
        QVERIFY(m_tasks->claim(m_task, QStringLiteral("ana")));
        QCOMPARE(claimColumns(), QStringLiteral("claimed|ana|%1|%1").arg(at(0)));
        QCOMPARE(lastJournal(QStringLiteral("task.claimed")), QStringLiteral("ana open>claimed {\"task\":%1}").arg(m_task));
        QCOMPARE(m_tasks->claim(m_task, QStringLiteral("bob")).message(), QStringLiteral("task %1 is claimed by ana").arg(m_task));
        // The holder claiming again renews the claim: since when stays, the last activity moves.
        m_f->clock.advance(2 * hour);
        QVERIFY(m_tasks->claim(m_task, QStringLiteral("ana")));
        QCOMPARE(claimColumns(), QStringLiteral("claimed|ana|%1|%2").arg(at(0), at(2 * hour)));
        QCOMPARE(lastJournal(QStringLiteral("task.claim-renewed")),
                 QStringLiteral("ana claimed>claimed {\"claimedAt\":\"%1\",\"heldBy\":\"ana\",\"task\":%2}").arg(at(0)).arg(m_task));
    }

    void aTaskThatCannotBeReadIsNamed()
    {
        // The store fails (here: its tasks table is gone): the action says what could not be read
        // and why, rather than calling the task unknown.
        QSqlQuery damage(m_f->database->connection());
        QVERIFY(damage.exec(QStringLiteral("ALTER TABLE tasks RENAME TO tasks_gone")));
        const QString error = m_tasks->claim(m_task, QStringLiteral("ana")).message();
        QVERIFY2(error.startsWith(QStringLiteral("read task %1: no such table: tasks").arg(m_task)), qPrintable(error));
        QVERIFY2(m_tasks->expireIdleClaims().message().startsWith(QStringLiteral("look for idle claims: no such table: tasks")),
                 qPrintable(m_tasks->expireIdleClaims().message()));
    }

    void releaseOwnOrAnyHolders_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("anyHolder");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("payload");
        QTest::addRow("own claim") << "ana" << false << QString() << "{\"task\":%1}";
        QTest::addRow("own claim, any holder") << "ana" << true << QString() << "{\"task\":%1}";
        QTest::addRow("someone else's") << "bob" << false << "task %1 is claimed by ana; only they can release it" << QString();
        QTest::addRow("supervisor's release") << "sue" << true << QString()
                                              << "{\"claimedAt\":\"2026-11-24T09:00:00.000Z\",\"heldBy\":\"ana\",\"task\":%1}";
    }
    void releaseOwnOrAnyHolders()
    {
        QFETCH(QString, user);
        QFETCH(bool, anyHolder);
        QFETCH(QString, error);
        QFETCH(QString, payload);
        QCOMPARE(m_tasks->release(m_task, user).message(), QStringLiteral("task %1 is not claimed").arg(m_task));
        QVERIFY(m_tasks->claim(m_task, QStringLiteral("ana")));
        const auto result = m_tasks->release(m_task, user, anyHolder ? ReleaseScope::AnyHolder : ReleaseScope::OwnClaim);
        if (!error.isEmpty()) {
            QCOMPARE(result.message(), error.arg(m_task));
            QCOMPARE(claimColumns(), QStringLiteral("claimed|ana|%1|%1").arg(at(0)));
            return;
        }
        QVERIFY2(result, qPrintable(result.message()));
        QCOMPARE(claimColumns(), QStringLiteral("open|||"));
        QCOMPARE(lastJournal(QStringLiteral("task.released")), user + QStringLiteral(" claimed>open ") + payload.arg(m_task));
        QVERIFY(m_tasks->claim(m_task, QStringLiteral("bob"))); // back in the queue
    }

    void completeChecksTheClaimAndTheForm()
    {
        const QVariantMap good { { QStringLiteral("serial"), QStringLiteral("SN-7") }, { QStringLiteral("tested"), true } };
        QCOMPARE(m_tasks->complete(m_task, QStringLiteral("ana"), good).message(),
                 QStringLiteral("task %1 is not claimed; claim it before completing it").arg(m_task));
        QVERIFY(m_tasks->claim(m_task, QStringLiteral("ana")));
        QCOMPARE(m_tasks->complete(m_task, QStringLiteral("bob"), good).message(),
                 QStringLiteral("task %1 is claimed by ana; only the claimant can complete it").arg(m_task));
        QCOMPARE(m_tasks->complete(m_task, QStringLiteral("ana"), { { QStringLiteral("tested"), true } }).message(),
                 QStringLiteral("task %1: Serial number (serial) is required").arg(m_task));
        // A required yes/no left out (fwctl --data without it) is refused, never taken as false.
        QCOMPARE(m_tasks->complete(m_task, QStringLiteral("ana"), { { QStringLiteral("serial"), QStringLiteral("SN-7") } }).message(),
                 QStringLiteral("task %1: Tested (tested) is required: answer yes or no").arg(m_task));
        QCOMPARE(claimColumns(), QStringLiteral("claimed|ana|%1|%1").arg(at(0))); // still the claimant's, not completed
        m_f->clock.advance(hour);
        QVERIFY(m_tasks->complete(m_task, QStringLiteral("ana"), good, QStringLiteral("fine")));
        QCOMPARE(claimColumns(), QStringLiteral("completed|ana|%1|%2").arg(at(0), at(hour)));
        QCOMPARE(m_f->scalar(QStringLiteral("SELECT data || ' ' || comment FROM tasks WHERE id = %1").arg(m_task)),
                 QStringLiteral("{\"serial\":\"SN-7\",\"tested\":true} fine"));
        QCOMPARE_STATE(m_f->stateOf(QStringLiteral("KIT-1"), "line:1.F_KIT/assemble"), StepState::Completed);
        QCOMPARE(m_f->scalar(QStringLiteral("SELECT state FROM steps WHERE order_id = 'KIT-1' AND step_key = 'assemble'")),
                 QStringLiteral("completed"));
        QCOMPARE(m_tasks->complete(m_task, QStringLiteral("ana"), good).message(), QStringLiteral("task %1 is completed").arg(m_task));
    }

    void signalAndLineField()
    {
        QCOMPARE(m_tasks->signal(QStringLiteral("NOPE"), QStringLiteral("x"), QStringLiteral("ana")).message(),
                 QStringLiteral("unknown or inactive order 'NOPE'"));
        QCOMPARE(m_tasks->signal(QStringLiteral("KIT-1"), QStringLiteral(" "), QStringLiteral("ana")).message(),
                 QStringLiteral("a signal needs a name"));
        QVERIFY(m_tasks->signal(QStringLiteral("KIT-1"), QStringLiteral("picked-up"), QStringLiteral("carrier")));
        QCOMPARE(m_f->scalar(QStringLiteral("SELECT name FROM signals WHERE order_id = 'KIT-1'")), QStringLiteral("picked-up"));
        QCOMPARE(
            m_tasks->setLineField(QStringLiteral("KIT-1"), QStringLiteral("9"), QStringLiteral("f"), 1, QStringLiteral("ana")).message(),
            QStringLiteral("order KIT-1 has no line '9'"));
        const QString line = m_f->scalar(QStringLiteral("SELECT id FROM fulfillment_lines WHERE order_id = 'KIT-1'"));
        QCOMPARE(m_tasks->setLineField(QStringLiteral("KIT-1"), line, QStringLiteral(""), 1, QStringLiteral("ana")).message(),
                 QStringLiteral("a field needs a name"));
        const auto set = m_tasks->setLineField(QStringLiteral("KIT-1"), line, QStringLiteral("tested"), true, QStringLiteral("broker"));
        QVERIFY2(set, qPrintable(set.message()));
        QVERIFY(m_f->scalar(QStringLiteral("SELECT fields FROM fulfillment_lines WHERE order_id = 'KIT-1'"))
                    .contains(QStringLiteral("\"tested\":true")));
        QCOMPARE(lastJournal(QStringLiteral("line.field.set")),
                 QStringLiteral("broker > {\"field\":\"tested\",\"line\":\"%1\",\"value\":true}").arg(line));
    }

    // The run loop hands claims idle too long back to the queue; the holder's activity (a re-claim)
    // keeps them. The setting claims.idleHours says how long (default 8 h; 0: never).
    void idleClaimsExpire_data()
    {
        QTest::addColumn<QString>("setting"); // empty: not set
        QTest::addColumn<qint64>("stillHeldAfter");
        QTest::addColumn<qint64>("expiredAfter"); // 0: never
        QTest::addRow("default 8 h") << QString() << 8 * hour - 60000 << 8 * hour;
        QTest::addRow("1 h") << "1" << hour - 60000 << hour;
        QTest::addRow("half an hour") << " 0.5 " << hour / 2 - 60000 << hour / 2;
        QTest::addRow("off") << "0" << 30 * 24 * hour << qint64(0);
    }
    void idleClaimsExpire()
    {
        QFETCH(QString, setting);
        QFETCH(qint64, stillHeldAfter);
        QFETCH(qint64, expiredAfter);
        if (!setting.isNull())
            setIdleHours(setting);
        QVERIFY(m_tasks->claim(m_task, QStringLiteral("ana")));
        m_f->clock.advance(stillHeldAfter);
        QVERIFY(m_f->run() >= 0);
        QCOMPARE(m_f->scalar(QStringLiteral("SELECT state || ' ' || claimed_by FROM tasks WHERE id = %1").arg(m_task)),
                 QStringLiteral("claimed ana"));
        if (expiredAfter == 0)
            return;
        m_f->clock.set(QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC).addMSecs(expiredAfter));
        QVERIFY(m_f->run() >= 0);
        QCOMPARE(claimColumns(), QStringLiteral("open|||"));
        QCOMPARE(lastJournal(QStringLiteral("task.claim-expired")),
                 QStringLiteral("engine claimed>open {\"claimedAt\":\"%1\",\"heldBy\":\"ana\",\"idleSince\":\"%1\",\"task\":%2}")
                     .arg(at(0))
                     .arg(m_task));
        QVERIFY(m_tasks->claim(m_task, QStringLiteral("bob"))); // anyone may take it now
    }

    void activityKeepsTheClaim()
    {
        QVERIFY(m_tasks->claim(m_task, QStringLiteral("ana")));
        m_f->clock.advance(6 * hour);
        QVERIFY(m_tasks->claim(m_task, QStringLiteral("ana"))); // still at it
        m_f->clock.advance(6 * hour);
        QCOMPARE(m_tasks->expireIdleClaims().valueOr(-1), 0);
        QCOMPARE(claimColumns(), QStringLiteral("claimed|ana|%1|%2").arg(at(0), at(6 * hour)));
        m_f->clock.advance(2 * hour);
        QCOMPARE(m_tasks->expireIdleClaims().valueOr(-1), 1);
        QCOMPARE(lastJournal(QStringLiteral("task.claim-expired")),
                 QStringLiteral("engine claimed>open {\"claimedAt\":\"%1\",\"heldBy\":\"ana\",\"idleSince\":\"%2\",\"task\":%3}")
                     .arg(at(0), at(6 * hour))
                     .arg(m_task));
    }

    void badSettingLeavesClaimsAlone()
    {
        setIdleHours(QStringLiteral("eight"));
        QCOMPARE(
            TaskCommands::idleHours(m_f->database->connection()).message(),
            QStringLiteral("the store setting claims.idleHours is 'eight', not a number of hours (0 or more; 0: claims never expire)"));
        QVERIFY(m_tasks->claim(m_task, QStringLiteral("ana")));
        m_f->clock.advance(100 * hour);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("claims not expired: the store setting claims.idleHours")));
        QVERIFY(m_f->run() >= 0); // the engine runs on
        QCOMPARE(m_f->scalar(QStringLiteral("SELECT state FROM tasks WHERE id = %1").arg(m_task)), QStringLiteral("claimed"));
    }

    void onlyClaimsOfOrdersThisEngineRuns()
    {
        QVERIFY(m_tasks->claim(m_task, QStringLiteral("ana")));
        QVERIFY(m_f->loop->orders().drop(QStringLiteral("KIT-1"))); // e.g. its lease went to another workstation
        m_f->clock.advance(9 * hour);
        QCOMPARE(m_tasks->expireIdleClaims().valueOr(-1), 0);
        QCOMPARE(m_f->scalar(QStringLiteral("SELECT state FROM tasks WHERE id = %1").arg(m_task)), QStringLiteral("claimed"));
    }

    // Schema v18: a claim held in a store of v17 (tests/data/stores: KIT-2's task, claimed by olivia)
    // counts from the upgrade, so it expires claims.idleHours (8) after it, not at once.
    void upgradeGivesHeldClaimsASince()
    {
        m_tasks.reset();
        m_f->loop.reset();
        const QString path = m_f->dir.filePath(QStringLiteral("v17.db"));
        QVERIFY(test::loadStoreFixture(17, path));
        const QDateTime upgradedAt = QDateTime::currentDateTimeUtc();
        m_f->database = std::make_unique<Database>(path);
        QVERIFY(m_f->database->openStore());
        m_task = m_f->taskOf(QStringLiteral("KIT-2"));
        QCOMPARE(claimColumns().section(QLatin1Char('|'), 0, 1), QStringLiteral("claimed|olivia"));
        const QString since = m_f->scalar(QStringLiteral("SELECT claimed_at FROM tasks WHERE id = %1").arg(m_task));
        QVERIFY2(fromStoreTimeText(since).isValid() && since >= toStoreTime(upgradedAt.addSecs(-1)), qPrintable(since));
        QCOMPARE(m_f->scalar(QStringLiteral("SELECT claim_touched_at FROM tasks WHERE id = %1").arg(m_task)), since);

        m_f->clock.set(fromStoreTimeText(since).addSecs(7 * 3600));
        restart();
        QCOMPARE(m_tasks->expireIdleClaims().valueOr(-1), 0);
        m_f->clock.advance(2 * hour);
        QCOMPARE(m_tasks->expireIdleClaims().valueOr(-1), 1);
        QCOMPARE(m_f->scalar(QStringLiteral("SELECT state FROM tasks WHERE id = %1").arg(m_task)), QStringLiteral("open"));
    }
};

QTEST_GUILESS_MAIN(TestTaskCommands)
#include "tst_taskcommands.moc"
