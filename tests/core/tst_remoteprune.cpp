// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Pruning the shared journal (fwctl sync-admin prune, docs/sync.md): old events of finished orders
// go, a running order keeps its whole history, a dry run deletes nothing, and workstations last
// seen before the date are named.

#include "common/clock.h"
#include "remotevalue.h"
#include "sync/pgconnection.h"
#include "sync/remoteprune.h"
#include "sync/remoteschema.h"
#include "throwawaypostgres.h"

#include <QTest>

using namespace fw;

class TestRemotePrune : public QObject {
    Q_OBJECT

    ThrowawayPostgres m_server;
    std::unique_ptr<PgConnection> m_owner;

    QString value(const QString& sql) const { return test::remoteValue(m_server.conninfo(), sql); }
    void exec(const QString& sql, const QStringList& parameters = {})
    {
        const Status done = m_owner->execute(sql, parameters);
        QVERIFY2(done.ok(), qPrintable(done.message()));
    }
    // Three events of an order at these times, under the lease ws-a holds.
    void addEvents(const QString& orderId, const QStringList& times)
    {
        const QString token = value(QStringLiteral("SELECT fencing_token FROM fw.leases WHERE order_id = '%1'").arg(orderId));
        static qint64 localSeq = 0;
        for (const QString& at : times)
            exec(QStringLiteral("INSERT INTO fw.events (workstation, local_seq, order_id, fencing_token, at, kind, actor) "
                                "VALUES ('ws-a', $1, $2, $3, $4, 'step.state', 'engine')"),
                 { QString::number(++localSeq), orderId, token, at });
    }

private Q_SLOTS:
    void initTestCase()
    {
        FW_START_POSTGRES_OR_SKIP(m_server);
        m_owner = std::make_unique<PgConnection>(m_server.conninfo());
        QCOMPARE(m_owner->open().message(), QString());
        QCOMPARE(RemoteSchema::migrate(*m_owner).message(), QString());
        exec(QStringLiteral("INSERT INTO fw.workstations (id, user_name, host, login_role) VALUES ('ws-a', 'anna', 'pc-a', session_user), "
                            "('ws-old', 'otto', 'pc-old', session_user)"));
        exec(QStringLiteral("UPDATE fw.workstations SET last_seen = '2026-09-01T00:00:00Z' WHERE id = 'ws-old'"));
        exec(QStringLiteral(
            "INSERT INTO fw.leases (order_id, owner, expires_at, acquired_at) VALUES ('DONE-1', 'ws-a', now() + interval '1 h', "
            "now()), ('RUN-1', 'ws-a', now() + interval '1 h', now())"));
        const QStringList times { QStringLiteral("2026-10-01T08:00:00.000Z"), QStringLiteral("2026-10-02T08:00:00.000Z"),
                                  QStringLiteral("2026-12-01T08:00:00.000Z") };
        addEvents(QStringLiteral("DONE-1"), times);
        addEvents(QStringLiteral("RUN-1"), times);
        exec(QStringLiteral("UPDATE fw.leases SET done = true, owner = NULL WHERE order_id = 'DONE-1'"));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM fw.events")), QStringLiteral("6"));
    }

    void aDryRunCountsAndDeletesNothing()
    {
        const auto report = RemotePrune::prune(*m_owner, QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC), true);
        QVERIFY2(report.ok(), qPrintable(report.message()));
        const auto& counted = *report;
        QCOMPARE(counted.events, 2);
        QCOMPARE(counted.orders, 1);
        QCOMPARE(counted.kept, 2);
        QCOMPARE(counted.behind, QStringList { QStringLiteral("ws-old") });
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM fw.events")), QStringLiteral("6"));
    }

    void oldEventsOfFinishedOrdersGoRunningOrdersKeepTheirs()
    {
        const auto report = RemotePrune::prune(*m_owner, QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC), false);
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QCOMPARE(report->events, 2);
        QCOMPARE(value(QStringLiteral("SELECT string_agg(order_id || '@' || left(at, 10), ',' ORDER BY seq) FROM fw.events")),
                 QStringLiteral("DONE-1@2026-12-01,RUN-1@2026-10-01,RUN-1@2026-10-02,RUN-1@2026-12-01"));
        // A pull from the start (a workstation far behind) reads on without a gap it cannot pass.
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM fw.events WHERE seq > 0")), QStringLiteral("4"));
    }
};

QTEST_GUILESS_MAIN(TestRemotePrune)
#include "tst_remoteprune.moc"
