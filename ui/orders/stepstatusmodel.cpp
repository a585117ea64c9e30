// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "stepstatusmodel.h"

#include "common/enginetexttranslation.h"
#include "domain/steptypes.h"
#include "common/statepresentation.h"
#include "common/steppresentation.h"

#include <QBrush>

namespace fw {

StepStatusModel::StepStatusModel(QObject* parent)
    : SnapshotTableModel(parent)
{
}

int StepStatusModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StepStatusModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const StepStatus& step = rowAt(index.row());
    switch (role) {
    case StepIdRole:
        return step.id;
    case StateRole:
        return step.state;
    case Qt::ToolTipRole:
        return step.lastError.isEmpty() ? QVariant(step.id) : QVariant(translatedEngineText(step.lastError));
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return StatePresentation::stateColor(step.state);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AttemptsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        if (index.column() == AttemptsColumn)
            return step.attempts;
        if (index.column() == UpdatedColumn)
            return step.updatedAt;
        if (index.column() == NameColumn)
            return index.row(); // plan order
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return step.name;
        case LaneColumn:
            return step.lane;
        case TypeColumn:
            if (const auto type = stepTypeFromString(step.type))
                return StepPresentation::typeLabel(*type);
            return step.type;
        case StateColumn:
            return StatePresentation::stepStateLabel(step.state);
        case AttemptsColumn:
            return step.attempts ? QVariant(step.attempts) : QVariant();
        case UpdatedColumn:
            return StatePresentation::timeText(step.updatedAt);
        case ErrorColumn:
            return translatedEngineText(step.lastError);
        }
        return {};
    default:
        return {};
    }
}

QVariant StepStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Step");
    case LaneColumn:
        return tr("Lane");
    case TypeColumn:
        return tr("Type");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case UpdatedColumn:
        return tr("Last change");
    case ErrorColumn:
        return tr("Last error");
    }
    return {};
}

} // namespace fw
