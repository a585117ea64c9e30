// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "replayworkpanel.h"

#include "common/statepresentation.h"
#include "order/orderreplay.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace fw {

namespace {
    QString replayStepName(const QHash<QString, QString>& names, const QString& stepId)
    {
        return names.value(stepId, stepId);
    }

    // What one journal entry did, in a line.
    QString replayMomentText(const ReplayMoment& m, const QHash<QString, QString>& names)
    {
        const QString step = replayStepName(names, m.stepId);
        if (m.kind == QLatin1String("step.state"))
            return ReplayWorkPanel::tr("%1: %2 \u2192 %3 (%4)")
                .arg(step, StatePresentation::stepStateLabel(m.beforeState), StatePresentation::stepStateLabel(m.afterState), m.actor);
        if (m.kind == QLatin1String("step.added"))
            return ReplayWorkPanel::tr("%1 added by a change order (%2)").arg(step, m.actor);
        if (m.kind == QLatin1String("task.claimed"))
            return ReplayWorkPanel::tr("%1: task claimed by %2").arg(step, m.actor);
        if (m.kind == QLatin1String("task.claim-renewed"))
            return ReplayWorkPanel::tr("%1: claim renewed by %2").arg(step, m.actor);
        if (m.kind == QLatin1String("task.released"))
            return ReplayWorkPanel::tr("%1: task released (%2)").arg(step, m.actor);
        if (m.kind == QLatin1String("task.claim-expired"))
            return ReplayWorkPanel::tr("%1: the claim expired").arg(step);
        if (m.kind == QLatin1String("task.reassigned"))
            return ReplayWorkPanel::tr("%1: task moved to another queue (%2)").arg(step, m.actor);
        if (m.kind.startsWith(QLatin1String("task.")))
            return ReplayWorkPanel::tr("%1: %2 (%3)").arg(step, m.kind, m.actor);
        if (m.kind == QLatin1String("order.held"))
            return ReplayWorkPanel::tr("Order put on hold (%1)").arg(m.actor);
        if (m.kind == QLatin1String("order.resumed"))
            return ReplayWorkPanel::tr("Order resumed (%1)").arg(m.actor);
        if (m.kind == QLatin1String("order.imported"))
            return ReplayWorkPanel::tr("Order imported (%1)").arg(m.actor);
        return m.kind;
    }
} // namespace

ReplayWorkPanel::ReplayWorkPanel(QWidget* parent)
    : QWidget(parent)
    , m_moment(new QLabel(this))
    , m_order(new QLabel(this))
    , m_work(new QListWidget(this))
{
    setObjectName(QStringLiteral("replayWorkPanel"));
    m_moment->setObjectName(QStringLiteral("replayMoment"));
    m_moment->setWordWrap(true);
    m_moment->setTextFormat(Qt::PlainText);
    m_order->setObjectName(QStringLiteral("replayOrderState"));
    m_order->setWordWrap(true);
    m_order->setTextFormat(Qt::PlainText);
    m_work->setObjectName(QStringLiteral("replayOpenWork"));
    m_work->setWordWrap(true);
    m_work->setAccessibleName(tr("Open work at this moment"));
    connect(m_work, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QString step = item->data(Qt::UserRole).toString();
        if (!step.isEmpty())
            Q_EMIT stepActivated(step);
    });
    auto* title = new QLabel(tr("<b>Open work then</b>"), this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(m_moment);
    layout->addWidget(m_order);
    layout->addWidget(title);
    layout->addWidget(m_work, 1);
}

void ReplayWorkPanel::showState(const ReplayMoment& moment, const ReplayState& state, const QHash<QString, QString>& stepNames)
{
    m_moment->setText(tr("%1\n%2").arg(StatePresentation::timeText(moment.at), replayMomentText(moment, stepNames)));
    QString order = tr("Order then: %1").arg(StatePresentation::orderStateLabel(state.orderState));
    if (state.onHold)
        order += tr(", on hold");
    m_order->setText(order);
    m_work->clear();
    for (const ReplayTask& task : state.tasks) {
        const QString step = replayStepName(stepNames, task.stepId);
        auto* item = new QListWidgetItem(
            task.claimedBy.isEmpty()
                ? tr("Task: %1 \u2014 queue %2, open since %3").arg(step, task.queue, StatePresentation::timeText(task.openedAt))
                : tr("Task: %1 \u2014 queue %2, claimed by %3").arg(step, task.queue, task.claimedBy),
            m_work);
        item->setData(Qt::UserRole, task.stepId);
    }
    for (const ReplayFallout& fallout : state.fallout) {
        const QString step = replayStepName(stepNames, fallout.stepId);
        auto* item = new QListWidgetItem(tr("Fallout: %1 \u2014 queue %2: %3").arg(step, fallout.queue, fallout.error), m_work);
        item->setData(Qt::UserRole, fallout.stepId);
    }
    if (m_work->count() == 0)
        new QListWidgetItem(tr("No open tasks or fallout cases."), m_work);
}

QStringList ReplayWorkPanel::openWorkTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_work->count(); ++row)
        texts << m_work->item(row)->text();
    return texts;
}

} // namespace fw
