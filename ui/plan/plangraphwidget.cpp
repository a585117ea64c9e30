// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "plangraphwidget.h"

#include "domain/plan.h"
#include "planscenelookup.h"
#include "plangraphexport.h"
#include "planscene.h"
#include "planview.h"
#include "statelegend.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace fw {

PlanGraphWidget::PlanGraphWidget(QWidget* parent)
    : QWidget(parent)
    , m_scene(new PlanScene(this))
    , m_view(new PlanView(m_scene, this))
    , m_legend(new StateLegend(this))
    , m_search(new QLineEdit(this))
    , m_matches(new QLabel(this))
    , m_filter(new QComboBox(this))
{
    setObjectName(QStringLiteral("planGraphWidget"));
    auto* bar = new QWidget(this);
    buildToolBar(bar);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);
    connect(m_view, &PlanView::stepSelected, this, &PlanGraphWidget::stepSelected);
    connect(m_view, &PlanView::stepActivated, this, &PlanGraphWidget::stepActivated);
}

void PlanGraphWidget::buildToolBar(QWidget* bar)
{
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(6, 4, 6, 4);
    row->setSpacing(6);

    m_search->setObjectName(QStringLiteral("planGraphSearch"));
    m_search->setAccessibleName(tr("Find step"));
    m_search->setPlaceholderText(tr("Find step by name or id"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(150); // with the order page's inspector the row must fit 1366 pixels in German
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        m_matchIndex = -1;
        m_matches->clear();
    });
    row->addWidget(m_search);
    m_matches->setObjectName(QStringLiteral("planGraphMatches"));
    m_matches->setMinimumWidth(50);
    row->addWidget(m_matches);

    m_filter->setObjectName(QStringLiteral("planGraphFilter"));
    m_filter->addItem(tr("All steps"), int(PlanFilter::All));
    m_filter->addItem(tr("Manual tasks"), int(PlanFilter::ManualTasks));
    m_filter->addItem(tr("Callouts"), int(PlanFilter::Callouts));
    m_filter->addItem(tr("Failed or fallout"), int(PlanFilter::Failed));
    m_filter->addItem(tr("Waiting"), int(PlanFilter::Waiting));
    m_filter->addItem(tr("Not completed"), int(PlanFilter::NotCompleted));
    m_filter->setToolTip(tr("Dim the steps that do not match and zoom to those that do"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_filter->setMinimumContentsLength(12);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &PlanGraphWidget::applyFilter);
    // No "Show:" label: the row must fit a 1366-pixel screen in German; the items say it. Where
    // there is room the box widens to its longest item ("Fehlgeschlagen oder Fallout").
    int longest = 0;
    for (int i = 0; i < m_filter->count(); ++i)
        longest = std::max(longest, m_filter->fontMetrics().horizontalAdvance(m_filter->itemText(i)));
    m_filter->setSizePolicy(QSizePolicy::Preferred, m_filter->sizePolicy().verticalPolicy());
    m_filter->setMaximumWidth(std::max(m_filter->sizeHint().width(), longest + 48));
    row->addWidget(m_filter, 1);
    row->addStretch(1);

    const auto button = [bar, row](const QString& text, const QString& tip, const QString& name) {
        auto* b = new QToolButton(bar);
        b->setText(text);
        b->setToolTip(tip);
        b->setObjectName(name);
        b->setAutoRaise(true);
        row->addWidget(b);
        return b;
    };
    connect(button(tr("Zoom out"), tr("Zoom out (-)"), QStringLiteral("planGraphZoomOut")), &QToolButton::clicked, m_view,
            &PlanView::zoomOut);
    connect(button(tr("Zoom in"), tr("Zoom in (+)"), QStringLiteral("planGraphZoomIn")), &QToolButton::clicked, m_view, &PlanView::zoomIn);
    connect(button(tr("Fit"), tr("Show the whole plan (0)"), QStringLiteral("planGraphFit")), &QToolButton::clicked, m_view,
            &PlanView::fitAll);
    auto* zoomLabel = new QLabel(bar);
    zoomLabel->setMinimumWidth(44);
    zoomLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    connect(m_view, &PlanView::zoomChanged, zoomLabel, [zoomLabel](qreal zoom) { zoomLabel->setText(tr("%1 %").arg(qRound(zoom * 100))); });
    row->addWidget(zoomLabel);
    connect(button(tr("Export…"), tr("Save the graph as PNG or SVG"), QStringLiteral("planGraphExport")), &QToolButton::clicked, this,
            &PlanGraphWidget::exportInteractively);
}

void PlanGraphWidget::setPlan(const OrchestrationPlan& plan, const Catalog* catalog)
{
    setGraph(planGraphFromPlan(plan, catalog));
}

void PlanGraphWidget::setGraph(PlanGraph graph)
{
    m_scene->setGraph(std::move(graph));
    m_scene->setFilter(static_cast<PlanFilter>(m_filter->currentData().toInt()));
    m_matchIndex = -1;
    m_matches->clear();
    m_legend->setCriticalPathShown(false);
    m_view->fitReadable();
}

void PlanGraphWidget::clear()
{
    m_scene->clearGraph();
    m_matches->clear();
    m_legend->setCriticalPathShown(false);
}

void PlanGraphWidget::setCriticalPath(const QStringList& stepIds)
{
    m_scene->setCriticalPath(stepIds);
    m_legend->setCriticalPathShown(!stepIds.isEmpty());
}

QStringList PlanGraphWidget::criticalPath() const
{
    return m_scene->criticalPath();
}

void PlanGraphWidget::setStepStatus(const QString& stepId, StepState state, int attempts)
{
    m_scene->setStepStatus(stepId, state, attempts);
}

void PlanGraphWidget::applyStatuses(const std::vector<NodeStatus>& statuses)
{
    m_scene->applyStatuses(statuses);
}

void PlanGraphWidget::selectStep(const QString& stepId)
{
    m_view->selectStep(stepId);
    if (!stepId.isEmpty())
        m_view->centerOnStep(stepId); // expanding its group: wherever the request came from, the step is in view
}

void PlanGraphWidget::applyFilter()
{
    m_scene->setFilter(static_cast<PlanFilter>(m_filter->currentData().toInt()));
    if (m_scene->filter() == PlanFilter::All) {
        m_view->fitAll();
        return;
    }
    const std::vector<int> matches = filterMatches(*m_scene);
    if (!matches.empty())
        m_view->fitRect(shownRect(*m_scene, matches));
}

QString PlanGraphWidget::selectedStep() const
{
    return m_scene->selectedStep();
}

void PlanGraphWidget::setFilter(PlanFilter filter)
{
    const int index = m_filter->findData(int(filter));
    if (index >= 0)
        m_filter->setCurrentIndex(index); // the combo tells the scene
}

void PlanGraphWidget::setLaneCollapsed(const QString& laneId, bool collapsed)
{
    const auto& lanes = m_scene->graph().lanes;
    for (std::size_t lane = 0; lane < lanes.size(); ++lane)
        if (lanes[lane].id == laneId)
            m_scene->setLaneCollapsed(static_cast<int>(lane), collapsed);
}

bool PlanGraphWidget::findNext(const QString& text)
{
    const std::vector<int> found = findSteps(*m_scene, text);
    if (text != m_lastSearch) {
        m_lastSearch = text;
        m_matchIndex = -1;
    }
    if (found.empty()) {
        m_matches->setText(text.trimmed().isEmpty() ? QString() : tr("No match"));
        return false;
    }
    m_matchIndex = (m_matchIndex + 1) % static_cast<int>(found.size());
    const QString id = m_scene->graph().nodes[static_cast<std::size_t>(found[static_cast<std::size_t>(m_matchIndex)])].id;
    if (m_matchIndex == 0 && found.size() > 1) { // a new search: all its matches in view, the first selected
        revealStep(*m_scene, id);
        m_view->fitRect(shownRect(*m_scene, found));
        m_view->selectStep(id);
        if (!m_view->mapToScene(m_view->viewport()->rect()).boundingRect().contains(stepRect(*m_scene, id)))
            m_view->centerOnStep(id);
    } else {
        m_view->selectStep(id);
        m_view->centerOnStep(id);
    }
    updateMatchLabel(m_matchIndex + 1, static_cast<int>(found.size()));
    return true;
}

void PlanGraphWidget::updateMatchLabel(int current, int total)
{
    m_matches->setText(tr("%1 of %2").arg(current).arg(total));
}

Status PlanGraphWidget::exportTo(const QString& path)
{
    return PlanGraphExport::write(m_scene, path);
}

void PlanGraphWidget::exportInteractively()
{
    QString selected;
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export plan graph"), QString(), tr("PNG image (*.png);;SVG drawing (*.svg)"), &selected);
    if (path.isEmpty())
        return;
    QString file = path;
    if (QFileInfo(file).suffix().isEmpty())
        file += selected.contains(QLatin1String("svg")) ? QStringLiteral(".svg") : QStringLiteral(".png");
    if (const Status exported = exportTo(file); !exported)
        QMessageBox::warning(this, tr("Export plan graph"), exported.message());
}

} // namespace fw
