// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "remoteprobe.h"

#include "connectionparameters.h"
#include "pgconnection.h"

namespace fw {

RemoteProbe probeRemoteStore(const QString& conninfo, const QString& password)
{
    RemoteProbe probe;
    PgConnection connection(password.isEmpty() ? conninfo
                                               : conninfo + QStringLiteral(" password=") + ConnectionParameters::quotedValue(password));
    connection.setApplicationName(QStringLiteral("fw/workbench"));
    if (const Status opened = connection.open(); !opened) {
        probe.error = opened.message();
        if (!password.isEmpty()) // masked() knows password=..., this also catches quoting it cannot parse
            probe.error.replace(password, QStringLiteral("****"));
        return probe;
    }
    auto version = connection.query(QStringLiteral("SHOW server_version"));
    if (!version) {
        probe.error = version.message();
        return probe;
    }
    probe.reached = true;
    probe.serverVersion = version.value().value(0, 0);
    probe.link = connection.isEncrypted() ? connection.tlsProtocol()
        : connection.isLocal()            ? QStringLiteral("unencrypted, on this machine")
                                          : QStringLiteral("unencrypted");
    auto exists = connection.query(QStringLiteral("SELECT to_regclass('fw.schema_version') IS NOT NULL"));
    if (exists && exists->value(0, 0) == QLatin1String("t")) {
        auto schema = connection.query(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM fw.schema_version"));
        if (schema)
            probe.schemaVersion = int(schema->number(0, 0));
    }
    return probe;
}

} // namespace fw
