// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "preview/planpreviewpage.h"
#include "workspace/storeopenoptions.h"

#include <QHash>
#include <QMainWindow>

class QDockWidget;
class QLabel;
class QProgressBar;
class QStackedWidget;

namespace fw {

class OrderPage;
class RecentFiles;
class RemoteSettingsDialog;
class Sidebar;
class StoreIndicators;
class StoreWorkspace;
class SyncConflictsDialog;

// The workbench's main window, the frame only: the menus and tool bar, the navigator on the left
// (Sidebar), the status bar, the Problems panel, the window's settings. The pages bound to the
// open store belong to its StoreWorkspace (ui/workspace): opening a store creates one, closing it
// deletes it. The Plan Preview (PlanPreviewPage) plans catalog and order files without a store.
// View > Language switches the translators (TranslatorSet) at once; on the LanguageChange that
// follows, the window rebuilds its content in the new language (retranslate()): menus, tool bar,
// navigator, status bar, the Plan Preview (its files planned again) and the store's pages
// (StoreWorkspace::rebuildPages), keeping the page in view, the open orders and the store session.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    using Section = WorkbenchSection;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // The Plan Preview's files (see PlanPreviewPage); setSamplesDirectory enables Help > Open Demo.
    void openOrder(const QString& path) { m_preview->openOrder(path); }
    void openFiles(const QString& catalogPath, const QString& orderPath) { m_preview->openFiles(catalogPath, orderPath); }
    void setSamplesDirectory(const QString& directory);
    void openDemo() { m_preview->openDemo(); }
    // Applies the saved geometry and dock layout; from then on closing the window saves them.
    void restoreWindowState();

    // Opens a store (closing the one open) and runs its engine in the background.
    void openStore(const QString& path, const StoreOpenOptions& options = {});
    void closeStore();
    void showSection(Section section);
    OrderPage* openOrderPage(const QString& orderId); // opens or brings forward the order's page
    // The remote store (docs/sync.md): File > Remote Store... (applying new settings re-opens the
    // open store with them) and the conflicts the status bar's indicator opens.
    RemoteSettingsDialog* showRemoteSettings();
    SyncConflictsDialog* showSyncConflicts();
    // The saved remote store (File > Remote Store...) as sync settings; empty conninfo when off.
    static SyncSettings savedRemote();

    StoreWorkspace* workspace() const { return m_workspace; } // nullptr while no store is open
    PlanPreviewPage* planPreviewPage() const { return m_preview; }
    StoreIndicators* storeIndicators() const { return m_indicators; }

Q_SIGNALS:
    // After every Plan Preview load, successful or not, once the views show its result.
    void loadFinished(bool ok);
    // The open store's engine started (or failed to), and its first snapshot is shown.
    void storeReady(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createCentralWidgets();
    void createPreviewPage(); // m_preview and its connections
    void retranslate(); // after a language change: the content again, in the new language
    void createStatusBar();
    void createMenus(); // mainwindowmenus.cpp
    void createStoreMenu(QMenu* fileMenu);
    void createGoMenu();
    void showPage(Section section);
    void applyRemoteSettings(const RemoteSettingsDialog& dialog);
    void updateStoreActions(); // enabled as the signed-in user may
    void showStatus(const QString& text, StatusTone tone = StatusTone::Keep);
    void updateWindowTitle(); // "view — store — Fulfillment Workbench"

    Sidebar* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    PlanPreviewPage* m_preview = nullptr;
    QLabel* m_noStorePage = nullptr;
    StoreWorkspace* m_workspace = nullptr;
    QDockWidget* m_problemsDock = nullptr;
    QLabel* m_statusLabel = nullptr;
    QProgressBar* m_busyBar = nullptr;
    StoreIndicators* m_indicators = nullptr;
    QList<QAction*> m_storeActions; // enabled while a store is open
    QHash<QAction*, QString> m_actionPermissions; // store menu action -> the command it takes
    QAction* m_remoteAction = nullptr;
    QAction* m_reloadAction = nullptr;
    QAction* m_demoAction = nullptr;
    RecentFiles* m_recentCatalogs = nullptr;
    RecentFiles* m_recentOrders = nullptr;
    bool m_persistWindowState = false;
    bool m_retranslatePending = false; // one rebuild for the several LanguageChange events of a switch
    bool m_keepPageOnLoad = false; // the Plan Preview plans again after a language change: stay where the user is
    QString m_samplesDirectory;
    QString m_viewTitle; // the sidebar's current row: "Orders", "Order SO-1"
    QString m_storeTitle; // the open store's file name
    QString m_previewSubject; // what Plan Preview shows: the order's id, or the catalog's file
};

} // namespace fw
