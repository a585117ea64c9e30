// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "falloutretrywatcher.h"

#include "common/enginetexttranslation.h"
#include "common/statepresentation.h"
#include "workspace/storesession.h"

#include <QLabel>
#include <QTextDocumentFragment>

#include <algorithm>

namespace fw {

FalloutRetryWatcher::FalloutRetryWatcher(StoreSession* session, QLabel* outcome, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_outcome(outcome)
{
    m_outcome->setTextFormat(Qt::RichText);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_outcome->hide();
    connect(m_outcome, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("case:")))
            Q_EMIT openCaseRequested(link.mid(5).toLongLong());
    });
    connect(session, &StoreSession::actionFinished, this, &FalloutRetryWatcher::onActionFinished);
    connect(session, &StoreSession::snapshotApplied, this, &FalloutRetryWatcher::onSnapshot);
}

void FalloutRetryWatcher::watch(const FalloutSummary& retried)
{
    std::erase_if(m_watched, [&](const Watched& w) { return w.retried.id == retried.id; });
    const OrderSummary* order = m_session->order(retried.orderId);
    m_watched.push_back({ retried, order ? order->completedSteps : -1, false });
    show(tr("Case %1: retry of \u201c%2\u201d (order %3) sent; waiting for the step's result\u2026")
             .arg(retried.id)
             .arg(retried.stepName.toHtmlEscaped(), retried.orderId.toHtmlEscaped()),
         false);
}

QString FalloutRetryWatcher::outcomeText() const
{
    return m_outcome->isVisible() ? QTextDocumentFragment::fromHtml(m_outcome->text()).toPlainText() : QString();
}

void FalloutRetryWatcher::onActionFinished(const QString& action, bool ok, const QString& message)
{
    if (ok || !action.startsWith(QLatin1String("retry fallout case ")))
        return;
    const qint64 caseId = action.mid(18).toLongLong();
    std::erase_if(m_watched, [&](const Watched& w) { return w.retried.id == caseId; });
    show(tr("Case %1 was not retried: %2").arg(caseId).arg(translatedEngineText(message).toHtmlEscaped()), true);
}

void FalloutRetryWatcher::onSnapshot()
{
    const auto& open = m_session->lastSnapshot().fallout;
    for (auto it = m_watched.begin(); it != m_watched.end();) {
        const FalloutSummary& old = it->retried;
        const auto again = std::find_if(open.begin(), open.end(), [&](const FalloutSummary& c) {
            return c.id > old.id && c.orderId == old.orderId && c.stepId == old.stepId;
        });
        const OrderSummary* order = m_session->order(old.orderId);
        if (order && it->completedBefore < 0)
            it->completedBefore = order->completedSteps;
        it->resolved = it->resolved || std::none_of(open.begin(), open.end(), [&](const FalloutSummary& c) { return c.id == old.id; });
        if (again != open.end()) {
            show(tr("<b>Case %1 failed again</b> \u2014 \u201c%2\u201d of order %3 is now case %4: %5 &nbsp;<a href=\"case:%4\">Open case "
                    "%4</a>")
                     .arg(old.id)
                     .arg(old.stepName.toHtmlEscaped(), old.orderId.toHtmlEscaped())
                     .arg(again->id)
                     .arg(translatedEngineText(again->error).toHtmlEscaped()),
                 true);
            Q_EMIT failedAgain(old.id, again->id);
            it = m_watched.erase(it);
            continue;
        }
        const bool wentOn = it->resolved && order && it->completedBefore >= 0
            && (order->completedSteps > it->completedBefore || order->state == QLatin1String("completed"));
        if (wentOn) {
            show(tr("Case %1 resolved: \u201c%2\u201d ran and order %3 went on (%4 of %5 steps done).")
                     .arg(old.id)
                     .arg(old.stepName.toHtmlEscaped(), old.orderId.toHtmlEscaped())
                     .arg(order->completedSteps)
                     .arg(order->steps),
                 false);
            it = m_watched.erase(it);
            continue;
        }
        ++it;
    }
}

void FalloutRetryWatcher::show(const QString& html, bool bad)
{
    m_outcome->setStyleSheet(
        bad ? QStringLiteral("QLabel { color: %1; }").arg(StatePresentation::stateColor(QStringLiteral("fallout")).name()) : QString());
    m_outcome->setText(html);
    m_outcome->show();
}

} // namespace fw
