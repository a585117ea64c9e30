// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "timelinemodel.h"

#include "change/changepresentation.h"
#include "common/enginetexttranslation.h"
#include "common/statepresentation.h"
#include "jeopardy/jeopardypresentation.h"
#include "sla/jeopardy.h"
#include "store/journalfilter.h"

#include <QBrush>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fw {

TimelineModel::TimelineModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TimelineModel::setEvents(std::vector<JournalEvent> events)
{
    const std::size_t have = m_events.size();
    const bool extends
        = have > 0 && events.size() > have && events[have - 1].seq == m_events.back().seq && events.front().seq == m_events.front().seq;
    if (extends) {
        beginInsertRows({}, int(have), int(events.size()) - 1);
        m_events.insert(m_events.end(), std::make_move_iterator(events.begin() + qsizetype(have)), std::make_move_iterator(events.end()));
        endInsertRows();
        return;
    }
    if (have == events.size() && (have == 0 || events.back().seq == m_events.back().seq))
        return; // nothing new
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

QStringList TimelineModel::actors() const
{
    QStringList result;
    for (const JournalEvent& e : m_events) {
        if (!result.contains(e.actor))
            result << e.actor;
    }
    result.sort();
    return result;
}

namespace {
    QJsonObject payloadObject(const JournalEvent& e)
    {
        return QJsonDocument::fromJson(e.payload.toUtf8()).object();
    }

    // An event's error, or its reason and what the SLA monitor did, in the workbench's language
    // (the tooltip keeps the JSON); empty when the payload has none.
    QString engineTexts(const JournalEvent& e)
    {
        if (!e.payload.contains(QLatin1String("\"error\"")) && !e.payload.contains(QLatin1String("\"reason\"")))
            return {}; // most events: not parsed (a search reads every row's details)
        const QJsonObject p = payloadObject(e);
        QString text = p.value(QLatin1String("error")).toString();
        if (text.isEmpty() && e.kind != QLatin1String("order.held")) // its reason is a code ("fallout")
            text = p.value(QLatin1String("reason")).toString();
        QStringList parts { translatedEngineText(text) };
        for (const QJsonValue& action : p.value(QLatin1String("actions")).toArray())
            parts << translatedEngineText(action.toString());
        parts.removeAll(QString());
        return parts.join(QStringLiteral("; "));
    }
} // namespace

QString TimelineModel::stateText(const QString& kind, const QString& state)
{
    if (state.isEmpty())
        return QStringLiteral("\u2013");
    if (kind.startsWith(QLatin1String("step.")))
        return StatePresentation::stepStateLabel(state);
    if (kind.startsWith(QLatin1String("order.")))
        return StatePresentation::orderStateLabel(state);
    if (kind.startsWith(QLatin1String("jeopardy."))) {
        if (const auto level = jeopardyLevelFromName(state))
            return JeopardyPresentation::levelLabel(*level);
    }
    if (kind.startsWith(QLatin1String("task."))) {
        if (state == QLatin1String("open"))
            return tr("Open");
        if (state == QLatin1String("claimed"))
            return tr("Claimed");
        if (state == QLatin1String("completed"))
            return StatePresentation::stepStateLabel(state);
    }
    return state; // a number (order.priority) or a state without a display name
}

bool TimelineModel::isChangeEvent(const JournalEvent& e)
{
    if (e.kind.startsWith(QLatin1String("change.")) || e.kind == QLatin1String("step.added") || e.kind == QLatin1String("step.amended"))
        return true;
    return e.kind == QLatin1String("step.state") && e.payload.contains(QLatin1String("\"change\""))
        && payloadObject(e).contains(QLatin1String("change"));
}

QString TimelineModel::describe(const JournalEvent& e)
{
    const QString kind = e.kind;
    if (kind == QLatin1String("change.applied"))
        return tr("Change order applied");
    if (kind == QLatin1String("change.waiting"))
        return tr("Change order waits for replies");
    if (kind == QLatin1String("change.refused"))
        return tr("Change order refused");
    if (kind == QLatin1String("step.added"))
        return payloadObject(e).value(QLatin1String("kind")).toString() == QLatin1String("compensation") ? tr("Compensation step added")
                                                                                                         : tr("Step added by a change");
    if (kind == QLatin1String("step.amended"))
        return tr("Step amended by a change");
    if (kind == QLatin1String("step.state") && e.afterState == QLatin1String("cancelled") && isChangeEvent(e))
        return tr("Step discarded by a change");
    if (kind == QLatin1String("step.state"))
        return tr("Step: %1").arg(StatePresentation::stepStateLabel(e.afterState));
    if (kind == QLatin1String("order.state"))
        return tr("Order: %1").arg(StatePresentation::orderStateLabel(e.afterState));
    if (kind == QLatin1String("order.imported"))
        return tr("Order imported");
    if (kind == QLatin1String("order.held"))
        return tr("Order put on hold");
    if (kind == QLatin1String("order.resumed"))
        return tr("Order resumed");
    if (kind == QLatin1String("line.fields"))
        return tr("Line data changed");
    if (kind == QLatin1String("jeopardy.raised"))
        return e.afterState == QLatin1String("critical") ? tr("Jeopardy: critical") : tr("Jeopardy: warning");
    if (kind == QLatin1String("jeopardy.cleared"))
        return tr("Jeopardy cleared");
    if (kind == QLatin1String("escalation.opened"))
        return tr("Escalated to a supervisor");
    if (kind == QLatin1String("escalation.claimed"))
        return tr("Escalation taken");
    if (kind == QLatin1String("escalation.resolved"))
        return tr("Escalation resolved");
    if (kind == QLatin1String("order.priority"))
        return tr("Priority raised");
    if (kind == QLatin1String("task.reassigned"))
        return tr("Task reassigned");
    if (kind.startsWith(QLatin1String("task.")))
        return tr("Task %1").arg(kind.mid(5));
    if (kind.startsWith(QLatin1String("callout.")))
        return tr("Callout %1").arg(kind.mid(8));
    if (kind.startsWith(QLatin1String("fallout.")))
        return tr("Fallout %1").arg(kind.mid(8));
    if (kind.startsWith(QLatin1String("event.")))
        return tr("Event %1").arg(kind.mid(6));
    if (kind == QLatin1String("signal"))
        return tr("Signal received");
    return kind;
}

QString TimelineModel::details(const JournalEvent& e) const
{
    if (!isChangeEvent(e)) {
        const QString texts = engineTexts(e);
        return texts.isEmpty() ? e.payload.left(240) : texts;
    }
    const QJsonObject p = payloadObject(e);
    const QString change = p.value(QLatin1String("change")).toString();
    const QString reason = p.value(QLatin1String("reason")).toString();
    if (e.kind.startsWith(QLatin1String("change."))) {
        QString text = change;
        if (p.contains(QLatin1String("revision")))
            text += QLatin1Char(' ') + tr("(revision %1)").arg(p.value(QLatin1String("revision")).toInt());
        const QString outcome = p.value(QLatin1String("outcome")).toString();
        if (!outcome.isEmpty())
            text += QStringLiteral(": ") + outcome;
        QStringList items;
        for (const QJsonValue& item : p.value(QLatin1String("items")).toArray()) {
            const QJsonObject o = item.toObject();
            items << tr("item %1 %2").arg(o.value(QLatin1String("item")).toString(), o.value(QLatin1String("detail")).toString());
        }
        if (!items.isEmpty())
            text += QStringLiteral("; ") + items.join(QStringLiteral("; "));
        QStringList waiting;
        for (const QJsonValue& step : p.value(QLatin1String("waitingFor")).toArray())
            waiting << m_stepNames.value(step.toString(), step.toString());
        if (!waiting.isEmpty())
            text += QStringLiteral("; ") + tr("waits for %1").arg(waiting.join(QStringLiteral(", ")));
        const QString requestedBy = p.value(QLatin1String("requestedBy")).toString();
        if (!reason.isEmpty())
            text += QStringLiteral(" \u2014 ") + (requestedBy.isEmpty() ? reason : tr("%1 (asked by %2)").arg(reason, requestedBy));
        return text;
    }
    const QString compensates = p.value(QLatin1String("compensates")).toString();
    if (!compensates.isEmpty())
        return tr("%1: undoes %2 (%3)").arg(change, m_stepNames.value(compensates, compensates), reason);
    return reason.isEmpty() ? change : tr("%1: %2").arg(change, reason);
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const JournalEvent& e = m_events[std::size_t(index.row())];
    const bool failure = JournalFilter::isFailure(e); // the same test as fwctl timeline --failures
    switch (role) {
    case SeqRole:
        return e.seq;
    case StepIdRole:
        return e.stepId;
    case KindRole:
        return e.kind;
    case ActorRole:
        return e.actor;
    case IsFailureRole:
        return failure;
    case IsChangeRole:
        return isChangeEvent(e);
    case LaneRole:
        return m_stepLanes.value(e.stepId);
    case ActorKindRole: // "engine" (the SLA monitor too), "import" or "operator"
        if (e.actor == QLatin1String("engine") || e.actor == QLatin1String("sla"))
            return QStringLiteral("engine");
        return e.kind == QLatin1String("order.imported") ? QStringLiteral("import") : QStringLiteral("operator");
    case Qt::ForegroundRole:
        if (failure && index.column() == EventColumn)
            return QBrush(StatePresentation::stateColor(QStringLiteral("fallout")));
        if (index.column() == EventColumn && isChangeEvent(e))
            return QBrush(ChangePresentation::color(e.kind == QLatin1String("step.added") ? NodeChange::Added : NodeChange::Amended));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StepColumn && !e.stepId.isEmpty())
            return e.stepId;
        if (index.column() == DetailsColumn && isChangeEvent(e))
            return details(e);
        return index.column() == DetailsColumn && !e.payload.isEmpty() ? QVariant(e.payload) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return StatePresentation::timeText(e.at);
        case EventColumn:
            return describe(e);
        case StepColumn:
            return m_stepNames.value(e.stepId, e.stepId);
        case ActorColumn:
            return e.actor;
        case ChangeColumn:
            if (e.beforeState.isEmpty() && e.afterState.isEmpty())
                return {};
            return tr("%1 → %2").arg(stateText(e.kind, e.beforeState), stateText(e.kind, e.afterState));
        case DetailsColumn:
            return details(e);
        }
        return {};
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EventColumn:
        return tr("Event");
    case StepColumn:
        return tr("Step");
    case ActorColumn:
        return tr("Who");
    case ChangeColumn:
        return tr("Change");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

} // namespace fw
