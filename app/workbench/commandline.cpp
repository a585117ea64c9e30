// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commandline.h"

#include "mainwindow/mainwindow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <cstdio>
#include <cstdlib>

namespace fw {

WorkbenchOptions parseCommandLine(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "fw::Workbench", "Fulfillment Workbench: plan orders against a fulfillment catalog and inspect the plan."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption catalogOption(QStringLiteral("catalog"),
                                           QCoreApplication::translate("fw::Workbench", "Open the catalog FILE."),
                                           QCoreApplication::translate("fw::Workbench", "FILE"));
    const QCommandLineOption orderOption(QStringLiteral("order"),
                                         QCoreApplication::translate("fw::Workbench", "Plan the order FILE (needs --catalog)."),
                                         QCoreApplication::translate("fw::Workbench", "FILE"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("fw::Workbench",
                                    "Open the demo store (every bundled sample order, run against built-in stand-ins for the "
                                    "external systems) and preview the telecom fibre sample plan."));
    const QCommandLineOption storeOption(
        QStringLiteral("db"), QCoreApplication::translate("fw::Workbench", "Open the store FILE (created if missing) and run its orders."),
        QCoreApplication::translate("fw::Workbench", "FILE"));
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        QCoreApplication::translate(
            "fw::Workbench",
            "Start in VIEW: orders, tasks, fallout, jeopardy, escalations, dashboard, preview, accounts, account:ID, "
            "account:ID#ASSET (the asset's history shown), order:ID, order:ID#STEP, "
            "replay:ID@SEQ (the order as it stood after journal entry SEQ), replay:ID@STATE (just before a step first went into STATE), "
            "timeline:ID, summary:ID, change:ID:FILE (the change order FILE previewed for "
            "order ID), compose:ID:FILE (its actions in the composer), sync-conflicts, remote-settings or credentials."),
        QCoreApplication::translate("fw::Workbench", "VIEW"));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"), QCoreApplication::translate("fw::Workbench", "Use the light or dark palette instead of the system's."),
        QCoreApplication::translate("fw::Workbench", "THEME"));
    const QCommandLineOption copiesOption(
        QStringLiteral("demo-copies"),
        QCoreApplication::translate("fw::Workbench", "How many copies of each sample order a new demo store gets (default 25)."),
        QCoreApplication::translate("fw::Workbench", "N"), QStringLiteral("25"));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("fw::Workbench",
                                    "Use LANGUAGE (en, de, fr) for this run instead of the language chosen in View > "
                                    "Language."),
        QCoreApplication::translate("fw::Workbench", "LANGUAGE"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("fw::Workbench",
                                    "Once the plan is shown, save the main window as the PNG FILE and quit. Works "
                                    "without a display (offscreen)."),
        QCoreApplication::translate("fw::Workbench", "FILE"));
    const QCommandLineOption remoteOption(
        QStringLiteral("remote"),
        QCoreApplication::translate(
            "fw::Workbench",
            "Share the store's orders with other workstations through the remote store CONNINFO (a libpq connection "
            "string or postgresql:// URI; the password from the desktop keyring, else ~/.pgpass or PGPASSFILE). Default: $FW_REMOTE, else "
            "File > "
            "Remote Store."),
        QCoreApplication::translate("fw::Workbench", "CONNINFO"));
    const QCommandLineOption workstationOption(
        QStringLiteral("workstation"),
        QCoreApplication::translate("fw::Workbench", "This workstation's id with the remote store (default: made once per store)."),
        QCoreApplication::translate("fw::Workbench", "ID"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QCoreApplication::translate(
            "fw::Workbench",
            "Work in the store as USER, who must be an active user of it (default: $FW_USER, else the user last chosen "
            "in File > Switch User, else the OS login name; the demo: olivia, an operator)."),
        QCoreApplication::translate("fw::Workbench", "USER"));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"),
        QCoreApplication::translate("fw::Workbench",
                                    "Log debug messages too, to stderr and the log file (Help > Open Log Folder); "
                                    "QT_LOGGING_RULES still wins."));
    parser.addOptions({ catalogOption, orderOption, demoOption, storeOption, viewOption, themeOption, copiesOption, languageOption,
                        screenshotOption, remoteOption, workstationOption, userOption, verboseOption });
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QCoreApplication::translate("fw::Workbench",
                                    "Catalog and order files to open in the plan preview (as --catalog and --order; told apart by "
                                    "their content). This is how a file manager opens them."),
        QCoreApplication::translate("fw::Workbench", "[FILE...]"));
    parser.process(app);

    WorkbenchOptions options;
    options.catalogPath = parser.value(catalogOption);
    options.orderPath = parser.value(orderOption);
    for (const QString& file : parser.positionalArguments()) {
        const DocumentKind kind = documentKind(file);
        QString& slot = kind == DocumentKind::Catalog ? options.catalogPath : options.orderPath;
        if (kind == DocumentKind::Neither || !slot.isEmpty()) {
            const QString why = kind == DocumentKind::Neither
                ? QCoreApplication::translate("fw::Workbench",
                                              "neither a catalog (a JSON object with \"products\") nor an "
                                              "order (a JSON object with \"items\")")
                : QCoreApplication::translate("fw::Workbench", "only one catalog and one order can be opened");
            std::fprintf(stderr, "fulfillment-workbench: %s: %s\n", qPrintable(file), qPrintable(why));
            std::exit(2);
        }
        slot = file;
    }
    options.screenshotPath = parser.value(screenshotOption);
    options.language = parser.value(languageOption);
    options.demo = parser.isSet(demoOption);
    options.verbose = parser.isSet(verboseOption);
    options.storePath = parser.value(storeOption);
    options.view = parser.value(viewOption);
    options.theme = parser.value(themeOption);
    options.remote = parser.isSet(remoteOption) ? parser.value(remoteOption) : qEnvironmentVariable("FW_REMOTE");
    options.workstation = parser.value(workstationOption);
    options.user = parser.value(userOption);
    options.demoCopies = std::clamp(parser.value(copiesOption).toInt(), 1, 1000);
    return options;
}

DocumentKind documentKind(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return DocumentKind::Neither;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    if (object.contains(QLatin1String("products")) || object.contains(QLatin1String("lanes")))
        return DocumentKind::Catalog;
    if (object.contains(QLatin1String("items")))
        return DocumentKind::Order;
    return DocumentKind::Neither;
}

SyncSettings remoteSettings(const WorkbenchOptions& options)
{
    SyncSettings sync = MainWindow::savedRemote();
    if (!options.remote.isEmpty())
        sync.conninfo = options.remote;
    if (!options.workstation.isEmpty())
        sync.workstation = options.workstation;
    return sync;
}

QString rawOptionValue(const QStringList& arguments, const QString& name)
{
    const QString single = QStringLiteral("-") + name;
    const QString dashed = QStringLiteral("--") + name;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if ((argument == dashed || argument == single) && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(dashed + QLatin1Char('=')))
            return argument.mid(dashed.size() + 1);
    }
    return {};
}

bool rawOptionPresent(const QStringList& arguments, const QString& name)
{
    const QString dashed = QStringLiteral("--") + name;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == dashed || argument == QStringLiteral("-") + name || argument.startsWith(dashed + QLatin1Char('=')))
            return true;
    }
    return false;
}

bool hasDisplay(const QStringList& arguments)
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") || rawOptionPresent(arguments, QStringLiteral("platform"));
}

QString findSamplesDirectory()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates { QDir(appDir).filePath(QStringLiteral("../share/fulfillment-workbench/samples")),
                                   QStringLiteral(FW_SAMPLES_DIR) };
    for (const QString& candidate : candidates) {
        if (QFileInfo(candidate).isDir())
            return QDir(candidate).canonicalPath();
    }
    return {};
}

QString findFwctl()
{
    const QDir appDir(QCoreApplication::applicationDirPath());
    for (const QString& candidate : { appDir.filePath(QStringLiteral("fwctl")), appDir.filePath(QStringLiteral("../fwctl/fwctl")) }) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("fwctl"));
}

} // namespace fw
