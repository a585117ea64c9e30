// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl: the headless command line of Fulfillment Workbench. The commands live in fw_cli
// (cli/commandline.h), so tests run them in process. Its messages follow the locale
// (LC_ALL, LC_MESSAGES, LANG; C or en: English) through the translations compiled in.
#include "commandline.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fwctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("FulfillmentWorkbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    QTranslator qtTranslator; // Qt's own texts (the option parser's errors), when the system has them
    if (qtTranslator.load(QLocale::system(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale::system(), QStringLiteral("fwctl"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    return fw::cli::runCommandLine(QCoreApplication::arguments());
}
