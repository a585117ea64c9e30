// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QSortFilterProxyModel>

namespace fw {

// Sorts by the source model's sort role and filters by search text over chosen columns
// (case-insensitive, every word must match somewhere) and by exact values of chosen roles
// ("queue is X", "claimed by me"). One proxy for the order, task and fallout tables.
class RowFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit RowFilterModel(int sortRole, QObject* parent = nullptr);

    void setSearchText(const QString& text);
    void setSearchColumns(const QList<int>& columns); // empty: all columns
    // Rows must have `value` in `role` (a QStringList value: one of its strings); an invalid value
    // removes the constraint.
    void setRoleFilter(int role, const QVariant& value);
    QString searchText() const { return m_words.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    QList<int> m_columns;
    QHash<int, QVariant> m_roleFilters;
};

} // namespace fw
