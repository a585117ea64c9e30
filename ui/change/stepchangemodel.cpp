// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "stepchangemodel.h"

#include "changepresentation.h"
#include "common/enginetexttranslation.h"
#include "common/statepresentation.h"
#include "plangraph/changegraph.h"

#include <QBrush>

namespace fw {

StepChangeModel::StepChangeModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void StepChangeModel::setPreview(const ChangePreview& preview, QHash<QString, QString> laneNames)
{
    beginResetModel();
    m_steps = preview.steps;
    m_laneNames = std::move(laneNames);
    m_stepNames.clear();
    for (const StepChange& step : m_steps)
        m_stepNames.insert(step.id, step.name);
    endResetModel();
}

int StepChangeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int StepChangeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StepChangeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const StepChange& s = m_steps[std::size_t(index.row())];
    const NodeChange change = nodeChangeOf(s.kind);
    const auto stateText = [](const QString& state) { return state.isEmpty() ? tr("new") : StatePresentation::stepStateLabel(state); };
    switch (role) {
    case StepIdRole:
        return s.id;
    case KindRole:
        return toString(s.kind);
    case IsChangeRole:
        return s.kind != StepChangeKind::Kept;
    case SortRole:
        if (index.column() == ChangeColumn)
            return int(s.kind);
        if (index.column() == StepColumn)
            return index.row(); // plan order
        return data(index, Qt::DisplayRole);
    case Qt::ForegroundRole:
        if (index.column() == ChangeColumn && s.kind != StepChangeKind::Kept)
            return QBrush(ChangePresentation::color(change));
        if (s.kind == StepChangeKind::Discarded)
            return QBrush(ChangePresentation::color(NodeChange::Kept));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ChangeColumn)
            return ChangePresentation::description(change);
        if (index.column() == StepColumn)
            return s.id;
        if (index.column() == ReasonColumn && !s.reason.isEmpty())
            return translatedEngineText(s.reason);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case ChangeColumn:
            return QString(ChangePresentation::glyph(change) + QLatin1Char(' ') + ChangePresentation::label(change));
        case StepColumn:
            return s.name;
        case LaneColumn:
            return m_laneNames.value(s.lane, s.lane);
        case StateColumn:
            if (s.stateBefore == s.stateAfter)
                return stateText(s.stateAfter);
            return tr("%1 \u2192 %2").arg(stateText(s.stateBefore), stateText(s.stateAfter));
        case ReasonColumn:
            // The engine's reason names what a compensation undoes ("undoes 'Ship router': ..."): kept as it is.
            if (s.kind == StepChangeKind::Compensation && !s.compensates.isEmpty() && !s.reason.startsWith(QLatin1String("undoes '")))
                return tr("undoes '%1': %2").arg(m_stepNames.value(s.compensates, s.compensates), translatedEngineText(s.reason));
            return translatedEngineText(s.reason);
        }
        return {};
    default:
        return {};
    }
}

QVariant StepChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChangeColumn:
        return tr("Change");
    case StepColumn:
        return tr("Step");
    case LaneColumn:
        return tr("Lane");
    case StateColumn:
        return tr("State before \u2192 after");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace fw
