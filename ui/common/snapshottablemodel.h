// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace fw {

// A table of value rows that is refreshed from engine snapshots in place: rows whose key vanished
// are removed, changed rows emit dataChanged, new rows are appended. Views keep their selection,
// scroll position and sort (through a proxy) across refreshes, which a model reset would lose.
template <typename Row> class SnapshotTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    const Row& rowAt(int row) const { return m_rows[std::size_t(row)]; }
    const std::vector<Row>& rows() const { return m_rows; }
    // The row with this key, -1 if none.
    int rowOf(const QString& key) const
    {
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            if (keyOf(m_rows[i]) == key)
                return int(i);
        }
        return -1;
    }

protected:
    virtual QString keyOf(const Row& row) const = 0;

    void replaceRows(std::vector<Row> fresh)
    {
        QHash<QString, std::size_t> freshIndex;
        freshIndex.reserve(qsizetype(fresh.size()));
        for (std::size_t i = 0; i < fresh.size(); ++i)
            freshIndex.insert(keyOf(fresh[i]), i);
        // Remove vanished rows, from the end, in contiguous ranges.
        for (int last = int(m_rows.size()) - 1; last >= 0;) {
            if (freshIndex.contains(keyOf(m_rows[std::size_t(last)]))) {
                --last;
                continue;
            }
            int first = last;
            while (first > 0 && !freshIndex.contains(keyOf(m_rows[std::size_t(first - 1)])))
                --first;
            beginRemoveRows({}, first, last);
            m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
            endRemoveRows();
            last = first - 1;
        }
        // Update the rows that stay.
        std::vector<bool> placed(fresh.size(), false);
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            const std::size_t from = freshIndex.value(keyOf(m_rows[i]));
            placed[from] = true;
            if (!(m_rows[i] == fresh[from])) {
                m_rows[i] = std::move(fresh[from]);
                Q_EMIT dataChanged(index(int(i), 0), index(int(i), columnCount() - 1));
            }
        }
        // Append the new ones, in snapshot order.
        std::vector<Row> added;
        for (std::size_t i = 0; i < fresh.size(); ++i) {
            if (!placed[i])
                added.push_back(std::move(fresh[i]));
        }
        if (!added.empty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
            for (auto& row : added)
                m_rows.push_back(std::move(row));
            endInsertRows();
        }
    }

private:
    std::vector<Row> m_rows;
};

} // namespace fw
