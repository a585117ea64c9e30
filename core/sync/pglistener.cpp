// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// PgListener: LISTEN notifications of a PgConnection's session.
#include "pglistener.h"

#include "pgconnection.h"

#include <libpq-fe.h>

#include <poll.h>

namespace fw {

PgListener::PgListener(PgConnection& connection)
    : m_connection(connection)
{
}

std::vector<PgNotification> PgListener::take()
{
    std::vector<PgNotification> notifications;
    pg_conn* connection = m_connection.m_connection;
    if (!connection)
        return notifications;
    PQconsumeInput(connection);
    while (PGnotify* notify = PQnotifies(connection)) {
        notifications.push_back({ QString::fromUtf8(notify->relname), QString::fromUtf8(notify->extra) });
        PQfreemem(notify);
    }
    return notifications;
}

bool PgListener::wait(int timeoutMs)
{
    if (!m_connection.isOpen())
        return false;
    if (m_connection.waitForSocket(POLLIN, timeoutMs) <= 0)
        return false;
    PQconsumeInput(m_connection.m_connection);
    return true;
}

} // namespace fw
