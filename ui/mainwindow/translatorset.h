// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QTranslator;

namespace fw {

// The application's translators, one set at a time: the workbench's own translation
// (fulfillment-workbench_<lang>.qm, embedded under :/i18n), the English plural forms under it, and
// Qt's (qtbase_<lang>.qm from QLibraryInfo::TranslationsPath, when installed). apply() removes the
// set installed before and installs the new one, so the language can change while the workbench
// runs: Qt then sends QEvent::LanguageChange to every widget (MainWindow rebuilds its content).
class TranslatorSet final : public QObject {
    Q_OBJECT

public:
    static TranslatorSet* instance(); // the application's (a child of QCoreApplication)

    // Where the .qm files are (default ":/i18n"; tests: the build directory's translations/).
    void setDirectory(const QString& directory);
    // `language` "fr", "de", "en"; empty: the system locale. Sets the default QLocale too (dates and
    // numbers follow the language). Returns the locale name it settled on.
    QString apply(const QString& language);
    QString language() const { return m_language; } // as last applied ("" for the system's)

private:
    explicit TranslatorSet(QObject* parent);
    void removeAll();

    QString m_directory = QStringLiteral(":/i18n");
    QString m_language;
    QList<QTranslator*> m_installed;
};

} // namespace fw
