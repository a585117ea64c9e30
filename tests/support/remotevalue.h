// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// One value from the remote store, read through libpq as the product reads it (tests only).

#include "sync/pgconnection.h"

namespace fw::test {

inline QString remoteValue(const QString& conninfo, const QString& sql)
{
    PgConnection connection(conninfo);
    if (!connection.open().ok())
        return QStringLiteral("<no connection>");
    auto result = connection.query(sql);
    if (!result)
        return result.message();
    const PgResult& rows = result.value();
    return rows.rows() ? rows.value(0, 0) : QString();
}

} // namespace fw::test
