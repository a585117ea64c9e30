// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace fw {

QString installTranslators(QCoreApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    // English is the source language; its translation holds only the plural forms ("1 step",
    // "2 steps"). Installed first, so that the chosen language, installed after it, takes precedence.
    auto* pluralTranslator = new QTranslator(&app);
    if (pluralTranslator->load(QStringLiteral(":/i18n/fulfillment-workbench_en.qm")))
        QCoreApplication::installTranslator(pluralTranslator);
    else
        delete pluralTranslator;

    auto* appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, QStringLiteral("fulfillment-workbench"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(appTranslator);
    else
        delete appTranslator;
    return locale.name();
}

} // namespace fw
