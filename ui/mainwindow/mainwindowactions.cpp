// MainWindow's menus, tool bar and dialogs (the rest is in mainwindow.cpp).
#include "mainwindow.h"

#include "languagemenu.h"
#include "recentfiles.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>

namespace fw {

void MainWindow::createMenusAndToolBar()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    createStoreMenu(fileMenu);
    QAction* openCatalogAction
        = fileMenu->addAction(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("Open &Catalog\u2026"), this, &MainWindow::chooseCatalog);
    openCatalogAction->setObjectName(QStringLiteral("openCatalogAction"));
    openCatalogAction->setIconText(tr("Preview Catalog"));
    openCatalogAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openCatalogAction->setStatusTip(tr("Load a product catalog with its decomposition rules and plan definitions"));
    QAction* openOrderAction
        = fileMenu->addAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&Open Order\u2026"), this, &MainWindow::chooseOrder);
    openOrderAction->setObjectName(QStringLiteral("openOrderAction"));
    openOrderAction->setIconText(tr("Preview Order"));
    openOrderAction->setShortcut(QKeySequence::Open);
    openOrderAction->setStatusTip(tr("Plan an order against the open catalog"));

    QMenu* recentCatalogMenu = fileMenu->addMenu(tr("Recent C&atalogs"));
    recentCatalogMenu->setObjectName(QStringLiteral("recentCatalogsMenu"));
    m_recentCatalogs = new RecentFiles(QStringLiteral("catalogs"), recentCatalogMenu, this);
    connect(m_recentCatalogs, &RecentFiles::fileTriggered, this, &MainWindow::openCatalog);
    QMenu* recentOrderMenu = fileMenu->addMenu(tr("&Recent Orders"));
    recentOrderMenu->setObjectName(QStringLiteral("recentOrdersMenu"));
    m_recentOrders = new RecentFiles(QStringLiteral("orders"), recentOrderMenu, this);
    connect(m_recentOrders, &RecentFiles::fileTriggered, this, &MainWindow::openOrder);

    fileMenu->addSeparator();
    m_reloadAction = fileMenu->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Re&load"), this, &MainWindow::reload);
    m_reloadAction->setObjectName(QStringLiteral("reloadAction"));
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setStatusTip(tr("Read the catalog and the order again and plan anew"));
    m_reloadAction->setEnabled(false); // until something was opened
    fileMenu->addSeparator();
    QAction* quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

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
    goMenu->addSeparator();
    QAction* find = goMenu->addAction(tr("&Search in View"), this, &MainWindow::focusSearch);
    find->setShortcut(QKeySequence::Find);
    QAction* closeOrder = goMenu->addAction(tr("&Close Order Page"), this, [this] { closeOrderPage(m_navigator->currentRow()); });
    closeOrder->setObjectName(QStringLiteral("closeOrderPageAction"));
    closeOrder->setShortcut(QKeySequence::Close);
    m_navigator->addAction(closeOrder);
    QAction* detach = goMenu->addAction(tr("Open Order in New &Window"), this, [this] {
        const QListWidgetItem* item = m_navigator->currentItem();
        if (item)
            openOrderWindow(item->data(Qt::UserRole + 1).toString());
    });
    detach->setObjectName(QStringLiteral("openOrderWindowAction"));
    detach->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_navigator->addAction(detach);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    QTreeView* steps = findChild<QTreeView*>(QStringLiteral("planStepTree"));
    viewMenu->addAction(tr("&Expand All Lanes"), steps, &QTreeView::expandAll);
    viewMenu->addAction(tr("&Collapse All Lanes"), steps, &QTreeView::collapseAll);
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
    auto* languageMenu = new LanguageMenu(this);
    viewMenu->addMenu(languageMenu);
    connect(languageMenu, &LanguageMenu::languageChosen, this, [this] {
        QMessageBox::information(this, tr("Language"), tr("The new language applies when you next start Fulfillment Workbench."));
    });

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    m_demoAction = helpMenu->addAction(tr("Open &Demo"), this, &MainWindow::openDemo);
    m_demoAction->setObjectName(QStringLiteral("openDemoAction"));
    m_demoAction->setStatusTip(tr("Open the telecom fibre sample catalog and order"));
    m_demoAction->setEnabled(false);
    helpMenu->addSeparator();
    QAction* aboutAction = helpMenu->addAction(tr("&About Fulfillment Workbench"), this, &MainWindow::showAbout);
    aboutAction->setMenuRole(QAction::AboutRole);
    QAction* aboutQtAction = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::chooseCatalog()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open Catalog"), fileDialogDirectory(), tr("Catalogs (*.json);;All files (*)"));
    if (!path.isEmpty())
        openCatalog(path);
}

void MainWindow::chooseOrder()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Order"), fileDialogDirectory(), tr("Orders (*.json);;All files (*)"));
    if (!path.isEmpty())
        openOrder(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Fulfillment Workbench"),
                       tr("<h3>Fulfillment Workbench %1</h3>"
                          "<p>A desktop console for operations staff who run order fulfillment: it decomposes orders "
                          "into fulfillment lines and plans their orchestration steps by lane.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace fw
