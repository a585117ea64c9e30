// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "remoteusers.h"

#include "pgconnection.h"

namespace fw {

namespace {
    constexpr const char* remoteUserColumns = "id, display_name, roles, queues, active, "
                                              "(extract(epoch FROM updated_at) * 1000)::bigint, updated_by, version";

    User userAt(const PgResult& rows, int i)
    {
        User user;
        user.id = rows.value(i, 0);
        user.displayName = rows.value(i, 1);
        for (const QString& name : rows.value(i, 2).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (const auto role = roleFromName(name.trimmed())) // a role this build does not know grants nothing
                user.roles.insert(*role);
        }
        user.queues = rows.value(i, 3).split(QLatin1Char(','), Qt::SkipEmptyParts);
        user.active = rows.value(i, 4) == QStringLiteral("t");
        user.updatedAt = QDateTime::fromMSecsSinceEpoch(rows.number(i, 5), Qt::UTC);
        user.updatedBy = rows.value(i, 6);
        return user;
    }
} // namespace

RemoteUsers::RemoteUsers(PgConnection& connection)
    : m_connection(connection)
{
}

Result<RemoteUsers::Changed> RemoteUsers::changedSince(qint64 version, int limit)
{
    auto result = m_connection.query(
        QStringLiteral("SELECT %1 FROM fw.users WHERE version > $1 ORDER BY version LIMIT $2").arg(QLatin1String(remoteUserColumns)),
        { QString::number(version), QString::number(limit) });
    if (!result)
        return result.error();
    const PgResult& rows = result.value();
    Changed changed;
    changed.through = version;
    for (int i = 0; i < rows.rows(); ++i) {
        changed.users.push_back(userAt(rows, i));
        changed.through = std::max(changed.through, rows.number(i, 7));
    }
    return changed;
}

Result<std::optional<User>> RemoteUsers::find(const QString& id, qint64* version)
{
    auto result = m_connection.query(QStringLiteral("SELECT %1 FROM fw.users WHERE id = $1").arg(QLatin1String(remoteUserColumns)), { id });
    if (!result)
        return result.error();
    const PgResult& rows = result.value();
    if (version)
        *version = rows.rows() ? rows.number(0, 7) : 0;
    return rows.rows() ? std::optional<User>(userAt(rows, 0)) : std::optional<User>();
}

Status RemoteUsers::writeRefusal()
{
    auto result = m_connection.query(QStringLiteral("SELECT session_user, has_table_privilege('fw.users', 'INSERT') "
                                                    "AND has_table_privilege('fw.users', 'UPDATE')"));
    if (!result)
        return result.error();
    const PgResult& row = result.value();
    if (row.value(0, 1) == QStringLiteral("t"))
        return {};
    return failure(QStringLiteral("database role %1 may not change the shared users (fw.users); connect as a role in fw_user_admin "
                                  "('fwctl sync-admin roles' prints the GRANTs)")
                       .arg(row.value(0, 0)));
}

Status RemoteUsers::write(const User& user, const QString& actor, qint64 basedOn)
{
    // version, updated_at and updated_role are the server's (trigger fw.user_changed).
    auto result
        = m_connection.query(QStringLiteral("INSERT INTO fw.users AS u (id, display_name, roles, queues, active, updated_by) "
                                            "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO UPDATE SET "
                                            "display_name = EXCLUDED.display_name, roles = EXCLUDED.roles, queues = EXCLUDED.queues, "
                                            "active = EXCLUDED.active, updated_by = EXCLUDED.updated_by "
                                            "WHERE $7::bigint < 0 OR u.version = $7::bigint"),
                             { user.id, user.displayName.isEmpty() ? user.id : user.displayName, user.roles.toText(),
                               user.queues.isEmpty() ? QStringLiteral("") : user.queues.join(QLatin1Char(',')), // never NULL
                               user.active ? QStringLiteral("true") : QStringLiteral("false"), actor, QString::number(basedOn) });
    if (!result)
        return result.error();
    if (result.value().affectedRows() == 1)
        return {};
    auto now = m_connection.query(QStringLiteral("SELECT updated_by, updated_role FROM fw.users WHERE id = $1"), { user.id });
    const bool known = now && now->rows() == 1;
    return failure(QStringLiteral("user %1 was %2 in the remote store meanwhile%3")
                       .arg(user.id, basedOn == 0 ? QStringLiteral("added") : QStringLiteral("changed"),
                            known ? QStringLiteral(" (by %1 as %2)").arg(now.value().value(0, 0), now.value().value(0, 1)) : QString()));
}

} // namespace fw
