// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "unrunnableordermodel.h"

#include "common/enginetexttranslation.h"

#include <QLocale>

namespace fw {

UnrunnableOrderModel::UnrunnableOrderModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void UnrunnableOrderModel::setOrders(std::shared_ptr<const std::vector<UnreadableOrder>> orders)
{
    if (orders == m_orders || (orders && m_orders && *orders == *m_orders))
        return; // the same list: selection and scroll stay
    const int before = count();
    beginResetModel();
    m_orders = std::move(orders);
    endResetModel();
    if (count() != before)
        Q_EMIT countChanged(count());
}

QString UnrunnableOrderModel::summary() const
{
    if (count() == 0)
        return {};
    QStringList first;
    for (int i = 0; i < count() && i < shownInSummary; ++i)
        first << tr("%1 (%2)").arg((*m_orders)[std::size_t(i)].orderId, translatedEngineText((*m_orders)[std::size_t(i)].reason));
    const QString orders = count() == 1 ? tr("1 order cannot run") : tr("%1 orders cannot run").arg(QLocale().toString(count()));
    if (count() <= shownInSummary)
        return tr("%1: %2").arg(orders, first.join(QStringLiteral("; ")));
    return tr("%1: %2; and %3 more").arg(orders, first.join(QStringLiteral("; ")), QLocale().toString(count() - shownInSummary));
}

int UnrunnableOrderModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

int UnrunnableOrderModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnrunnableOrderModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UnreadableOrder& order = (*m_orders)[std::size_t(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return index.column() == OrderColumn ? order.orderId : translatedEngineText(order.reason);
    return {};
}

QVariant UnrunnableOrderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == OrderColumn ? tr("Order") : tr("Reason");
}

} // namespace fw
