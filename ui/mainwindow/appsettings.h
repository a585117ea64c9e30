// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sync/connectionparameters.h"
#include "sync/syncagent.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fw {

// The remote store the workbench joins (File > Remote Store...). No password: that is in libpq's
// password file (PgPassFile).
struct RemoteStoreSettings {
    bool enabled = false;
    ConnectionParameters connection;
    QString workstation; // empty: the store's own id
    int leaseTtlSeconds = 60;
    SyncSettings toSyncSettings() const; // empty conninfo when not enabled
    bool operator==(const RemoteStoreSettings&) const = default;
};

// The workbench's persistent preferences (QSettings under the application's organisation and name),
// in one place so that main() and the main window agree on the keys.
class AppSettings {
public:
    // "" follows the system locale; otherwise a language code such as "de" or "en".
    static QString language();
    static void setLanguage(const QString& code);

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowGeometry(const QByteArray& geometry, const QByteArray& state);

    static QStringList recentFiles(const QString& kind);
    static void setRecentFiles(const QString& kind, const QStringList& files);

    // The user last chosen in File > Switch User for the store at `storePath` (empty: none).
    static QString storeUser(const QString& storePath);
    static void setStoreUser(const QString& storePath, const QString& userId);

    static RemoteStoreSettings remoteStore();
    static void setRemoteStore(const RemoteStoreSettings& settings);
};

} // namespace fw
