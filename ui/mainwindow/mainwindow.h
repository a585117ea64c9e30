#pragma once

#include "engine/worker/engineparticipant.h"
#include "sync/syncagent.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <optional>
#include <vector>

class QDockWidget;
class QListWidget;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace fw {

class Clock;

class DashboardPage;
class EscalationsPanel;
class FalloutQueuePage;
class JeopardyNotifier;
class JeopardyPage;
class KpiSource;
class FulfillmentLineModel;
class FulfillmentLineTable;
class PlanLoader;
class PlanStepModel;
class PlanStepTree;
class ProblemModel;
class OrderPage;
class OrdersPage;
class ProblemsPanel;
class RecentFiles;
class StoreSession;
class SwitchUserDialog;
class UsersDialog;
class SyncConflictsDialog;
class SyncIndicator;
class TaskInboxPage;
class RemoteSettingsDialog;
struct PlanLoadResult;

// How a store is opened: for the demo, with the demo's participant (fw_demo: the samples and its
// scripted colleagues) and its callouts sent to the loopback stand-ins.
struct StoreOpenOptions {
    std::vector<EngineParticipantFactory> participants; // run with the engine, besides its own
    std::shared_ptr<const Clock> clock; // what the engine runs on (tests: simulated time); none: the store's
    QHash<QString, QString> endpointBaseUrls; // endpoint id -> base URL
    int tickMs = 500;
    SyncSettings sync; // a remote store to join (docs/sync.md); empty conninfo: none
    // Whom to sign in (mainwindowuser.cpp): `user` (--user) else $FW_USER, tried alone; otherwise the
    // user last chosen for this store, then `defaultUser` (the demo's), then the OS login name.
    QString user;
    QString defaultUser;
};

// The workbench's main window. A navigator on the left switches between the operations views of
// the open store (Orders, Tasks, Fallout, and every order opened from them) and the Plan Preview,
// which plans catalog and order files off the GUI thread (PlanLoader) without touching a store.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Loads the catalog alone (an order planned before is closed).
    void openCatalog(const QString& path);
    // Plans the order against the open catalog.
    void openOrder(const QString& path);
    void openFiles(const QString& catalogPath, const QString& orderPath);
    void reload();
    // Where the bundled samples are; enables Help > Open Demo.
    void setSamplesDirectory(const QString& directory);
    void openDemo();
    // Applies the saved geometry and dock layout; from then on closing the window saves them.
    void restoreWindowState();

    // Opens a store and runs its engine in the background (mainwindowstore.cpp).
    void openStore(const QString& path, const StoreOpenOptions& options = {});
    void closeStore();
    // The remote store (mainwindowsync.cpp): File > Remote Store..., the status bar's indicator and
    // the conflicts it opens. Applying new settings re-opens the open store with them.
    RemoteSettingsDialog* showRemoteSettings();
    SyncConflictsDialog* showSyncConflicts();
    // The signed-in user (mainwindowuser.cpp): shown in the status bar, switched with File > Switch
    // User... (remembered per store). switchUser returns why a user was not accepted.
    SwitchUserDialog* showSwitchUser();
    std::optional<QString> switchUser(const QString& userId);
    UsersDialog* showUsers(); // File > Users... (an admin's): add users, change roles and queues
    QToolButton* userIndicator() const { return m_userButton; }
    SyncIndicator* syncIndicator() const { return m_syncIndicator; }
    // The saved remote store (File > Remote Store...) as sync settings; empty conninfo when off.
    static SyncSettings savedRemote();
    StoreSession* session() const { return m_session; }
    enum class Section { Orders, Tasks, Fallout, PlanPreview, Jeopardy, Dashboard };
    void showSection(Section section);
    OrderPage* openOrderPage(const QString& orderId); // opens or brings forward the order's page
    void openOrderStep(const QString& orderId, const QString& stepId); // ...with the step selected on its plan
    OrderPage* openOrderWindow(const QString& orderId); // the order in a separate window
    OrdersPage* ordersPage() const { return m_ordersPage; }
    TaskInboxPage* taskInboxPage() const { return m_taskPage; }
    FalloutQueuePage* falloutQueuePage() const { return m_falloutPage; }
    // The supervisor's views (mainwindowsupervisor.cpp): jeopardy with escalations, the KPI dashboard.
    JeopardyPage* jeopardyPage() const { return m_jeopardyPage; }
    EscalationsPanel* escalationsPanel() const { return m_escalationsPanel; }
    DashboardPage* dashboardPage() const { return m_dashboardPage; }
    JeopardyNotifier* jeopardyNotifier() const { return m_jeopardyNotifier; }

    bool isLoading() const;
    QString catalogPath() const { return m_catalogPath; }
    QString orderPath() const { return m_orderPath; }
    PlanStepModel* stepModel() const { return m_stepModel; }
    FulfillmentLineModel* lineModel() const { return m_lineModel; }
    ProblemModel* problemModel() const { return m_problemModel; }

Q_SIGNALS:
    // After every load, successful or not, once the views show its result.
    void loadFinished(bool ok);
    // The open store's engine started (or failed to), and its first snapshot is shown.
    void storeReady(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createCentralWidgets();
    QWidget* createPreviewPage();
    void createStorePages(); // mainwindowstore.cpp
    void createStoreMenu(QMenu* fileMenu);
    void createSupervisorPages(); // mainwindowsupervisor.cpp
    void destroySupervisorPages();
    void onSupervisorSnapshot();
    void refreshDashboard();
    void applyRemoteSettings(const RemoteSettingsDialog& dialog); // mainwindowsync.cpp
    void onUserChanged(); // mainwindowuser.cpp: the status bar and the store menu's permissions
    void createUserIndicator();
    void onSyncStatus();
    void chooseStore();
    void chooseImport(const QString& kind);
    void onEngineState();
    void onSnapshotApplied();
    void onActionFinished(const QString& action, bool ok, const QString& message);
    void closeOrderPage(int navigatorRow);
    void showNavigatorPage(int navigatorRow); // the page of the section or order in that row
    void focusSearch();
    void createMenusAndToolBar();
    void createStatusBar();
    void chooseCatalog();
    void chooseOrder();
    void showAbout();
    void startLoad(const QString& catalogPath, const QString& orderPath);
    void onBusyChanged(bool busy);
    void onLoaded(const PlanLoadResult& result);
    void onLoadFailed(const PlanLoadResult& result);
    void rememberFiles(const PlanLoadResult& result);
    void showPlaceholder(const QString& text);
    void updateSummary(const PlanLoadResult& result);
    void updateTitle(const QString& subject);
    QString fileDialogDirectory() const;

    PlanLoader* m_loader;
    PlanStepModel* m_stepModel;
    FulfillmentLineModel* m_lineModel;
    ProblemModel* m_problemModel;

    QListWidget* m_navigator = nullptr;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_previewPage = nullptr;
    QLabel* m_noStorePage = nullptr;
    StoreSession* m_session = nullptr;
    OrdersPage* m_ordersPage = nullptr;
    TaskInboxPage* m_taskPage = nullptr;
    FalloutQueuePage* m_falloutPage = nullptr;
    QHash<QString, OrderPage*> m_orderPages;
    QTabWidget* m_jeopardyTabs = nullptr;
    JeopardyPage* m_jeopardyPage = nullptr;
    EscalationsPanel* m_escalationsPanel = nullptr;
    DashboardPage* m_dashboardPage = nullptr;
    KpiSource* m_kpiSource = nullptr;
    JeopardyNotifier* m_jeopardyNotifier = nullptr;
    const void* m_shownJeopardy = nullptr; // the report the jeopardy page shows (snapshots share it until the next evaluation)
    bool m_dashboardLoaded = false;
    QLabel* m_engineLabel = nullptr;
    QLabel* m_countsLabel = nullptr;
    SyncIndicator* m_syncIndicator = nullptr;
    QPointer<SyncConflictsDialog> m_conflictsDialog;
    StoreOpenOptions m_storeOptions; // how the open store was opened: re-opened with new remote settings
    QList<QAction*> m_storeActions; // enabled while a store is open
    QHash<QAction*, QString> m_actionPermissions; // store menu action -> the command it takes
    QAction* m_remoteAction = nullptr;
    QToolButton* m_userButton = nullptr;
    bool m_storeReadyEmitted = false;

    QLabel* m_summaryLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    QStackedWidget* m_stepStack = nullptr;
    QLabel* m_placeholder = nullptr;
    PlanStepTree* m_stepTree = nullptr;
    FulfillmentLineTable* m_lineTable = nullptr;
    ProblemsPanel* m_problemsPanel = nullptr;
    QDockWidget* m_problemsDock = nullptr;
    QLabel* m_statusLabel = nullptr;
    QProgressBar* m_busyBar = nullptr;
    RecentFiles* m_recentCatalogs = nullptr;
    RecentFiles* m_recentOrders = nullptr;
    QAction* m_reloadAction = nullptr;
    QAction* m_demoAction = nullptr;

    QString m_catalogPath;
    QString m_orderPath;
    QString m_samplesDirectory;
    bool m_persistWindowState = false;
};

} // namespace fw
