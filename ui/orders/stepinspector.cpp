// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "stepinspector.h"

#include "common/enginetexttranslation.h"
#include "engine/enginesnapshot.h"
#include "users/sessionuser.h"
#include "common/statepresentation.h"
#include "workspace/storesession.h"
#include "timeline/timelinemodel.h"
#include "common/operatoractions.h"
#include "common/permission.h"

#include <QGridLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>

namespace fw {

namespace {
    QString prettyPayload(const QString& json)
    {
        const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
        return document.isNull() ? json : QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    }

    QString duration(qint64 seconds)
    {
        if (seconds <= 0)
            return QStringLiteral("\u2013");
        if (seconds < 3600)
            return StepInspector::tr("%1 min").arg((seconds + 59) / 60);
        if (seconds < 86400)
            return StepInspector::tr("%1 h").arg(QString::number(double(seconds) / 3600, 'g', 3));
        return StepInspector::tr("%1 d").arg(QString::number(double(seconds) / 86400, 'g', 3));
    }
} // namespace

StepInspector::StepInspector(StoreSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("stepInspector"));
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("stepInspectorText"));
    m_browser->setAccessibleName(tr("Step details"));
    m_browser->setOpenLinks(false);
    const auto button = [this](const QString& text, const QString& name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        return b;
    };
    m_complete = button(tr("Complete Task\u2026"), QStringLiteral("inspectorCompleteButton"));
    m_claim = button(tr("Claim"), QStringLiteral("inspectorClaimButton"));
    m_retry = button(tr("Retry"), QStringLiteral("inspectorRetryButton"));
    m_editRetry = button(tr("Edit && Retry\u2026"), QStringLiteral("inspectorEditRetryButton"));
    m_editRetry->setToolTip(tr("Correct the request, then send it"));
    m_skip = button(tr("Skip\u2026"), QStringLiteral("inspectorSkipButton"));
    m_resume = button(tr("Resume Order"), QStringLiteral("inspectorResumeButton"));
    connect(m_complete, &QPushButton::clicked, this, [this] { OperatorActions(m_session, this).completeTask(openTask()); });
    connect(m_claim, &QPushButton::clicked, this, [this] { OperatorActions(m_session, this).claimTask(openTask()); });
    connect(m_retry, &QPushButton::clicked, this, [this] { OperatorActions(m_session, this).retryFallout(openCase(), true); });
    connect(m_editRetry, &QPushButton::clicked, this, [this] { OperatorActions(m_session, this).editPayloadAndRetry(openCase(), true); });
    connect(m_skip, &QPushButton::clicked, this, [this] { OperatorActions(m_session, this).skipFallout(openCase(), true); });
    connect(m_resume, &QPushButton::clicked, this, [this] { OperatorActions(m_session, this).resumeOrder(m_orderId); });

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    // Two buttons a row: three did not fit the inspector's width on a 1366-pixel screen (their
    // labels were cut), and the layout's minimum keeps every label whole in any language.
    layout->addWidget(m_title, 0, 0, 1, 2);
    layout->addWidget(m_browser, 1, 0, 1, 2);
    layout->addWidget(m_complete, 2, 0);
    layout->addWidget(m_claim, 2, 1);
    layout->addWidget(m_retry, 3, 0);
    layout->addWidget(m_editRetry, 3, 1);
    layout->addWidget(m_skip, 4, 0);
    layout->addWidget(m_resume, 4, 1);
    connect(session->identity(), &SessionUser::changed, this, &StepInspector::updateActions);
    updateActions();
}

qint64 StepInspector::openCase() const
{
    for (const FalloutSummary& c : m_session->lastSnapshot().fallout) {
        if (c.orderId == m_orderId && c.stepId == m_stepId)
            return c.id;
    }
    return 0;
}

qint64 StepInspector::openTask() const
{
    return m_task ? m_task->id : 0;
}

void StepInspector::setStep(const OrderDetail& detail, const QString& stepId)
{
    m_orderId = detail.order.id;
    m_stepId = stepId;
    m_onHold = detail.order.onHold;
    m_task.reset(); // the step's open task, read with the order (OrderDetail::tasks)
    for (const TaskSummary& task : detail.tasks) {
        if (task.stepId == stepId)
            m_task = task;
    }
    render(detail);
    updateActions();
}

void StepInspector::updateActions()
{
    const TaskSummary* t = m_task && !m_stepId.isEmpty() ? &*m_task : nullptr;
    const bool fallout = !m_stepId.isEmpty() && openCase() != 0;
    const SessionUser& user = *m_session->identity();
    const QString queue = t ? t->queue : QString();
    setPermitted(m_complete, t && (t->claimedBy.isEmpty() || t->claimedBy == m_session->user()),
                 user.taskRefusal(QStringLiteral("task.complete"), queue));
    setPermitted(m_claim, t && t->claimedBy.isEmpty(), user.taskRefusal(QStringLiteral("task.claim"), queue));
    permit(m_retry, user, QStringLiteral("fallout.retry"), fallout);
    permit(m_editRetry, user, QStringLiteral("fallout.retry"), fallout);
    permit(m_skip, user, QStringLiteral("fallout.skip"), fallout);
    permit(m_resume, user, QStringLiteral("order.resume"), m_onHold);
}

void StepInspector::render(const OrderDetail& detail)
{
    const auto it = std::find_if(detail.steps.begin(), detail.steps.end(), [&](const StepStatus& s) { return s.id == m_stepId; });
    if (it == detail.steps.end()) {
        m_title->setText(tr("<b>Step inspector</b>"));
        m_browser->setHtml(tr("<p>Click a step in the plan to see its definition, history and attempts, and what can be done "
                              "with it.</p>"));
        return;
    }
    const StepStatus& step = *it;
    const QColor color = StatePresentation::stateColor(step.state);
    m_title->setText(tr("<b style='font-size:14px'>%1</b><br><span style='color:%2'>\u25cf <b>%3</b></span>%4")
                         .arg(step.name.toHtmlEscaped(), color.name(), StatePresentation::stepStateLabel(step.state),
                              step.attempts > 0 ? tr(" &nbsp;\u00b7&nbsp; %n attempt(s)", nullptr, step.attempts) : QString()));
    QStringList dependencies;
    for (const QString& id : step.dependsOn) {
        const auto dep = std::find_if(detail.steps.begin(), detail.steps.end(), [&](const StepStatus& s) { return s.id == id; });
        dependencies << (dep == detail.steps.end()
                             ? id
                             : dep->name + QStringLiteral(" (") + StatePresentation::stepStateLabel(dep->state) + QLatin1Char(')'));
    }
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    const auto row = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td style='color:gray; padding-right:10px'>%1</td><td>%2</td></tr>").arg(label, value);
    };
    row(tr("Id"), step.id.toHtmlEscaped());
    row(tr("Type"), step.type.toHtmlEscaped());
    row(tr("Scope"), tr("%1, plan %2").arg(step.scope.toHtmlEscaped(), step.planDefinition.toHtmlEscaped()));
    row(tr("Lane"), step.lane.toHtmlEscaped());
    row(tr("Lines"), step.lines.join(QStringLiteral(", ")).toHtmlEscaped());
    row(tr("Depends on"),
        dependencies.isEmpty()
            ? tr("nothing")
            : dependencies.join(QStringLiteral("<br>")).toHtmlEscaped().replace(QStringLiteral("&lt;br&gt;"), QStringLiteral("<br>")));
    row(tr("Estimate"), duration(step.estimatedSeconds));
    if (step.pointOfNoReturn)
        row(tr("PONR"), tr("point of no return: once done, changes need compensation"));
    if (step.completedAt.isValid())
        row(tr("Completed"), StatePresentation::timeText(step.completedAt));
    if (!step.lastError.isEmpty())
        row(tr("Last error"),
            QStringLiteral("<span style='color:#c62828'>%1</span>").arg(translatedEngineText(step.lastError).toHtmlEscaped()));
    if (step.state == QLatin1String("skipped")) { // why: the reason journalled with the skip (its condition, an operator's)
        QString reason;
        for (auto e = detail.events.rbegin(); e != detail.events.rend() && reason.isEmpty(); ++e) {
            if (e->stepId == step.id && e->afterState == QLatin1String("skipped"))
                reason = QJsonDocument::fromJson(e->payload.toUtf8()).object().value(QLatin1String("reason")).toString();
        }
        if (!reason.isEmpty())
            row(tr("Skipped because"), translatedEngineText(reason).toHtmlEscaped());
    }
    html += QStringLiteral("</table>");

    html += tr("<h4>History</h4>");
    for (const JournalEvent& e : detail.events) {
        if (e.stepId != step.id)
            continue;
        html += QStringLiteral("<div>%1 &nbsp;%2 <span style='color:gray'>(%3)</span></div>")
                    .arg(StatePresentation::timeText(e.at), TimelineModel::describe(e).toHtmlEscaped(), e.actor.toHtmlEscaped());
    }
    bool anyAttempt = false;
    for (const AttemptRecord& a : detail.attempts) {
        if (a.stepId != step.id)
            continue;
        if (!anyAttempt)
            html += tr("<h4>Callout attempts</h4>");
        anyAttempt = true;
        html += tr("<p><b>Series %1, attempt %2</b> &nbsp;%3 &nbsp;HTTP %4 %5<br><span style='color:gray'>key %6</span></p>")
                    .arg(a.series)
                    .arg(a.attempt)
                    .arg(StatePresentation::timeText(a.startedAt))
                    .arg(a.httpStatus ? QString::number(a.httpStatus) : QStringLiteral("\u2013"),
                         translatedEngineText(a.outcome).toHtmlEscaped(), a.idempotencyKey.toHtmlEscaped());
        if (!a.error.isEmpty())
            html += QStringLiteral("<p style='color:#c62828'>%1</p>").arg(translatedEngineText(a.error).toHtmlEscaped());
        if (a.outcomeUnknown)
            html += tr("<p style='color:#e65100'>No answer came although the request was sent: the system may have carried it "
                       "out. A retry sends it again with the same key.</p>");
        html += tr("<div style='color:gray'>Request</div><pre>%1</pre>").arg(prettyPayload(a.request).toHtmlEscaped());
        if (!a.response.isEmpty())
            html += tr("<div style='color:gray'>Response</div><pre>%1</pre>").arg(prettyPayload(a.response).toHtmlEscaped());
    }
    const int scroll = m_browser->verticalScrollBar()->value(); // a live refresh keeps the reader's place
    m_browser->setHtml(html);
    m_browser->verticalScrollBar()->setValue(scroll);
}

} // namespace fw
