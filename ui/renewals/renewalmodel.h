// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "renewals/renewal.h"

#include <QAbstractTableModel>

#include <vector>

namespace fw {

// The renewals the Renewals view lists (docs/assets.md, "Renewals"): one row per renewal, by term
// end. Qt::UserRole on any column: the renewal's id (0 for one still upcoming).
class RenewalModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Id, Asset, Account, Product, TermEnd, Due, State, ClaimedBy, Value, ColumnCount };

    explicit RenewalModel(QObject* parent = nullptr);

    void setRenewals(std::vector<Renewal> renewals);
    const std::vector<Renewal>& renewals() const { return m_renewals; }
    const Renewal* renewal(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(Renewal::State state); // translated
    static QString moneyText(double value, const QString& currency); // in the UI's locale

private:
    std::vector<Renewal> m_renewals;
};

} // namespace fw
