// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "externaleffectmodel.h"

#include "changepresentation.h"
#include "plangraph/ordergraph.h"

#include <QBrush>
#include <QJsonDocument>

namespace fw {

ExternalEffectModel::ExternalEffectModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ExternalEffectModel::setEffects(std::vector<ExternalEffect> effects)
{
    beginResetModel();
    m_effects = std::move(effects);
    endResetModel();
}

QString ExternalEffectModel::requestLine(const ExternalEffect& e)
{
    QString path = e.path;
    if (!path.isEmpty() && !path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    return QStringLiteral("%1 %2 %3").arg(e.method.toUpper(), e.endpoint, path);
}

QString ExternalEffectModel::prettyPayload(const QString& payload)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return payload;
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
}

int ExternalEffectModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_effects.size());
}

int ExternalEffectModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExternalEffectModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ExternalEffect& e = m_effects[std::size_t(index.row())];
    const NodeChange change = nodeChangeFromStore(e.kind);
    switch (role) {
    case PayloadRole:
        return prettyPayload(e.payload);
    case StepIdRole:
        return e.stepId;
    case Qt::ForegroundRole:
        return index.column() == KindColumn ? QVariant(QBrush(ChangePresentation::color(change))) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == StepColumn ? QVariant(e.stepId) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return change == NodeChange::None
                ? e.kind
                : QString(ChangePresentation::glyph(change) + QLatin1Char(' ') + ChangePresentation::label(change));
        case StepColumn:
            return e.stepName;
        case RequestColumn:
            return requestLine(e);
        }
        return {};
    default:
        return {};
    }
}

QVariant ExternalEffectModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case StepColumn:
        return tr("Step");
    case RequestColumn:
        return tr("Request");
    }
    return {};
}

} // namespace fw
