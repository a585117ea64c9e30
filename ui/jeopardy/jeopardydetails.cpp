// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jeopardydetails.h"

#include "common/enginetexttranslation.h"
#include "jeopardymodel.h"
#include "jeopardypresentation.h"

#include <QStringList>

namespace fw {

QString JeopardyDetails::html(const JeopardyFinding& f, const JeopardyModel& model)
{
    const QDateTime now = model.now();
    const auto esc = [](const QString& text) { return text.toHtmlEscaped(); };
    const QString color = JeopardyPresentation::color(f.level).name();
    QString html = QStringLiteral("<p><b style=\"color:%1\">%2</b> &nbsp;<b>%3</b><br>")
                       .arg(color, esc(JeopardyPresentation::levelLabel(f.level)), esc(JeopardyPresentation::stepText(f)));
    QStringList where { tr("order %1").arg(esc(f.orderId)) };
    if (!f.account.isEmpty())
        where << esc(f.account);
    if (!f.lane.isEmpty())
        where << tr("lane %1").arg(esc(f.lane));
    if (!f.queue.isEmpty())
        where << tr("queue %1").arg(esc(f.queue));
    if (!f.owner.isEmpty() || !f.runsOn.isEmpty())
        where << esc(JeopardyPresentation::ownerText(f));
    html += where.join(QStringLiteral(" &nbsp;\u00b7&nbsp; ")) + QStringLiteral("</p>");
    html += QStringLiteral("<p>") + esc(translatedEngineText(f.reason)) + QStringLiteral("</p><p>");
    const QString level = esc(JeopardyPresentation::levelLabel(f.level));
    const QString breach = esc(JeopardyPresentation::timeText(f.breachAt));
    const QString relative = esc(JeopardyPresentation::relativeText(f.breachAt, now));
    html += (f.breachAt > now ? tr("%1 from %2 (%3)").arg(level, breach, relative) : tr("%1 since %2 (%3)").arg(level, breach, relative))
        + QStringLiteral(" &nbsp;\u00b7&nbsp; ") + esc(JeopardyPresentation::causeLabel(f.cause, f.ruleId));
    if (f.level == JeopardyLevel::Warning && f.nextLevelAt.isValid())
        html += QStringLiteral("<br>")
            + tr("Critical at %1 (%2)")
                  .arg(esc(JeopardyPresentation::timeText(f.nextLevelAt)), esc(JeopardyPresentation::relativeText(f.nextLevelAt, now)));
    if (f.dueAt.isValid() || f.forecastAt.isValid()) {
        html += QStringLiteral("<br>")
            + tr("Forecast %1 \u00b7 due %2")
                  .arg(f.forecastAt.isValid() ? esc(JeopardyPresentation::timeText(f.forecastAt)) : tr("unknown"),
                       f.dueAt.isValid() ? esc(JeopardyPresentation::timeText(f.dueAt)) : tr("none"));
        const QString margin = JeopardyPresentation::marginText(f.forecastAt, f.dueAt);
        if (!margin.isEmpty())
            html += QStringLiteral(" \u00b7 <b>%1</b>").arg(esc(margin));
    }
    html += QStringLiteral("</p>");
    if (const EscalationSummary* escalation = model.escalationOf(f)) {
        html += QStringLiteral("<p><b>%1</b>")
                    .arg(esc(tr("Escalated to %1 by %2 on %3 (escalation %4)")
                                 .arg(escalation->queue, escalation->raisedBy, JeopardyPresentation::timeText(escalation->createdAt))
                                 .arg(escalation->id)));
        if (!escalation->note.isEmpty())
            html += QStringLiteral("<br>") + esc(tr("Note: %1").arg(escalation->note)).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        html += QStringLiteral("</p>");
    }
    if (const OrderForecast* forecast = model.forecastOf(f.orderId); forecast && !forecast->criticalPathStepIds.isEmpty()) {
        const QStringList labels = JeopardyPresentation::criticalPathLabels(*forecast);
        QStringList steps;
        for (qsizetype i = 0; i < labels.size(); ++i)
            steps << (forecast->criticalPathStepIds.at(i) == f.stepId ? QStringLiteral("<b>%1</b>").arg(esc(labels.at(i)))
                                                                      : esc(labels.at(i)));
        html += QStringLiteral("<p>") + tr("Critical path: %1").arg(steps.join(QStringLiteral(" \u2192 "))) + QStringLiteral("</p>");
    }
    html += QStringLiteral("<p>");
    if (!f.actions.empty())
        html += tr("The rule's actions at this level: %1").arg(esc(JeopardyPresentation::actionsText(f.actions)));
    else if (f.cause == JeopardyCause::Rule)
        html += tr("The rule takes no action at this level.");
    else
        html += tr("No rule acts on this finding.");
    html += QStringLiteral("</p>");
    return html;
}

} // namespace fw
