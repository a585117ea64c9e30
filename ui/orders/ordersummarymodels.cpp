// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ordersummarymodels.h"

#include "change/changepresentation.h"
#include "common/enginetexttranslation.h"
#include "common/statepresentation.h"

#include <QBrush>
#include <QFont>
#include <QHash>

namespace fw {

// --- SummaryItemModel

SummaryItemModel::SummaryItemModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SummaryItemModel::setItems(std::vector<ItemPosition> items)
{
    const bool sameShape = m_items.size() == items.size()
        && std::equal(m_items.begin(), m_items.end(), items.begin(),
                      [](const ItemPosition& a, const ItemPosition& b) { return a.item == b.item; });
    if (sameShape) {
        const bool changed = !(m_items == items);
        m_items = std::move(items);
        resolveGroups();
        if (changed && !m_items.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_items = std::move(items);
    resolveGroups();
    endResetModel();
}

void SummaryItemModel::resolveGroups()
{
    QHash<QString, const ItemPosition*> byId;
    for (const ItemPosition& item : m_items)
        byId.insert(item.item, &item);
    m_inheritedGroups.assign(m_items.size(), QString());
    for (std::size_t row = 0; row < m_items.size(); ++row) {
        const ItemPosition* item = &m_items[row];
        for (int depth = 0; item->deliveryGroup.isEmpty() && !item->parentItem.isEmpty() && depth < 16; ++depth) {
            item = byId.value(item->parentItem);
            if (!item)
                break;
        }
        if (item && item != &m_items[row])
            m_inheritedGroups[row] = item->deliveryGroup;
    }
}

int SummaryItemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int SummaryItemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SummaryItemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ItemPosition& item = m_items[std::size_t(index.row())];
    const bool cancelled = item.status == QLatin1String("cancelled");
    switch (role) {
    case StatusRole:
        return item.status;
    case SortRole:
        if (index.column() == OrderedColumn)
            return item.quantityOrdered;
        if (index.column() == NowColumn)
            return item.quantityNow;
        if (index.column() == ItemColumn)
            return index.row(); // the report's order: original items, then added ones
        return data(index, Qt::DisplayRole);
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return QBrush(ChangePresentation::itemStatusColor(item.status));
        if (index.column() == NowColumn && item.quantityNow != item.quantityOrdered)
            return QBrush(ChangePresentation::color(NodeChange::Amended));
        return {};
    case Qt::FontRole:
        if (index.column() == StatusColumn || (index.column() == NowColumn && item.quantityNow != item.quantityOrdered)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (cancelled && index.column() == ItemColumn) {
            QFont struck;
            struck.setStrikeOut(true);
            return struck;
        }
        if (index.column() == GroupColumn && item.deliveryGroup.isEmpty()) {
            QFont inherited;
            inherited.setItalic(true);
            return inherited;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == OrderedColumn || index.column() == NowColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ItemColumn && !item.lines.isEmpty())
            return tr("Fulfillment lines: %1").arg(item.lines.join(QStringLiteral(", ")));
        if (index.column() == ProductColumn)
            return tr("Product code %1").arg(item.product);
        if (index.column() == StatusColumn && ChangePresentation::partlyDelivered(item))
            return tr("Delivered: %1 \u00b7 pending (not started): %2 \u00b7 in progress: %3")
                .arg(item.quantityDelivered)
                .arg(item.quantityPending)
                .arg(item.quantityNow - item.quantityDelivered - item.quantityPending);
        if (index.column() == GroupColumn && item.deliveryGroup.isEmpty() && !m_inheritedGroups[std::size_t(index.row())].isEmpty())
            return tr("Inherited from item %1").arg(item.parentItem);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case ItemColumn:
            return item.parentItem.isEmpty() ? item.item : QStringLiteral("\u2003") + item.item; // children indented
        case ProductColumn:
            return item.productName.isEmpty() ? item.product : item.productName;
        case GroupColumn:
            return item.deliveryGroup.isEmpty() ? m_inheritedGroups[std::size_t(index.row())] : item.deliveryGroup;
        case OrderedColumn:
            return item.quantityOrdered == 0 ? tr("added") : QString::number(item.quantityOrdered);
        case NowColumn:
            return item.quantityNow == 0 ? tr("removed") : QString::number(item.quantityNow);
        case StatusColumn:
            return ChangePresentation::itemProgressLabel(item);
        case ChangedByColumn:
            return item.changedBy.join(QStringLiteral(", "));
        }
        return {};
    default:
        return {};
    }
}

QVariant SummaryItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case ProductColumn:
        return tr("Product");
    case GroupColumn:
        return tr("Delivery group");
    case OrderedColumn:
        return tr("Ordered");
    case NowColumn:
        return tr("Now");
    case StatusColumn:
        return tr("Status");
    case ChangedByColumn:
        return tr("Changed by");
    }
    return {};
}

// --- SplitPathModel

SplitPathModel::SplitPathModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SplitPathModel::setSplits(std::vector<SplitPath> splits)
{
    const bool sameShape = m_splits.size() == splits.size()
        && std::equal(m_splits.begin(), m_splits.end(), splits.begin(),
                      [](const SplitPath& a, const SplitPath& b) { return a.group == b.group; });
    if (sameShape) {
        const bool changed = !(m_splits == splits);
        m_splits = std::move(splits);
        if (changed && !m_splits.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_splits = std::move(splits);
    endResetModel();
}

int SplitPathModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_splits.size());
}

int SplitPathModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SplitPathModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SplitPath& split = m_splits[std::size_t(index.row())];
    switch (role) {
    case StatusRole:
        return split.status;
    case ProgressRole:
        return split.steps > 0 ? double(split.stepsDone) / split.steps : 0.0;
    case Qt::ForegroundRole:
        return index.column() == StatusColumn ? QVariant(QBrush(ChangePresentation::itemStatusColor(split.status))) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case GroupColumn:
            return split.group;
        case AddressColumn:
            return split.address;
        case DateColumn:
            return split.requestedDate;
        case ItemsColumn:
            return split.items.join(QStringLiteral(", "));
        case ProgressColumn:
            return tr("%1 of %2 steps").arg(split.stepsDone).arg(split.steps);
        case StatusColumn:
            return ChangePresentation::itemStatusLabel(split.status);
        }
        return {};
    default:
        return {};
    }
}

QVariant SplitPathModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case GroupColumn:
        return tr("Delivery group");
    case AddressColumn:
        return tr("Address");
    case DateColumn:
        return tr("Requested");
    case ItemsColumn:
        return tr("Items");
    case ProgressColumn:
        return tr("Progress");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

// --- ChangeRecordModel

ChangeRecordModel::ChangeRecordModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ChangeRecordModel::setRecords(std::vector<ChangeOrderRecord> records)
{
    if (records == m_records)
        return;
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

int ChangeRecordModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ChangeRecordModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeRecordModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ChangeOrderRecord& record = m_records[std::size_t(index.row())];
    switch (role) {
    case StateRole:
        return record.state;
    case Qt::ForegroundRole:
        return index.column() == StateColumn ? QVariant(QBrush(ChangePresentation::recordStateColor(record.state))) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == OutcomeColumn || index.column() == ReasonColumn)
            return data(index, Qt::DisplayRole);
        if (index.column() == SubmittedAtColumn && record.appliedAt.isValid())
            return tr("Applied %1").arg(StatePresentation::timeText(record.appliedAt));
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return record.id;
        case RevisionColumn:
            return record.revision;
        case StateColumn:
            return ChangePresentation::recordStateLabel(record.state);
        case SubmittedByColumn:
            return record.requestedBy.isEmpty() ? record.submittedBy : tr("%1 (for %2)").arg(record.submittedBy, record.requestedBy);
        case SubmittedAtColumn:
            return StatePresentation::timeText(record.submittedAt);
        case OutcomeColumn:
            return translatedEngineText(record.outcome);
        case ReasonColumn:
            return record.reason;
        }
        return {};
    default:
        return {};
    }
}

QVariant ChangeRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Change order");
    case RevisionColumn:
        return tr("Revision");
    case StateColumn:
        return tr("State");
    case SubmittedByColumn:
        return tr("Submitted by");
    case SubmittedAtColumn:
        return tr("Submitted");
    case OutcomeColumn:
        return tr("Outcome");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace fw
