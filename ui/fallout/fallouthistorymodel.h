// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/fallouthistoryreader.h"

#include <QAbstractTableModel>

namespace fw {

// The attempt history of the selected fallout case's step (readFalloutHistory): one row per run,
// the engine's first and each retry, oldest first: when it began, who retried, whether the payload
// was edited (or line fields fixed), how many automatic attempts it made and how it ended (the error
// and the case it fell out as; the selected case's row is bold).
class FalloutHistoryModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TryColumn, StartedColumn, ByColumn, PayloadColumn, OutcomeColumn, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1 }; // qint64: the case the run fell out as (0: none)

    explicit FalloutHistoryModel(QObject* parent = nullptr);

    void setHistory(const FalloutHistory& history, qint64 selectedCase);
    void clear();
    const FalloutHistory& history() const { return m_history; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString outcome(const FalloutTry& run) const;

    FalloutHistory m_history;
    qint64 m_selectedCase = 0;
};

} // namespace fw
