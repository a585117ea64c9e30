// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "problemspanel.h"

#include "problemmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace fw {

ProblemsPanel::ProblemsPanel(ProblemModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_summary(new QLabel(this))
    , m_copyButton(new QPushButton(tr("&Copy All"), this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("problemsPanel"));
    m_summary->setObjectName(QStringLiteral("problemsSummary"));
    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setAccessibleName(tr("Problems"));
    m_view->setModel(model);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(ProblemModel::FileColumn, 180);
    m_view->header()->resizeSection(ProblemModel::LocationColumn, 300);
    m_copyButton->setToolTip(tr("Copy every problem as FILE:/pointer: message lines"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_copyButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_copyButton, &QPushButton::clicked, this, &ProblemsPanel::copyToClipboard);
    connect(model, &QAbstractItemModel::modelReset, this, &ProblemsPanel::updateSummary);
    updateSummary();
}

QString ProblemsPanel::summaryText() const
{
    return m_summary->text();
}

void ProblemsPanel::updateSummary()
{
    const int count = m_model->rowCount();
    m_copyButton->setEnabled(count > 0);
    if (count == 0) {
        m_summary->setText(tr("No problems."));
        return;
    }
    m_summary->setText(tr("%n problem(s) stopped loading. Fix the file and choose File > Reload.", nullptr, count));
    for (int column = 0; column + 1 < ProblemModel::ColumnCount; ++column)
        m_view->resizeColumnToContents(column);
}

void ProblemsPanel::copyToClipboard()
{
    QApplication::clipboard()->setText(m_model->text());
}

} // namespace fw
