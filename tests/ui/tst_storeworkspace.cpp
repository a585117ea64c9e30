// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// StoreWorkspace: everything bound to an open store goes with it. Closing the store (one delete of
// the workspace) leaves the main window as it was before the store was opened: no store pages in
// the stack, no order rows in the navigator, "No store" in the status bar; the engine's lock goes
// with the session, so the same store opens again. Switching to a user the store does not know is
// refused with an error naming the user and the reason, and the status line says so.

#include "telecomstore.h"
#include "dashboard/dashboardpage.h"
#include "engine/engineservice.h"
#include "fallout/falloutqueuepage.h"
#include "jeopardy/jeopardypage.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/shortcutsdialog.h"
#include "orders/orderpage.h"
#include "orders/orderspage.h"
#include "tasks/taskinboxpage.h"
#include "workspace/storesession.h"
#include "workspace/storeworkspace.h"

#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QAbstractButton>
#include <QMenuBar>
#include <QTest>

using namespace fw;

namespace {
const QString order = QStringLiteral("SO-10001"); // the telecom fibre sample's order
} // namespace

class TestStoreWorkspace : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_storePath;

    static StoreOpenOptions fastTicks()
    {
        StoreOpenOptions options;
        options.tickMs = 50;
        return options;
    }
    static bool openAndWait(MainWindow& window, const QString& path)
    {
        QSignalSpy ready(&window, &MainWindow::storeReady);
        window.openStore(path, fastTicks());
        return ready.wait(10000) && ready.first().first().toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toLocal8Bit());
        m_storePath = m_dir.filePath(QStringLiteral("workspace.db"));
        QVERIFY(test::makeTelecomStore(m_storePath));
    }

    void closingTheStoreRemovesEveryPageItOwned()
    {
        MainWindow window;
        auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
        auto* navigator = window.findChild<QListWidget*>(QStringLiteral("navigator"));
        QVERIFY(pages && navigator);
        const int pagesWithoutStore = pages->count();
        const int rowsWithoutStore = navigator->count();

        QVERIFY(openAndWait(window, m_storePath));
        QVERIFY(window.openOrderPage(order));
        QCOMPARE(navigator->count(), rowsWithoutStore + 1);
        QCOMPARE(pages->currentWidget(), static_cast<QWidget*>(window.workspace()->orderPage(order)));
        QVERIFY(pages->count() > pagesWithoutStore);
        QPointer<StoreWorkspace> workspace = window.workspace();
        QPointer<StoreSession> session = workspace->session();
        QPointer<OrdersPage> ordersPage = workspace->ordersPage();

        window.closeStore();
        QVERIFY(!workspace);
        QVERIFY(!session);
        QVERIFY(!ordersPage);
        QVERIFY(!window.workspace());
        QCOMPARE(pages->count(), pagesWithoutStore);
        QCOMPARE(navigator->count(), rowsWithoutStore);
        QVERIFY(window.findChildren<OrderPage*>().isEmpty());
        QVERIFY(window.findChildren<OrdersPage*>().isEmpty());
        QVERIFY(window.findChildren<TaskInboxPage*>().isEmpty());
        QVERIFY(window.findChildren<FalloutQueuePage*>().isEmpty());
        QVERIFY(window.findChildren<JeopardyPage*>().isEmpty());
        QVERIFY(window.findChildren<DashboardPage*>().isEmpty());
        window.showSection(MainWindow::Section::Tasks);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("noStorePlaceholder"));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("engineLabel"))->text(), QStringLiteral("No store"));
        QCOMPARE(window.windowTitle(), QStringLiteral("Fulfillment Workbench"));

        // The engine's lock on the store went with the session: the store opens again.
        QVERIFY(openAndWait(window, m_storePath));
        window.showSection(MainWindow::Section::Tasks);
        QCOMPARE(pages->currentWidget(), static_cast<QWidget*>(window.workspace()->taskInboxPage()));
    }

    // A long start (a new demo store's history) says how far it is while the engine starts, and the
    // label says "Engine running" once it runs.
    void theEngineLabelShowsTheStartsProgress()
    {
        MainWindow window;
        window.openStore(m_storePath, fastTicks());
        QVERIFY(window.workspace());
        StoreSession* session = window.workspace()->session();
        QCOMPARE(session->engineState(), StoreSession::EngineState::Starting);
        auto* label = window.findChild<QLabel*>(QStringLiteral("engineLabel"));
        Q_EMIT session->service()->startProgress(QStringLiteral("demo-history"), 5, 14);
        QCOMPARE(label->text(), QStringLiteral("Engine starting: the demo's history, day 5 of 14\u2026"));
        QVERIFY(label->toolTip().contains(QLatin1String("last 14 day")));
        QTRY_COMPARE_WITH_TIMEOUT(session->engineState(), StoreSession::EngineState::Running, 20000);
        QCOMPARE(label->text(), QStringLiteral("Engine running"));
        Q_EMIT session->service()->startProgress(QStringLiteral("demo-history"), 6, 14); // late: ignored
        QCOMPARE(label->text(), QStringLiteral("Engine running"));
    }

    // The window title says which view of which store is shown, and follows the view.
    void theWindowTitleFollowsTheView()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, m_storePath));
        QCOMPARE(window.windowTitle(), QStringLiteral("Orders \u2014 workspace.db \u2014 Fulfillment Workbench"));
        window.showSection(MainWindow::Section::Fallout);
        QCOMPARE(window.windowTitle(), QStringLiteral("Fallout \u2014 workspace.db \u2014 Fulfillment Workbench"));
        QVERIFY(window.openOrderPage(order));
        QCOMPARE(window.windowTitle(), QStringLiteral("Order %1 \u2014 workspace.db \u2014 Fulfillment Workbench").arg(order));
        window.showSection(MainWindow::Section::Tasks);
        QCOMPARE(window.windowTitle(), QStringLiteral("Tasks \u2014 workspace.db \u2014 Fulfillment Workbench"));
        // A plan previewed meanwhile names the Plan Preview, not the page in view.
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        window.openFiles(QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/catalog.json"),
                         QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/order.json"));
        QVERIFY(loaded.wait(10000));
        window.showSection(MainWindow::Section::Tasks);
        QCOMPARE(window.windowTitle(), QStringLiteral("Tasks \u2014 workspace.db \u2014 Fulfillment Workbench"));
        window.showSection(MainWindow::Section::PlanPreview);
        QCOMPARE(window.windowTitle(), QStringLiteral("%1 \u2014 workspace.db \u2014 Fulfillment Workbench").arg(order));
        window.closeStore(); // the preview stays in view
        QCOMPARE(window.windowTitle(), QStringLiteral("%1 \u2014 Fulfillment Workbench").arg(order));
    }

    // Help > Keyboard Shortcuts lists what the window offers now: the menus' and each page's.
    void theShortcutListNamesEveryPagesShortcuts()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, m_storePath));
        QVERIFY(window.openOrderPage(order));
        auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
        QList<QWidget*> all;
        for (int i = 0; i < pages->count(); ++i)
            all << pages->widget(i);
        const QList<ShortcutsDialog::Shortcut> listed = ShortcutsDialog::collect(window.menuBar(), all);
        const auto has = [&](const QString& area, const QKeySequence& keys) {
            const QString text = keys.toString(QKeySequence::NativeText);
            return std::any_of(listed.begin(), listed.end(), [&](const ShortcutsDialog::Shortcut& s) {
                return s.area == area && s.keys.split(QStringLiteral(", ")).contains(text);
            });
        };
        QVERIFY(has(QStringLiteral("File"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
        QVERIFY(has(QStringLiteral("Help"), QKeySequence::HelpContents)); // the user guide
        QVERIFY(has(QStringLiteral("Help"), QKeySequence(Qt::CTRL | Qt::Key_Question))); // this list
        QVERIFY(has(QStringLiteral("Help"), QKeySequence(Qt::CTRL | Qt::Key_Slash)));
        // The plan graph's keys (PlanKeyboard's actions, read from the order page's graph).
        QVERIFY(has(QStringLiteral("Plan graph"), QKeySequence(Qt::Key_Right)));
        QVERIFY(has(QStringLiteral("Plan graph"), QKeySequence(Qt::Key_Return)));
        QVERIFY(has(QStringLiteral("Plan graph"), QKeySequence(Qt::Key_Plus)));
        QVERIFY(has(QStringLiteral("Tasks"), QKeySequence(Qt::CTRL | Qt::Key_K)));
        QVERIFY(has(QStringLiteral("Fallout"), QKeySequence(Qt::CTRL | Qt::Key_R)));
        QVERIFY(has(QStringLiteral("Order %1").arg(order), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)));
        // Every button and action with a shortcut on a page is listed, named without its '&'.
        for (QWidget* page : std::as_const(all)) {
            if (page->accessibleName().isEmpty())
                continue;
            for (const QAbstractButton* button : page->findChildren<QAbstractButton*>()) {
                if (!button->shortcut().isEmpty() && !button->text().isEmpty())
                    QVERIFY2(has(page->accessibleName(), button->shortcut()), qPrintable(button->text()));
            }
        }
        ShortcutsDialog dialog(listed, &window);
        dialog.show();
        if (const QString shot = qEnvironmentVariable("FW_SHORTCUTS_SCREENSHOT"); !shot.isEmpty()) { // to look at, whole
            dialog.resize(560, 940);
            QVERIFY(dialog.grab().save(shot));
        }
        // The search box keeps the rows whose keys, action or group match.
        const int everything = dialog.visibleShortcuts();
        QCOMPARE(everything, listed.size());
        dialog.setFilter(QStringLiteral("zoom"));
        QCOMPARE(dialog.visibleShortcuts(), 2); // the plan graph's Zoom in and Zoom out
        dialog.setFilter(QStringLiteral("plan graph"));
        QVERIFY(dialog.visibleShortcuts() >= 10);
        dialog.setFilter(QStringLiteral("no such shortcut"));
        QCOMPARE(dialog.visibleShortcuts(), 0);
        dialog.setFilter(QString());
        QCOMPARE(dialog.visibleShortcuts(), everything);
        for (const ShortcutsDialog::Shortcut& shortcut : listed)
            QVERIFY2(!shortcut.action.contains(QLatin1Char('&')) || shortcut.action.contains(QLatin1String(" & ")),
                     qPrintable(shortcut.action));
    }

    void switchingToAnUnknownUserIsRefusedWithTheReason()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, m_storePath));
        const QString before = window.workspace()->session()->user();
        const Status refused = window.workspace()->switchUser(QStringLiteral("ghost"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().what, QStringLiteral("switch to user"));
        QCOMPARE(refused.error().where, QStringLiteral("ghost"));
        QCOMPARE(refused.error().why, QStringLiteral("'ghost' is not a user of this store (an admin adds users with 'fwctl users add')"));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("statusLabel"))->text(),
                 QStringLiteral("Could not switch to ghost: ") + refused.error().why);
        QCOMPARE(window.workspace()->session()->user(), before);
    }
};

QTEST_MAIN(TestStoreWorkspace)
#include "tst_storeworkspace.moc"
