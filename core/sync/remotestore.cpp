// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// RemoteStore: workstations, publishing and the helpers its parts share.
#include "remotestore.h"

#include "pgconnection.h"
#include "syncsession.h"

namespace fw {

RemoteStore::RemoteStore(PgConnection& connection, QString workstation)
    : m_connection(connection)
    , m_workstation(std::move(workstation))
    , m_journal(connection, m_workstation)
    , m_leases(connection, m_workstation)
    , m_commands(connection, m_workstation)
{
}

QString RemoteStore::textArray(const QStringList& values)
{
    QString text = QStringLiteral("{");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            text += QLatin1Char(',');
        QString value = values[i];
        value.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        text += QLatin1Char('"') + value + QLatin1Char('"');
    }
    return text + QLatin1Char('}');
}

Result<QString> RemoteStore::bindingRefusal()
{
    auto result = m_connection.query(QStringLiteral("SELECT session_user, (SELECT login_role FROM fw.workstations WHERE id = $1)"),
                                     { m_workstation });
    if (!result)
        return result.error();
    const PgResult& row = result.value();
    const QString connected = row.value(0, 0);
    const QString bound = row.value(0, 1);
    if (bound.isEmpty() || bound == connected)
        return QString();
    return QStringLiteral("workstation %1 is registered to database role %2, but this connection is role %3: connect as %2, "
                          "or give this store a workstation id of its own (--workstation)")
        .arg(m_workstation, bound, connected);
}

Status RemoteStore::heartbeat(const QString& user, const QString& host)
{
    // Registers this workstation for the connected role (login_role defaults to session_user; a
    // row from before schema 3 is bound now). Row-level security refuses another role's row.
    return m_connection.execute(QStringLiteral("INSERT INTO fw.workstations AS w (id, user_name, host) VALUES ($1, $2, $3) "
                                               "ON CONFLICT (id) DO UPDATE SET last_seen = now(), user_name = EXCLUDED.user_name, "
                                               "host = EXCLUDED.host, login_role = session_user"),
                                { m_workstation, user, host });
}

Status RemoteStore::publishCatalog(const QString& id, const QString& version, const QString& name, const QString& document)
{
    auto result = m_connection.query(QStringLiteral("INSERT INTO fw.catalogs (id, version, name, document) VALUES ($1, $2, $3, $4) "
                                                    "ON CONFLICT (id, version) DO NOTHING"),
                                     { id, version, name, document });
    if (!result)
        return result.error();
    if (result.value().affectedRows() == 0) {
        auto same = m_connection.query(QStringLiteral("SELECT document = $3 FROM fw.catalogs WHERE id = $1 AND version = $2"),
                                       { id, version, document });
        if (!same)
            return same.error();
        if (same.value().value(0, 0) != QStringLiteral("t"))
            return failure(
                QStringLiteral("catalog %1 version %2 is already published with other content; publish a new version").arg(id, version));
    }
    return {};
}

Status RemoteStore::publishOrder(const QString& id, const QString& document)
{
    auto result = m_connection.query(QStringLiteral("INSERT INTO fw.inbound_orders (id, document) VALUES ($1, $2) "
                                                    "ON CONFLICT (id) DO NOTHING"),
                                     { id, document });
    if (!result)
        return result.error();
    if (result.value().affectedRows() == 0)
        return failure(QStringLiteral("order %1 is already published").arg(id));
    return {};
}

Result<std::vector<std::pair<QString, QString>>> RemoteStore::catalogKeys()
{
    auto result = m_connection.query(QStringLiteral("SELECT id, version FROM fw.catalogs ORDER BY published_at"));
    if (!result)
        return result.error();
    const PgResult& rows = result.value();
    std::vector<std::pair<QString, QString>> keys;
    for (int i = 0; i < rows.rows(); ++i)
        keys.emplace_back(rows.value(i, 0), rows.value(i, 1));
    return keys;
}

Result<QString> RemoteStore::catalogDocument(const QString& id, const QString& version)
{
    auto result = m_connection.query(QStringLiteral("SELECT document FROM fw.catalogs WHERE id = $1 AND version = $2"), { id, version });
    if (!result)
        return result.error();
    return result.value().value(0, 0);
}

Result<QString> RemoteStore::inboundDocument(const QString& orderId)
{
    auto result = m_connection.query(QStringLiteral("SELECT document FROM fw.inbound_orders WHERE id = $1"), { orderId });
    if (!result)
        return result.error();
    const PgResult& rows = result.value();
    return rows.rows() ? rows.value(0, 0) : QString();
}

} // namespace fw
