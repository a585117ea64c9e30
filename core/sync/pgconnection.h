// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>
#include <variant>
#include <vector>

struct pg_conn;
struct pg_result;

namespace fw {

// One result of a statement: rows of text values (libpq's text format).
class PgResult {
public:
    PgResult() = default;
    explicit PgResult(pg_result* result);

    int rows() const;
    int columns() const;
    QString value(int row, int column) const; // a null QString for SQL NULL
    qint64 number(int row, int column) const { return value(row, column).toLongLong(); }
    bool isNull(int row, int column) const;
    qint64 affectedRows() const;

private:
    std::shared_ptr<pg_result> m_result;
};

// How a session guards itself against a network that stalls (docs/sync.md, "Connection settings").
// A keyword the conninfo names itself wins over these (e.g. "keepalives_idle=30"); the three server
// timeouts are left alone when the conninfo's `options` sets them ("-c statement_timeout=0").
// 0 turns a setting off. The defaults find a silent partition within about 10 s.
struct PgSessionSettings {
    int connectTimeoutSeconds = 5; // connect_timeout: the whole connection set-up
    int keepalivesIdleSeconds = 3; // keepalives_idle, _interval, _count: a silent idle link is
    int keepalivesIntervalSeconds = 1; // given up after idle + interval * count = 6 s
    int keepalivesCount = 3;
    int tcpUserTimeoutMs = 6000; // tcp_user_timeout: data sent but not acknowledged this long
    int statementTimeoutMs = 5000; // statement_timeout, per session
    int lockTimeoutMs = 3000; // lock_timeout, per session: what another workstation can delay a push by
    int idleInTransactionTimeoutMs = 10000; // idle_in_transaction_session_timeout, per session
    // Client side: when the server sends nothing for this long while an answer is due (or a send
    // cannot proceed), the connection is dropped and the call fails; isOpen() is then false.
    int answerTimeoutMs = 6000;
    QString applicationName = QStringLiteral("fw/fwctl"); // application_name, in pg_stat_activity
    // The password, when the caller has it (the workbench: from the desktop keyring); empty: libpq's
    // PGPASSFILE or ~/.pgpass. A password the conninfo names wins. Never logged.
    QString password;
    // Set from another thread, it ends any wait of the connection at once (the call fails with
    // "interrupted") and every later one: how a sync thread is stopped while its link hangs.
    std::shared_ptr<class PgInterrupt> interrupt;
    // Set: the steady_clock time (ms) of the server's last sign of life (a wait that ended with the
    // socket ready), for another thread to tell a slow round from a hanging one.
    std::shared_ptr<std::atomic<qint64>> lastProgressMs;
};

// A flag another thread raises to end a PgConnection's waits (an eventfd its polls watch).
class PgInterrupt {
public:
    PgInterrupt();
    ~PgInterrupt();
    PgInterrupt(const PgInterrupt&) = delete;
    PgInterrupt& operator=(const PgInterrupt&) = delete;

    void raise(); // thread-safe; stays raised
    bool isRaised() const;
    int descriptor() const { return m_descriptor; }

private:
    int m_descriptor = -1;
};

// A connection to PostgreSQL through libpq, the remote store's only door. Parameters go as text
// ($1, $2 ...; a null QString is SQL NULL), never spliced into SQL. Bulk data goes by COPY (PgCopy), notifications come through PgListener.
// Errors come back as text: "remote store: REASON"; after one, isOpen() tells whether the
// connection itself was lost (the caller goes offline) or only the statement failed.
class PgConnection {
public:
    explicit PgConnection(QString conninfo, PgSessionSettings session = {});
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    Status open();
    void close();
    bool isOpen() const;
    const QString& conninfo() const { return m_conninfo; }
    const PgSessionSettings& session() const { return m_session; }
    // For the next open(): e.g. "fw/<workstation>".
    void setApplicationName(const QString& name) { m_session.applicationName = name; }
    // Whether the open session runs over TLS (false for a unix socket or sslmode=disable/prefer
    // that fell back to plaintext), and the protocol, e.g. "TLSv1.3" (empty when not encrypted).
    bool isEncrypted() const;
    QString tlsProtocol() const;
    // Whether the open session stays on this machine (a unix socket, or a loopback address), where
    // no one on the network can read it even unencrypted.
    bool isLocal() const;
    // The conninfo with any password masked, for messages and logs.
    static QString masked(const QString& conninfo);

    Result<PgResult> query(const QString& sql, const QStringList& parameters = {});
    Status execute(const QString& sql, const QStringList& parameters = {});
    Status begin() { return execute(QStringLiteral("BEGIN")); }
    Status commit() { return execute(QStringLiteral("COMMIT")); }
    void rollback();

    int socket() const; // -1 when closed

private:
    friend class PgCopy;
    friend class PgListener;

    QString errorText(const char* what) const;
    // Sends what libpq has queued, waiting for the socket at most answerTimeoutMs at a time.
    Status flush(const char* what);
    // The next result of the statement sent (null when there is none), within answerTimeoutMs of
    // silence; a COPY IN result is returned at once. Drops the connection on a timeout.
    Result<pg_result*> awaitResult(const char* what);
    Error dropSilentConnection(const char* what); // closes the connection; the error saying so
    // poll() on the connection's socket and the interrupt: 0 on a timeout, -1 when interrupted
    // (the connection is then closed), else > 0.
    int waitForSocket(short events, int timeoutMs, short* revents = nullptr);
    Status connectWithin(const std::vector<const char*>& keywords, const std::vector<const char*>& values);
    Status applySessionTimeouts();

    QString m_conninfo;
    PgSessionSettings m_session;
    pg_conn* m_connection = nullptr;
};

} // namespace fw
