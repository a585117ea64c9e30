// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

// A throwaway PostgreSQL server for tests: a fresh cluster in a directory under /tmp, on a free
// TCP port of 127.0.0.1 (and a unix socket in the data directory), with trust authentication, a
// superuser fw_admin and a database fw. The destructor stops it and removes the directory, so
// each test (or each instance) has its own server and tests can run in parallel.
//
//   fw::ThrowawayPostgres m_server;   // a member of the test class
//   void initTestCase() { FW_START_POSTGRES_OR_SKIP(m_server); }
//
// Binaries: the directory given to the constructor, else $FW_POSTGRES_BIN_DIR, else
// /usr/lib/postgresql/15/bin, else `pg_config --bindir`. As root, initdb and pg_ctl run as the
// postgres user through runuser (initdb refuses to run as root).

#include <QString>
#include <QStringList>
#include <QTest>

#include <memory>
#include <optional>

class QTemporaryDir;

namespace fw {

class ThrowawayPostgres {
public:
    explicit ThrowawayPostgres(const QString& binDirectory = {});
    ~ThrowawayPostgres();
    ThrowawayPostgres(const ThrowawayPostgres&) = delete;
    ThrowawayPostgres& operator=(const ThrowawayPostgres&) = delete;

    // Creates the cluster, starts the server and creates the database fw. nullopt on success,
    // else why not (which command failed and what it printed). Call once.
    Status start();
    // Before start(): fsync and full_page_writes stay on, as on a production server (benchmarks).
    void setDurable(bool durable) { m_durable = durable; }
    // pg_ctl stop -m fast: a clean shutdown with a checkpoint.
    Status stop();
    // pg_ctl stop -m immediate: like a crash; the next start runs recovery.
    Status stopImmediately();
    // Stops the server if it runs, then starts it again on the same data directory and port.
    Status restart();

    bool isRunning() const { return m_running; }
    int port() const { return m_port; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    QString dataDirectory() const;
    QString binDirectory() const { return m_binDirectory; }
    static QString adminUser() { return QStringLiteral("fw_admin"); }
    static QString defaultDatabase() { return QStringLiteral("fw"); }

    // libpq keyword/value connection string, e.g. "host=127.0.0.1 port=N dbname=fw user=fw_admin connect_timeout=2".
    QString conninfo(const QString& database = defaultDatabase()) const;

    // Creates a login role with a password (the cluster trusts every local connection, so the
    // password is stored but not checked).
    Status createRole(const QString& name, const QString& password);
    // Runs SQL through psql as fw_admin; stops at the first error and returns it.
    Status runSql(const QString& sql, const QString& database = defaultDatabase());

    // Whether FW_REQUIRE_POSTGRES asks for a failure rather than a skip when no server starts
    // (set, not empty and not "0").
    static bool isRequired();
    // "PostgreSQL not available: REASON — these tests did NOT run".
    static QString unavailableMessage(const QString& reason);

private:
    struct Outcome {
        Status status;
        QString output;
    };

    Status findBinaries();
    Status prepareDirectory();
    Status startServer();
    Status stopServer(const QString& mode);
    Outcome runTool(const QString& tool, const QStringList& arguments, bool asServerUser, const QString& input = {},
                    int timeoutMs = 60000) const;
    QString logTailSince(qint64 offset) const;
    QString logPath() const;

    QString m_binDirectory;
    std::unique_ptr<QTemporaryDir> m_directory;
    int m_port = 0;
    bool m_runAsPostgresUser = false;
    bool m_durable = false;
    bool m_running = false;
};

} // namespace fw

// Starts the server or leaves the calling test function: QSKIP with a loud reason, or QFAIL when
// FW_REQUIRE_POSTGRES is set (CI, where a skip would hide that nothing ran). Use in initTestCase().
#define FW_START_POSTGRES_OR_SKIP(server)                                                                                                  \
    do {                                                                                                                                   \
        if (const fw::Status fwPostgresStarted = (server).start(); !fwPostgresStarted) {                                                   \
            const QByteArray fwPostgresMessage = fw::ThrowawayPostgres::unavailableMessage(fwPostgresStarted.message()).toLocal8Bit();     \
            if (fw::ThrowawayPostgres::isRequired())                                                                                       \
                QFAIL(fwPostgresMessage.constData());                                                                                      \
            QSKIP(fwPostgresMessage.constData());                                                                                          \
        }                                                                                                                                  \
    } while (false)
