// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chartpanel.h"

#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace fw {

ChartPanel::ChartPanel(const QString& title, QChartView* view, QAbstractItemModel* tableModel, QWidget* parent)
    : QFrame(parent)
    , m_view(view)
    , m_table(new QTableView(this))
    , m_stack(new QStackedWidget(this))
    , m_toggle(new QToolButton(this))
{
    setObjectName(view->objectName() + QStringLiteral("Panel"));
    view->setAccessibleName(title);
    m_table->setAccessibleName(title);
    setFrameShape(QFrame::StyledPanel);

    auto* heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);

    m_toggle->setObjectName(view->objectName() + QStringLiteral("Toggle"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setText(tr("Table"));
    m_toggle->setToolTip(tr("Show the figures of this chart as a table"));
    connect(m_toggle, &QToolButton::toggled, this, &ChartPanel::showTable);

    m_table->setObjectName(view->objectName() + QStringLiteral("Table"));
    m_table->setModel(tableModel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    view->setParent(m_stack);
    view->setMinimumHeight(280);
    m_stack->addWidget(view);
    m_stack->addWidget(m_table);

    auto* top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(m_toggle);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
}

bool ChartPanel::isShowingTable() const
{
    return m_stack->currentWidget() == m_table;
}

void ChartPanel::showTable(bool table)
{
    m_stack->setCurrentWidget(table ? static_cast<QWidget*>(m_table) : m_view);
    m_toggle->setText(table ? tr("Chart") : tr("Table"));
    m_toggle->setToolTip(table ? tr("Show the chart again") : tr("Show the figures of this chart as a table"));
    if (m_toggle->isChecked() != table)
        m_toggle->setChecked(table);
}

} // namespace fw
