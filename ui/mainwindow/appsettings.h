#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fw {

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
};

} // namespace fw
