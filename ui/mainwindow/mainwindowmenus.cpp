// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// MainWindow's menus and tool bar, the store menu's permissions and the remote store's settings
// (the rest is in mainwindow.cpp).
#include "mainwindow.h"
#include "shortcutsdialog.h"

#include "appsettings.h"
#include "common/logging.h"
#include "common/permission.h"
#include "common/uilogging.h"
#include "help/helptopics.h"
#include "help/helpwindow.h"
#include "imports/orderimportdialog.h"
#include "orders/orderdocuments.h"
#include "orders/orderpage.h"
#include "languagemenu.h"
#include "plan/plankeyboard.h"
#include "preview/planpreviewpage.h"
#include "preview/plansteptree.h"
#include "recentfiles.h"
#include "sidebar.h"
#include "sync/connectionparameters.h"
#include "sync/pgconnection.h"
#include "sync/remotesettingsdialog.h"
#include "translatorset.h"
#include "users/sessionuser.h"
#include "workspace/storesession.h"
#include "workspace/storeworkspace.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStyle>
#include <QToolBar>
#include <QUrl>

namespace fw {

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    createStoreMenu(fileMenu);
    QAction* openCatalogAction
        = fileMenu->addAction(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("Open &Catalog\u2026"), this, [this] {
              const QString path = QFileDialog::getOpenFileName(this, tr("Open Catalog"), m_preview->fileDialogDirectory(),
                                                                tr("Catalogs (*.json);;All files (*)"));
              if (!path.isEmpty())
                  m_preview->openCatalog(path);
          });
    openCatalogAction->setObjectName(QStringLiteral("openCatalogAction"));
    openCatalogAction->setIconText(tr("Preview Catalog"));
    openCatalogAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openCatalogAction->setStatusTip(tr("Load a product catalog with its decomposition rules and plan definitions"));
    QAction* openOrderAction = fileMenu->addAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&Open Order\u2026"), this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Open Order"), m_preview->fileDialogDirectory(), tr("Orders (*.json);;All files (*)"));
        if (!path.isEmpty())
            openOrder(path);
    });
    openOrderAction->setObjectName(QStringLiteral("openOrderAction"));
    openOrderAction->setIconText(tr("Preview Order"));
    openOrderAction->setShortcut(QKeySequence::Open);
    openOrderAction->setStatusTip(tr("Plan an order against the open catalog"));

    QMenu* recentCatalogMenu = fileMenu->addMenu(tr("Recent C&atalogs"));
    recentCatalogMenu->setObjectName(QStringLiteral("recentCatalogsMenu"));
    m_recentCatalogs = new RecentFiles(QStringLiteral("catalogs"), recentCatalogMenu, recentCatalogMenu);
    connect(m_recentCatalogs, &RecentFiles::fileTriggered, m_preview, &PlanPreviewPage::openCatalog);
    QMenu* recentOrderMenu = fileMenu->addMenu(tr("&Recent Orders"));
    recentOrderMenu->setObjectName(QStringLiteral("recentOrdersMenu"));
    m_recentOrders = new RecentFiles(QStringLiteral("orders"), recentOrderMenu, recentOrderMenu);
    connect(m_recentOrders, &RecentFiles::fileTriggered, this, &MainWindow::openOrder);

    fileMenu->addSeparator();
    m_reloadAction
        = fileMenu->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Re&load"), m_preview, &PlanPreviewPage::reload);
    m_reloadAction->setObjectName(QStringLiteral("reloadAction"));
    m_reloadAction->setShortcut(
        QKeySequence(Qt::Key_F5)); // not the platform's Refresh: on GNOME and KDE it includes Ctrl+R, the fallout page's Retry
    m_reloadAction->setStatusTip(tr("Read the catalog and the order again and plan anew"));
    m_reloadAction->setEnabled(false); // until something was opened
    // Print: the order page in front (its summary and plan graph), with a preview.
    QAction* printAction = fileMenu->addAction(tr("&Print…"), this, [this] {
        if (auto* page = qobject_cast<OrderPage*>(m_pages->currentWidget()))
            page->documents()->printPreview();
    });
    printAction->setObjectName(QStringLiteral("printAction"));
    printAction->setShortcut(QKeySequence::Print);
    printAction->setStatusTip(tr("Print the order's summary and its plan graph (an order page must be in front)"));
    printAction->setEnabled(false);
    connect(m_pages, &QStackedWidget::currentChanged, printAction,
            [this, printAction] { printAction->setEnabled(qobject_cast<OrderPage*>(m_pages->currentWidget())); });
    fileMenu->addSeparator();
    QAction* quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    createGoMenu();

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(tr("&Expand All Lanes"), m_preview->stepTree(), &QTreeView::expandAll);
    viewMenu->addAction(tr("&Collapse All Lanes"), m_preview->stepTree(), &QTreeView::collapseAll);
    viewMenu->addSeparator();
    QAction* problemsAction = m_problemsDock->toggleViewAction();
    problemsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    viewMenu->addAction(problemsAction);
    QToolBar* toolBar = addToolBar(tr("Main Tool Bar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(findChild<QAction*>(QStringLiteral("openStoreAction")));
    toolBar->addAction(findChild<QAction*>(QStringLiteral("importOrderAction")));
    toolBar->addSeparator();
    toolBar->addAction(openCatalogAction);
    toolBar->addAction(openOrderAction);
    toolBar->addAction(m_reloadAction);
    viewMenu->addAction(toolBar->toggleViewAction());
    viewMenu->addSeparator();
    auto* languageMenu = new LanguageMenu(viewMenu);
    viewMenu->addMenu(languageMenu);
    // At once: the LanguageChange events that follow rebuild the window in the new language (changeEvent).
    connect(languageMenu, &LanguageMenu::languageChosen, this, [](const QString& code) { TranslatorSet::instance()->apply(code); });

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    // F1: the user guide at the section of what is shown (ui/help).
    QAction* guideAction = helpMenu->addAction(tr("User &Guide"), this, [this] {
        HelpWindow::showSection(this, helpSectionFor(QApplication::focusWidget(), m_pages->currentWidget()));
    });
    guideAction->setObjectName(QStringLiteral("userGuideAction"));
    guideAction->setShortcut(QKeySequence::HelpContents);
    m_demoAction = helpMenu->addAction(tr("Open &Demo"), this, &MainWindow::openDemo);
    m_demoAction->setObjectName(QStringLiteral("openDemoAction"));
    m_demoAction->setStatusTip(tr("Open the telecom fibre sample catalog and order"));
    m_demoAction->setEnabled(false);
    QAction* shortcutsAction = helpMenu->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        QList<QWidget*> pages;
        for (int i = 0; i < m_pages->count(); ++i)
            pages << m_pages->widget(i);
        const PlanKeyboard planKeys(nullptr); // the plan graph's keys, also while no order page is open
        ShortcutsDialog dialog(ShortcutsDialog::collect(menuBar(), pages, planKeys.keyActions()), this);
        dialog.exec();
    });
    shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    // Ctrl+? as in GNOME's and GTK's shortcuts window (KDE has no standard key for the list), and
    // Ctrl+/ for keyboards where ? needs Shift; F1 is the guide.
    shortcutsAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Question), QKeySequence(Qt::CTRL | Qt::Key_Slash) });
    QAction* logFolderAction = helpMenu->addAction(tr("Open &Log Folder"), this, [] {
        const QString folder = logDirectory();
        QDir().mkpath(folder); // nothing logged yet (or removed): the folder opens all the same
        qCInfo(lcUi, "opening the log folder %s", qPrintable(folder));
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });
    logFolderAction->setObjectName(QStringLiteral("openLogFolderAction"));
    logFolderAction->setStatusTip(tr("Show the folder of the log files (for a support request)"));
    helpMenu->addSeparator();
    QAction* aboutAction = helpMenu->addAction(tr("&About Fulfillment Workbench"), this, [this] {
        QMessageBox::about(this, tr("About Fulfillment Workbench"),
                           tr("<h3>Fulfillment Workbench %1</h3>"
                              "<p>A desktop console for operations staff who run order fulfillment: it decomposes orders "
                              "into fulfillment lines and plans their orchestration steps by lane.</p>"
                              "<p>Built with Qt %2.</p>")
                               .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
    aboutAction->setMenuRole(QAction::AboutRole);
    QAction* aboutQtAction = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createGoMenu()
{
    QMenu* goMenu = menuBar()->addMenu(tr("&Go"));
    const auto addGo = [this, goMenu](const QString& text, Section section, int key) {
        QAction* action = goMenu->addAction(text, this, [this, section] { showSection(section); });
        action->setShortcut(QKeySequence(Qt::CTRL | key));
    };
    addGo(tr("&Orders"), Section::Orders, Qt::Key_1);
    addGo(tr("&Tasks"), Section::Tasks, Qt::Key_2);
    addGo(tr("&Fallout"), Section::Fallout, Qt::Key_3);
    addGo(tr("&Plan Preview"), Section::PlanPreview, Qt::Key_4);
    addGo(tr("&Jeopardy"), Section::Jeopardy, Qt::Key_5);
    addGo(tr("&Dashboard"), Section::Dashboard, Qt::Key_6);
    addGo(tr("&Accounts"), Section::Accounts, Qt::Key_7);
    goMenu->addSeparator();
    QAction* find = goMenu->addAction(tr("&Search in View"), this, [this] {
        if (m_workspace)
            m_workspace->focusSearch(m_pages->currentWidget());
    });
    find->setShortcut(QKeySequence::Find);
    QAction* closeOrder = goMenu->addAction(tr("&Close Order Page"), this, [this] {
        const QString orderId = m_sidebar->orderAt(m_sidebar->currentRow());
        if (orderId.isEmpty() || !m_workspace)
            return;
        m_sidebar->removeOrder(orderId);
        m_workspace->closeOrderPage(orderId);
        showSection(Section::Orders);
    });
    closeOrder->setObjectName(QStringLiteral("closeOrderPageAction"));
    closeOrder->setShortcut(QKeySequence::Close);
    m_sidebar->addAction(closeOrder);
    QAction* detach = goMenu->addAction(tr("Open Order in New &Window"), this, [this] {
        if (m_workspace && m_sidebar->currentItem())
            m_workspace->openOrderWindow(m_sidebar->orderAt(m_sidebar->currentRow()));
    });
    detach->setObjectName(QStringLiteral("openOrderWindowAction"));
    detach->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_sidebar->addAction(detach);
}

void MainWindow::createStoreMenu(QMenu* fileMenu)
{
    QAction* open = fileMenu->addAction(style()->standardIcon(QStyle::SP_DriveHDIcon), tr("Open &Store\u2026"), this, [this] {
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Open or Create Store"), m_preview->fileDialogDirectory(),
                                           tr("Stores (*.db *.sqlite);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty()) {
            StoreOpenOptions options;
            options.sync = savedRemote();
            openStore(path, options);
        }
    });
    open->setObjectName(QStringLiteral("openStoreAction"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    open->setStatusTip(tr("Open (or create) a store and run its orders"));
    open->setIconText(tr("Open Store"));
    const auto chooseImport = [this](const QString& kind) {
        if (m_workspace)
            m_workspace->chooseImport(kind, m_preview->fileDialogDirectory());
    };
    QAction* importCatalog
        = fileMenu->addAction(tr("Import Catalog into Store\u2026"), this, [chooseImport] { chooseImport(QStringLiteral("catalog")); });
    importCatalog->setObjectName(QStringLiteral("importCatalogAction"));
    // Many files at once, off the GUI thread, with progress and a summary (ui/imports/).
    QAction* importOrder
        = fileMenu->addAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("&Import Order into Store\u2026"), this, [this] {
              if (m_workspace)
                  OrderImportDialog::chooseAndStart(this, m_workspace->session(), m_preview->fileDialogDirectory());
          });
    importOrder->setIconText(tr("Import Order"));
    importOrder->setStatusTip(tr("Validate order files, plan them and run them on the open store"));
    importOrder->setObjectName(QStringLiteral("importOrderAction"));
    importOrder->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction* close = fileMenu->addAction(tr("Close Store"), this, &MainWindow::closeStore);
    close->setObjectName(QStringLiteral("closeStoreAction"));
    QAction* switchUser = fileMenu->addAction(tr("Switch &User…"), this, [this] {
        if (m_workspace)
            m_workspace->showSwitchUser();
    });
    switchUser->setObjectName(QStringLiteral("switchUserAction"));
    switchUser->setStatusTip(tr("Work in the open store as another of its users"));
    QAction* users = fileMenu->addAction(tr("Us&ers…"), this, [this] {
        if (m_workspace)
            m_workspace->showUsers();
    });
    users->setObjectName(QStringLiteral("usersAction"));
    users->setStatusTip(tr("Add users, change their roles and queues, deactivate them"));
    QAction* credentials = fileMenu->addAction(tr("Cre&dentials…"), this, [this] {
        if (m_workspace)
            m_workspace->showCredentials();
    });
    credentials->setObjectName(QStringLiteral("credentialsAction"));
    credentials->setStatusTip(tr("Set or clear the secrets of the credentials the catalogs' endpoints authenticate with"));
    fileMenu->addSeparator();
    m_remoteAction
        = fileMenu->addAction(style()->standardIcon(QStyle::SP_DriveNetIcon), tr("&Remote Store…"), this, &MainWindow::showRemoteSettings);
    m_remoteAction->setObjectName(QStringLiteral("remoteStoreAction"));
    m_remoteAction->setStatusTip(tr("Share orders with other workstations through a PostgreSQL server"));
    m_storeActions = { importCatalog, importOrder, close, switchUser, users, credentials };
    m_actionPermissions = { { importCatalog, QStringLiteral("catalog.import") },
                            { importOrder, QStringLiteral("order.import") },
                            { users, QStringLiteral("user.change") },
                            { credentials, QStringLiteral("credentials.set") } };
    fileMenu->setToolTipsVisible(true); // a disabled action says which role it needs
    updateStoreActions();
    fileMenu->addSeparator();
}

void MainWindow::updateStoreActions()
{
    const SessionUser* identity = m_workspace ? m_workspace->session()->identity() : nullptr;
    for (QAction* action : std::as_const(m_storeActions)) {
        const QString command = m_actionPermissions.value(action);
        if (!identity)
            setPermitted(action, false, QString());
        else if (command.isEmpty())
            action->setEnabled(true);
        else
            permit(action, *identity, command);
    }
    // The remote store's settings are this workstation's: anyone may set them while no store is open.
    setPermitted(m_remoteAction, true, identity ? identity->refusal(QStringLiteral("remote.settings")) : QString());
}

RemoteSettingsDialog* MainWindow::showRemoteSettings()
{
    RemoteStoreSettings current = AppSettings::remoteStore();
    const StoreSession* session = m_workspace ? m_workspace->session() : nullptr;
    if (session && session->hasRemote()) { // what this store runs with (maybe --remote), not only what was saved
        const SyncSettings& running = session->remote();
        if (const auto connection = ConnectionParameters::fromConninfo(running.conninfo)) {
            current.enabled = true;
            current.connection = *connection;
        }
        current.workstation = running.workstation;
        current.leaseTtlSeconds = running.leaseTtlSeconds;
    }
    auto* dialog = new RemoteSettingsDialog(current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyRemoteSettings(*dialog); });
    dialog->open();
    return dialog;
}

void MainWindow::applyRemoteSettings(const RemoteSettingsDialog& dialog)
{
    const RemoteStoreSettings chosen = dialog.settings();
    if (m_workspace) {
        const QString refusal = m_workspace->session()->identity()->refusal(QStringLiteral("remote.settings"));
        if (!refusal.isEmpty()) { // the menu item is disabled; --view remote-settings opens it anyway
            showStatus(tr("The remote store's settings were not changed: %1").arg(refusal));
            return;
        }
    }
    AppSettings::setRemoteStore(chosen); // no password: that went to the keyring or the password file
    const QString password = dialog.passwordOutcome().isEmpty() ? QString() : QLatin1Char(' ') + dialog.passwordOutcome();
    if (!m_workspace) {
        showStatus((chosen.enabled ? tr("Remote store saved: stores opened from now on join it.") : tr("Remote store turned off."))
                   + password);
        return;
    }
    const QString path = m_workspace->session()->storePath();
    const StoreOpenOptions opened = m_workspace->options();
    StoreOpenOptions options = opened;
    options.sync = chosen.toSyncSettings();
    options.sync.capacity = opened.sync.capacity;
    options.sync.batch = opened.sync.batch;
    openStore(path, options); // the engine restarts and joins (or leaves) the remote store
    showStatus((chosen.enabled ? tr("Reconnecting to %1\u2026").arg(PgConnection::masked(options.sync.conninfo))
                               : tr("This workstation no longer syncs with a remote store."))
               + password);
}

} // namespace fw
