// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sla/jeopardy.h"
#include "store/escalationsreader.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <vector>

namespace fw {

// The findings of one jeopardy report, one row each, in the report's order (by breach time). Times
// read relative to an injectable `now` ("in 2h 10m", "3h 05m ago"). A new report with the same
// findings (the usual refresh: only time moved) updates the rows in place, so views keep their
// selection; when findings come or go the model resets.
class JeopardyModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        LevelColumn,
        EscalatedColumn, // the unresolved escalation of the finding's step (or order)
        OrderColumn,
        AccountColumn,
        StepColumn,
        LaneColumn,
        QueueColumn,
        OwnerColumn,
        BreachColumn,
        ForecastColumn,
        DueColumn,
        MarginColumn, // forecast vs due
        CauseColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role {
        OrderIdRole = Qt::UserRole + 1, // QString
        StepIdRole, // QString, empty for an order finding
        LevelRole, // int: JeopardyLevel
        CauseRole, // int: JeopardyCause
        LaneRole, // QString, empty for an order finding
        QueueRole, // QString, empty for order findings and steps without a task queue
        KeyRole, // QString: the finding's identity (order, step, cause)
        SortRole, // raw values: level, times, margin in seconds, else the text
        EscalationIdRole, // qint64: the finding's unresolved escalation, 0 when none
    };

    explicit JeopardyModel(QObject* parent = nullptr);

    void setReport(const JeopardyReport& report, const QDateTime& now);
    const JeopardyReport& report() const { return m_report; }
    QDateTime now() const { return m_now; }
    const JeopardyFinding& finding(int row) const { return m_report.findings[std::size_t(row)]; }
    int rowOfKey(const QString& key) const;
    // The unresolved escalations (engine snapshots): findings of an escalated step or order are marked.
    void setEscalations(const std::vector<EscalationSummary>& escalations);
    // The unresolved escalation of a finding's step (or order); null when there is none.
    const EscalationSummary* escalationOf(const JeopardyFinding& finding) const; // -1 when no finding has the key
    // The order's forecast in the report, null when the report has none.
    const OrderForecast* forecastOf(const QString& orderId) const;

    int warningCount() const { return m_warnings; }
    int criticalCount() const { return m_criticals; }
    int ordersAtRisk() const; // forecasts projected past their due date

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const JeopardyFinding& finding, int column) const;
    QVariant sortData(const JeopardyFinding& finding, int column) const;
    QString toolTip(const JeopardyFinding& finding, int column) const;
    QString escalationToolTip(const EscalationSummary& escalation) const;

    JeopardyReport m_report;
    QStringList m_keys; // per row, unique
    QHash<QString, EscalationSummary> m_escalations; // by "order/step"
    QDateTime m_now;
    int m_warnings = 0;
    int m_criticals = 0;
};

} // namespace fw
