// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "falloutgroupmodel.h"

#include "common/enginetexttranslation.h"
#include "engine/enginesnapshot.h"
#include "engine/falloutsignature.h"

#include <QSet>

namespace fw {

FalloutGroupModel::FalloutGroupModel(QObject* parent)
    : SnapshotTableModel(parent)
{
}

void FalloutGroupModel::setSnapshot(const EngineSnapshot& snapshot)
{
    std::vector<FalloutGroup> groups;
    QHash<QString, std::size_t> index;
    QHash<QString, QSet<QString>> orders;
    for (const FalloutSummary& c : snapshot.fallout) {
        const QString signature = falloutSignature(c);
        auto it = index.constFind(signature);
        if (it == index.cend()) {
            it = index.insert(signature, groups.size());
            groups.push_back(
                { signature, c.endpoint.isEmpty() ? c.stepType : c.endpoint, c.classification, errorShape(c.error), {}, 0, 0 });
        }
        FalloutGroup& group = groups[*it];
        group.cases += 1;
        if (!group.queues.contains(c.queue))
            group.queues << c.queue;
        orders[signature].insert(c.orderId);
    }
    for (FalloutGroup& group : groups) {
        group.orders = int(orders.value(group.signature).size());
        group.queues.sort();
    }
    std::stable_sort(groups.begin(), groups.end(), [](const FalloutGroup& a, const FalloutGroup& b) { return a.cases > b.cases; });
    replaceRows(std::move(groups));
}

int FalloutGroupModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FalloutGroupModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FalloutGroup& group = rowAt(index.row());
    switch (role) {
    case SignatureRole:
        return group.signature;
    case SortRole:
        return index.column() == CasesColumn ? QVariant(group.cases) : data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        return tr("%n case(s) in %1 order(s); queues: %2", nullptr, group.cases)
            .arg(group.orders)
            .arg(group.queues.join(QStringLiteral(", ")));
    case Qt::TextAlignmentRole:
        return index.column() == CasesColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case CasesColumn:
            return group.cases;
        case WhereColumn:
            return group.endpoint;
        case ClassColumn:
            return group.classification == QLatin1String("fatal") ? tr("Fatal") : tr("Retries exhausted");
        case ShapeColumn:
            return translatedEngineText(group.shape);
        case QueuesColumn:
            return group.queues.join(QStringLiteral(", "));
        }
        return {};
    default:
        return {};
    }
}

QVariant FalloutGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CasesColumn:
        return tr("Cases");
    case WhereColumn:
        return tr("System");
    case ClassColumn:
        return tr("Class");
    case ShapeColumn:
        return tr("Error signature");
    case QueuesColumn:
        return tr("Queues");
    }
    return {};
}

} // namespace fw
