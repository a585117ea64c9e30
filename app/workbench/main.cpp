// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fulfillment-workbench: the GUI. Parses the command line, installs translators and shows the
// MainWindow from fw_ui; without a display it explains and runs the headless demo (`fwctl demo`).
#include "change/changeorderdialog.h"
#include "common/logging.h"
#include "common/uilogging.h"
#include "commandline.h"
#include "fallout/falloutqueuepage.h"
#include "demo/demoparticipant.h"
#include "demo/demosystems.h"
#include "mainwindow/appsettings.h"
#include "accounts/accountpage.h"
#include "accounts/accountspage.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/theme.h"
#include "orders/orderpage.h"
#include "store/storelocation.h"
#include "demo/demostore.h"
#include "translators.h"
#include "workspace/storeworkspace.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QProcess>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("FulfillmentWorkbench"));
    QCoreApplication::setApplicationName(QStringLiteral("fulfillment-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FW_VERSION));
    // The installed .desktop file's name (packaging/): Wayland and the task manager match the
    // window to its launcher and icon by it.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.fulfillmentworkbench.workbench"));
}

QStringList rawArguments(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

QString chosenLanguage(const QStringList& arguments)
{
    const QString fromArguments = fw::rawOptionValue(arguments, QStringLiteral("lang"));
    return fromArguments.isEmpty() ? fw::AppSettings::language() : fromArguments;
}

// No display: say so, then show what the engine does in the terminal.
int runHeadlessDemo(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    setApplicationInfo();
    fw::installTranslators(app, chosenLanguage(app.arguments()));
    fw::parseCommandLine(app); // --help and --version work without a display too
    QTextStream err(stderr);
    err << QCoreApplication::translate("fw::Workbench",
                                       "No display found (neither DISPLAY nor WAYLAND_DISPLAY nor QT_QPA_PLATFORM is set), so the "
                                       "workbench window cannot open.")
        << '\n'
        << QCoreApplication::translate("fw::Workbench",
                                       "The headless demo follows: 'fwctl demo' plans every bundled sample. For the window, run "
                                       "under a desktop session or xvfb-run, or save a screenshot with --screenshot FILE.png.")
        << "\n\n";
    err.flush();
    const QString fwctl = fw::findFwctl();
    if (fwctl.isEmpty()) {
        err << QCoreApplication::translate("fw::Workbench", "fwctl was not found next to this program or on PATH.") << '\n';
        return 1;
    }
    return QProcess::execute(fwctl, { QStringLiteral("demo") });
}

// The window as it looks, with its open dialogs centred over it as a window manager places them.
QPixmap windowWithDialogs(fw::MainWindow& window)
{
    QPixmap shot = window.grab();
    QPainter painter(&shot);
    for (QDialog* dialog : window.findChildren<QDialog*>(Qt::FindDirectChildrenOnly)) {
        if (!dialog->isVisible())
            continue;
        const QPixmap picture = dialog->grab();
        const QSize size = picture.deviceIndependentSize().toSize();
        const int titleHeight = window.fontMetrics().height() + 10; // a title bar, as a window manager draws one
        const QPoint at((window.width() - size.width()) / 2, (window.height() - size.height() + titleHeight) / 2);
        const QRect title(at - QPoint(0, titleHeight), QSize(size.width(), titleHeight));
        painter.fillRect(QRect(title.topLeft() + QPoint(5, 5), QSize(size.width(), size.height() + titleHeight)), QColor(0, 0, 0, 60));
        painter.fillRect(title, window.palette().color(QPalette::Mid));
        painter.setPen(window.palette().color(QPalette::BrightText));
        painter.drawText(title, Qt::AlignCenter, dialog->windowTitle());
        painter.drawPixmap(at, picture);
    }
    return shot;
}

// --screenshot: once what was asked for is shown (the plan loaded, the store's engine running for a
// moment so callouts and tasks have happened), grab the window and quit.
void scheduleScreenshot(QApplication& app, fw::MainWindow& window, const QString& path, bool waitForLoad, bool waitForStore)
{
    auto grab = [&app, &window, path](int exitCode) {
        const bool saved = windowWithDialogs(window).save(path, "PNG");
        QTextStream err(stderr);
        if (saved)
            err << QCoreApplication::translate("fw::Workbench", "Screenshot saved to %1").arg(path) << '\n';
        else
            err << QCoreApplication::translate("fw::Workbench", "Could not save the screenshot to %1").arg(path) << '\n';
        app.exit(saved ? exitCode : 1);
    };
    if (waitForStore) {
        QObject::connect(
            &window, &fw::MainWindow::storeReady, &app,
            [&app, grab](bool ok) { QTimer::singleShot(ok ? 4000 : 300, &app, [grab, ok] { grab(ok ? 0 : 2); }); },
            Qt::SingleShotConnection);
    } else if (waitForLoad) {
        QObject::connect(
            &window, &fw::MainWindow::loadFinished, &app,
            [&app, grab](bool ok) { QTimer::singleShot(300, &app, [grab, ok] { grab(ok ? 0 : 2); }); }, Qt::SingleShotConnection);
    } else {
        QTimer::singleShot(500, &app, [grab] { grab(0); });
        return;
    }
    QTimer::singleShot(120'000, &app, [&app] {
        QTextStream(stderr) << QCoreApplication::translate("fw::Workbench", "Gave up waiting for the window's content.") << '\n';
        app.exit(3);
    });
}

QString demoStorePath()
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(directory);
    return QDir(directory).filePath(QStringLiteral("demo-store.db"));
}

// Without --db: the store fwctl uses too (store/storelocation.h), $FW_DB or the standard one, when
// FW_DB names it or it exists (a first start without either shows the plan preview, creating nothing).
QString sharedStorePath()
{
    const QString path = fw::defaultStorePath();
    return fw::storeFromEnvironment() || QFileInfo::exists(path) ? path : QString();
}

// --view: the section (or order page) to show first.
void showView(fw::MainWindow& window, const QString& view)
{
    if (view == QLatin1String("tasks"))
        window.showSection(fw::MainWindow::Section::Tasks);
    else if (view == QLatin1String("fallout"))
        window.showSection(fw::MainWindow::Section::Fallout);
    else if (view.startsWith(QLatin1String("fallout:"))) { // fallout:ORDER, its newest open case selected
        window.showSection(fw::MainWindow::Section::Fallout);
        if (window.workspace() && window.workspace()->falloutQueuePage())
            window.workspace()->falloutQueuePage()->selectOrderCase(view.mid(8));
    } else if (view == QLatin1String("preview"))
        window.showSection(fw::MainWindow::Section::PlanPreview);
    else if (view == QLatin1String("jeopardy"))
        window.showSection(fw::MainWindow::Section::Jeopardy);
    else if (view == QLatin1String("escalations")) {
        window.showSection(fw::MainWindow::Section::Jeopardy);
        if (auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("jeopardyTabs")))
            tabs->setCurrentIndex(1);
    } else if (view == QLatin1String("renewals")) {
        window.showSection(fw::MainWindow::Section::Jeopardy);
        if (auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("jeopardyTabs")))
            tabs->setCurrentIndex(2);
    } else if (view == QLatin1String("dashboard"))
        window.showSection(fw::MainWindow::Section::Dashboard);
    else if (view == QLatin1String("sync-conflicts"))
        window.showSyncConflicts();
    else if (view == QLatin1String("remote-settings"))
        window.showRemoteSettings();
    else if (view == QLatin1String("credentials") && window.workspace()
             && !window.findChild<QDialog*>(QStringLiteral("credentialsDialog"))) // at once, and again when the store is ready
        window.workspace()->showCredentials();
    else if (view.startsWith(QLatin1String("change:"))) { // change:ORDER:FILE, the dialog with the file previewed
        const QString target = view.mid(7);
        const qsizetype colon = target.indexOf(QLatin1Char(':'));
        const QString file = colon < 0 ? QString() : QFileInfo(target.mid(colon + 1)).absoluteFilePath();
        if (fw::OrderPage* page = window.openOrderPage(colon < 0 ? target : target.left(colon)))
            QObject::connect(
                page, &fw::OrderPage::detailUpdated, page, [page, file] { page->openChangeDialog(file); }, Qt::SingleShotConnection);
    } else if (view.startsWith(QLatin1String("compose:"))) { // compose:ORDER:FILE, the file's actions composed, previewed
        const QString target = view.mid(8);
        const qsizetype colon = target.indexOf(QLatin1Char(':'));
        const QString file = colon < 0 ? QString() : QFileInfo(target.mid(colon + 1)).absoluteFilePath();
        if (fw::OrderPage* page = window.openOrderPage(colon < 0 ? target : target.left(colon)))
            QObject::connect(
                page, &fw::OrderPage::detailUpdated, page,
                [page, file] {
                    if (fw::ChangeOrderDialog* dialog = page->openChangeDialog(); dialog && !file.isEmpty() && dialog->composeFile(file))
                        dialog->preview();
                },
                Qt::SingleShotConnection);
    } else if (view.startsWith(QLatin1String("summary:"))) {
        if (fw::OrderPage* page = window.openOrderPage(view.mid(8)))
            page->showSummary();
    } else if (view.startsWith(QLatin1String("timeline:"))) {
        if (fw::OrderPage* page = window.openOrderPage(view.mid(9)))
            page->showTimeline();
    } else if (view.startsWith(QLatin1String("replay:"))) {
        // replay:ID@SEQ: the order as it stood after journal entry SEQ; replay:ID@STATE: just before
        // a step first went into STATE (replay:ID@skipped: what the operator saw when skipping)
        const QString target = view.mid(7);
        const qsizetype at = target.indexOf(QLatin1Char('@'));
        const QString moment = at < 0 ? QString() : target.mid(at + 1);
        bool isSeq = false;
        const qint64 seq = moment.toLongLong(&isSeq);
        if (fw::OrderPage* page = window.openOrderPage(at < 0 ? target : target.left(at)))
            QObject::connect(
                page, &fw::OrderPage::detailUpdated, page,
                [page, seq, isSeq, moment] {
                    if (isSeq || moment.isEmpty() || !page->replayBefore(moment))
                        page->replayAt(seq);
                },
                Qt::SingleShotConnection);
    } else if (view == QLatin1String("accounts")) {
        window.showSection(fw::MainWindow::Section::Accounts);
    } else if (view.startsWith(QLatin1String("account:"))) { // account:ID or account:ID#ASSET (its history shown)
        const QString target = view.mid(8);
        const qsizetype hash = target.indexOf(QLatin1Char('#'));
        window.showSection(fw::MainWindow::Section::Accounts);
        if (fw::AccountsPage* page = window.workspace() ? window.workspace()->accountsPage() : nullptr) {
            page->openAccount(hash < 0 ? target : target.left(hash));
            if (hash >= 0)
                page->accountPage()->selectAsset(target.mid(hash + 1));
        }
    } else if (view.startsWith(QLatin1String("order:"))) { // order:ID or order:ID#STEP (selected in the graph)
        const QString target = view.mid(6);
        const qsizetype hash = target.indexOf(QLatin1Char('#'));
        fw::OrderPage* page = window.openOrderPage(hash < 0 ? target : target.left(hash));
        if (page && hash >= 0)
            QObject::connect(
                page, &fw::OrderPage::detailUpdated, page, [page, step = target.mid(hash + 1)] { page->selectStep(step); },
                Qt::SingleShotConnection);
    } else
        window.showSection(fw::MainWindow::Section::Orders);
}

} // namespace

int main(int argc, char** argv)
{
    const QStringList arguments = rawArguments(argc, argv);
    if (!fw::hasDisplay(arguments)) {
        if (!fw::rawOptionPresent(arguments, QStringLiteral("screenshot")))
            return runHeadlessDemo(argc, argv);
        qputenv("QT_QPA_PLATFORM", "offscreen"); // a screenshot needs no screen
    }

    // Before anything logs: info on (debug too for --verbose), then the log file (and stderr, as before).
    fw::applyLogLevels(fw::rawOptionPresent(arguments, QStringLiteral("verbose")));
    const QString logFile = fw::installLogFile(QStringLiteral("workbench"));
    QApplication app(argc, argv);
    setApplicationInfo();
    qCInfo(lcUi, "fulfillment-workbench %s starting (Qt %s); log file %s", FW_VERSION, qVersion(), qPrintable(logFile));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fulfillment-workbench-256.png")));
    fw::installTranslators(app, chosenLanguage(app.arguments()));
    const fw::WorkbenchOptions options = fw::parseCommandLine(app);
    qCDebug(lcUi, "options: store %s, view %s, demo %d", qPrintable(options.storePath), qPrintable(options.view), int(options.demo));

    fw::applyTheme(app, options.theme);
    fw::MainWindow window;
    const QString samples = fw::findSamplesDirectory();
    window.setSamplesDirectory(samples);
    const bool screenshot = !options.screenshotPath.isEmpty();
    if (screenshot) {
        // The same picture whatever the saved geometry; FW_SCREENSHOT_SIZE=1366x768 for a laptop's.
        const QStringList size = qEnvironmentVariable("FW_SCREENSHOT_SIZE").split(QLatin1Char('x'));
        const int width = size.size() == 2 ? size[0].toInt() : 0;
        const int height = size.size() == 2 ? size[1].toInt() : 0;
        window.resize(width > 0 && height > 0 ? QSize(width, height) : QSize(1440, 860));
    } else
        window.restoreWindowState();
    window.show();

    const QString storePath = !options.storePath.isEmpty()             ? options.storePath
        : options.demo                                                 ? demoStorePath()
        : options.catalogPath.isEmpty() && options.orderPath.isEmpty() ? sharedStorePath()
                                                                       : QString();
    const bool loads = !options.catalogPath.isEmpty() || !options.orderPath.isEmpty() || (options.demo && storePath.isEmpty());
    if (screenshot)
        scheduleScreenshot(app, window, options.screenshotPath, loads, !storePath.isEmpty());
    if (options.demo && !samples.isEmpty())
        window.openDemo(); // the plan preview of the telecom sample
    else if (!options.catalogPath.isEmpty())
        window.openFiles(options.catalogPath, options.orderPath);
    else if (!options.orderPath.isEmpty())
        window.openOrder(options.orderPath); // reports that a catalog is needed
    if (!storePath.isEmpty()) {
        fw::StoreOpenOptions open;
        open.sync = fw::remoteSettings(options);
        open.user = options.user;
        if (options.demo && !samples.isEmpty()) {
            const fw::DemoSystems systems = fw::startDemoSystems(samples, &app);
            open.endpointBaseUrls = systems.endpointBaseUrls;
            fw::DemoOptions demo;
            demo.samplesDirectory = samples;
            demo.copies = options.demoCopies;
            demo.historyEndpoints = systems.historyEndpointBaseUrls;
            demo.colleaguesPercent = 60; // the scripted colleagues keep this share of orders moving
            open.participants.push_back([demo] { return std::make_unique<fw::DemoParticipant>(demo); });
            open.defaultUser = fw::demoStartUser(); // an operator: the demo shows what a role may not do
        }
        window.openStore(storePath, open);
    }
    if (!options.view.isEmpty() || !storePath.isEmpty())
        showView(window, options.view);
    if (!options.view.isEmpty()
        && (options.view.startsWith(QLatin1String("order:")) || options.view.startsWith(QLatin1String("replay:"))
            || options.view.startsWith(QLatin1String("fallout:")) || options.view == QLatin1String("credentials")))
        QObject::connect(
            &window, &fw::MainWindow::storeReady, &window, [&window, options] { showView(window, options.view); },
            Qt::SingleShotConnection);
    return QApplication::exec();
}
