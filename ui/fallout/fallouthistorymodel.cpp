// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fallouthistorymodel.h"

#include "common/statepresentation.h"

#include <QBrush>
#include <QFont>

namespace fw {

FalloutHistoryModel::FalloutHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FalloutHistoryModel::setHistory(const FalloutHistory& history, qint64 selectedCase)
{
    beginResetModel();
    m_history = history;
    m_selectedCase = selectedCase;
    endResetModel();
}

void FalloutHistoryModel::clear()
{
    setHistory({}, 0);
}

int FalloutHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_history.tries.size());
}

int FalloutHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FalloutHistoryModel::outcome(const FalloutTry& run) const
{
    if (run.caseId == 0) // the last run, which has not fallen out (again)
        return m_history.stepState.isEmpty() ? tr("No fallout") : tr("Now: %1").arg(StatePresentation::stepStateLabel(m_history.stepState));
    const QString failed = run.caseId == m_selectedCase ? tr("This case (%1): %2") : tr("Case %1: %2");
    return failed.arg(run.caseId).arg(run.error);
}

QVariant FalloutHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FalloutTry& run = m_history.tries[std::size_t(index.row())];
    switch (role) {
    case CaseIdRole:
        return run.caseId;
    case Qt::FontRole:
        if (run.caseId != 0 && run.caseId == m_selectedCase) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == OutcomeColumn && run.caseId != 0)
            return QBrush(StatePresentation::stateColor(QStringLiteral("fallout")));
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        if (run.startedAt.isValid())
            lines << tr("Started %1").arg(StatePresentation::timeText(run.startedAt));
        if (run.caseId != 0) {
            lines << tr("Fell out %1 as case %2 after %n attempt(s)", nullptr, run.attempts)
                         .arg(StatePresentation::timeText(run.failedAt))
                         .arg(run.caseId);
            lines << run.error;
            if (!run.resolution.isEmpty())
                lines << tr("Then: %1").arg(run.resolution);
        } else {
            lines << outcome(run);
        }
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::DisplayRole:
        switch (index.column()) {
        case TryColumn:
            return run.number;
        case StartedColumn:
            return run.startedAt.isValid() ? run.startedAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm:ss")) : tr("\u2014");
        case ByColumn:
            return run.retriedBy.isEmpty() ? tr("engine") : run.retriedBy;
        case PayloadColumn:
            if (run.payloadEdited)
                return tr("edited");
            if (run.fieldsFixed)
                return tr("fields fixed");
            return run.number == 1 ? tr("as planned") : tr("unchanged");
        case OutcomeColumn:
            return outcome(run);
        }
        return {};
    default:
        return {};
    }
}

QVariant FalloutHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TryColumn:
        return tr("#");
    case StartedColumn:
        return tr("Started");
    case ByColumn:
        return tr("By");
    case PayloadColumn:
        return tr("Payload");
    case OutcomeColumn:
        return tr("Outcome");
    }
    return {};
}

} // namespace fw
