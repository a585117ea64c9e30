// fulfillment-workbench: the GUI. Parses the command line, installs translators and shows the
// MainWindow from fw_ui; without a display it explains and runs the headless demo (`fwctl demo`).
#include "commandline.h"
#include "mainwindow/appsettings.h"
#include "mainwindow/mainwindow.h"
#include "translators.h"

#include <QApplication>
#include <QIcon>
#include <QPixmap>
#include <QProcess>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("FulfillmentWorkbench"));
    QCoreApplication::setApplicationName(QStringLiteral("fulfillment-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FW_VERSION));
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
        err << QCoreApplication::translate("fw::Workbench", "fwctl was not found next to this program or on PATH.")
            << '\n';
        return 1;
    }
    return QProcess::execute(fwctl, { QStringLiteral("demo") });
}

// --screenshot: once the load has finished and the views have laid out, grab the window and quit.
void scheduleScreenshot(QApplication& app, fw::MainWindow& window, const QString& path, bool waitForLoad)
{
    auto grab = [&app, &window, path](int loadExitCode) {
        const bool saved = window.grab().save(path, "PNG");
        QTextStream err(stderr);
        if (saved)
            err << QCoreApplication::translate("fw::Workbench", "Screenshot saved to %1").arg(path) << '\n';
        else
            err << QCoreApplication::translate("fw::Workbench", "Could not save the screenshot to %1").arg(path)
                << '\n';
        app.exit(saved ? loadExitCode : 1);
    };
    if (!waitForLoad) {
        QTimer::singleShot(500, &app, [grab] { grab(0); });
        return;
    }
    QObject::connect(
        &window, &fw::MainWindow::loadFinished, &app,
        [&app, grab](bool ok) { QTimer::singleShot(300, &app, [grab, ok] { grab(ok ? 0 : 2); }); },
        Qt::SingleShotConnection);
    QTimer::singleShot(120'000, &app, [&app] {
        QTextStream(stderr) << QCoreApplication::translate("fw::Workbench", "Gave up waiting for the plan to load.")
                            << '\n';
        app.exit(3);
    });
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

    QApplication app(argc, argv);
    setApplicationInfo();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fulfillment-workbench-256.png")));
    fw::installTranslators(app, chosenLanguage(app.arguments()));
    const fw::WorkbenchOptions options = fw::parseCommandLine(app);

    fw::MainWindow window;
    window.setSamplesDirectory(fw::findSamplesDirectory());
    const bool screenshot = !options.screenshotPath.isEmpty();
    if (screenshot)
        window.resize(1440, 860); // the same picture whatever the saved geometry
    else
        window.restoreWindowState();
    window.show();

    const bool loads = options.demo || !options.catalogPath.isEmpty() || !options.orderPath.isEmpty();
    if (screenshot)
        scheduleScreenshot(app, window, options.screenshotPath, loads);
    if (options.demo)
        window.openDemo();
    else if (!options.catalogPath.isEmpty())
        window.openFiles(options.catalogPath, options.orderPath);
    else if (!options.orderPath.isEmpty())
        window.openOrder(options.orderPath); // reports that a catalog is needed
    return QApplication::exec();
}
