#include "appsettings.h"

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
} // namespace

QString AppSettings::language()
{
    return QSettings().value(languageKey()).toString();
}

void AppSettings::setLanguage(const QString& code)
{
    QSettings().setValue(languageKey(), code);
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

} // namespace fw
