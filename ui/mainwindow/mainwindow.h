#pragma once

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QTabWidget;

namespace fw {

class FulfillmentLineModel;
class FulfillmentLineTable;
class PlanLoader;
class PlanStepModel;
class PlanStepTree;
class ProblemModel;
class ProblemsPanel;
class RecentFiles;
struct PlanLoadResult;

// The workbench's main window: opens a catalog and an order, plans the order off the GUI thread
// (PlanLoader) and shows the plan's steps by lane, its fulfillment lines, and the problems that
// stopped a load.
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

    bool isLoading() const;
    QString catalogPath() const { return m_catalogPath; }
    QString orderPath() const { return m_orderPath; }
    PlanStepModel* stepModel() const { return m_stepModel; }
    FulfillmentLineModel* lineModel() const { return m_lineModel; }
    ProblemModel* problemModel() const { return m_problemModel; }

Q_SIGNALS:
    // After every load, successful or not, once the views show its result.
    void loadFinished(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createCentralWidgets();
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
