// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "plandiffwidget.h"

#include "changepresentation.h"
#include "plan/plangraphwidget.h"
#include "plan/planview.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace fw {

namespace {
    QWidget* titled(QLabel* title, PlanGraphWidget* graph, QWidget* parent)
    {
        auto* box = new QWidget(parent);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setContentsMargins(6, 2, 6, 0);
        layout->addWidget(title);
        layout->addWidget(graph, 1);
        return box;
    }
} // namespace

PlanDiffWidget::PlanDiffWidget(QWidget* parent)
    : QWidget(parent)
    , m_buttons(new QButtonGroup(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_before(new PlanGraphWidget(this))
    , m_after(new PlanGraphWidget(this))
    , m_beforeTitle(new QLabel(tr("Before: the plan as it runs now"), this))
    , m_afterTitle(new QLabel(tr("After: the plan as the change leaves it"), this))
{
    m_before->setObjectName(QStringLiteral("changeBeforeGraph"));
    m_after->setObjectName(QStringLiteral("changeAfterGraph"));
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 4, 4, 0);
    const std::pair<Mode, QString> modes[]
        = { { Mode::Before, tr("&Before") }, { Mode::After, tr("A&fter") }, { Mode::SideBySide, tr("Side by si&de") } };
    for (const auto& [mode, text] : modes) {
        auto* button = new QToolButton(this);
        button->setText(text);
        button->setCheckable(true);
        button->setObjectName(QStringLiteral("changeGraphMode%1").arg(int(mode)));
        m_buttons->addButton(button, int(mode));
        bar->addWidget(button);
    }
    m_buttons->setExclusive(true);
    connect(m_buttons, &QButtonGroup::idClicked, this, [this](int id) { setMode(Mode(id)); });
    auto* legend = new QLabel(legendHtml(), this);
    legend->setObjectName(QStringLiteral("changeLegend"));
    legend->setTextFormat(Qt::RichText);
    bar->addSpacing(12);
    bar->addWidget(legend, 1);

    m_splitter->addWidget(titled(m_beforeTitle, m_before, m_splitter));
    m_splitter->addWidget(titled(m_afterTitle, m_after, m_splitter));
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);
    setMode(Mode::After);
}

QString PlanDiffWidget::legendHtml()
{
    QStringList entries;
    for (NodeChange change : ChangePresentation::allChanges) {
        entries << QStringLiteral("<span title='%4' style='background:%1; color:white; font-weight:bold'>&nbsp;%2&nbsp;</span>&nbsp;%3")
                       .arg(ChangePresentation::color(change).name(), ChangePresentation::glyph(change).toHtmlEscaped(),
                            ChangePresentation::label(change).toHtmlEscaped(), ChangePresentation::description(change).toHtmlEscaped());
    }
    return entries.join(QStringLiteral(" &nbsp; "));
}

void PlanDiffWidget::setGraphs(PlanGraph before, const std::vector<NodeStatus>& beforeStatuses, PlanGraph after,
                               const std::vector<NodeStatus>& afterStatuses)
{
    m_before->setGraph(std::move(before));
    m_before->applyStatuses(beforeStatuses);
    m_after->setGraph(std::move(after));
    m_after->applyStatuses(afterStatuses);
    setMode(m_mode); // fits the shown graphs
}

void PlanDiffWidget::clear()
{
    m_before->clear();
    m_after->clear();
}

void PlanDiffWidget::setMode(Mode mode)
{
    m_mode = mode;
    if (QAbstractButton* button = m_buttons->button(int(mode)))
        button->setChecked(true);
    m_splitter->widget(0)->setVisible(mode != Mode::After);
    m_splitter->widget(1)->setVisible(mode != Mode::Before);
    m_beforeTitle->setVisible(mode == Mode::SideBySide);
    m_afterTitle->setVisible(mode == Mode::SideBySide);
    if (mode == Mode::SideBySide)
        m_splitter->setSizes({ 1, 1 });
    for (PlanGraphWidget* graph : { m_before, m_after }) {
        if (graph->isVisibleTo(this))
            graph->view()->fitReadable();
    }
}

} // namespace fw
