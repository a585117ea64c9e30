// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// ChangeCommands on a real store: preview writes nothing, submit applies a change order and runs
// the reconciled plan, a bad document or an unknown order is refused with its problem, and a
// change order left waiting in the store freezes its order after a restart until the run loop
// applies it.

#include "change/changepreview.h"
#include "engine/handlers/changecommands.h"
#include "handlerfixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace fw;

class TestChangeCommands : public QObject {
    Q_OBJECT

    std::unique_ptr<test::HandlerFixture> m_f;
    std::unique_ptr<ChangeCommands> m_changes;

    void restart()
    {
        m_changes.reset();
        QVERIFY(m_f->restart([this] {
            m_changes = std::make_unique<ChangeCommands>(*m_f->loop);
            m_f->loop->addParticipant(m_changes.get());
        }));
    }
    static nlohmann::json cancelOrder(const char* order)
    {
        return { { "formatVersion", 1 },    { "id", "CHG-1" },
                 { "order", order },        { "requestedBy", "customer" },
                 { "reason", "withdrawn" }, { "actions", nlohmann::json::array({ { { "action", "cancelOrder" } } }) } };
    }
    QString orderState() const { return m_f->scalar(QStringLiteral("SELECT state FROM orders WHERE id = 'KIT-1'")); }
    QString changeRows() const
    {
        return m_f->scalar(QStringLiteral("SELECT COUNT(*) || ' ' || COALESCE(GROUP_CONCAT(id || ':' || state || ':' || submitted_by), '') "
                                          "FROM change_orders"));
    }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<test::HandlerFixture>();
        QVERIFY(m_f->open(QStringLiteral("change.db")));
        QVERIFY(m_f->importOrder("order.json", QStringLiteral("KIT-1")));
        restart();
        QVERIFY(m_f->run() > 0);
        QCOMPARE(orderState(), QStringLiteral("in-progress"));
    }
    void cleanup()
    {
        m_changes.reset();
        m_f.reset();
    }

    void previewWritesNothing()
    {
        const qint64 journal = m_f->scalar(QStringLiteral("SELECT COUNT(*) FROM journal")).toLongLong();
        const ChangePreview preview = m_changes->preview(cancelOrder("KIT-1"), QStringLiteral("change.json"));
        QVERIFY(preview.problems.empty());
        QVERIFY(preview.refusals.empty());
        QVERIFY(preview.accepted());
        QCOMPARE(changeRows(), QStringLiteral("0 "));
        QCOMPARE(m_f->scalar(QStringLiteral("SELECT COUNT(*) FROM journal")).toLongLong(), journal);
        QCOMPARE(orderState(), QStringLiteral("in-progress"));
    }

    void submitAppliesAndRuns()
    {
        QString outcome;
        const auto error = m_changes->submit(cancelOrder("KIT-1"), QStringLiteral("change.json"), QStringLiteral("anna"), &outcome);
        QVERIFY2(error, qPrintable(error.message()));
        QVERIFY2(outcome.startsWith(QStringLiteral("applied: ")), qPrintable(outcome));
        QCOMPARE(changeRows(), QStringLiteral("1 CHG-1:applied:anna"));
        QCOMPARE(orderState(), QStringLiteral("cancelled"));
        QCOMPARE(m_f->scalar(QStringLiteral("SELECT state FROM tasks WHERE order_id = 'KIT-1'")), QStringLiteral("cancelled"));
        QCOMPARE(m_f->scalar(QStringLiteral("SELECT actor FROM journal WHERE kind = 'change.applied'")), QStringLiteral("anna"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("document"); // JSON
        QTest::addColumn<QString>("expected");
        QTest::addRow("no actions") << R"({"formatVersion": 1, "id": "CHG-1", "order": "KIT-1"})"
                                    << "change.json:/actions: required field is missing";
        QTest::addRow("unknown order") << QString::fromStdString(cancelOrder("NOPE").dump()) << "change.json:/order: unknown order 'NOPE'";
    }
    void refusals()
    {
        QFETCH(QString, document);
        QFETCH(QString, expected);
        const auto parsed = nlohmann::json::parse(document.toStdString());
        QCOMPARE(m_changes->submit(parsed, QStringLiteral("change.json"), QStringLiteral("anna")).message(), expected);
        const ChangePreview preview = m_changes->preview(parsed, QStringLiteral("change.json"));
        QCOMPARE(preview.problems.size(), std::size_t(1));
        QCOMPARE(preview.problems.front().toString(), expected);
        QCOMPARE(changeRows(), QStringLiteral("0 "));
        QCOMPARE(orderState(), QStringLiteral("in-progress"));
    }

    // A change order the store keeps as waiting (its callouts were out when the engine stopped):
    // after a restart the order is frozen again, and the run loop applies the change once nothing
    // it touches is in flight.
    void waitingChangeIsAppliedByTheRunLoop()
    {
        m_changes.reset();
        m_f->loop.reset();
        QSqlQuery insert(m_f->database->connection());
        insert.prepare(QStringLiteral("INSERT INTO change_orders (order_id, id, revision, state, document, requested_by, reason, "
                                      "submitted_by, submitted_at) VALUES ('KIT-1', 'CHG-1', 1, 'waiting', ?, 'customer', "
                                      "'withdrawn', 'anna', '2026-11-24T09:00:00.000Z')"));
        insert.addBindValue(QString::fromStdString(cancelOrder("KIT-1").dump()));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        restart();
        QCOMPARE(m_changes->waiting(), 1);
        QVERIFY(m_f->loop->orders().find(QStringLiteral("KIT-1"))->frozen);
        QVERIFY(m_f->run() >= 0);
        QCOMPARE(m_changes->waiting(), 0);
        QCOMPARE(changeRows(), QStringLiteral("1 CHG-1:applied:anna"));
        QCOMPARE(orderState(), QStringLiteral("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestChangeCommands)
#include "tst_changecommands.moc"
