// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fulfillmentlinemodel.h"

#include "domain/catalog.h"
#include "domain/plan.h"
#include "common/steppresentation.h"

#include <algorithm>
#include <cstdlib>

namespace fw {

FulfillmentLineModel::FulfillmentLineModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

FulfillmentLineModel::~FulfillmentLineModel() = default;

void FulfillmentLineModel::setPlan(std::shared_ptr<const Catalog> catalog, std::shared_ptr<const OrchestrationPlan> plan)
{
    beginResetModel();
    m_catalog = std::move(catalog);
    m_plan = std::move(plan);
    endResetModel();
}

void FulfillmentLineModel::clear()
{
    setPlan(nullptr, nullptr);
}

int FulfillmentLineModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_plan)
        return 0;
    return static_cast<int>(m_plan->lines.size());
}

int FulfillmentLineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FulfillmentLineModel::productText(const QString& productId) const
{
    const Product* product = m_catalog ? m_catalog->product(productId) : nullptr;
    if (!product || product->name.isEmpty() || product->name == productId)
        return productId;
    return tr("%1 (%2)").arg(product->name, productId);
}

QString FulfillmentLineModel::attributesText(int row) const
{
    const QVariantMap& attributes = m_plan->lines[static_cast<std::size_t>(row)].attributes;
    QStringList parts;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value().toString();
    return parts.join(QStringLiteral(", "));
}

bool FulfillmentLineModel::hasAssetLines() const
{
    return m_plan
        && std::any_of(m_plan->lines.begin(), m_plan->lines.end(), [](const FulfillmentLine& l) { return !l.assetRef.isEmpty(); });
}

QString FulfillmentLineModel::assetText(int row) const
{
    const FulfillmentLine& line = m_plan->lines[static_cast<std::size_t>(row)];
    if (line.assetRef.isEmpty())
        return {};
    QString action = line.action;
    if (line.action == QLatin1String("change"))
        action = tr("Change");
    else if (line.action == QLatin1String("move"))
        action = tr("Move");
    else if (line.action == QLatin1String("suspend"))
        action = tr("Suspend");
    else if (line.action == QLatin1String("resume"))
        action = tr("Resume");
    else if (line.action == QLatin1String("disconnect"))
        action = tr("Disconnect");
    else if (line.action == QLatin1String("add"))
        action = tr("Install"); // the new site's line of a move planned as disconnect and install
    if (line.changeKind == QLatin1String("increase") || line.changeKind == QLatin1String("decrease"))
        return tr("%1 of %2: %3%4, new total %5")
            .arg(action, line.assetRef, line.changeKind == QLatin1String("increase") ? QStringLiteral("+") : QStringLiteral("\u2212"))
            .arg(std::abs(line.quantityDelta))
            .arg(line.totalQuantity);
    if (!line.changedAttributes.isEmpty())
        return tr("%1 of %2: %3").arg(action, line.assetRef, line.changedAttributes.join(QStringLiteral(", ")));
    return tr("%1 of %2").arg(action, line.assetRef);
}

int FulfillmentLineModel::stepCount(const QString& lineId) const
{
    int count = 0;
    for (const PlanStep& step : m_plan->steps) {
        if (step.lines.contains(lineId))
            ++count;
    }
    return count;
}

QVariant FulfillmentLineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FulfillmentLine& line = m_plan->lines[static_cast<std::size_t>(index.row())];
    const QStringList& rules = line.rules.isEmpty() ? QStringList { line.rule } : line.rules;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return line.id;
        case ProductColumn:
            return productText(line.product);
        case SourceItemsColumn:
            return line.sourceItems.join(QStringLiteral(", "));
        case RuleColumn:
            return rules.join(QStringLiteral(", "));
        case ScopeColumn:
            return StepPresentation::scopeLabel(line.scope);
        case AssetColumn:
            return assetText(index.row());
        case AttributesColumn:
            return attributesText(index.row());
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case LineColumn:
            return tr("%n plan step(s) fulfil this line", nullptr, stepCount(line.id));
        case SourceItemsColumn:
            return tr("Commercial order items this line was decomposed from");
        case RuleColumn:
            return tr("Decomposition rules that produced this line");
        case AssetColumn:
            return line.assetRef.isEmpty() ? QVariant() : QVariant(tr("What this line does to the asset the account has"));
        default:
            return {};
        }
    case LineIdRole:
        return line.id;
    case ProductIdRole:
        return line.product;
    case StepCountRole:
        return stepCount(line.id);
    default:
        return {};
    }
}

QVariant FulfillmentLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case ProductColumn:
        return tr("Product");
    case SourceItemsColumn:
        return tr("Source items");
    case RuleColumn:
        return tr("Rule");
    case ScopeColumn:
        return tr("Scope");
    case AssetColumn:
        return tr("Asset");
    case AttributesColumn:
        return tr("Attributes");
    default:
        return {};
    }
}

} // namespace fw
