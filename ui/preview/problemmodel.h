// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/problem.h"

#include <QAbstractTableModel>

namespace fw {

// The problems found while loading a catalog or an order: one row per problem, located by file and
// JSON pointer, as `fwctl` prints them.
class ProblemModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { FileColumn, LocationColumn, MessageColumn, ColumnCount };
    enum Role {
        ProblemTextRole = Qt::UserRole + 1, // QString: "FILE:/pointer: message"
        FilePathRole, // QString: the file as given
    };

    explicit ProblemModel(QObject* parent = nullptr);

    void setProblems(Problems problems);
    void clear();
    const Problems& problems() const { return m_problems; }
    // Every problem as "FILE:/pointer: message", one a line (for the clipboard).
    QString text() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Problems m_problems;
};

} // namespace fw
