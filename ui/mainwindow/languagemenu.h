// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMenu>

class QActionGroup;

namespace fw {

// View > Language: the system language or one the workbench is translated to. The choice is kept in
// AppSettings; languageChosen() tells the main window, which installs the new translators at once
// (TranslatorSet) and rebuilds its content in the new language.
class LanguageMenu : public QMenu {
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget* parent = nullptr);

    // The languages with a translation, as (code, native name); English is the source language.
    static QList<std::pair<QString, QString>> availableLanguages();

Q_SIGNALS:
    void languageChosen(const QString& code);

private:
    QActionGroup* m_group;
};

} // namespace fw
