// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace fw {

// The embedded SQLite store. One QSqlDatabase connection per thread (Qt SQL's rule): connection()
// opens this thread's connection on first use with WAL journaling, synchronous=FULL, foreign
// keys and a busy timeout. openStore() also checks the file (PRAGMA quick_check) and brings the schema
// up to date (see migrations.h).
//
// A missing file becomes a new store, created with mode 0600 (it holds customer names and
// addresses; SQLite gives its -wal and -shm files the same mode). An existing file that is empty
// (0 bytes), not SQLite, or damaged is refused with "PATH: reason; how to recover" and never
// written to. A store the process cannot write is opened read-only by openForReading().
class Database {
public:
    explicit Database(QString path); // ":memory:" is allowed for tests (single-threaded only)
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens the calling thread's connection, checks the file and migrates the schema. The error
    // names the store's path (Error::where) and the reason: its message is "PATH: reason".
    // `readable`, when given, is called as soon as the file has opened with the current schema,
    // before the structural check (about 1.5 s per GB): readers on other connections may start
    // then, while nothing writes until openStore() has returned success. It is not called for a
    // new store or one that needs migrating.
    Status openStore(const std::function<void()>& readable = {});
    // As openStore(), but a store this process cannot write (file or directory permissions) is opened
    // read-only, for commands that only read; its schema must then be current already.
    Status openForReading();

    QSqlDatabase connection() const; // this thread's connection (opened lazily)
    const QString& path() const { return m_path; }
    static constexpr int busyTimeoutMs = 5000; // how long a write waits for another connection's lock
    // The settings of a connection that writes: foreign keys, WAL, synchronous=FULL, and the
    // tests' page limit (FW_TEST_STORE_MAX_PAGES). BatchCommitter's connection gets the same.
    static QStringList writerPragmas();
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;

    // Whether this process can write the store at `path` (the file, and its directory for the
    // -wal and -shm files). A missing file counts as writable when its directory is.
    static bool writable(const QString& path);
    // How to get a damaged store back, for messages: restore a backup or salvage with sqlite3.
    static QString recoveryHint(const QString& path);

private:
    Status configure(QSqlDatabase& database) const;
    Status openChecked(const std::function<void()>& readable = {});
    Status prepareFile() const; // refuses an empty file, creates a missing one 0600

    QString m_path;
    QString m_connectionPrefix;
    bool m_readOnly = false;
};

} // namespace fw
