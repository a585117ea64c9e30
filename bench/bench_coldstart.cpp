// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark: a cold start of the workbench on a big store (issue 18: "cold start of the workbench on
// a store of 100,000 active orders to the first painted Orders view <= 1 s, workbench RSS <= 400 MiB").
// Opens the main window (offscreen), opens the store as `fulfillment-workbench --store` does, and
// reports when the Orders view first paints rows, when the engine's first snapshot arrives, the
// resident memory then and its peak while the engine works through the store, and the longest time
// the GUI thread did not answer a 10 ms timer (a frame of the window).
//   fw_bench_engine --waiting 100000 --store /tmp/w100k.db --import-only     (makes the store)
//   cp /tmp/w100k.db /tmp/cold.db && fw_bench_coldstart --db /tmp/cold.db [--settle 20]

#include "mainwindow/mainwindow.h"
#include "orders/orderspage.h"
#include "workspace/storeopenoptions.h"
#include "workspace/storeworkspace.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace fw;

namespace {

// VmRSS or VmHWM (peak) of this process, in MiB.
long statusMiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toLong() / 1024;
    }
    return -1;
}

// Notes the first paint of a view that shows rows.
class FirstPaint final : public QObject {
public:
    FirstPaint(QTableView* view, std::function<void()> painted)
        : m_view(view)
        , m_painted(std::move(painted))
    {
        view->viewport()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_done && m_view->model() && m_view->model()->rowCount() > 0) {
            m_done = true;
            QTimer::singleShot(0, watched, m_painted); // after this paint
        }
        return false;
    }

private:
    QTableView* m_view;
    std::function<void()> m_painted;
    bool m_done = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("The store (fw_bench_engine --waiting N --store PATH makes one)."), QStringLiteral("PATH"));
    const QCommandLineOption settleOption(QStringLiteral("settle"), QStringLiteral("Seconds to keep running after the first paint."),
                                          QStringLiteral("S"), QStringLiteral("20"));
    parser.addOptions({ dbOption, settleOption });
    parser.process(app);
    if (!parser.isSet(dbOption)) {
        out << "fw_bench_coldstart: --db PATH is required\n";
        return 2;
    }
    const double ms = 1e6;

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    const double windowShown = double(sinceStart.nsecsElapsed()) / ms;
    StoreOpenOptions options;
    window.openStore(parser.value(dbOption), options);
    if (!window.workspace() || !window.workspace()->ordersPage()) {
        out << "fw_bench_coldstart: the store did not open\n";
        return 1;
    }
    auto* table = window.workspace()->ordersPage()->findChild<QTableView*>(QStringLiteral("ordersTable"));
    if (!table) {
        out << "fw_bench_coldstart: no Orders view\n";
        return 1;
    }
    double firstPaint = -1;
    long rssAtPaint = 0;
    int rowsAtPaint = 0;
    double engineReady = -1;
    qint64 longestStall = 0;
    qint64 stallsOver50 = 0;
    QElapsedTimer frame;
    frame.start();
    QTimer frames; // the GUI thread's answer to a 10 ms timer: how long it was away
    QObject::connect(&frames, &QTimer::timeout, [&] {
        const qint64 gap = frame.restart();
        if (firstPaint >= 0) {
            longestStall = std::max(longestStall, gap);
            stallsOver50 += gap > 60 ? 1 : 0; // a 10 ms timer late by more than 50 ms
        }
    });
    frames.start(10);
    QObject::connect(&window, &MainWindow::storeReady, [&] {
        if (engineReady < 0)
            engineReady = double(sinceStart.nsecsElapsed()) / ms;
    });
    const int settleMs = std::max(1, parser.value(settleOption).toInt()) * 1000;
    FirstPaint watcher(table, [&] {
        firstPaint = double(sinceStart.nsecsElapsed()) / ms;
        rssAtPaint = statusMiB("VmRSS:");
        rowsAtPaint = table->model()->rowCount();
        QTimer::singleShot(settleMs, &app, &QApplication::quit);
    });
    QTimer::singleShot(120000, &app, &QApplication::quit); // never painted: give up
    app.exec();
    if (firstPaint < 0) {
        out << "fw_bench_coldstart: the Orders view showed no rows within 120 s\n";
        return 1;
    }
    out << "window shown " << QString::number(windowShown, 'f', 0) << " ms after start; Orders view painted with " << rowsAtPaint
        << " rows at " << QString::number(firstPaint, 'f', 0) << " ms (RSS " << rssAtPaint << " MiB); engine's first snapshot at "
        << QString::number(engineReady, 'f', 0) << " ms\n"
        << "  the next " << settleMs / 1000 << " s: RSS now " << statusMiB("VmRSS:") << " MiB, peak " << statusMiB("VmHWM:")
        << " MiB; longest GUI stall " << longestStall << " ms, " << stallsOver50 << " over 50 ms\n";
    return 0;
}
