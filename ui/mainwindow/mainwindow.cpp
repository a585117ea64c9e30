// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mainwindow.h"

#include "accounts/accountspage.h"

#include "appsettings.h"
#include "common/uilogging.h"
#include "orders/orderpage.h"
#include "preview/planpreviewpage.h"
#include "preview/problemspanel.h"
#include "recentfiles.h"
#include "sidebar.h"
#include "users/sessionuser.h"
#include "workspace/storeindicators.h"
#include "workspace/storesession.h"
#include "workspace/storeworkspace.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace fw {

namespace {
    // "SO-10001 — Fulfillment Workbench": the order, catalog or store shown, or the name alone.
    QString windowTitleFor(const QString& subject)
    {
        const QString application = MainWindow::tr("Fulfillment Workbench");
        return subject.isEmpty() ? application : MainWindow::tr("%1 \u2014 %2").arg(subject, application);
    }

    QString noStoreText()
    {
        return MainWindow::tr("No store is open.\n\nOpen one with File > Open Store (Ctrl+Shift+S), or start the "
                              "demo (fulfillment-workbench --demo) to see orders, tasks and fallout.");
    }
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    createCentralWidgets();
    createMenus();
    createStatusBar();
    setWindowTitle(windowTitleFor(QString()));
    // 1360 x 820 where there is room; on a 1366 x 768 laptop the whole window, frame and status bar
    // (with the remote store's state) included, stays on the screen.
    QSize size(1360, 820);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(16, 48));
    resize(size);
}

MainWindow::~MainWindow()
{
    delete m_workspace; // its pages, in m_pages, go before the window deletes m_pages
}

void MainWindow::createPreviewPage()
{
    m_preview = new PlanPreviewPage(this);
    m_preview->setSamplesDirectory(m_samplesDirectory);
    connect(m_preview, &PlanPreviewPage::loadStarted, this, [this] {
        if (!m_keepPageOnLoad)
            showSection(Section::PlanPreview);
    });
    connect(m_preview, &PlanPreviewPage::statusMessage, this, [this](const QString& text) { showStatus(text); });
    connect(m_preview, &PlanPreviewPage::subjectChanged, this, [this](const QString& subject) {
        m_previewSubject = subject;
        updateWindowTitle();
    });
    connect(m_preview, &PlanPreviewPage::loadFinished, this, [this](bool ok) {
        m_keepPageOnLoad = false;
        Q_EMIT loadFinished(ok);
    });
    connect(m_preview, &PlanPreviewPage::busyChanged, this, [this](bool busy) {
        m_busyBar->setVisible(busy);
        m_reloadAction->setEnabled(!busy && !m_preview->catalogPath().isEmpty());
    });
    connect(m_preview, &PlanPreviewPage::problemsChanged, this, [this](bool any) {
        m_problemsDock->setVisible(any);
        if (any)
            m_problemsDock->raise();
    });
    connect(m_preview, &PlanPreviewPage::fileLoaded, this, [this](const QString& kind, const QString& path) {
        (kind == QLatin1String("catalog") ? m_recentCatalogs : m_recentOrders)->add(path);
    });
}

void MainWindow::createCentralWidgets()
{
    createPreviewPage();
    m_noStorePage = new QLabel(noStoreText(), this);
    m_noStorePage->setObjectName(QStringLiteral("noStorePlaceholder"));
    m_noStorePage->setAlignment(Qt::AlignCenter);
    m_noStorePage->setWordWrap(true);
    m_noStorePage->setMargin(40);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_noStorePage);
    m_pages->addWidget(m_preview);

    m_sidebar = new Sidebar(this);
    connect(m_sidebar, &Sidebar::sectionChosen, this, &MainWindow::showPage);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updateWindowTitle);
    connect(m_sidebar, &Sidebar::viewTitleChanged, this, [this](const QString& title) {
        qCDebug(lcUi, "view: %s", qPrintable(title)); // the page switches, in the log
        m_viewTitle = title;
        updateWindowTitle();
    });
    connect(m_sidebar, &Sidebar::orderChosen, this, [this](const QString& orderId) {
        if (OrderPage* page = m_workspace ? m_workspace->orderPage(orderId) : nullptr)
            m_pages->setCurrentWidget(page);
    });

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("mainSplitter"));
    split->addWidget(m_sidebar);
    split->addWidget(m_pages);
    split->setStretchFactor(1, 1);
    split->setCollapsible(1, false);
    setCentralWidget(split);
    m_sidebar->setCurrentRow(0);

    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(new ProblemsPanel(m_preview->problemModel(), this));
    m_problemsDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();
}

void MainWindow::createStatusBar()
{
    m_statusLabel = new QLabel(tr("Ready"), this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long message must not widen the window
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("busyIndicator"));
    m_busyBar->setRange(0, 0); // the engine reports no progress: an indeterminate bar
    m_busyBar->setMaximumWidth(160);
    m_busyBar->setMaximumHeight(14);
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();
    statusBar()->addWidget(m_statusLabel, 1);
    m_indicators = new StoreIndicators(statusBar());
    statusBar()->addPermanentWidget(m_busyBar);
    connect(m_indicators, &StoreIndicators::statusMessage, this, &MainWindow::showStatus);
    connect(m_indicators, &StoreIndicators::storeReady, this, &MainWindow::storeReady);
    connect(m_indicators, &StoreIndicators::switchUserRequested, this, [this] {
        if (m_workspace)
            m_workspace->showSwitchUser();
    });
    connect(m_indicators, &StoreIndicators::conflictsRequested, this, &MainWindow::showSyncConflicts);
}

void MainWindow::setSamplesDirectory(const QString& directory)
{
    m_samplesDirectory = directory;
    m_preview->setSamplesDirectory(directory);
    m_demoAction->setEnabled(!directory.isEmpty());
}

void MainWindow::restoreWindowState()
{
    restoreGeometry(AppSettings::windowGeometry());
    restoreState(AppSettings::windowState());
    m_persistWindowState = true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_persistWindowState)
        AppSettings::setWindowGeometry(saveGeometry(), saveState());
    event->accept();
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    // Installing and removing translators sends several LanguageChange events: one rebuild, once
    // the switch is over (and never inside the language menu's own signal).
    if (event->type() == QEvent::LanguageChange && !m_retranslatePending) {
        m_retranslatePending = true;
        QMetaObject::invokeMethod(this, &MainWindow::retranslate, Qt::QueuedConnection);
    }
}

void MainWindow::retranslate()
{
    m_retranslatePending = false;
    // Menus and tool bar: made anew (the old menu bar goes with its menus, actions and the language menu).
    setMenuBar(new QMenuBar(this));
    bool toolBarHidden = false;
    if (auto* toolBar = findChild<QToolBar*>(QStringLiteral("mainToolBar"))) {
        toolBarHidden = toolBar->isHidden();
        toolBar->setObjectName(QString()); // the new one takes its name (and its place in saveState)
        removeToolBar(toolBar);
        toolBar->deleteLater();
    }
    // The Plan Preview: a new page that plans the same files again, its problems in the dock.
    PlanPreviewPage* oldPreview = m_preview;
    const QString catalog = oldPreview->catalogPath();
    const QString order = oldPreview->orderPath();
    const bool previewShown = m_pages->currentWidget() == oldPreview;
    createPreviewPage();
    m_pages->insertWidget(m_pages->indexOf(oldPreview), m_preview);
    if (previewShown)
        m_pages->setCurrentWidget(m_preview);
    delete m_problemsDock->widget(); // it shows the old page's problems
    delete oldPreview; // its loader waits for a load under way
    m_problemsDock->setWidget(new ProblemsPanel(m_preview->problemModel(), this));
    m_problemsDock->setWindowTitle(tr("Problems"));
    createMenus();
    if (toolBarHidden) // hidden with View > Main Tool Bar: it stays hidden
        findChild<QToolBar*>(QStringLiteral("mainToolBar"))->hide();
    m_demoAction->setEnabled(!m_samplesDirectory.isEmpty());
    if (!catalog.isEmpty()) {
        m_keepPageOnLoad = true;
        m_preview->openFiles(catalog, order);
    } else
        m_problemsDock->hide();
    m_noStorePage->setText(noStoreText());
    // The navigator's names, then the store's pages anew on the same session (which gives the
    // sections their counts again), then the page (or the order) that was in view.
    m_sidebar->retranslate();
    if (m_workspace)
        m_workspace->rebuildPages();
    m_sidebar->reselect();
    updateStoreActions();
    statusBar()->clearMessage();
    showStatus(tr("Ready"), StatusTone::Normal);
    m_indicators->retranslate();
    updateWindowTitle();
}

void MainWindow::openStore(const QString& path, const StoreOpenOptions& options)
{
    closeStore();
    m_workspace = new StoreWorkspace(path, options, m_pages, this);
    // Plan Preview: orders acting on assets plan against its installed base, once the engine has the
    // store ready (a reader opening a store not made yet would leave an empty file the engine refuses).
    connect(
        this, &MainWindow::storeReady, m_preview,
        [this, path, workspace = m_workspace](bool ready) {
            if (ready && workspace == m_workspace)
                m_preview->setStorePath(path);
        },
        Qt::SingleShotConnection);
    connect(m_workspace->session()->identity(), &SessionUser::changed, this, &MainWindow::updateStoreActions);
    connect(m_workspace, &StoreWorkspace::sectionTextChanged, m_sidebar, &Sidebar::setSectionText);
    connect(m_workspace, &StoreWorkspace::statusMessage, this, &MainWindow::showStatus);
    connect(m_workspace, &StoreWorkspace::notice, this, [this](const QString& text) { statusBar()->showMessage(text, 15000); });
    connect(m_workspace, &StoreWorkspace::openOrderRequested, this, &MainWindow::openOrderPage);
    connect(m_workspace, &StoreWorkspace::openAccountRequested, this, [this](const QString& orderId) {
        showSection(Section::Accounts);
        m_workspace->accountsPage()->openAccountOfOrder(orderId);
    });
    connect(m_workspace, &StoreWorkspace::openStepRequested, this, [this](const QString& orderId, const QString& stepId) {
        OrderPage* page = openOrderPage(orderId);
        if (!page)
            return;
        if (!page->detail().steps.empty())
            page->selectStep(stepId);
        else // the page is new: select once its plan is there
            connect(
                page, &OrderPage::detailUpdated, page, [page, stepId] { page->selectStep(stepId); }, Qt::SingleShotConnection);
    });
    m_indicators->setWorkspace(m_workspace);
    m_workspace->start();
    updateStoreActions(); // the store's actions: enabled as the (not yet signed-in) user may
    m_storeTitle = QFileInfo(path).fileName();
    updateWindowTitle();
    showStatus(tr("Opening store %1\u2026").arg(QDir::toNativeSeparators(path)));
    showSection(Section::Orders);
}

void MainWindow::closeStore()
{
    if (!m_workspace)
        return;
    m_sidebar->removeOrders();
    delete m_workspace; // its pages, dialogs and session: the engine stops, the store's engine lock goes
    m_workspace = nullptr;
    m_preview->setStorePath({});
    m_indicators->setWorkspace(nullptr);
    updateStoreActions(); // disables the store's actions
    m_storeTitle.clear();
    updateWindowTitle();
}

void MainWindow::updateWindowTitle()
{
    QStringList subject;
    if (m_pages->currentWidget() == m_preview) // the previewed order (or file) names the view
        subject << (m_previewSubject.isEmpty() ? m_viewTitle : m_previewSubject);
    else if (!m_storeTitle.isEmpty())
        subject << m_viewTitle;
    subject.removeAll(QString());
    if (!m_storeTitle.isEmpty())
        subject << m_storeTitle;
    setWindowTitle(windowTitleFor(subject.join(QStringLiteral(" \u2014 "))));
}

void MainWindow::showSection(Section section)
{
    m_sidebar->selectSection(section);
}

void MainWindow::showPage(Section section)
{
    if (section == Section::PlanPreview) {
        m_pages->setCurrentWidget(m_preview);
        return;
    }
    QWidget* page = m_workspace ? m_workspace->showSection(section) : nullptr;
    m_pages->setCurrentWidget(page ? page : m_noStorePage);
}

OrderPage* MainWindow::openOrderPage(const QString& orderId)
{
    if (!m_workspace)
        return nullptr;
    OrderPage* page = m_workspace->orderPage(orderId);
    if (!page) {
        page = m_workspace->addOrderPage(orderId);
        m_sidebar->addOrder(orderId);
    }
    m_sidebar->selectOrder(orderId);
    return page;
}

SyncSettings MainWindow::savedRemote()
{
    return AppSettings::remoteStore().toSyncSettings();
}

SyncConflictsDialog* MainWindow::showSyncConflicts()
{
    return m_workspace ? m_workspace->showSyncConflicts() : nullptr;
}

void MainWindow::showStatus(const QString& text, StatusTone tone)
{
    if (tone == StatusTone::Error)
        qCInfo(lcUi, "status: %s", qPrintable(text));
    else
        qCDebug(lcUi, "status: %s", qPrintable(text));
    if (tone != StatusTone::Keep)
        m_statusLabel->setStyleSheet(tone == StatusTone::Error ? QStringLiteral("color: #c62828;") : QString());
    m_statusLabel->setText(text);
}

} // namespace fw
