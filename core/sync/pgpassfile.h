// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace fw {

// One line of libpq's password file: host:port:database:user:password.
struct PgPassEntry {
    QString host; // empty: localhost
    QString port; // empty: 5432
    QString database;
    QString user;
    QString password;
};

// libpq's password file (PGPASSFILE, else ~/.pgpass), where the workbench keeps a remote store's
// password instead of its settings. Writes replace the line for the same host, port, database and
// user (comments and other lines stay), escape ':' and '\' as libpq requires, and leave the file
// readable by its owner only (mode 0600: libpq ignores a file others can read).
class PgPassFile {
public:
    explicit PgPassFile(QString path = defaultPath());

    // $PGPASSFILE if set, else ~/.pgpass.
    static QString defaultPath();
    const QString& path() const { return m_path; }

    // Success, or the error naming the file and the reason.
    Status store(const PgPassEntry& entry) const;
    // Removes the lines for exactly these fields (the rest stays); success when there is no file.
    Status remove(const QString& host, const QString& port, const QString& database, const QString& user) const;
    // The password stored for exactly these fields (no wildcard matching); none if there is no such
    // line or no file; an error naming the file when it is there but cannot be read.
    Result<std::optional<QString>> password(const QString& host, const QString& port, const QString& database, const QString& user) const;

    static QString escaped(const QString& field);
    // A line's fields, split at unescaped ':' and unescaped; empty for comments and blank lines.
    static QStringList fields(const QString& line);

private:
    // Writes the file with the lines for `key` replaced by `newLine` (appended when there is none),
    // or dropped when there is no newLine; 0600 before anything goes in.
    Status rewrite(const QStringList& key, const std::optional<QString>& newLine) const;

    QString m_path;
};

} // namespace fw
