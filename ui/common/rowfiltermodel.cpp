// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rowfiltermodel.h"

namespace fw {

RowFilterModel::RowFilterModel(int sortRole, QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(sortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void RowFilterModel::setSearchText(const QString& text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void RowFilterModel::setSearchColumns(const QList<int>& columns)
{
    m_columns = columns;
    invalidateRowsFilter();
}

void RowFilterModel::setRoleFilter(int role, const QVariant& value)
{
    if (value.isValid())
        m_roleFilters.insert(role, value);
    else
        m_roleFilters.remove(role);
    invalidateRowsFilter();
}

bool RowFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* source = sourceModel();
    for (auto it = m_roleFilters.cbegin(); it != m_roleFilters.cend(); ++it) {
        const QVariant value = source->index(sourceRow, 0, sourceParent).data(it.key());
        if (it.value().typeId() == QMetaType::QStringList ? !it.value().toStringList().contains(value.toString()) : value != it.value())
            return false;
    }
    if (m_words.isEmpty())
        return true;
    QString haystack;
    const int columns = source->columnCount(sourceParent);
    for (int column = 0; column < columns; ++column) {
        if (m_columns.isEmpty() || m_columns.contains(column))
            haystack += source->index(sourceRow, column, sourceParent).data().toString() + QLatin1Char('\n');
    }
    for (const QString& word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace fw
