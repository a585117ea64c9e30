// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "appsettings.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace fw {

namespace {
    QString languageKey()
    {
        return QStringLiteral("ui/language");
    }
    QString geometryKey()
    {
        return QStringLiteral("mainWindow/geometry");
    }
    QString stateKey()
    {
        return QStringLiteral("mainWindow/state");
    }
    QString recentKey(const QString& kind)
    {
        return QStringLiteral("recentFiles/") + kind;
    }
    QString storeUserKey(const QString& storePath)
    {
        // One key per store, whatever its path looks like (QSettings keys must not hold slashes).
        const QByteArray path = QFileInfo(storePath).absoluteFilePath().toUtf8();
        return QStringLiteral("storeUsers/") + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
    }
    QString remoteKey(const char* name)
    {
        return QStringLiteral("remoteStore/") + QLatin1String(name);
    }
} // namespace

QString AppSettings::language()
{
    return QSettings().value(languageKey()).toString();
}

void AppSettings::setLanguage(const QString& code)
{
    QSettings().setValue(languageKey(), code);
}

QString AppSettings::storeUser(const QString& storePath)
{
    return QSettings().value(storeUserKey(storePath)).toString();
}

void AppSettings::setStoreUser(const QString& storePath, const QString& userId)
{
    QSettings().setValue(storeUserKey(storePath), userId);
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(geometryKey()).toByteArray();
}

QByteArray AppSettings::windowState()
{
    return QSettings().value(stateKey()).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry, const QByteArray& state)
{
    QSettings settings;
    settings.setValue(geometryKey(), geometry);
    settings.setValue(stateKey(), state);
}

QStringList AppSettings::recentFiles(const QString& kind)
{
    return QSettings().value(recentKey(kind)).toStringList();
}

void AppSettings::setRecentFiles(const QString& kind, const QStringList& files)
{
    QSettings().setValue(recentKey(kind), files);
}

SyncSettings RemoteStoreSettings::toSyncSettings() const
{
    SyncSettings sync;
    if (enabled)
        sync.conninfo = connection.toConninfo();
    sync.workstation = workstation;
    sync.leaseTtlSeconds = leaseTtlSeconds;
    return sync;
}

RemoteStoreSettings AppSettings::remoteStore()
{
    const QSettings settings;
    RemoteStoreSettings remote;
    remote.enabled = settings.value(remoteKey("enabled"), false).toBool();
    remote.connection.host = settings.value(remoteKey("host")).toString();
    remote.connection.port = settings.value(remoteKey("port"), remote.connection.port).toInt();
    remote.connection.database = settings.value(remoteKey("database"), remote.connection.database).toString();
    remote.connection.user = settings.value(remoteKey("user")).toString();
    remote.connection.sslMode = settings.value(remoteKey("sslMode"), remote.connection.sslMode).toString();
    remote.workstation = settings.value(remoteKey("workstation")).toString();
    remote.leaseTtlSeconds = settings.value(remoteKey("leaseTtlSeconds"), remote.leaseTtlSeconds).toInt();
    return remote;
}

void AppSettings::setRemoteStore(const RemoteStoreSettings& remote)
{
    QSettings settings; // never a password: that is in libpq's password file
    settings.setValue(remoteKey("enabled"), remote.enabled);
    settings.setValue(remoteKey("host"), remote.connection.host);
    settings.setValue(remoteKey("port"), remote.connection.port);
    settings.setValue(remoteKey("database"), remote.connection.database);
    settings.setValue(remoteKey("user"), remote.connection.user);
    settings.setValue(remoteKey("sslMode"), remote.connection.sslMode);
    settings.setValue(remoteKey("workstation"), remote.workstation);
    settings.setValue(remoteKey("leaseTtlSeconds"), remote.leaseTtlSeconds);
}

} // namespace fw
