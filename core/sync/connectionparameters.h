// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace fw {

// The parts of a libpq connection the workbench's settings edit: where the remote store is, who
// logs in and how the link is protected. Never a password (that lives in PgPassFile).
struct ConnectionParameters {
    QString host;
    int port = 5432;
    QString database = QStringLiteral("fw");
    QString user;
    QString sslMode = QStringLiteral("prefer"); // libpq sslmode: disable, prefer, require, verify-full

    static QStringList sslModes();
    bool isComplete() const { return !host.isEmpty() && !database.isEmpty() && !user.isEmpty(); }
    // A libpq keyword/value string (values quoted where needed) with a connect timeout of
    // `connectTimeoutSeconds`, so an unreachable host does not stall the engine for long.
    QString toConninfo(int connectTimeoutSeconds = 5) const;
    // Reads a keyword/value string or a postgresql:// URI (libpq's own parser). Any password in
    // it is ignored. nullopt when libpq cannot parse it; `error` then says why.
    static Result<ConnectionParameters> fromConninfo(const QString& conninfo);
    // A value as libpq's keyword/value syntax needs it: in single quotes, with \ before ' and \,
    // when it is empty or holds a space, a quote, a backslash or '='.
    static QString quotedValue(const QString& value);
    bool operator==(const ConnectionParameters&) const = default;
};

} // namespace fw
