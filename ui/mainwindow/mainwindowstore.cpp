// MainWindow and the open store: the operations pages, the order pages, the engine's state in the
// status bar, and the store menu (the rest is in mainwindow.cpp and mainwindowactions.cpp).
#include "mainwindow.h"

#include "appsettings.h"
#include "dashboard/dashboardpage.h"
#include "sync/syncconflictsdialog.h"
#include "engine/engineservice.h"
#include "identity/oslogin.h"
#include "fallout/falloutqueuepage.h"
#include "jeopardy/jeopardypage.h"
#include "fallout/falloutcasemodel.h"
#include "users/sessionuser.h"
#include "workspace/storesession.h"
#include "orders/orderpage.h"
#include "orders/orderspage.h"
#include "tasks/taskinboxpage.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

namespace fw {

void MainWindow::openStore(const QString& path, const StoreOpenOptions& options)
{
    closeStore();
    m_storeReadyEmitted = false;
    m_session = new StoreSession(path, QString(), this);
    const QString explicitUser = !options.user.isEmpty() ? options.user : qEnvironmentVariable("FW_USER");
    m_session->identity()->setCandidates(explicitUser, { AppSettings::storeUser(path), options.defaultUser, osLoginName() });
    connect(m_session->identity(), &SessionUser::changed, this, &MainWindow::onUserChanged);
    m_storeOptions = options;
    for (auto it = options.endpointBaseUrls.cbegin(); it != options.endpointBaseUrls.cend(); ++it)
        m_session->setEndpointBaseUrl(it.key(), it.value());
    m_session->setRemote(options.sync);
    connect(m_session, &StoreSession::syncStatusChanged, this, &MainWindow::onSyncStatus);
    connect(m_session, &StoreSession::engineStateChanged, this, &MainWindow::onEngineState);
    connect(m_session, &StoreSession::snapshotApplied, this, &MainWindow::onSnapshotApplied);
    connect(m_session, &StoreSession::actionFinished, this, &MainWindow::onActionFinished);
    createStorePages();
    if (!options.demoSamplesDirectory.isEmpty()) {
        m_session->populateDemo(options.demoSamplesDirectory, options.demoCopies, options.demoHistoryEndpoints);
        m_session->service()->enableScriptedOperator(options.demoColleaguesPercent, 2);
    }
    m_session->start(options.tickMs);
    onUserChanged(); // the store's actions: enabled as the (not yet signed-in) user may
    updateTitle(QFileInfo(path).fileName());
    m_statusLabel->setText(tr("Opening store %1\u2026").arg(QDir::toNativeSeparators(path)));
    showSection(Section::Orders);
    onSyncStatus(); // "Connecting to the remote store..." until the first round
}

void MainWindow::closeStore()
{
    if (!m_session)
        return;
    for (int row = m_navigator->count() - 1; row >= 0; --row) {
        if (!m_navigator->item(row)->data(Qt::UserRole + 1).toString().isEmpty())
            delete m_navigator->takeItem(row);
    }
    for (OrderPage* page : std::as_const(m_orderPages))
        delete page;
    m_orderPages.clear();
    delete m_ordersPage;
    delete m_taskPage;
    delete m_falloutPage;
    destroySupervisorPages();
    m_ordersPage = nullptr;
    m_taskPage = nullptr;
    m_falloutPage = nullptr;
    delete m_conflictsDialog; // it shows the session's conflicts
    delete m_session; // stops the engine and releases the store's engine lock
    m_session = nullptr;
    onUserChanged(); // disables the store's actions, hides the user
    m_engineLabel->setText(tr("No store"));
    m_countsLabel->clear();
    onSyncStatus(); // hides the indicator
    updateTitle(QString());
}

void MainWindow::createStorePages()
{
    m_ordersPage = new OrdersPage(m_session, m_pages);
    m_taskPage = new TaskInboxPage(m_session, m_pages);
    m_falloutPage = new FalloutQueuePage(m_session, m_pages);
    m_pages->addWidget(m_ordersPage);
    m_pages->addWidget(m_taskPage);
    m_pages->addWidget(m_falloutPage);
    connect(m_ordersPage, &OrdersPage::openOrderRequested, this, &MainWindow::openOrderPage);
    connect(m_taskPage, &TaskInboxPage::openOrderRequested, this, &MainWindow::openOrderPage);
    connect(m_falloutPage, &FalloutQueuePage::openOrderRequested, this, &MainWindow::openOrderPage);
    connect(m_falloutPage, &FalloutQueuePage::openStepRequested, this, &MainWindow::openOrderStep);
    createSupervisorPages();
}

void MainWindow::showSection(Section section)
{
    for (int row = 0; row < m_navigator->count(); ++row) {
        const QListWidgetItem* item = m_navigator->item(row);
        if (item->data(Qt::UserRole + 1).toString().isEmpty() && item->data(Qt::UserRole).toInt() == int(section)) {
            if (m_navigator->currentRow() == row)
                showNavigatorPage(row); // already current: the page behind it may be new (a store was opened)
            else
                m_navigator->setCurrentRow(row);
            return;
        }
    }
}

void MainWindow::showNavigatorPage(int row)
{
    const QListWidgetItem* item = m_navigator->item(row);
    if (!item)
        return;
    const QString orderId = item->data(Qt::UserRole + 1).toString();
    if (!orderId.isEmpty()) {
        if (OrderPage* page = m_orderPages.value(orderId))
            m_pages->setCurrentWidget(static_cast<QWidget*>(page));
        return;
    }
    switch (Section(item->data(Qt::UserRole).toInt())) {
    case Section::Orders:
        m_pages->setCurrentWidget(m_ordersPage ? static_cast<QWidget*>(m_ordersPage) : m_noStorePage);
        break;
    case Section::Tasks:
        m_pages->setCurrentWidget(m_taskPage ? static_cast<QWidget*>(m_taskPage) : m_noStorePage);
        break;
    case Section::Fallout:
        m_pages->setCurrentWidget(m_falloutPage ? static_cast<QWidget*>(m_falloutPage) : m_noStorePage);
        break;
    case Section::PlanPreview:
        m_pages->setCurrentWidget(m_previewPage);
        break;
    case Section::Jeopardy:
        m_pages->setCurrentWidget(m_jeopardyTabs ? static_cast<QWidget*>(m_jeopardyTabs) : m_noStorePage);
        break;
    case Section::Dashboard:
        m_pages->setCurrentWidget(m_dashboardPage ? static_cast<QWidget*>(m_dashboardPage) : m_noStorePage);
        if (m_dashboardPage && !m_dashboardLoaded)
            refreshDashboard(); // the first visit computes the figures
        break;
    }
}

OrderPage* MainWindow::openOrderPage(const QString& orderId)
{
    if (!m_session)
        return nullptr;
    OrderPage* page = m_orderPages.value(orderId);
    if (!page) {
        page = new OrderPage(m_session, orderId, m_pages);
        m_pages->addWidget(page);
        m_orderPages.insert(orderId, page);
        auto* item = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileIcon), orderId, m_navigator);
        item->setData(Qt::UserRole + 1, orderId);
        item->setToolTip(tr("Order %1 (Ctrl+W closes it)").arg(orderId));
    }
    for (int row = 0; row < m_navigator->count(); ++row) {
        if (m_navigator->item(row)->data(Qt::UserRole + 1).toString() == orderId)
            m_navigator->setCurrentRow(row);
    }
    return page;
}

OrderPage* MainWindow::openOrderWindow(const QString& orderId)
{
    if (!m_session || orderId.isEmpty())
        return nullptr;
    auto* page = new OrderPage(m_session, orderId, nullptr); // a window of its own, e.g. on a second screen
    page->setWindowFlag(Qt::Window);
    page->setAttribute(Qt::WA_DeleteOnClose);
    page->setWindowTitle(tr("Order %1 \u2014 Fulfillment Workbench").arg(orderId));
    page->resize(1200, 760);
    connect(m_session, &QObject::destroyed, page, &QWidget::close); // the store closed
    page->show();
    return page;
}

void MainWindow::openOrderStep(const QString& orderId, const QString& stepId)
{
    OrderPage* page = openOrderPage(orderId);
    if (!page)
        return;
    if (!page->detail().steps.empty())
        page->selectStep(stepId);
    else // the page is new: select once its plan is there
        connect(
            page, &OrderPage::detailUpdated, page, [page, stepId] { page->selectStep(stepId); }, Qt::SingleShotConnection);
}

void MainWindow::closeOrderPage(int row)
{
    QListWidgetItem* item = m_navigator->item(row);
    const QString orderId = item ? item->data(Qt::UserRole + 1).toString() : QString();
    if (orderId.isEmpty())
        return;
    delete m_navigator->takeItem(row);
    delete m_orderPages.take(orderId);
    showSection(Section::Orders);
}

void MainWindow::focusSearch()
{
    if (m_pages->currentWidget() == m_ordersPage && m_ordersPage)
        m_ordersPage->focusSearch();
    else if (m_pages->currentWidget() == m_taskPage && m_taskPage)
        m_taskPage->focusSearch();
    else if (m_pages->currentWidget() == m_falloutPage && m_falloutPage)
        m_falloutPage->focusSearch();
}

void MainWindow::onEngineState()
{
    switch (m_session->engineState()) {
    case StoreSession::EngineState::Starting:
        m_engineLabel->setText(tr("Engine starting\u2026"));
        break;
    case StoreSession::EngineState::Running:
        m_engineLabel->setText(tr("Engine running"));
        m_statusLabel->setText(tr("Store %1 is open.").arg(QDir::toNativeSeparators(m_session->storePath())));
        if (!m_session->identity()->isSignedIn())
            onUserChanged(); // "Nobody is signed in: ..." stays in view
        break;
    case StoreSession::EngineState::Failed:
        m_engineLabel->setText(tr("Engine stopped"));
        // After the first snapshot the engine was running: it stopped itself (a store write failed).
        m_statusLabel->setText(m_storeReadyEmitted ? tr("The engine stopped: %1").arg(m_session->engineError())
                                                   : tr("The engine could not start: %1").arg(m_session->engineError()));
        if (!m_storeReadyEmitted) {
            m_storeReadyEmitted = true;
            Q_EMIT storeReady(false);
        }
        break;
    }
}

void MainWindow::onSnapshotApplied()
{
    const EngineSnapshot& s = m_session->lastSnapshot();
    const QLocale locale;
    m_countsLabel->setText(tr("%1 orders (%2 active, %3 on hold) \u00b7 %4 open tasks \u00b7 %5 fallout")
                               .arg(locale.toString(s.orderCounts.total))
                               .arg(locale.toString(s.activeOrders))
                               .arg(locale.toString(s.orderCounts.onHold))
                               .arg(s.tasks.size())
                               .arg(s.fallout.size()));
    m_engineLabel->setText(s.calloutsInFlight ? tr("Engine running \u00b7 %n callout(s) out", nullptr, s.calloutsInFlight)
                                              : tr("Engine running"));
    for (int row = 0; row < m_navigator->count(); ++row) {
        QListWidgetItem* item = m_navigator->item(row);
        if (!item->data(Qt::UserRole + 1).toString().isEmpty())
            continue;
        switch (Section(item->data(Qt::UserRole).toInt())) {
        case Section::Orders:
            item->setText(tr("Orders (%1)").arg(locale.toString(s.orderCounts.total)));
            break;
        case Section::Tasks:
            item->setText(tr("Tasks (%1)").arg(s.tasks.size()));
            break;
        case Section::Fallout:
            item->setText(tr("Fallout (%1)").arg(s.fallout.size()));
            break;
        case Section::PlanPreview:
        case Section::Jeopardy: // onSupervisorSnapshot
        case Section::Dashboard:
            break;
        }
    }
    onSupervisorSnapshot();
    if (!m_storeReadyEmitted) {
        m_storeReadyEmitted = true;
        Q_EMIT storeReady(true);
    }
}

void MainWindow::onActionFinished(const QString& action, bool ok, const QString& message)
{
    if (ok) {
        m_statusLabel->setStyleSheet(QString());
        m_statusLabel->setText(tr("Done: %1").arg(action));
        return;
    }
    m_statusLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_statusLabel->setText(tr("Could not %1: %2").arg(action, message));
}

void MainWindow::chooseStore()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Open or Create Store"), fileDialogDirectory(), tr("Stores (*.db *.sqlite);;All files (*)"),
                                       nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty()) {
        StoreOpenOptions options;
        options.sync = savedRemote();
        openStore(path, options);
    }
}

void MainWindow::chooseImport(const QString& kind)
{
    if (!m_session
        || !m_session->identity()->allows(kind == QLatin1String("catalog") ? QStringLiteral("catalog.import")
                                                                           : QStringLiteral("order.import")))
        return;
    const QString path = QFileDialog::getOpenFileName(this, kind == QLatin1String("catalog") ? tr("Import Catalog") : tr("Import Order"),
                                                      fileDialogDirectory(), tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        m_session->service()->importFile(kind, path, m_session->user());
}

void MainWindow::createStoreMenu(QMenu* fileMenu)
{
    QAction* open
        = fileMenu->addAction(style()->standardIcon(QStyle::SP_DriveHDIcon), tr("Open &Store\u2026"), this, &MainWindow::chooseStore);
    open->setObjectName(QStringLiteral("openStoreAction"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    open->setStatusTip(tr("Open (or create) a store and run its orders"));
    open->setIconText(tr("Open Store"));
    QAction* importCatalog
        = fileMenu->addAction(tr("Import Catalog into Store\u2026"), this, [this] { chooseImport(QStringLiteral("catalog")); });
    importCatalog->setObjectName(QStringLiteral("importCatalogAction"));
    QAction* importOrder = fileMenu->addAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("&Import Order into Store\u2026"), this,
                                               [this] { chooseImport(QStringLiteral("order")); });
    importOrder->setIconText(tr("Import Order"));
    importOrder->setStatusTip(tr("Validate an order file, plan it and run it on the open store"));
    importOrder->setObjectName(QStringLiteral("importOrderAction"));
    importOrder->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction* close = fileMenu->addAction(tr("Close Store"), this, &MainWindow::closeStore);
    close->setObjectName(QStringLiteral("closeStoreAction"));
    QAction* switchUser = fileMenu->addAction(tr("Switch &User…"), this, &MainWindow::showSwitchUser);
    switchUser->setObjectName(QStringLiteral("switchUserAction"));
    switchUser->setStatusTip(tr("Work in the open store as another of its users"));
    QAction* users = fileMenu->addAction(tr("Us&ers…"), this, &MainWindow::showUsers);
    users->setObjectName(QStringLiteral("usersAction"));
    users->setStatusTip(tr("Add users, change their roles and queues, deactivate them"));
    fileMenu->addSeparator();
    m_remoteAction
        = fileMenu->addAction(style()->standardIcon(QStyle::SP_DriveNetIcon), tr("&Remote Store…"), this, &MainWindow::showRemoteSettings);
    m_remoteAction->setObjectName(QStringLiteral("remoteStoreAction"));
    m_remoteAction->setStatusTip(tr("Share orders with other workstations through a PostgreSQL server"));
    m_storeActions = { importCatalog, importOrder, close, switchUser, users };
    m_actionPermissions = { { importCatalog, QStringLiteral("catalog.import") },
                            { importOrder, QStringLiteral("order.import") },
                            { users, QStringLiteral("user.change") } };
    fileMenu->setToolTipsVisible(true); // a disabled action says which role it needs
    onUserChanged();
    fileMenu->addSeparator();
}

} // namespace fw
