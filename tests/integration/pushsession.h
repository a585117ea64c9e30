// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Where a workstation's push is, as the server shows its session (pg_stat_activity, application_name
// fw/<workstation>), for tests that stop a follower at a chosen statement of its push (tst_syncfreeze).

#include "sync/pgconnection.h"

#include <QStringList>

namespace fw::test {

// The statements of a push (RemoteJournal::push) in their order, by how pg_stat_activity shows them.
inline const QStringList pushStatements { QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS push_snapshots"),
                                          QStringLiteral("INSERT INTO fw.workstations (id, user_name, host)"),
                                          QStringLiteral("SELECT pushed_through FROM fw.workstations"),
                                          QStringLiteral("SELECT order_id, fencing_token FROM fw.leases"),
                                          QStringLiteral("COPY fw.events"),
                                          QStringLiteral("COPY push_snapshots"),
                                          QStringLiteral("UPDATE fw.workstations SET pushed_through"),
                                          QStringLiteral("INSERT INTO fw.order_snapshots"),
                                          QStringLiteral("UPDATE fw.leases l SET done"),
                                          QStringLiteral("SELECT pg_notify('fw_events'") };

// Where a workstation is stopped: the statement of its push its session was last seen at.
enum class PushPoint { HoldingLeases, InCopy, AfterCopy, AfterCommit };

// A workstation's session as pg_stat_activity shows it, and its high-water mark in fw.workstations.
struct PushSession {
    // The session of `workstation` now (found is false when it has none), and its high-water mark.
    static PushSession of(PgConnection& admin, const QString& workstation)
    {
        auto result
            = admin.query(QStringLiteral("SELECT a.state, a.query, COALESCE(a.wait_event, ''), COALESCE(a.wait_event_type, ''), "
                                         "COALESCE((extract(epoch FROM a.xact_start) * 1000)::bigint, 0), "
                                         "(SELECT pushed_through FROM fw.workstations WHERE id = $2) "
                                         "FROM pg_stat_activity a WHERE a.application_name = $1 AND a.backend_type = 'client backend'"),
                          { QStringLiteral("fw/") + workstation, workstation });
        PushSession session;
        if (const PgResult* rows = result ? &result.value() : nullptr; rows && rows->rows() > 0) {
            session = {
                true, rows->value(0, 0), rows->value(0, 1), rows->value(0, 2), rows->value(0, 3), rows->number(0, 4), rows->number(0, 5)
            };
        }
        return session;
    }

    bool found = false;
    QString state;
    QString query;
    QString waitEvent;
    QString waitEventType;
    qint64 transactionStart = 0; // ms since the epoch; 0: no transaction open
    qint64 pushedThrough = 0;

    int pushStatement() const
    {
        for (int i = 0; i < pushStatements.size(); ++i) {
            if (query.startsWith(pushStatements[i]))
                return i;
        }
        return -1;
    }
    bool isAt(PushPoint point) const
    {
        switch (point) {
        case PushPoint::HoldingLeases:
            return state == QStringLiteral("idle in transaction") && pushStatement() == 3;
        case PushPoint::InCopy:
            return state == QStringLiteral("active") && pushStatement() == 4;
        case PushPoint::AfterCopy:
            return state == QStringLiteral("idle in transaction") && pushStatement() == 6;
        case PushPoint::AfterCommit:
            return state == QStringLiteral("idle") && query == QStringLiteral("COMMIT") && pushedThrough > 0;
        }
        return false;
    }
    // Inside a push transaction and waiting for its client: what a client stopped mid-push leaves.
    bool waitsMidPush() const
    {
        return transactionStart != 0 && pushStatement() >= 0
            && (state == QStringLiteral("idle in transaction")
                || (state == QStringLiteral("active") && waitEvent == QStringLiteral("ClientRead")));
    }
    QString describe() const
    {
        return found ? QStringLiteral("state '%1', wait '%2', transaction %3, query '%4'")
                           .arg(state, waitEvent, transactionStart ? QStringLiteral("open") : QStringLiteral("none"), query.left(70))
                     : QStringLiteral("no session");
    }
};

} // namespace fw::test
