// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QString>

class QStackedWidget;
class QTabWidget;

namespace fw {

class DashboardPage;
class EscalationsPanel;
class JeopardyNotifier;
class JeopardyPage;
class KpiSource;
class RenewalSource;
class RenewalsPage;
class StoreSession;

// The supervisor's pages of an open store: Jeopardy (what will miss its SLA, with the escalations)
// and the KPI Dashboard, fed by the engine's snapshots and a KPI worker thread; desktop
// notifications when something the user owns or watches enters jeopardy. Part of a StoreWorkspace:
// the pages live in the workspace's page stack and go with this object.
class SupervisorPages final : public QObject {
    Q_OBJECT

public:
    SupervisorPages(StoreSession* session, QStackedWidget* pages, QObject* parent);
    ~SupervisorPages() override;

    QTabWidget* jeopardyTabs() const { return m_jeopardyTabs; }
    JeopardyPage* jeopardyPage() const { return m_jeopardyPage; }
    EscalationsPanel* escalationsPanel() const { return m_escalationsPanel; }
    DashboardPage* dashboardPage() const { return m_dashboardPage; }
    RenewalsPage* renewalsPage() const { return m_renewalsPage; }
    JeopardyNotifier* jeopardyNotifier() const { return m_jeopardyNotifier; }

    // The dashboard was brought forward: its first visit computes the figures.
    void dashboardShown();
    // A new engine snapshot; `watchedOrders` are the orders the user has open.
    void onSnapshot(const QSet<QString>& watchedOrders);

Q_SIGNALS:
    void openOrderRequested(const QString& orderId);
    void jeopardyTextChanged(const QString& navigatorText); // "Jeopardy (2 critical)"
    void notice(const QString& text); // a desktop notification, for the status bar

private:
    void createJeopardyPages(QStackedWidget* pages);
    void createDashboard(QStackedWidget* pages);
    void createRenewals(); // the third tab of the jeopardy pages (supervisorrenewals.cpp)
    void refreshRenewals();
    void refreshRenewalsIfShown(); // on a snapshot: at most every 30 s while the tab is shown
    void refreshDashboard();

    StoreSession* m_session;
    QTabWidget* m_jeopardyTabs = nullptr;
    JeopardyPage* m_jeopardyPage = nullptr;
    EscalationsPanel* m_escalationsPanel = nullptr;
    DashboardPage* m_dashboardPage = nullptr;
    KpiSource* m_kpiSource = nullptr;
    RenewalsPage* m_renewalsPage = nullptr;
    RenewalSource* m_renewalSource = nullptr;
    QElapsedTimer m_renewalsRead;
    JeopardyNotifier* m_jeopardyNotifier = nullptr;
    const void* m_shownJeopardy = nullptr; // the report the jeopardy page shows (snapshots share it until the next evaluation)
    bool m_dashboardLoaded = false;
};

} // namespace fw
