// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "languagemenu.h"

#include "appsettings.h"

#include <QActionGroup>

namespace fw {

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString current = AppSettings::language();
    auto addLanguage = [&](const QString& code, const QString& label) {
        QAction* action = addAction(label);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        m_group->addAction(action);
    };
    addLanguage(QString(), tr("System Language"));
    addSeparator();
    for (const auto& [code, name] : availableLanguages())
        addLanguage(code, name);
    connect(m_group, &QActionGroup::triggered, this, [this](QAction* action) {
        const QString code = action->data().toString();
        AppSettings::setLanguage(code);
        Q_EMIT languageChosen(code);
    });
}

QList<std::pair<QString, QString>> LanguageMenu::availableLanguages()
{
    // Native names are not translated: people look for their own language.
    return { { QStringLiteral("en"), QStringLiteral("English") },
             { QStringLiteral("de"), QStringLiteral("Deutsch") },
             { QStringLiteral("fr"), QStringLiteral("Fran\u00e7ais") } };
}

} // namespace fw
