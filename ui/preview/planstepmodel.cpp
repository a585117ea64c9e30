// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planstepmodel.h"

#include "common/duration.h"
#include "domain/catalog.h"
#include "domain/plan.h"
#include "common/steppresentation.h"

#include <QFont>

namespace fw {

namespace {
    // internalId 0 marks a lane row; a step row stores its lane row + 1.
    constexpr quintptr laneMarker = 0;
} // namespace

PlanStepModel::PlanStepModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

PlanStepModel::~PlanStepModel() = default;

void PlanStepModel::setPlan(std::shared_ptr<const Catalog> catalog, std::shared_ptr<const OrchestrationPlan> plan)
{
    beginResetModel();
    m_catalog = std::move(catalog);
    m_plan = std::move(plan);
    rebuild();
    endResetModel();
}

void PlanStepModel::clear()
{
    setPlan(nullptr, nullptr);
}

int PlanStepModel::stepCount() const
{
    return m_plan ? static_cast<int>(m_plan->steps.size()) : 0;
}

void PlanStepModel::rebuild()
{
    m_lanes.clear();
    m_nameCount.clear();
    if (!m_plan)
        return;
    QHash<QString, std::size_t> rowOfLane;
    auto addLane = [&](const QString& id) {
        LaneRow lane;
        lane.id = id;
        lane.name = id;
        if (m_catalog) {
            lane.catalogIndex = m_catalog->laneIndex(id);
            if (lane.catalogIndex >= 0)
                lane.name = m_catalog->lanes[static_cast<std::size_t>(lane.catalogIndex)].name;
        }
        rowOfLane.insert(id, m_lanes.size());
        m_lanes.push_back(std::move(lane));
    };
    for (const QString& id : m_plan->lanes)
        addLane(id);
    for (std::size_t i = 0; i < m_plan->steps.size(); ++i) {
        const PlanStep& step = m_plan->steps[i];
        if (!rowOfLane.contains(step.lane))
            addLane(step.lane); // not expected: the planner lists every lane that has steps
        m_lanes[rowOfLane.value(step.lane)].steps.push_back(static_cast<int>(i));
        ++m_nameCount[step.name];
    }
}

QModelIndex PlanStepModel::laneIndex(const QString& laneId) const
{
    for (std::size_t row = 0; row < m_lanes.size(); ++row) {
        if (m_lanes[row].id == laneId)
            return createIndex(static_cast<int>(row), 0, laneMarker);
    }
    return {};
}

QModelIndex PlanStepModel::stepIndex(const QString& stepId) const
{
    if (!m_plan)
        return {};
    for (std::size_t laneRow = 0; laneRow < m_lanes.size(); ++laneRow) {
        const auto& steps = m_lanes[laneRow].steps;
        for (std::size_t row = 0; row < steps.size(); ++row) {
            if (m_plan->steps[static_cast<std::size_t>(steps[row])].id == stepId)
                return createIndex(static_cast<int>(row), 0, static_cast<quintptr>(laneRow + 1));
        }
    }
    return {};
}

QString PlanStepModel::stepDisplayName(int stepIndex) const
{
    if (!m_plan || stepIndex < 0 || stepIndex >= stepCount())
        return {};
    const PlanStep& step = m_plan->steps[static_cast<std::size_t>(stepIndex)];
    if (m_nameCount.value(step.name) > 1 && !step.scopeKey.isEmpty())
        return tr("%1 (%2)").arg(step.name, step.scopeKey);
    return step.name;
}

QModelIndex PlanStepModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= static_cast<int>(m_lanes.size()))
            return {};
        return createIndex(row, column, laneMarker);
    }
    if (parent.internalId() != laneMarker || parent.column() != 0)
        return {}; // steps have no children; only column 0 has children
    const auto laneRow = static_cast<std::size_t>(parent.row());
    if (laneRow >= m_lanes.size() || row >= static_cast<int>(m_lanes[laneRow].steps.size()))
        return {};
    return createIndex(row, column, static_cast<quintptr>(laneRow + 1));
}

QModelIndex PlanStepModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == laneMarker)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, laneMarker);
}

int PlanStepModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_lanes.size());
    if (parent.internalId() != laneMarker || parent.column() != 0)
        return 0;
    return static_cast<int>(m_lanes[static_cast<std::size_t>(parent.row())].steps.size());
}

int PlanStepModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

Qt::ItemFlags PlanStepModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != laneMarker)
        result |= Qt::ItemNeverHasChildren;
    return result;
}

QVariant PlanStepModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == laneMarker)
        return laneData(m_lanes[static_cast<std::size_t>(index.row())], index.column(), role);
    const LaneRow& lane = m_lanes[static_cast<std::size_t>(index.internalId() - 1)];
    return stepData(lane, lane.steps[static_cast<std::size_t>(index.row())], index.column(), role);
}

QVariant PlanStepModel::laneData(const LaneRow& lane, int column, int role) const
{
    const int count = static_cast<int>(lane.steps.size());
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return tr("%1 \u2014 %n step(s)", nullptr, count).arg(lane.name);
        return {};
    case Qt::ToolTipRole:
        return tr("Lane %1 (%2): %n step(s)", nullptr, count).arg(lane.name, lane.id);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::DecorationRole:
        return column == NameColumn ? QVariant(StepPresentation::laneColor(lane.catalogIndex)) : QVariant();
    case StepIndexRole:
        return -1;
    case LaneIdRole:
        return lane.id;
    case IsLaneRole:
        return true;
    case StepCountRole:
        return count;
    case SortRole:
        return lane.catalogIndex;
    default:
        return {};
    }
}

QVariant PlanStepModel::stepData(const LaneRow& lane, int stepIndex, int column, int role) const
{
    const PlanStep& step = m_plan->steps[static_cast<std::size_t>(stepIndex)];
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (column) {
        case NameColumn:
            return step.name;
        case TypeColumn:
            return StepPresentation::typeLabel(step.type);
        case ScopeColumn:
            return StepPresentation::scopeLabel(step.scope);
        case IdColumn:
            return step.id;
        case DependsOnColumn:
            return dependsOnText(stepIndex);
        case DurationColumn:
            if (role == SortRole)
                return step.estimatedSeconds;
            return step.estimatedSeconds > 0 ? formatDuration(step.estimatedSeconds) : QString();
        case PonrColumn:
            return step.pointOfNoReturn ? tr("Yes") : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case TypeColumn:
            return StepPresentation::typeDescription(step.type);
        case ScopeColumn:
            return tr("%1 scope: %2").arg(StepPresentation::scopeLabel(step.scope), step.scopeKey);
        case DependsOnColumn: {
            QStringList ids;
            for (const int dependency : step.dependsOn)
                ids << m_plan->steps[static_cast<std::size_t>(dependency)].id;
            return ids.isEmpty() ? tr("Starts as soon as the order is released.") : ids.join(QLatin1Char('\n'));
        }
        case PonrColumn:
            return step.pointOfNoReturn ? tr("Point of no return: once this step has completed, the order can no longer be cancelled or "
                                             "changed in flight.")
                                        : QVariant();
        default:
            return stepToolTip(stepIndex);
        }
    case Qt::DecorationRole:
        return column == TypeColumn ? QVariant(StepPresentation::typeColor(step.type)) : QVariant();
    case Qt::TextAlignmentRole:
        if (column == DurationColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (column == PonrColumn)
            return QVariant(Qt::AlignCenter);
        return {};
    case Qt::ForegroundRole:
        if (column == PonrColumn && step.pointOfNoReturn)
            return QColor(0xb0, 0x20, 0x20);
        return {};
    case StepIndexRole:
        return stepIndex;
    case StepIdRole:
        return step.id;
    case LaneIdRole:
        return lane.id;
    case IsLaneRole:
        return false;
    default:
        return {};
    }
}

QString PlanStepModel::dependsOnText(int stepIndex) const
{
    QStringList names;
    for (const int dependency : m_plan->steps[static_cast<std::size_t>(stepIndex)].dependsOn)
        names << stepDisplayName(dependency);
    return names.join(QStringLiteral(", "));
}

QString PlanStepModel::stepToolTip(int stepIndex) const
{
    const PlanStep& step = m_plan->steps[static_cast<std::size_t>(stepIndex)];
    QString text = QStringLiteral("<b>%1</b><br/>").arg(step.name.toHtmlEscaped());
    text += tr("Plan definition: %1, step %2").arg(step.planDefinition, step.stepKey).toHtmlEscaped();
    if (!step.lines.isEmpty())
        text += QStringLiteral("<br/>") + tr("Fulfillment lines: %1").arg(step.lines.join(QStringLiteral(", "))).toHtmlEscaped();
    text += QStringLiteral("<br/>") + tr("Dependency depth: %1").arg(step.depth);
    return text;
}

QVariant PlanStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == PonrColumn)
        return tr("Point of no return");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Step");
    case TypeColumn:
        return tr("Type");
    case ScopeColumn:
        return tr("Scope");
    case IdColumn:
        return tr("Id");
    case DependsOnColumn:
        return tr("Depends on");
    case DurationColumn:
        return tr("Est. duration");
    case PonrColumn:
        return tr("PONR");
    default:
        return {};
    }
}

} // namespace fw
