// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// RemoteCommands: claims decided in PostgreSQL, and commands for orders another workstation owns.
#include "remotecommands.h"

#include "syncsession.h"

#include "pgconnection.h"

#include <algorithm>

namespace fw {

RemoteCommands::RemoteCommands(PgConnection& connection, QString workstation)
    : m_connection(connection)
    , m_workstation(std::move(workstation))
{
}

Result<ClaimOutcome> RemoteCommands::claim(const QString& item, const QString& orderId, const QString& user, int idleSeconds)
{
    // One statement: of two concurrent claims exactly one inserts or updates the row.
    // A holder's claim idle past its idle_until is free for the taking (docs/sync.md, "Claims").
    auto result
        = m_connection.query(QStringLiteral("INSERT INTO fw.claims AS c (item, order_id, claimed_by, workstation, claimed_at, version, "
                                            "idle_until) VALUES ($1, $2, $3, $4, now(), 1, now() + make_interval(secs => $5)) "
                                            "ON CONFLICT (item) DO UPDATE SET "
                                            "claimed_by = EXCLUDED.claimed_by, workstation = EXCLUDED.workstation, "
                                            "claimed_at = now(), version = c.version + 1, idle_until = EXCLUDED.idle_until "
                                            "WHERE c.claimed_by IS NULL OR c.claimed_by = EXCLUDED.claimed_by OR c.idle_until < now() "
                                            "RETURNING version"),
                             { item, orderId, user, m_workstation, QString::number(std::max(1, idleSeconds)) });
    if (!result)
        return result.error();
    ClaimOutcome outcome;
    if (result.value().rows() == 1) {
        outcome.granted = true;
        return outcome;
    }
    auto holder = m_connection.query(QStringLiteral("SELECT claimed_by, workstation, (extract(epoch FROM claimed_at) * 1000)::bigint "
                                                    "FROM fw.claims WHERE item = $1"),
                                     { item });
    if (!holder)
        return holder.error();
    const PgResult& rows = holder.value();
    if (rows.rows() == 1) {
        outcome.holder = rows.value(0, 0);
        outcome.holderWorkstation = rows.value(0, 1);
        outcome.claimedAt = QDateTime::fromMSecsSinceEpoch(rows.number(0, 2), Qt::UTC);
    }
    return outcome;
}

Status RemoteCommands::releaseClaim(const QString& item, const QString& user)
{
    return m_connection.execute(QStringLiteral("UPDATE fw.claims SET claimed_by = NULL, workstation = NULL, claimed_at = NULL, "
                                               "idle_until = NULL, version = version + 1 WHERE item = $1 AND claimed_by = $2"),
                                { item, user });
}

Status RemoteCommands::clearClaim(const QString& item)
{
    return m_connection.execute(QStringLiteral("UPDATE fw.claims SET claimed_by = NULL, workstation = NULL, claimed_at = NULL, "
                                               "idle_until = NULL, version = version + 1 WHERE item = $1 AND claimed_by IS NOT NULL"),
                                { item });
}

Result<qint64> RemoteCommands::sendCommand(const QString& orderId, const QString& request, const QString& actor, qint64 localId)
{
    // Idempotent: a command resent after a lost answer finds its first copy.
    auto result
        = m_connection.query(QStringLiteral("WITH sent AS (INSERT INTO fw.commands (order_id, request, actor, issued_by, local_id) "
                                            "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (issued_by, local_id) DO NOTHING RETURNING id) "
                                            "SELECT id FROM sent UNION ALL "
                                            "SELECT id FROM fw.commands WHERE issued_by = $4 AND local_id = $5"),
                             { orderId, request, actor, m_workstation, QString::number(localId) });
    if (!result)
        return result.error();
    return result.value().number(0, 0);
}

Result<std::vector<RemoteCommandResult>> RemoteCommands::commandResults(const std::vector<qint64>& localIds)
{
    QStringList ids;
    for (const qint64 id : localIds)
        ids << QString::number(id);
    auto result = m_connection.query(QStringLiteral("SELECT local_id, state, COALESCE(error, ''), COALESCE(done_by, '') FROM fw.commands "
                                                    "WHERE issued_by = $1 AND local_id = ANY($2::bigint[])"),
                                     { m_workstation, QLatin1Char('{') + ids.join(QLatin1Char(',')) + QLatin1Char('}') });
    if (!result)
        return result.error();
    const PgResult& rows = result.value();
    std::vector<RemoteCommandResult> results;
    for (int i = 0; i < rows.rows(); ++i)
        results.push_back({ rows.number(i, 0), rows.value(i, 1), rows.value(i, 2), rows.value(i, 3) });
    return results;
}

Status RemoteCommands::beginCommands()
{
    return m_connection.begin();
}

Status RemoteCommands::endCommands(bool commit)
{
    if (commit)
        return m_connection.commit();
    m_connection.rollback();
    return {};
}

Result<bool> RemoteCommands::anyPending()
{
    auto result
        = m_connection.query(QStringLiteral("SELECT EXISTS (SELECT 1 FROM fw.commands c JOIN fw.leases l ON l.order_id = c.order_id "
                                            "AND l.owner = $1 WHERE c.state = 'pending')"),
                             { m_workstation });
    if (!result)
        return result.error();
    return result.value().value(0, 0) == QStringLiteral("t");
}

Result<std::vector<RemoteCommand>> RemoteCommands::lockPendingCommands(int limit)
{
    auto result = m_connection.query(QStringLiteral("SELECT c.id, c.order_id, c.request, c.actor, c.issued_by FROM fw.commands c "
                                                    "JOIN fw.leases l ON l.order_id = c.order_id AND l.owner = $1 "
                                                    "WHERE c.state = 'pending' ORDER BY c.id LIMIT $2 FOR UPDATE OF c SKIP LOCKED"),
                                     { m_workstation, QString::number(limit) });
    if (!result)
        return result.error();
    const PgResult& rows = result.value();
    std::vector<RemoteCommand> commands;
    for (int i = 0; i < rows.rows(); ++i)
        commands.push_back({ rows.number(i, 0), rows.value(i, 1), rows.value(i, 2), rows.value(i, 3), rows.value(i, 4) });
    return commands;
}

Status RemoteCommands::finishCommand(qint64 id, const Status& outcome)
{
    const bool failed = !outcome.ok();
    return m_connection.execute(
        QStringLiteral("UPDATE fw.commands SET state = $2, error = $3, done_by = $4, done_at = now() WHERE id = $1"),
        { QString::number(id), failed ? QStringLiteral("failed") : QStringLiteral("done"), outcome.message(), m_workstation });
}

} // namespace fw
