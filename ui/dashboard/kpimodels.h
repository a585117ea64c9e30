// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "kpi/kpireport.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIdentityProxyModel>
#include <QStringList>

#include <vector>

namespace fw {

// Roles of the KPI models (the dashboard's tables show DisplayRole, its charts map KpiValueRole).
enum KpiModelRole {
    // double/int: the number a chart plots. Counts as int, hours as double hours, rates as double
    // percent (0-100). For a category column (day, bucket, lane, signature, queue) the row's position
    // (0-based), which is the x the dashboard's charts use.
    KpiValueRole = Qt::UserRole + 1,
    KpiKeyRole, // QString: what a drill-down names (lane, signature key, queue); QDate for days
};

// Texts shared by the models and the dashboard's tiles ("12.5 %", "3.2 h", "Mon 2 Mar").
namespace kpitext {
    QString percent(double ratio); // ratio 0..1
    QString hours(qint64 seconds);
    QString count(int value);
    QString day(const QDate& day); // the table's date: 2026-03-02
    QString shortDay(const QDate& day); // an axis label: 2 Mar
    QString elided(const QString& text, int maxChars); // ends in "…" when longer
} // namespace kpitext

// One row per day of the report's range.
class KpiDayModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        DayColumn,
        CompletedColumn,
        CancelledColumn,
        MedianCycleColumn,
        P90CycleColumn,
        FalloutRateColumn,
        TouchlessColumn,
        ColumnCount
    };

    explicit KpiDayModel(QObject* parent = nullptr);
    void setReport(const KpiReport& report);
    const std::vector<KpiDay>& days() const { return m_days; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<KpiDay> m_days;
};

// Completed orders by cycle-time bucket.
class CycleHistogramModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { BucketColumn, OrdersColumn, ShareColumn, ColumnCount };

    explicit CycleHistogramModel(QObject* parent = nullptr);
    void setReport(const KpiReport& report);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<CycleTimeBucket> m_buckets;
    int m_total = 0;
};

// SLA adherence per lane and day: a row per day of the range, column 0 the day, then a column per
// lane (by name). A lane without finished steps on a day counts as 100 % (nothing was late, as
// LaneAdherence::ratio() says); its cell shows "–" and says so in the tooltip.
class LaneAdherenceModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DayColumn, FirstLaneColumn };

    explicit LaneAdherenceModel(QObject* parent = nullptr);
    void setReport(const KpiReport& report);
    const QStringList& lanes() const { return m_lanes; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const LaneAdherence* cell(int row, int lane) const;

    std::vector<QDate> m_days;
    QStringList m_lanes;
    QHash<QString, QString> m_laneLabels; // lane id -> its name in the catalog
    std::vector<std::vector<LaneAdherence>> m_cells; // [lane][day], stepsDone 0 where none
};

// Fallout cases under a key (lane or error signature), most first, at most `maxRows`, labels elided
// to `maxLabelChars` characters (the tooltip has the whole text).
class KpiCountModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { LabelColumn, CountColumn, ShareColumn, ColumnCount };

    explicit KpiCountModel(QString keyHeader, int maxRows = -1, int maxLabelChars = -1, QObject* parent = nullptr);
    void setCounts(const std::vector<KpiCount>& counts);
    QString keyAt(int row) const;
    QString labelAt(int row) const; // not elided

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString fullLabel(const KpiCount& count) const;

    QString m_keyHeader;
    int m_maxRows;
    int m_maxLabelChars;
    std::vector<KpiCount> m_counts;
    int m_total = 0; // over all counts, not only the rows shown
};

// Open work per queue now.
class QueueLoadModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { QueueColumn, KindColumn, OpenColumn, OldestAgeColumn, MedianAgeColumn, ColumnCount };

    explicit QueueLoadModel(QObject* parent = nullptr);
    void setReport(const KpiReport& report);
    QString queueAt(int row) const;
    // "billing (tasks)": unique per row, a chart's category.
    QString categoryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<QueueLoad> m_queues;
};

// What the chart model mappers read: Qt Charts' mappers take numbers from DisplayRole, so this
// proxy answers DisplayRole with the source's KpiValueRole; everything else passes through.
class ChartValueProxy final : public QIdentityProxyModel {
    Q_OBJECT

public:
    explicit ChartValueProxy(QAbstractItemModel* source, QObject* parent = nullptr);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
};

} // namespace fw
