// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "problemmodel.h"

#include <QFileInfo>

namespace fw {

ProblemModel::ProblemModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ProblemModel::setProblems(Problems problems)
{
    beginResetModel();
    m_problems = std::move(problems);
    endResetModel();
}

void ProblemModel::clear()
{
    setProblems({});
}

QString ProblemModel::text() const
{
    QStringList lines;
    for (const Problem& problem : m_problems)
        lines << problem.toString();
    return lines.join(QLatin1Char('\n'));
}

int ProblemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_problems.size());
}

int ProblemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Problem& problem = m_problems[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn:
            return QFileInfo(problem.file).fileName();
        case LocationColumn:
            return problem.pointer.isEmpty() ? tr("(whole file)") : problem.pointer;
        case MessageColumn:
            return problem.message;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return problem.toString();
    case ProblemTextRole:
        return problem.toString();
    case FilePathRole:
        return problem.file;
    default:
        return {};
    }
}

QVariant ProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case LocationColumn:
        return tr("Location");
    case MessageColumn:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace fw
