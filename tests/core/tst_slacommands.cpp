// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// SlaCommands on a real store: a supervisor reassigns a manual task to another task queue (the
// claim on it ends), escalates an order or a step, and escalations are claimed and resolved; the
// errors name the order, step, queue or escalation.

#include "engine/handlers/slacommands.h"
#include "engine/handlers/taskcommands.h"
#include "handlerfixture.h"

#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace fw;

class TestSlaCommands : public QObject {
    Q_OBJECT

    std::unique_ptr<test::HandlerFixture> m_f;
    std::unique_ptr<SlaCommands> m_sla;
    const QString m_step = QStringLiteral("line:1.F_KIT/assemble");

    QString task() const
    {
        return m_f->scalar(
            QStringLiteral("SELECT queue || ' ' || state || ' ' || COALESCE(claimed_by, '-') || ' ' || COALESCE(claimed_at, '-') "
                           "FROM tasks WHERE order_id = 'KIT-1'"));
    }
    QString escalation(qint64 id) const
    {
        return m_f->scalar(QStringLiteral("SELECT state || ' ' || COALESCE(claimed_by, '-') || ' ' || COALESCE(resolved_by, '-') || ' ' || "
                                          "COALESCE(resolution, '-') FROM escalations WHERE id = %1")
                               .arg(id));
    }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<test::HandlerFixture>();
        QVERIFY(m_f->open(QStringLiteral("sla.db"), false));
        // The engine catalog with a second task queue (supervisors) to move work to.
        QFile file(QStringLiteral(FW_TEST_DATA_DIR "/engine/catalog.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto catalog = nlohmann::json::parse(file.readAll().toStdString());
        catalog["queues"].push_back({ { "id", "supervisors" }, { "kind", "task" } });
        const ImportResult imported = StoreImporter(*m_f->database, m_f->clock)
                                          .importCatalogDocument(catalog, QStringLiteral("catalog-2.json"), QStringLiteral("t"));
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.problems.front().toString()));
        const QString path = m_f->orderFile("order.json", QStringLiteral("KIT-1"), "KIT-1");
        const ImportResult order = StoreImporter(*m_f->database, m_f->clock).importOrder(path, QStringLiteral("t"));
        QVERIFY2(order.ok(), order.ok() ? "" : qPrintable(order.problems.front().toString()));
        QVERIFY(m_f->restart());
        m_sla = std::make_unique<SlaCommands>(*m_f->loop);
        QVERIFY(m_f->run() > 0);
        QCOMPARE(task(), QStringLiteral("workshop open - -"));
    }
    void cleanup()
    {
        m_sla.reset();
        m_f.reset();
    }

    void reassignRefusals_data()
    {
        QTest::addColumn<QString>("order");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("queue");
        QTest::addColumn<QString>("error");
        QTest::addRow("unknown order") << "NOPE"
                                       << "x"
                                       << "supervisors"
                                       << "unknown or inactive order 'NOPE'";
        QTest::addRow("unknown step") << "KIT-1"
                                      << "x"
                                      << "supervisors"
                                      << "order KIT-1 has no step 'x'";
        QTest::addRow("not a task queue") << "KIT-1" << m_step << "intake-fallout"
                                          << "order KIT-1: 'intake-fallout' is not a task queue of catalog engine-test "
                                             "(task queues: workshop, supervisors)";
        QTest::addRow("same queue") << "KIT-1" << m_step << "workshop"
                                    << "order KIT-1: the task of step line:1.F_KIT/assemble is already in queue workshop";
        QTest::addRow("no task") << "KIT-1"
                                 << "line:1.F_KIT/accept"
                                 << "supervisors"
                                 << "order KIT-1: step line:1.F_KIT/accept has no open task to reassign";
    }
    void reassignRefusals()
    {
        QFETCH(QString, order);
        QFETCH(QString, step);
        QFETCH(QString, queue);
        QFETCH(QString, error);
        QCOMPARE(m_sla->reassign(order, step, queue, QStringLiteral("sue")).message(), error);
        QCOMPARE(task(), QStringLiteral("workshop open - -"));
    }

    void reassignEndsTheClaim()
    {
        TaskCommands tasks(*m_f->loop);
        QVERIFY(tasks.claim(m_f->taskOf(QStringLiteral("KIT-1")), QStringLiteral("ana")));
        QCOMPARE(task(), QStringLiteral("workshop claimed ana 2026-11-24T09:00:00.000Z"));
        QVERIFY(m_sla->reassign(QStringLiteral("KIT-1"), m_step, QStringLiteral("supervisors"), QStringLiteral("sue")));
        QCOMPARE(task(), QStringLiteral("supervisors open - -"));
        QCOMPARE(m_f->scalar(QStringLiteral("SELECT actor || ' ' || payload FROM journal WHERE kind = 'task.reassigned'")),
                 QStringLiteral("sue {\"from\":\"workshop\",\"reason\":\"reassigned by sue\",\"releasedFrom\":\"ana\",\"task\":%1,"
                                "\"to\":\"supervisors\"}")
                     .arg(m_f->taskOf(QStringLiteral("KIT-1"))));
    }

    void escalateClaimResolve()
    {
        QCOMPARE(m_sla->escalate(QStringLiteral("NOPE"), {}, QStringLiteral("supervisors"), {}, QStringLiteral("sue")).message(),
                 QStringLiteral("unknown or inactive order 'NOPE'"));
        QVERIFY(m_sla->escalate(QStringLiteral("KIT-1"), {}, QStringLiteral("supervisors"), QStringLiteral("customer called"),
                                QStringLiteral("sue")));
        const qint64 id = m_f->scalar(QStringLiteral("SELECT id FROM escalations WHERE order_id = 'KIT-1'")).toLongLong();
        QVERIFY(id > 0);
        QCOMPARE(
            m_f->scalar(
                QStringLiteral("SELECT queue || ' ' || level || ' ' || note || ' ' || raised_by FROM escalations WHERE id = %1").arg(id)),
            QStringLiteral("supervisors manual customer called sue"));
        QCOMPARE(
            m_sla->escalate(QStringLiteral("KIT-1"), {}, QStringLiteral("supervisors"), {}, QStringLiteral("sue")).message(),
            QStringLiteral("order KIT-1 is already escalated (escalation %1 in queue supervisors): write a note to add to it").arg(id));
        // A second escalation with a note adds the note to the open one (no second escalation).
        QVERIFY(m_sla->escalate(QStringLiteral("KIT-1"), {}, QStringLiteral("supervisors"), QStringLiteral(" still no answer "),
                                QStringLiteral("max")));
        QCOMPARE(m_f->scalar(QStringLiteral("SELECT COUNT(*) FROM escalations WHERE order_id = 'KIT-1'")).toInt(), 1);
        QCOMPARE(m_f->scalar(QStringLiteral("SELECT note FROM escalations WHERE id = %1").arg(id)),
                 QStringLiteral("customer called\nmax, 2026-11-24T09:00:00Z: still no answer"));
        QCOMPARE(m_f->scalar(QStringLiteral("SELECT actor || ' ' || payload FROM journal WHERE kind = 'escalation.noted'")),
                 QStringLiteral("max {\"escalation\":%1,\"note\":\"still no answer\"}").arg(id));
        QCOMPARE(m_sla->claimEscalation(id + 1, QStringLiteral("max")).message(), QStringLiteral("unknown escalation %1").arg(id + 1));
        QVERIFY(m_sla->claimEscalation(id, QStringLiteral("max")));
        QCOMPARE(m_sla->claimEscalation(id, QStringLiteral("eva")).message(), QStringLiteral("escalation %1 is claimed by max").arg(id));
        QCOMPARE(m_sla->resolveEscalation(id, QStringLiteral("eva"), QStringLiteral("x")).message(),
                 QStringLiteral("escalation %1 is claimed by max; only they can resolve it").arg(id));
        QCOMPARE(m_sla->resolveEscalation(id, QStringLiteral("max"), QStringLiteral(" ")).message(),
                 QStringLiteral("escalation %1: say what was done to resolve it").arg(id));
        QCOMPARE(escalation(id), QStringLiteral("claimed max - -"));
        QVERIFY(m_sla->resolveEscalation(id, QStringLiteral("max"), QStringLiteral("moved the visit")));
        QCOMPARE(escalation(id), QStringLiteral("resolved max max moved the visit"));
        QCOMPARE(m_sla->resolveEscalation(id, QStringLiteral("max"), QStringLiteral("again")).message(),
                 QStringLiteral("escalation %1 is already resolved").arg(id));
    }
};

QTEST_GUILESS_MAIN(TestSlaCommands)
#include "tst_slacommands.moc"
