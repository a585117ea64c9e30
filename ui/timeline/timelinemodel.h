// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/journal.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace fw {

// An order's journal in time order: state changes, attempts, operator actions with who and why.
// A plain model over the events (no widget per event), so long histories load fast; refreshing
// with a longer history of the same order appends only the new events.
class TimelineModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, EventColumn, StepColumn, ActorColumn, ChangeColumn, DetailsColumn, ColumnCount };
    // IsChangeRole: a change order's event (change.applied/waiting/refused, steps it added, amended
    // or discarded).
    enum Role { SeqRole = Qt::UserRole + 1, StepIdRole, KindRole, ActorRole, IsFailureRole, LaneRole, ActorKindRole, IsChangeRole };

    explicit TimelineModel(QObject* parent = nullptr);

    void setEvents(std::vector<JournalEvent> events);
    // step id -> lane id (LaneRole, the lane filter) and name (the Step column; the id stays in the
    // tooltip). Events without a step have neither.
    void setStepInfo(QHash<QString, QString> lanes, QHash<QString, QString> names)
    {
        m_stepLanes = std::move(lanes);
        m_stepNames = std::move(names);
    }
    QStringList actors() const; // everyone in the journal, sorted
    const JournalEvent& eventAt(int row) const { return m_events[std::size_t(row)]; }
    // "Step completed", "Order held", "Task claimed": the kind and its states in words.
    static QString describe(const JournalEvent& event);
    // The Details column: change order events in words ("CHG-2045: 2 compensation, 8 discarded; the
    // customer closes the Venlo site"), other events their payload.
    QString details(const JournalEvent& event) const;
    static bool isChangeEvent(const JournalEvent& event);
    // The Change column's words for a state of an event of `kind`: the display name of a step,
    // order, jeopardy or task state in the GUI's language ("Bereit"), "–" for none, else as stored.
    static QString stateText(const QString& kind, const QString& state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<JournalEvent> m_events;
    QHash<QString, QString> m_stepLanes;
    QHash<QString, QString> m_stepNames;
};

} // namespace fw
