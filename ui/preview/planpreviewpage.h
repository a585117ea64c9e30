// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace fw {

class FulfillmentLineModel;
class FulfillmentLineTable;
class PlanLoader;
class PlanStepModel;
class PlanStepTree;
class ProblemModel;
struct PlanLoadResult;

// The Plan Preview: plans catalog and order files off the GUI thread (PlanLoader) without touching
// a store, and shows the plan's steps by lane and its fulfillment lines. What could not be loaded
// goes to problemModel() (the main window's Problems panel).
class PlanPreviewPage final : public QWidget {
    Q_OBJECT

public:
    explicit PlanPreviewPage(QWidget* parent = nullptr);
    ~PlanPreviewPage() override;

    // Loads the catalog alone (an order planned before is closed).
    void openCatalog(const QString& path);
    // Plans the order against the open catalog.
    void openOrder(const QString& path);
    void openFiles(const QString& catalogPath, const QString& orderPath);
    void reload();
    // Where the bundled samples are; openDemo plans their telecom fibre order.
    void setSamplesDirectory(const QString& directory);
    // The open store: an order acting on assets is planned against its installed base (empty: none);
    // a plan already shown is made again on Reload.
    void setStorePath(const QString& storePath);
    void openDemo();

    bool isLoading() const;
    QString catalogPath() const { return m_catalogPath; }
    QString orderPath() const { return m_orderPath; }
    QString fileDialogDirectory() const; // next to the file opened last, else the samples
    PlanStepModel* stepModel() const { return m_stepModel; }
    FulfillmentLineModel* lineModel() const { return m_lineModel; }
    ProblemModel* problemModel() const { return m_problemModel; }
    PlanStepTree* stepTree() const { return m_stepTree; }

Q_SIGNALS:
    void loadStarted(); // the page should come forward
    void busyChanged(bool busy);
    // After every load, successful or not, once the page shows its result.
    void loadFinished(bool ok);
    void statusMessage(const QString& text);
    void subjectChanged(const QString& subject); // the order or catalog shown, for the window title
    void problemsChanged(bool any); // the Problems panel should show (or hide)
    void fileLoaded(const QString& kind, const QString& path); // "catalog" or "order", for the recent files

private:
    void startLoad(const QString& catalogPath, const QString& orderPath);
    void onLoaded(const PlanLoadResult& result);
    void onLoadFailed(const PlanLoadResult& result);
    void rememberFiles(const PlanLoadResult& result);
    void showPlaceholder(const QString& text);
    void updateSummary(const PlanLoadResult& result);

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
    QString m_catalogPath;
    QString m_orderPath;
    QString m_samplesDirectory;
};

} // namespace fw
