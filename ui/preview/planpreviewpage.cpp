// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planpreviewpage.h"

#include "domain/catalog.h"
#include "domain/order.h"
#include "domain/plan.h"
#include "fulfillmentlinemodel.h"
#include "fulfillmentlinetable.h"
#include "planloader.h"
#include "planstepmodel.h"
#include "plansteptree.h"
#include "problemmodel.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fw {

PlanPreviewPage::PlanPreviewPage(QWidget* parent)
    : QWidget(parent)
    , m_loader(new PlanLoader(this))
    , m_stepModel(new PlanStepModel(this))
    , m_lineModel(new FulfillmentLineModel(this))
    , m_problemModel(new ProblemModel(this))
{
    setObjectName(QStringLiteral("planPreviewPage"));
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
    m_tabs->setAccessibleName(tr("Plan preview"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_stepStack, tr("Plan &Steps"));
    m_tabs->addTab(m_lineTable, tr("Fulfillment &Lines"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_tabs, 1);

    connect(m_loader, &PlanLoader::busyChanged, this, [this](bool busy) {
        if (busy)
            showPlaceholder(tr("Loading\u2026"));
        Q_EMIT busyChanged(busy);
    });
    connect(m_loader, &PlanLoader::loaded, this, &PlanPreviewPage::onLoaded);
    connect(m_loader, &PlanLoader::loadFailed, this, &PlanPreviewPage::onLoadFailed);
    showPlaceholder(tr("No order is open.\n\nOpen a catalog (File > Open Catalog) and then an order "
                       "(File > Open Order) to see its orchestration plan, or try Help > Open Demo."));
}

PlanPreviewPage::~PlanPreviewPage() = default; // the loader, a child, waits for a running load

void PlanPreviewPage::openCatalog(const QString& path)
{
    startLoad(path, QString());
}

void PlanPreviewPage::openOrder(const QString& path)
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

void PlanPreviewPage::openFiles(const QString& catalogPath, const QString& orderPath)
{
    startLoad(catalogPath, orderPath);
}

void PlanPreviewPage::reload()
{
    if (!m_catalogPath.isEmpty())
        startLoad(m_catalogPath, m_orderPath);
}

void PlanPreviewPage::setSamplesDirectory(const QString& directory)
{
    m_samplesDirectory = directory;
}

void PlanPreviewPage::setStorePath(const QString& storePath)
{
    if (storePath == m_loader->storePath())
        return;
    m_loader->setStorePath(storePath);
    // An order being planned right now (the workbench opens files, then its store) is planned again
    // with this store's installed base: the running load is superseded, one result arrives. A plan
    // already shown keeps the installed base it was made with until Reload.
    if (m_loader->isBusy() && !m_orderPath.isEmpty())
        startLoad(m_catalogPath, m_orderPath);
}

void PlanPreviewPage::openDemo()
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

bool PlanPreviewPage::isLoading() const
{
    return m_loader->isBusy();
}

QString PlanPreviewPage::fileDialogDirectory() const
{
    const QString recent = m_orderPath.isEmpty() ? m_catalogPath : m_orderPath;
    if (!recent.isEmpty())
        return QFileInfo(recent).absolutePath();
    return m_samplesDirectory.isEmpty() ? QDir::homePath() : m_samplesDirectory;
}

void PlanPreviewPage::startLoad(const QString& catalogPath, const QString& orderPath)
{
    m_catalogPath = catalogPath;
    m_orderPath = orderPath;
    Q_EMIT loadStarted();
    const QString file = QFileInfo(orderPath.isEmpty() ? catalogPath : orderPath).fileName();
    Q_EMIT statusMessage(orderPath.isEmpty() ? tr("Loading catalog %1\u2026").arg(file) : tr("Planning order %1\u2026").arg(file));
    m_loader->load(catalogPath, orderPath);
}

void PlanPreviewPage::onLoaded(const PlanLoadResult& result)
{
    rememberFiles(result);
    m_problemModel->clear();
    Q_EMIT problemsChanged(false);
    m_stepModel->setPlan(result.catalog, result.plan);
    m_lineModel->setPlan(result.catalog, result.plan);
    updateSummary(result);
    if (result.plan) {
        const OrchestrationPlan& plan = *result.plan;
        m_stepStack->setCurrentWidget(m_stepTree);
        Q_EMIT subjectChanged(plan.orderId);
        Q_EMIT statusMessage(tr("Planned order %1 in %2 ms.").arg(plan.orderId).arg(result.elapsedMs));
    } else {
        const Catalog& catalog = *result.catalog;
        Q_EMIT subjectChanged(catalog.name);
        showPlaceholder(tr("Catalog \u201c%1\u201d is loaded: %n plan definition(s).\n\n"
                           "Open an order (File > Open Order) to plan it.",
                           nullptr, static_cast<int>(catalog.planDefinitions.size()))
                            .arg(catalog.name));
        Q_EMIT statusMessage(tr("Loaded catalog %1 (%2 ms)").arg(catalog.id).arg(result.elapsedMs));
    }
    Q_EMIT loadFinished(true);
}

void PlanPreviewPage::onLoadFailed(const PlanLoadResult& result)
{
    rememberFiles(result);
    m_stepModel->clear();
    m_lineModel->clear();
    m_problemModel->setProblems(result.problems);
    Q_EMIT problemsChanged(true);
    updateSummary(result);
    Q_EMIT subjectChanged(QString());
    const QString file = QFileInfo(result.problems.empty() ? result.catalogPath : result.problems.front().file).fileName();
    showPlaceholder(tr("%1 could not be loaded.\n\nThe Problems panel lists what is wrong.").arg(file));
    Q_EMIT statusMessage(tr("Loading failed: %n problem(s)", nullptr, static_cast<int>(result.problems.size())));
    Q_EMIT loadFinished(false);
}

void PlanPreviewPage::rememberFiles(const PlanLoadResult& result)
{
    if (result.catalog)
        Q_EMIT fileLoaded(QStringLiteral("catalog"), result.catalogPath);
    if (result.order)
        Q_EMIT fileLoaded(QStringLiteral("order"), result.orderPath);
}

void PlanPreviewPage::showPlaceholder(const QString& text)
{
    m_placeholder->setText(text);
    m_stepStack->setCurrentWidget(m_placeholder);
}

void PlanPreviewPage::updateSummary(const PlanLoadResult& result)
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

} // namespace fw
