// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "storeopenoptions.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QStackedWidget;
class QWidget;

namespace fw {

class AccountsPage;
class CredentialsDialog;
class KeyringCredentials;
class FalloutQueuePage;
class OrderPage;
class OrdersPage;
class StoreSession;
class SupervisorPages;
class SwitchUserDialog;
class SyncConflictsDialog;
class TaskInboxPage;
class UsersDialog;

// Everything bound to one open store: its StoreSession (the engine in the background), the
// operations pages (Orders, Tasks, Fallout), the supervisor's pages (SupervisorPages), every order
// page opened from them, and the dialogs that show the store's data. The pages live in the main
// window's page stack; deleting the workspace closes the store and removes them all.
class StoreWorkspace final : public QObject {
    Q_OBJECT

public:
    // `window` parents the dialogs the workspace opens.
    StoreWorkspace(const QString& path, const StoreOpenOptions& options, QStackedWidget* pages, QWidget* window);
    ~StoreWorkspace() override;

    // Fills a new demo store (demo options), then starts the engine.
    void start();

    StoreSession* session() const { return m_session; }
    const StoreOpenOptions& options() const { return m_options; }
    OrdersPage* ordersPage() const { return m_ordersPage; }
    TaskInboxPage* taskInboxPage() const { return m_taskPage; }
    FalloutQueuePage* falloutQueuePage() const { return m_falloutPage; }
    SupervisorPages* supervisorPages() const { return m_supervisor; }
    AccountsPage* accountsPage() const { return m_accountsPage; }

    // The page of a navigator section, brought forward (nullptr for the Plan Preview).
    QWidget* showSection(WorkbenchSection section);
    OrderPage* orderPage(const QString& orderId) const; // nullptr when the order has no page
    OrderPage* addOrderPage(const QString& orderId); // a new page in the stack
    void closeOrderPage(const QString& orderId);
    OrderPage* openOrderWindow(const QString& orderId); // the order in a separate window
    void focusSearch(QWidget* currentPage); // the search field of the current operations page
    // After a language change: every page (and order window) made anew on the same session, so
    // that all of it speaks the new language; the open orders, the Jeopardy tab in view and the
    // order windows' places stay. The session, its engine and its models are untouched.
    void rebuildPages();

    // The signed-in user (docs/roles.md): switched with File > Switch User... (remembered per
    // store); File > Users... (an admin's) adds users, changes roles and queues.
    SwitchUserDialog* showSwitchUser();
    UsersDialog* showUsers();
    Status switchUser(const QString& userId);
    SyncConflictsDialog* showSyncConflicts(); // the remote store's conflicts (docs/sync.md)
    // File > Credentials... (an admin's): the catalogs' named credentials and their secrets in the
    // desktop keyring (docs/credentials.md); nullptr for a user who may not.
    CredentialsDialog* showCredentials();
    // File > Import Catalog/Order into Store...: `kind` is "catalog" or "order".
    void chooseImport(const QString& kind, const QString& directory);

Q_SIGNALS:
    void openOrderRequested(const QString& orderId);
    void openAccountRequested(const QString& orderId); // the Account page of an order's account
    void openStepRequested(const QString& orderId, const QString& stepId);
    void sectionTextChanged(fw::WorkbenchSection section, const QString& text); // "Tasks (12)"
    void statusMessage(const QString& text, fw::StatusTone tone);
    void notice(const QString& text); // a desktop notification, for the status bar

private:
    void createOperationsPages(QStackedWidget* pages);
    void createSupervisorPages(QStackedWidget* pages);
    void onSnapshot();
    void startEngine();
    void loadCredentials(const std::function<void()>& then);

    QWidget* m_window;
    QStackedWidget* m_pages;
    StoreOpenOptions m_options; // how the store was opened: re-opened with new remote settings
    StoreSession* m_session = nullptr;
    OrdersPage* m_ordersPage = nullptr;
    TaskInboxPage* m_taskPage = nullptr;
    FalloutQueuePage* m_falloutPage = nullptr;
    AccountsPage* m_accountsPage = nullptr;
    SupervisorPages* m_supervisor = nullptr;
    QHash<QString, OrderPage*> m_orderPages;
    QList<QPointer<OrderPage>> m_orderWindows; // openOrderWindow's, while open
    QPointer<SyncConflictsDialog> m_conflictsDialog;
    std::shared_ptr<KeyringCredentials> m_credentials; // the engine's too
};

} // namespace fw
