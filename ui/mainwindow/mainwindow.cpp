#include "mainwindow.h"

#include "appsettings.h"
#include "domain/catalog.h"
#include "domain/order.h"
#include "domain/plan.h"
#include "preview/fulfillmentlinemodel.h"
#include "preview/planloader.h"
#include "preview/planstepmodel.h"
#include "preview/problemmodel.h"
#include "fallout/falloutqueuepage.h"
#include "preview/fulfillmentlinetable.h"
#include "orders/orderpage.h"
#include "orders/orderspage.h"
#include "tasks/taskinboxpage.h"
#include "preview/plansteptree.h"
#include "preview/problemspanel.h"
#include "recentfiles.h"
#include "sync/syncindicator.h"

#include <QGuiApplication>
#include <QScreen>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QSplitter>
#include <QStyle>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace fw {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_loader(new PlanLoader(this))
    , m_stepModel(new PlanStepModel(this))
    , m_lineModel(new FulfillmentLineModel(this))
    , m_problemModel(new ProblemModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    createCentralWidgets();
    createMenusAndToolBar();
    createStatusBar();
    connect(m_loader, &PlanLoader::busyChanged, this, &MainWindow::onBusyChanged);
    connect(m_loader, &PlanLoader::loaded, this, &MainWindow::onLoaded);
    connect(m_loader, &PlanLoader::loadFailed, this, &MainWindow::onLoadFailed);
    showPlaceholder(tr("No order is open.\n\nOpen a catalog (File > Open Catalog) and then an order "
                       "(File > Open Order) to see its orchestration plan, or try Help > Open Demo."));
    updateTitle(QString());
    // 1360 x 820 where there is room; on a 1366 x 768 laptop the whole window, frame and status bar
    // (with the remote store's state) included, stays on the screen.
    QSize size(1360, 820);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(16, 48));
    resize(size);
}

MainWindow::~MainWindow() = default; // the loader, a child, waits for a running load

void MainWindow::createCentralWidgets()
{
    m_previewPage = createPreviewPage();
    m_noStorePage = new QLabel(tr("No store is open.\n\nOpen one with File > Open Store (Ctrl+Shift+S), or start the "
                                  "demo (fulfillment-workbench --demo) to see orders, tasks and fallout."),
                               this);
    m_noStorePage->setObjectName(QStringLiteral("noStorePlaceholder"));
    m_noStorePage->setAlignment(Qt::AlignCenter);
    m_noStorePage->setWordWrap(true);
    m_noStorePage->setMargin(40);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_noStorePage);
    m_pages->addWidget(m_previewPage);

    m_navigator = new QListWidget(this);
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setFrameShape(QFrame::NoFrame);
    m_navigator->setIconSize(QSize(20, 20));
    m_navigator->setSpacing(1);
    m_navigator->setMinimumWidth(190);
    m_navigator->setMaximumWidth(260);
    m_navigator->setContextMenuPolicy(Qt::ActionsContextMenu);
    const auto addSection = [this](const QString& text, QStyle::StandardPixmap icon, Section section) {
        auto* item = new QListWidgetItem(style()->standardIcon(icon), text, m_navigator);
        item->setData(Qt::UserRole, int(section));
    };
    addSection(tr("Orders"), QStyle::SP_FileDialogDetailedView, Section::Orders);
    addSection(tr("Tasks"), QStyle::SP_DialogApplyButton, Section::Tasks);
    addSection(tr("Fallout"), QStyle::SP_MessageBoxWarning, Section::Fallout);
    addSection(tr("Jeopardy"), QStyle::SP_MessageBoxCritical, Section::Jeopardy);
    addSection(tr("Dashboard"), QStyle::SP_FileDialogInfoView, Section::Dashboard);
    addSection(tr("Plan Preview"), QStyle::SP_FileDialogContentsView, Section::PlanPreview);
    connect(m_navigator, &QListWidget::currentRowChanged, this, &MainWindow::showNavigatorPage);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("mainSplitter"));
    split->addWidget(m_navigator);
    split->addWidget(m_pages);
    split->setStretchFactor(1, 1);
    split->setCollapsible(1, false);
    setCentralWidget(split);
    m_navigator->setCurrentRow(0);

    m_problemsPanel = new ProblemsPanel(m_problemModel, this);
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problemsPanel);
    m_problemsDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();
}

QWidget* MainWindow::createPreviewPage()
{
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("orderSummary"));
    m_summaryLabel->setTextFormat(Qt::RichText);
    m_summaryLabel->setWordWrap(true); // in German the one line is wider than a 1366-pixel screen
    m_summaryLabel->setContentsMargins(8, 6, 8, 2);

    m_stepTree = new PlanStepTree(this);
    m_stepTree->setPlanModel(m_stepModel);
    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("placeholderLabel"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(40);
    m_stepStack = new QStackedWidget(this);
    m_stepStack->addWidget(m_placeholder);
    m_stepStack->addWidget(m_stepTree);

    m_lineTable = new FulfillmentLineTable(this);
    m_lineTable->setLineModel(m_lineModel);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_stepStack, tr("Plan &Steps"));
    m_tabs->addTab(m_lineTable, tr("Fulfillment &Lines"));

    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("planPreviewPage"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_tabs, 1);
    return page;
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
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_engineLabel = new QLabel(tr("No store"), this);
    m_engineLabel->setObjectName(QStringLiteral("engineLabel"));
    m_syncIndicator = new SyncIndicator(this);
    connect(m_syncIndicator, &SyncIndicator::clicked, this, &MainWindow::showSyncConflicts);
    statusBar()->addWidget(m_statusLabel, 1);
    createUserIndicator();
    statusBar()->addPermanentWidget(m_userButton);
    statusBar()->addPermanentWidget(m_syncIndicator);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_engineLabel);
    statusBar()->addPermanentWidget(m_busyBar);
}

void MainWindow::openCatalog(const QString& path)
{
    startLoad(path, QString());
}

void MainWindow::openOrder(const QString& path)
{
    if (m_catalogPath.isEmpty()) {
        m_orderPath = path;
        PlanLoadResult result;
        result.orderPath = path;
        result.problems.push_back({ path, QString(),
                                    tr("no catalog is open: open the catalog this order was made for first "
                                       "(File > Open Catalog)") });
        onLoadFailed(result);
        return;
    }
    startLoad(m_catalogPath, path);
}

void MainWindow::openFiles(const QString& catalogPath, const QString& orderPath)
{
    startLoad(catalogPath, orderPath);
}

void MainWindow::reload()
{
    if (!m_catalogPath.isEmpty())
        startLoad(m_catalogPath, m_orderPath);
}

void MainWindow::setSamplesDirectory(const QString& directory)
{
    m_samplesDirectory = directory;
    m_demoAction->setEnabled(!directory.isEmpty());
}

void MainWindow::openDemo()
{
    if (m_samplesDirectory.isEmpty()) {
        PlanLoadResult result;
        result.problems.push_back({ QStringLiteral("telecom-fiber/catalog.json"), QString(),
                                    tr("the bundled samples were not found (looked in share/fulfillment-workbench/"
                                       "samples next to the program and in the source tree)") });
        onLoadFailed(result);
        return;
    }
    const QDir demo(QDir(m_samplesDirectory).filePath(QStringLiteral("telecom-fiber")));
    openFiles(demo.filePath(QStringLiteral("catalog.json")), demo.filePath(QStringLiteral("order.json")));
}

void MainWindow::restoreWindowState()
{
    restoreGeometry(AppSettings::windowGeometry());
    restoreState(AppSettings::windowState());
    m_persistWindowState = true;
}

bool MainWindow::isLoading() const
{
    return m_loader->isBusy();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_persistWindowState)
        AppSettings::setWindowGeometry(saveGeometry(), saveState());
    event->accept();
}

void MainWindow::startLoad(const QString& catalogPath, const QString& orderPath)
{
    m_catalogPath = catalogPath;
    m_orderPath = orderPath;
    showSection(Section::PlanPreview);
    const QString file = QFileInfo(orderPath.isEmpty() ? catalogPath : orderPath).fileName();
    m_statusLabel->setText(orderPath.isEmpty() ? tr("Loading catalog %1\u2026").arg(file) : tr("Planning order %1\u2026").arg(file));
    m_loader->load(catalogPath, orderPath);
}

void MainWindow::onBusyChanged(bool busy)
{
    m_busyBar->setVisible(busy);
    m_reloadAction->setEnabled(!busy && !m_catalogPath.isEmpty());
    if (busy)
        showPlaceholder(tr("Loading\u2026"));
}

void MainWindow::onLoaded(const PlanLoadResult& result)
{
    rememberFiles(result);
    m_problemModel->clear();
    m_problemsDock->hide();
    m_stepModel->setPlan(result.catalog, result.plan);
    m_lineModel->setPlan(result.catalog, result.plan);
    updateSummary(result);
    if (result.plan) {
        const OrchestrationPlan& plan = *result.plan;
        m_stepStack->setCurrentWidget(m_stepTree);
        updateTitle(plan.orderId);
        m_statusLabel->setText(tr("Planned order %1 in %2 ms.").arg(plan.orderId).arg(result.elapsedMs));
    } else {
        const Catalog& catalog = *result.catalog;
        updateTitle(catalog.name);
        showPlaceholder(tr("Catalog \u201c%1\u201d is loaded: %n plan definition(s).\n\n"
                           "Open an order (File > Open Order) to plan it.",
                           nullptr, static_cast<int>(catalog.planDefinitions.size()))
                            .arg(catalog.name));
        m_statusLabel->setText(tr("Loaded catalog %1 (%2 ms)").arg(catalog.id).arg(result.elapsedMs));
    }
    Q_EMIT loadFinished(true);
}

void MainWindow::onLoadFailed(const PlanLoadResult& result)
{
    rememberFiles(result);
    m_stepModel->clear();
    m_lineModel->clear();
    m_problemModel->setProblems(result.problems);
    m_problemsDock->show();
    m_problemsDock->raise();
    updateSummary(result);
    updateTitle(QString());
    const QString file = QFileInfo(result.problems.empty() ? result.catalogPath : result.problems.front().file).fileName();
    showPlaceholder(tr("%1 could not be loaded.\n\nThe Problems panel lists what is wrong.").arg(file));
    m_statusLabel->setText(tr("Loading failed: %n problem(s)", nullptr, static_cast<int>(result.problems.size())));
    Q_EMIT loadFinished(false);
}

void MainWindow::rememberFiles(const PlanLoadResult& result)
{
    if (result.catalog)
        m_recentCatalogs->add(result.catalogPath);
    if (result.order)
        m_recentOrders->add(result.orderPath);
}

void MainWindow::showPlaceholder(const QString& text)
{
    m_placeholder->setText(text);
    m_stepStack->setCurrentWidget(m_placeholder);
}

void MainWindow::updateSummary(const PlanLoadResult& result)
{
    QStringList parts;
    if (result.order) {
        const Order& order = *result.order;
        QString account = order.account.name.toHtmlEscaped();
        if (!order.account.region.isEmpty())
            account += QStringLiteral(" (%1)").arg(order.account.region.toHtmlEscaped());
        parts << tr("<b>Order %1</b>").arg(order.id.toHtmlEscaped()) << account;
        if (!order.requestedDate.isEmpty())
            parts << tr("requested %1").arg(order.requestedDate.toHtmlEscaped());
    }
    if (result.catalog) {
        const Catalog& catalog = *result.catalog;
        parts << (catalog.version.isEmpty()
                      ? tr("catalog %1").arg(catalog.name.toHtmlEscaped())
                      : tr("catalog %1, version %2").arg(catalog.name.toHtmlEscaped(), catalog.version.toHtmlEscaped()));
    }
    if (result.plan) {
        parts << tr("%n fulfillment line(s)", nullptr, static_cast<int>(result.plan->lines.size()))
              << tr("%n step(s)", nullptr, static_cast<int>(result.plan->steps.size()))
              << tr("%n lane(s)", nullptr, static_cast<int>(result.plan->lanes.size()));
    }
    m_summaryLabel->setText(parts.join(QStringLiteral(" &nbsp;\u00b7&nbsp; ")));
    m_summaryLabel->setVisible(!parts.isEmpty());
}

void MainWindow::updateTitle(const QString& subject)
{
    const QString application = tr("Fulfillment Workbench");
    setWindowTitle(subject.isEmpty() ? application : tr("%1 \u2014 %2").arg(subject, application));
}

QString MainWindow::fileDialogDirectory() const
{
    const QString recent = m_orderPath.isEmpty() ? m_catalogPath : m_orderPath;
    if (!recent.isEmpty())
        return QFileInfo(recent).absolutePath();
    return m_samplesDirectory.isEmpty() ? QDir::homePath() : m_samplesDirectory;
}

} // namespace fw
