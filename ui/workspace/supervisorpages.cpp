// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "supervisorpages.h"

#include "common/enginetexttranslation.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/kpisource.h"
#include "engine/engineservice.h"
#include "engine/escalationactions.h"
#include "jeopardy/escalationmodel.h"
#include "jeopardy/escalationspanel.h"
#include "jeopardy/jeopardynotifier.h"
#include "jeopardy/jeopardypage.h"
#include "storesession.h"
#include "users/sessionuser.h"

#include <QStackedWidget>
#include <QTabWidget>

namespace fw {

SupervisorPages::SupervisorPages(StoreSession* session, QStackedWidget* pages, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    createJeopardyPages(pages);
    createDashboard(pages);
    createRenewals();
}

SupervisorPages::~SupervisorPages()
{
    delete m_kpiSource; // stops its thread before the pages go
    delete m_jeopardyNotifier;
    delete m_jeopardyTabs; // the jeopardy page and the escalations with it
    delete m_dashboardPage;
}

void SupervisorPages::createJeopardyPages(QStackedWidget* pages)
{
    m_jeopardyTabs = new QTabWidget(pages);
    m_jeopardyTabs->setObjectName(QStringLiteral("jeopardyTabs"));
    m_jeopardyTabs->setDocumentMode(true);
    m_jeopardyTabs->setAccessibleName(tr("Jeopardy"));
    m_jeopardyPage = new JeopardyPage(m_jeopardyTabs);
    m_escalationsPanel = new EscalationsPanel(m_session, m_jeopardyTabs);
    m_jeopardyTabs->addTab(m_jeopardyPage, tr("At Risk"));
    m_jeopardyTabs->addTab(m_escalationsPanel, tr("Escalations"));
    pages->addWidget(m_jeopardyTabs);
    StoreSession* session = m_session;
    connect(m_jeopardyPage, &JeopardyPage::reassignRequested, this,
            [session](const QString& orderId, const QString& stepId, const QString& queue) {
                EscalationActions(*session->service()).reassignTask(orderId, stepId, queue, session->user());
            });
    connect(m_jeopardyPage, &JeopardyPage::escalateRequested, this,
            [session](const QString& orderId, const QString& stepId, const QString& queue, const QString& note) {
                EscalationActions(*session->service()).escalate(orderId, stepId, queue, note, session->user());
            });
    connect(m_jeopardyPage, &JeopardyPage::refreshRequested, this, [session] { session->service()->evaluateJeopardyNow(); });
    connect(m_jeopardyPage, &JeopardyPage::openOrderRequested, this, &SupervisorPages::openOrderRequested);
    connect(m_escalationsPanel, &EscalationsPanel::openOrderRequested, this, &SupervisorPages::openOrderRequested);
    connect(session, &StoreSession::actionFinished, m_jeopardyPage, [this](const QString& action, bool ok, const QString& message) {
        const QString text = ok ? translatedEngineText(message.isEmpty() ? action : message)
                                : tr("Could not %1: %2").arg(translatedEngineText(action), translatedEngineText(message));
        if (action.startsWith(QLatin1String("escalate ")))
            m_jeopardyPage->setEscalationResult(ok, text); // the dialog keeps the note on a refusal
        else if (action.startsWith(QLatin1String("reassign ")))
            m_jeopardyPage->setActionResult(ok, text);
    });

    m_jeopardyNotifier = new JeopardyNotifier(this);
    const auto applyUser = [this, session] {
        const SessionUser& user = *session->identity();
        m_jeopardyPage->setRefusals(user.refusal(QStringLiteral("jeopardy.reassign")), user.refusal(QStringLiteral("jeopardy.escalate")));
        m_jeopardyNotifier->setUser(session->user());
    };
    connect(session->identity(), &SessionUser::changed, m_jeopardyPage, applyUser);
    applyUser();
    connect(m_jeopardyNotifier, &JeopardyNotifier::notify, this,
            [this](const QString& title, const QString& message, int) { Q_EMIT notice(title + QStringLiteral(": ") + message); });
}

void SupervisorPages::createDashboard(QStackedWidget* pages)
{
    m_dashboardPage = new DashboardPage(pages);
    m_dashboardPage->setAccessibleName(tr("Dashboard"));
    pages->addWidget(m_dashboardPage);
    m_kpiSource = new KpiSource(this);
    m_kpiSource->setStorePath(m_session->storePath());
    connect(m_dashboardPage, &DashboardPage::rangeChanged, m_kpiSource, &KpiSource::request);
    connect(m_dashboardPage, &DashboardPage::refreshRequested, this, &SupervisorPages::refreshDashboard);
    connect(m_dashboardPage, &DashboardPage::drillDownRequested, m_kpiSource, &KpiSource::requestDrill);
    connect(m_dashboardPage, &DashboardPage::openOrderRequested, this, &SupervisorPages::openOrderRequested);
    connect(m_kpiSource, &KpiSource::reportReady, m_dashboardPage, [this](const KpiReport& report) {
        m_dashboardPage->setReport(report);
        m_dashboardLoaded = true;
    });
    connect(m_kpiSource, &KpiSource::busyChanged, m_dashboardPage, &DashboardPage::setBusy);
    connect(m_kpiSource, &KpiSource::failed, m_dashboardPage, &DashboardPage::setError);
    connect(m_kpiSource, &KpiSource::drillReady, m_dashboardPage, &DashboardPage::setDrillResult);
}

void SupervisorPages::dashboardShown()
{
    if (!m_dashboardLoaded)
        refreshDashboard();
}

void SupervisorPages::refreshDashboard()
{
    m_kpiSource->request(m_dashboardPage->range());
}

void SupervisorPages::onSnapshot(const QSet<QString>& watchedOrders)
{
    refreshRenewalsIfShown();
    const EngineSnapshot& snapshot = m_session->lastSnapshot();
    QStringList queues = snapshot.taskQueues;
    queues.sort();
    m_jeopardyPage->setQueues(queues);
    m_jeopardyPage->setEscalations(snapshot.escalations);
    const int escalations = m_escalationsPanel->model()->openCount();
    m_jeopardyTabs->setTabText(1, escalations ? tr("Escalations (%1 open)").arg(escalations) : tr("Escalations"));
    if (!snapshot.jeopardy || snapshot.jeopardy.get() == m_shownJeopardy)
        return; // the report is re-evaluated every few seconds, not every snapshot
    m_shownJeopardy = snapshot.jeopardy.get();
    const JeopardyReport& report = *snapshot.jeopardy;
    m_jeopardyPage->setReport(report, snapshot.at);
    m_jeopardyNotifier->setWatchedOrders(watchedOrders);
    m_jeopardyNotifier->update(report);
    int critical = 0;
    for (const JeopardyFinding& finding : report.findings)
        critical += finding.level == JeopardyLevel::Critical ? 1 : 0;
    const int total = int(report.findings.size());
    m_jeopardyTabs->setTabText(0, total ? tr("At Risk (%1)").arg(total) : tr("At Risk"));
    Q_EMIT jeopardyTextChanged(critical ? tr("Jeopardy (%1 critical)").arg(critical) : tr("Jeopardy (%1)").arg(total));
}

} // namespace fw
