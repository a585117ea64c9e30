// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "renewalmodel.h"

#include <QLocale>

namespace fw {

RenewalModel::RenewalModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RenewalModel::setRenewals(std::vector<Renewal> renewals)
{
    beginResetModel();
    m_renewals = std::move(renewals);
    endResetModel();
}

const Renewal* RenewalModel::renewal(int row) const
{
    return row >= 0 && row < int(m_renewals.size()) ? &m_renewals[std::size_t(row)] : nullptr;
}

int RenewalModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_renewals.size());
}

int RenewalModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RenewalModel::stateText(Renewal::State state)
{
    switch (state) {
    case Renewal::State::Open:
        return tr("Open");
    case Renewal::State::Claimed:
        return tr("Claimed");
    case Renewal::State::Renewed:
        return tr("Renewed");
    case Renewal::State::Declined:
        return tr("Declined");
    case Renewal::State::Upcoming:
        return tr("Upcoming");
    }
    return {};
}

QString RenewalModel::moneyText(double value, const QString& currency)
{
    if (currency.isEmpty())
        return tr("no price");
    return QLocale().toString(value, 'f', 2) + QLatin1Char(' ') + currency;
}

QVariant RenewalModel::data(const QModelIndex& index, int role) const
{
    const Renewal* r = index.isValid() ? renewal(index.row()) : nullptr;
    if (!r)
        return {};
    if (role == Qt::UserRole)
        return r->id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Value || index.column() == Id ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Id:
        return r->id ? QString::number(r->id) : QStringLiteral("–");
    case Asset:
        return r->assetId;
    case Account:
        return r->accountId;
    case Product:
        if (role == Qt::ToolTipRole)
            return r->product;
        return r->productName.isEmpty() ? r->product : r->productName;
    case TermEnd:
        return QLocale().toString(r->termEnd, QLocale::ShortFormat);
    case Due:
        return QLocale().toString(r->dueDate, QLocale::ShortFormat);
    case State:
        return stateText(r->state);
    case ClaimedBy:
        return r->claimedBy;
    case Value:
        return moneyText(r->value, r->currency);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RenewalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Id:
        return tr("No.");
    case Asset:
        return tr("Asset");
    case Account:
        return tr("Account");
    case Product:
        return tr("Product");
    case TermEnd:
        return tr("Term ends");
    case Due:
        return tr("Due");
    case State:
        return tr("State");
    case ClaimedBy:
        return tr("Claimed by");
    case Value:
        return tr("Value at risk");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace fw
