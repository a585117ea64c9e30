// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// PgConnection: every wait on the server (connect, send, answer, notification), each bounded by
// the session's timeouts and ended at once by a raised PgInterrupt (docs/sync.md, "Session settings").
#include "pgconnection.h"

#include <QDeadlineTimer>

#include <libpq-fe.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>

namespace fw {

namespace {
    QString fromPgText(const char* text)
    {
        return QString::fromUtf8(text).trimmed();
    }
}

Status PgConnection::connectWithin(const std::vector<const char*>& keywords, const std::vector<const char*>& values)
{
    // PQconnectStartParams and our own polls instead of PQconnectdbParams: a connect that hangs on a
    // silent link can be interrupted (PgInterrupt) like any other wait.
    m_connection = PQconnectStartParams(keywords.data(), values.data(), 1);
    if (!m_connection)
        return failure(QStringLiteral("out of memory"));
    const QDeadlineTimer deadline = m_session.connectTimeoutSeconds > 0 ? QDeadlineTimer(qint64(m_session.connectTimeoutSeconds) * 1000)
                                                                        : QDeadlineTimer(QDeadlineTimer::Forever);
    PostgresPollingStatusType state = PQstatus(m_connection) == CONNECTION_BAD ? PGRES_POLLING_FAILED : PGRES_POLLING_WRITING;
    for (;;) {
        if (state == PGRES_POLLING_OK)
            return {};
        if (state == PGRES_POLLING_FAILED)
            return failure(fromPgText(PQerrorMessage(m_connection)));
        const int ready = waitForSocket(state == PGRES_POLLING_READING ? POLLIN : POLLOUT,
                                        deadline.isForever() ? -1 : int(std::max<qint64>(0, deadline.remainingTime())));
        if (ready < 0)
            return failure(QStringLiteral("interrupted"));
        if (ready == 0)
            return failure(QStringLiteral("no answer within %1 s (connect_timeout)").arg(m_session.connectTimeoutSeconds));
        state = PQconnectPoll(m_connection);
    }
}

int PgConnection::waitForSocket(short events, int timeoutMs, short* revents)
{
    PgInterrupt* interrupt = m_session.interrupt.get();
    if (interrupt && interrupt->isRaised()) {
        close();
        return -1;
    }
    pollfd descriptors[2] { { PQsocket(m_connection), events, 0 }, { interrupt ? interrupt->descriptor() : -1, POLLIN, 0 } };
    int ready = 0;
    do
        ready = poll(descriptors, interrupt ? 2 : 1, timeoutMs);
    while (ready < 0 && errno == EINTR);
    if (interrupt && descriptors[1].revents) {
        close();
        return -1;
    }
    if (revents)
        *revents = descriptors[0].revents;
    if (ready > 0 && m_session.lastProgressMs)
        m_session.lastProgressMs->store(
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count());
    return ready < 0 ? 1 : ready; // a poll error: libpq finds what is wrong with the socket
}

PgInterrupt::PgInterrupt()
    : m_descriptor(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
}

PgInterrupt::~PgInterrupt()
{
    if (m_descriptor >= 0)
        ::close(m_descriptor);
}

void PgInterrupt::raise()
{
    const quint64 one = 1;
    if (m_descriptor >= 0 && ::write(m_descriptor, &one, sizeof one) < 0)
        return; // the counter is already non-zero: raised
}

bool PgInterrupt::isRaised() const
{
    pollfd descriptor { m_descriptor, POLLIN, 0 };
    return m_descriptor >= 0 && poll(&descriptor, 1, 0) > 0;
}

Error PgConnection::dropSilentConnection(const char* what)
{
    close();
    return failure(QStringLiteral("remote store: %1: no answer from the server within %2 s; the connection is dropped")
                       .arg(QString::fromLatin1(what))
                       .arg(m_session.answerTimeoutMs / 1000.0));
}

Status PgConnection::flush(const char* what)
{
    for (;;) {
        const int pending = PQflush(m_connection);
        if (pending == 0)
            return {};
        if (pending < 0)
            return failure(errorText(what));
        short revents = 0;
        const int ready = waitForSocket(POLLIN | POLLOUT, m_session.answerTimeoutMs > 0 ? m_session.answerTimeoutMs : -1, &revents);
        if (ready < 0)
            return failure(QStringLiteral("remote store: %1: interrupted").arg(QString::fromLatin1(what)));
        if (ready == 0)
            return dropSilentConnection(what);
        if ((revents & POLLIN) && !PQconsumeInput(m_connection))
            return failure(errorText(what));
    }
}

Result<pg_result*> PgConnection::awaitResult(const char* what)
{
    while (PQisBusy(m_connection)) {
        const int ready = waitForSocket(POLLIN, m_session.answerTimeoutMs > 0 ? m_session.answerTimeoutMs : -1);
        if (ready < 0)
            return failure(QStringLiteral("remote store: %1: interrupted").arg(QString::fromLatin1(what)));
        if (ready == 0)
            return dropSilentConnection(what);
        if (!PQconsumeInput(m_connection))
            break; // PQgetResult reports the broken connection
    }
    return PQgetResult(m_connection);
}

} // namespace fw
