// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "plansteptree.h"

#include "planstepmodel.h"

#include <QHeaderView>

namespace fw {

PlanStepTree::PlanStepTree(QWidget* parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("planStepTree"));
    setAccessibleName(tr("Plan steps by lane"));
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAllColumnsShowFocus(true);
    setIndentation(18);
    header()->setStretchLastSection(false);
    header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void PlanStepTree::setPlanModel(PlanStepModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    setModel(model);
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, &PlanStepTree::applyLayout);
    applyLayout();
}

void PlanStepTree::applyLayout()
{
    if (!m_model)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row)
        setFirstColumnSpanned(row, QModelIndex(), true);
    expandAll();

    // Fit the contents, within bounds that keep every column on screen at 1280 pixels.
    struct Width {
        int column;
        int minimum;
        int maximum;
    };
    static constexpr Width widths[] = {
        { PlanStepModel::NameColumn, 200, 320 }, { PlanStepModel::TypeColumn, 120, 220 },      { PlanStepModel::ScopeColumn, 80, 110 },
        { PlanStepModel::IdColumn, 160, 300 },   { PlanStepModel::DependsOnColumn, 160, 160 }, { PlanStepModel::DurationColumn, 90, 110 },
        { PlanStepModel::PonrColumn, 56, 70 },
    };
    QHeaderView* columns = header();
    for (const Width& width : widths) {
        // Lane rows span all columns: only steps should decide the width of the first one.
        const int content = width.column == PlanStepModel::NameColumn ? 0 : sizeHintForColumn(width.column);
        const int headerWidth = columns->sectionSizeHint(width.column);
        columns->resizeSection(width.column, std::clamp(std::max(content + 16, headerWidth), width.minimum, width.maximum));
    }
    // "Depends on" takes the room left, so the duration and PONR columns end at the right edge.
    columns->setSectionResizeMode(PlanStepModel::DependsOnColumn, QHeaderView::Stretch);
}

} // namespace fw
