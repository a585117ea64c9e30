// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "translatorset.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace fw {

TranslatorSet::TranslatorSet(QObject* parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("translatorSet"));
}

TranslatorSet* TranslatorSet::instance()
{
    static QPointer<TranslatorSet> set;
    if (!set)
        set = new TranslatorSet(QCoreApplication::instance());
    return set;
}

void TranslatorSet::setDirectory(const QString& directory)
{
    m_directory = directory;
}

void TranslatorSet::removeAll()
{
    for (QTranslator* translator : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_installed.clear();
}

QString TranslatorSet::apply(const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // The default locale first: the LanguageChange events the translators bring repaint dates and
    // numbers in it too.
    QLocale::setDefault(locale);
    m_language = language;
    removeAll();
    const auto install = [this](QTranslator* translator, bool loaded) {
        if (!loaded) {
            delete translator;
            return;
        }
        QCoreApplication::installTranslator(translator);
        m_installed << translator;
    };
    auto* qtTranslator = new QTranslator(this);
    install(qtTranslator,
            qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    // English is the source language; its translation holds only the plural forms ("1 step",
    // "2 steps"). Installed first, so that the chosen language, installed after it, takes precedence.
    auto* pluralTranslator = new QTranslator(this);
    install(pluralTranslator, pluralTranslator->load(m_directory + QStringLiteral("/fulfillment-workbench_en.qm")));
    auto* appTranslator = new QTranslator(this);
    install(appTranslator, appTranslator->load(locale, QStringLiteral("fulfillment-workbench"), QStringLiteral("_"), m_directory));
    return locale.name();
}

} // namespace fw
