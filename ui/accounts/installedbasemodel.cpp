// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "installedbasemodel.h"

#include "assetpresentation.h"

#include <QBrush>
#include <QLocale>

namespace fw {

InstalledBaseModel::InstalledBaseModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void InstalledBaseModel::setAssets(std::vector<Asset> assets, QHash<QString, QString> productNames)
{
    beginResetModel();
    m_assets = std::move(assets);
    m_productNames = std::move(productNames);
    m_roots.clear();
    m_children.assign(m_assets.size(), {});
    m_parent.assign(m_assets.size(), -1);
    m_row.assign(m_assets.size(), 0);
    QHash<QString, int> byId;
    for (int i = 0; i < int(m_assets.size()); ++i)
        byId.insert(m_assets[size_t(i)].id, i);
    for (int i = 0; i < int(m_assets.size()); ++i) {
        const int parent = byId.value(m_assets[size_t(i)].parentAsset, -1);
        if (parent < 0 || parent == i) {
            m_row[size_t(i)] = int(m_roots.size());
            m_roots.push_back(i);
        } else {
            m_parent[size_t(i)] = parent;
            m_row[size_t(i)] = int(m_children[size_t(parent)].size());
            m_children[size_t(parent)].push_back(i);
        }
    }
    endResetModel();
}

const Asset* InstalledBaseModel::assetAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= m_assets.size())
        return nullptr;
    return &m_assets[index.internalId()];
}

QModelIndex InstalledBaseModel::indexOf(const QString& assetId) const
{
    for (size_t i = 0; i < m_assets.size(); ++i) {
        if (m_assets[i].id == assetId)
            return createIndex(m_row[i], 0, quintptr(i));
    }
    return {};
}

QModelIndex InstalledBaseModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const std::vector<int>& rows = parent.isValid() ? m_children[parent.internalId()] : m_roots;
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (row >= int(rows.size()))
        return {};
    return createIndex(row, column, quintptr(rows[size_t(row)]));
}

QModelIndex InstalledBaseModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() >= m_assets.size())
        return {};
    const int parent = m_parent[child.internalId()];
    if (parent < 0)
        return {};
    return createIndex(m_row[size_t(parent)], 0, quintptr(parent));
}

int InstalledBaseModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0 || parent.internalId() >= m_assets.size())
        return 0;
    return int(m_children[parent.internalId()].size());
}

int InstalledBaseModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant InstalledBaseModel::data(const QModelIndex& index, int role) const
{
    const Asset* asset = checkIndex(index, CheckIndexOption::IndexIsValid) ? assetAt(index) : nullptr;
    if (!asset)
        return {};
    const QLocale locale;
    switch (role) {
    case AssetIdRole:
        return asset->id;
    case StatusRole:
        return int(asset->status);
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case ProductColumn:
            return m_productNames.value(asset->product, asset->product);
        case AssetColumn:
            return asset->id;
        case QuantityColumn:
            return locale.toString(asset->quantity);
        case AttributesColumn:
            return AssetPresentation::attributesText(asset->attributes);
        case SiteColumn:
            return AssetPresentation::siteText(asset->site);
        case StatusColumn:
            return AssetPresentation::statusLabel(asset->status);
        case TermStartColumn:
            return asset->termStart.isValid() ? asset->termStart.toString(Qt::ISODate) : QStringLiteral("\u2014");
        case TermEndColumn:
            return asset->termEnd.isValid() ? asset->termEnd.toString(Qt::ISODate) : QStringLiteral("\u2014");
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ProductColumn)
            return tr("Asset %1 (product %2), from order %3").arg(asset->id, asset->product, asset->sourceOrder);
        if (index.column() == TermEndColumn && asset->termEnd.isValid())
            return tr("Renewal due %1 days before the term ends").arg(asset->renewalLeadDays);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return QBrush(AssetPresentation::statusColor(asset->status).darker(115));
        if (asset->status == Asset::Status::Disconnected)
            return QBrush(AssetPresentation::statusColor(asset->status));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == QuantityColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant InstalledBaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ProductColumn:
        return tr("Product");
    case AssetColumn:
        return tr("Asset");
    case QuantityColumn:
        return tr("Qty");
    case AttributesColumn:
        return tr("Attributes");
    case SiteColumn:
        return tr("Site");
    case StatusColumn:
        return tr("Status");
    case TermStartColumn:
        return tr("Term start");
    case TermEndColumn:
        return tr("Term end");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace fw
