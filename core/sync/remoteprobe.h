// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMetaType>
#include <QString>

namespace fw {

// What "Test connection" found: the server reached (its version and the fw schema's), or why not.
struct RemoteProbe {
    bool reached = false;
    QString serverVersion; // e.g. "15.6 (Debian 15.6-0+deb12u1)"
    int schemaVersion = 0; // fw.schema_version; 0: no remote store schema yet (the first workstation creates it)
    QString error; // the conninfo in it is masked
    QString link; // reached: the TLS protocol, "unencrypted" or "unencrypted, on this machine" (SyncStatus::link)
};

// Opens a connection with `conninfo` (and `password`, if given, instead of the password file's),
// reads the versions and closes it. Blocks for up to the conninfo's connect_timeout: call it off
// the GUI thread.
RemoteProbe probeRemoteStore(const QString& conninfo, const QString& password = {});

} // namespace fw

Q_DECLARE_METATYPE(fw::RemoteProbe)
