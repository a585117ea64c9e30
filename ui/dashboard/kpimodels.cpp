// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "kpimodels.h"

#include <QLocale>

#include <algorithm>

namespace fw {

namespace kpitext {
    QString percent(double ratio)
    {
        return QLocale().toString(ratio * 100.0, 'f', 1) + QStringLiteral(" %");
    }
    QString hours(qint64 seconds)
    {
        return QLocale().toString(double(seconds) / 3600.0, 'f', 1) + QStringLiteral(" h");
    }
    QString count(int value)
    {
        return QLocale().toString(value);
    }
    QString day(const QDate& day)
    {
        return day.toString(Qt::ISODate);
    }
    QString shortDay(const QDate& day)
    {
        return QLocale().toString(day, QStringLiteral("d MMM"));
    }
    QString elided(const QString& text, int maxChars)
    {
        if (maxChars < 2 || text.size() <= maxChars)
            return text;
        return text.left(maxChars - 1).trimmed() + QChar(0x2026);
    }
} // namespace kpitext

namespace {
    double hoursValue(qint64 seconds)
    {
        return double(seconds) / 3600.0;
    }
    double percentValue(double ratio)
    {
        return ratio * 100.0;
    }
    bool isTableIndex(const QAbstractItemModel* model, const QModelIndex& index)
    {
        return model->checkIndex(
            index, QAbstractItemModel::CheckIndexOption::IndexIsValid | QAbstractItemModel::CheckIndexOption::ParentIsInvalid);
    }
} // namespace

// ---- KpiDayModel

KpiDayModel::KpiDayModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void KpiDayModel::setReport(const KpiReport& report)
{
    beginResetModel();
    m_days = report.days;
    endResetModel();
}

int KpiDayModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_days.size());
}
int KpiDayModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiDayModel::data(const QModelIndex& index, int role) const
{
    if (!isTableIndex(this, index))
        return {};
    const KpiDay& day = m_days[std::size_t(index.row())];
    const int finished = day.completed + day.cancelled;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DayColumn:
            return kpitext::day(day.day);
        case CompletedColumn:
            return kpitext::count(day.completed);
        case CancelledColumn:
            return kpitext::count(day.cancelled);
        case MedianCycleColumn:
            return kpitext::hours(day.medianCycleSeconds);
        case P90CycleColumn:
            return kpitext::hours(day.p90CycleSeconds);
        case FalloutRateColumn:
            return kpitext::percent(day.falloutRate());
        case TouchlessColumn:
            return kpitext::percent(day.touchlessRatio());
        }
        return {};
    case KpiValueRole:
        switch (index.column()) {
        case DayColumn:
            return index.row();
        case CompletedColumn:
            return day.completed;
        case CancelledColumn:
            return day.cancelled;
        case MedianCycleColumn:
            return hoursValue(day.medianCycleSeconds);
        case P90CycleColumn:
            return hoursValue(day.p90CycleSeconds);
        case FalloutRateColumn:
            return percentValue(day.falloutRate());
        case TouchlessColumn:
            return percentValue(day.touchlessRatio());
        }
        return {};
    case KpiKeyRole:
        return day.day;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FalloutRateColumn:
            return tr("%1: %2 of %3 finished orders had fallout").arg(kpitext::day(day.day)).arg(day.withFallout).arg(finished);
        case TouchlessColumn:
            return tr("%1: %2 of %3 completed orders without a person acting")
                .arg(kpitext::day(day.day))
                .arg(day.touchless)
                .arg(day.completed);
        case MedianCycleColumn:
        case P90CycleColumn:
            return tr("%1: cycle time of the orders completed that day (created to finished)").arg(kpitext::day(day.day));
        default:
            return tr("%1: %2 completed, %3 cancelled").arg(kpitext::day(day.day)).arg(day.completed).arg(day.cancelled);
        }
    case Qt::TextAlignmentRole:
        return index.column() == DayColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant KpiDayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DayColumn:
        return tr("Day");
    case CompletedColumn:
        return tr("Completed");
    case CancelledColumn:
        return tr("Cancelled");
    case MedianCycleColumn:
        return tr("Median cycle time");
    case P90CycleColumn:
        return tr("90th percentile");
    case FalloutRateColumn:
        return tr("Fallout rate");
    case TouchlessColumn:
        return tr("Touchless");
    }
    return {};
}

// ---- CycleHistogramModel

CycleHistogramModel::CycleHistogramModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CycleHistogramModel::setReport(const KpiReport& report)
{
    beginResetModel();
    m_buckets = report.cycleTimeHistogram;
    m_total = 0;
    for (const CycleTimeBucket& bucket : m_buckets)
        m_total += bucket.orders;
    endResetModel();
}

int CycleHistogramModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_buckets.size());
}
int CycleHistogramModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CycleHistogramModel::data(const QModelIndex& index, int role) const
{
    if (!isTableIndex(this, index))
        return {};
    const CycleTimeBucket& bucket = m_buckets[std::size_t(index.row())];
    const double share = m_total ? double(bucket.orders) / m_total : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case BucketColumn:
            return bucket.label;
        case OrdersColumn:
            return kpitext::count(bucket.orders);
        case ShareColumn:
            return kpitext::percent(share);
        }
        return {};
    case KpiValueRole:
        switch (index.column()) {
        case BucketColumn:
            return index.row();
        case OrdersColumn:
            return bucket.orders;
        case ShareColumn:
            return percentValue(share);
        }
        return {};
    case KpiKeyRole:
        return index.row();
    case Qt::ToolTipRole:
        return tr("%n order(s) completed with a cycle time of %1", nullptr, bucket.orders).arg(bucket.label);
    case Qt::TextAlignmentRole:
        return index.column() == BucketColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant CycleHistogramModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case BucketColumn:
        return tr("Cycle time");
    case OrdersColumn:
        return tr("Orders");
    case ShareColumn:
        return tr("Share");
    }
    return {};
}

// ---- LaneAdherenceModel

LaneAdherenceModel::LaneAdherenceModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void LaneAdherenceModel::setReport(const KpiReport& report)
{
    beginResetModel();
    m_days.clear();
    for (const KpiDay& day : report.days)
        m_days.push_back(day.day);
    m_lanes.clear();
    m_laneLabels.clear();
    for (const LaneAdherence& lane : report.laneAdherence) {
        m_lanes << lane.lane;
        if (!lane.label.isEmpty())
            m_laneLabels.insert(lane.lane, lane.label);
    }
    for (const LaneAdherence& entry : report.laneAdherenceByDay)
        m_lanes << entry.lane;
    m_lanes.removeDuplicates();
    m_lanes.sort();
    m_cells.assign(std::size_t(m_lanes.size()), {});
    for (qsizetype l = 0; l < m_lanes.size(); ++l) {
        auto& cells = m_cells[std::size_t(l)];
        for (const QDate& day : m_days)
            cells.push_back(LaneAdherence { m_lanes[l], m_laneLabels.value(m_lanes[l], m_lanes[l]), day, 0, 0 });
    }
    const QDate first = m_days.empty() ? QDate() : m_days.front();
    for (const LaneAdherence& entry : report.laneAdherenceByDay) {
        const qint64 offset = first.daysTo(entry.day);
        if (!first.isValid() || offset < 0 || offset >= qint64(m_days.size()))
            continue;
        m_cells[std::size_t(m_lanes.indexOf(entry.lane))][std::size_t(offset)] = entry;
    }
    endResetModel();
}

const LaneAdherence* LaneAdherenceModel::cell(int row, int lane) const
{
    if (lane < 0 || lane >= int(m_cells.size()) || row < 0 || row >= int(m_days.size()))
        return nullptr;
    return &m_cells[std::size_t(lane)][std::size_t(row)];
}

int LaneAdherenceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_days.size());
}
int LaneAdherenceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstLaneColumn + int(m_lanes.size());
}

QVariant LaneAdherenceModel::data(const QModelIndex& index, int role) const
{
    if (!isTableIndex(this, index))
        return {};
    const QDate& day = m_days[std::size_t(index.row())];
    if (index.column() == DayColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return kpitext::day(day);
        case KpiValueRole:
            return index.row();
        case KpiKeyRole:
            return day;
        default:
            return {};
        }
    }
    const LaneAdherence* entry = cell(index.row(), index.column() - FirstLaneColumn);
    switch (role) {
    case Qt::DisplayRole:
        return entry->stepsDone ? kpitext::percent(entry->ratio()) : QStringLiteral("\u2013");
    case KpiValueRole:
        return percentValue(entry->ratio());
    case KpiKeyRole:
        return entry->lane;
    case Qt::ToolTipRole:
        if (!entry->stepsDone)
            return tr("%1 on %2: no steps finished (counted as 100 %)").arg(entry->lane, kpitext::day(day));
        return tr("%1 on %2: %3 of %4 steps finished within their estimate")
            .arg(entry->lane, kpitext::day(day))
            .arg(entry->stepsOnTime)
            .arg(entry->stepsDone);
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant LaneAdherenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == DayColumn ? tr("Day") : m_laneLabels.value(m_lanes[section - FirstLaneColumn], m_lanes[section - FirstLaneColumn]);
}

// ---- KpiCountModel

KpiCountModel::KpiCountModel(QString keyHeader, int maxRows, int maxLabelChars, QObject* parent)
    : QAbstractTableModel(parent)
    , m_keyHeader(std::move(keyHeader))
    , m_maxRows(maxRows)
    , m_maxLabelChars(maxLabelChars)
{
}

void KpiCountModel::setCounts(const std::vector<KpiCount>& counts)
{
    beginResetModel();
    m_counts = counts;
    std::stable_sort(m_counts.begin(), m_counts.end(), [](const KpiCount& a, const KpiCount& b) { return a.count > b.count; });
    m_total = 0;
    for (const KpiCount& count : m_counts)
        m_total += count.count;
    if (m_maxRows >= 0 && int(m_counts.size()) > m_maxRows)
        m_counts.resize(std::size_t(m_maxRows));
    endResetModel();
}

QString KpiCountModel::keyAt(int row) const
{
    return row >= 0 && row < int(m_counts.size()) ? m_counts[std::size_t(row)].key : QString();
}

QString KpiCountModel::labelAt(int row) const
{
    return row >= 0 && row < int(m_counts.size()) ? fullLabel(m_counts[std::size_t(row)]) : QString();
}

QString KpiCountModel::fullLabel(const KpiCount& count) const
{
    return count.label.isEmpty() ? count.key : count.label;
}

int KpiCountModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}
int KpiCountModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiCountModel::data(const QModelIndex& index, int role) const
{
    if (!isTableIndex(this, index))
        return {};
    const KpiCount& count = m_counts[std::size_t(index.row())];
    const double share = m_total ? double(count.count) / m_total : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LabelColumn:
            return kpitext::elided(fullLabel(count), m_maxLabelChars);
        case CountColumn:
            return kpitext::count(count.count);
        case ShareColumn:
            return kpitext::percent(share);
        }
        return {};
    case KpiValueRole:
        switch (index.column()) {
        case LabelColumn:
            return index.row();
        case CountColumn:
            return count.count;
        case ShareColumn:
            return percentValue(share);
        }
        return {};
    case KpiKeyRole:
        return count.key;
    case Qt::ToolTipRole:
        return tr("%1: %n fallout case(s)", nullptr, count.count).arg(fullLabel(count));
    case Qt::TextAlignmentRole:
        return index.column() == LabelColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant KpiCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return m_keyHeader;
    case CountColumn:
        return tr("Fallout cases");
    case ShareColumn:
        return tr("Share");
    }
    return {};
}

// ---- QueueLoadModel

QueueLoadModel::QueueLoadModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void QueueLoadModel::setReport(const KpiReport& report)
{
    beginResetModel();
    m_queues = report.queues;
    endResetModel();
}

QString QueueLoadModel::queueAt(int row) const
{
    return row >= 0 && row < int(m_queues.size()) ? m_queues[std::size_t(row)].queue : QString();
}

QString QueueLoadModel::categoryAt(int row) const
{
    if (row < 0 || row >= int(m_queues.size()))
        return {};
    const QueueLoad& queue = m_queues[std::size_t(row)];
    return queue.kind == QLatin1String("fallout") ? tr("%1 (fallout)").arg(queue.queue) : tr("%1 (tasks)").arg(queue.queue);
}

int QueueLoadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_queues.size());
}
int QueueLoadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueLoadModel::data(const QModelIndex& index, int role) const
{
    if (!isTableIndex(this, index))
        return {};
    const QueueLoad& queue = m_queues[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case QueueColumn:
            return queue.queue;
        case KindColumn:
            return queue.kind == QLatin1String("fallout") ? tr("Fallout") : tr("Tasks");
        case OpenColumn:
            return kpitext::count(queue.open);
        case OldestAgeColumn:
            return kpitext::hours(queue.oldestSeconds);
        case MedianAgeColumn:
            return kpitext::hours(queue.medianAgeSeconds);
        }
        return {};
    case KpiValueRole:
        switch (index.column()) {
        case QueueColumn:
            return index.row();
        case KindColumn:
            return index.row();
        case OpenColumn:
            return queue.open;
        case OldestAgeColumn:
            return hoursValue(queue.oldestSeconds);
        case MedianAgeColumn:
            return hoursValue(queue.medianAgeSeconds);
        }
        return {};
    case KpiKeyRole:
        return queue.queue;
    case Qt::ToolTipRole:
        return tr("%1: %2 open, the oldest waiting %3")
            .arg(categoryAt(index.row()), kpitext::count(queue.open), kpitext::hours(queue.oldestSeconds));
    case Qt::TextAlignmentRole:
        return index.column() <= KindColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant QueueLoadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QueueColumn:
        return tr("Queue");
    case KindColumn:
        return tr("Kind");
    case OpenColumn:
        return tr("Open items");
    case OldestAgeColumn:
        return tr("Oldest age");
    case MedianAgeColumn:
        return tr("Median age");
    }
    return {};
}

// ---- ChartValueProxy

ChartValueProxy::ChartValueProxy(QAbstractItemModel* source, QObject* parent)
    : QIdentityProxyModel(parent)
{
    setSourceModel(source);
}

QVariant ChartValueProxy::data(const QModelIndex& index, int role) const
{
    return QIdentityProxyModel::data(index, role == Qt::DisplayRole ? int(KpiValueRole) : role);
}

} // namespace fw
