// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storeworkspace.h"

#include "accounts/accountpage.h"
#include "accounts/accountspage.h"
#include "common/whenready.h"
#include "credentials/credentialsdialog.h"
#include "credentials/keyringcredentials.h"
#include "dashboard/dashboardpage.h"
#include "engine/engineservice.h"
#include "fallout/falloutqueuepage.h"
#include "identity/oslogin.h"
#include "common/uilogging.h"
#include "mainwindow/appsettings.h"
#include "orders/orderpage.h"
#include "orders/orderspage.h"
#include "storesession.h"
#include "store/database.h"
#include "supervisorpages.h"
#include "sync/connectionparameters.h"
#include "sync/keyringpassword.h"
#include "sync/syncconflictsdialog.h"
#include "tasks/taskinboxpage.h"
#include "users/sessionuser.h"
#include "users/switchuserdialog.h"
#include "users/usersdialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QStackedWidget>
#include <QTabWidget>

#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace fw {

namespace {
    // The names of the credentials the store's catalogs declare; none for a store not created yet.
    QStringList declaredCredentialNames(const QString& storePath)
    {
        QStringList names;
        if (QFileInfo(storePath).size() <= 0)
            return names;
        Database database(storePath);
        const auto declared = declaredCredentials(database.connection());
        if (!declared)
            qCInfo(lcUi, "credentials: %s", qPrintable(declared.message()));
        for (const DeclaredCredential& d : declared.valueOr({}))
            names << d.credential.id;
        names.removeDuplicates();
        return names;
    }
} // namespace

StoreWorkspace::StoreWorkspace(const QString& path, const StoreOpenOptions& options, QStackedWidget* pages, QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_pages(pages)
    , m_options(options)
    , m_session(new StoreSession(path, QString(), this, options.clock))
{
    const QString explicitUser = !options.user.isEmpty() ? options.user : qEnvironmentVariable("FW_USER");
    m_session->identity()->setCandidates(explicitUser, { AppSettings::storeUser(path), options.defaultUser, osLoginName() });
    for (auto it = options.endpointBaseUrls.cbegin(); it != options.endpointBaseUrls.cend(); ++it)
        m_session->setEndpointBaseUrl(it.key(), it.value());
    m_session->setRemote(options.sync);
    connect(m_session, &StoreSession::snapshotApplied, this, &StoreWorkspace::onSnapshot);
    createOperationsPages(pages);
    createSupervisorPages(pages);
}

void StoreWorkspace::createSupervisorPages(QStackedWidget* pages)
{
    m_supervisor = new SupervisorPages(m_session, pages, this);
    connect(m_supervisor, &SupervisorPages::openOrderRequested, this, &StoreWorkspace::openOrderRequested);
    connect(m_supervisor, &SupervisorPages::notice, this, &StoreWorkspace::notice);
    connect(m_supervisor, &SupervisorPages::jeopardyTextChanged, this,
            [this](const QString& text) { Q_EMIT sectionTextChanged(WorkbenchSection::Jeopardy, text); });
}

void StoreWorkspace::rebuildPages()
{
    const QStringList orderIds = m_orderPages.keys();
    QHash<QString, int> orderTabs;
    for (auto it = m_orderPages.cbegin(); it != m_orderPages.cend(); ++it)
        orderTabs.insert(it.key(), it.value()->currentTab());
    const int jeopardyTab = m_supervisor->jeopardyTabs()->currentIndex();
    const bool conflictsShown = m_conflictsDialog && m_conflictsDialog->isVisible();
    const bool accountShown = m_accountsPage->accountPage()->isVisibleTo(m_accountsPage);
    const QString accountId = m_accountsPage->accountPage()->accountId();
    const bool accountsCurrent = m_pages->currentWidget() == m_accountsPage;
    qDeleteAll(m_orderPages);
    m_orderPages.clear();
    delete m_ordersPage;
    delete m_taskPage;
    delete m_falloutPage;
    delete m_accountsPage;
    delete m_supervisor;
    delete m_conflictsDialog;
    createOperationsPages(m_pages);
    createSupervisorPages(m_pages);
    m_supervisor->jeopardyTabs()->setCurrentIndex(jeopardyTab);
    for (const QString& orderId : orderIds)
        addOrderPage(orderId)->setCurrentTab(orderTabs.value(orderId));
    const QList<QPointer<OrderPage>> windows = std::exchange(m_orderWindows, {});
    for (const QPointer<OrderPage>& window : windows) {
        if (!window)
            continue;
        const QByteArray geometry = window->saveGeometry();
        const QString orderId = window->orderId();
        const int tab = window->currentTab();
        window->close(); // deletes it
        OrderPage* page = openOrderWindow(orderId);
        page->restoreGeometry(geometry);
        page->setCurrentTab(tab);
    }
    if (accountShown && !accountId.isEmpty())
        m_accountsPage->openAccount(accountId); // the account shown stays shown
    if (accountsCurrent)
        m_pages->setCurrentWidget(m_accountsPage);
    if (conflictsShown)
        showSyncConflicts();
    onSnapshot(); // the navigator's counts and the supervisor's pages, in the new language
}

StoreWorkspace::~StoreWorkspace()
{
    qDeleteAll(m_orderPages);
    delete m_ordersPage;
    delete m_taskPage;
    delete m_falloutPage;
    delete m_accountsPage;
    delete m_supervisor;
    delete m_conflictsDialog; // it shows the session's conflicts
    delete m_session; // stops the engine and releases the store's engine lock
}

void StoreWorkspace::createOperationsPages(QStackedWidget* pages)
{
    m_ordersPage = new OrdersPage(m_session, pages);
    m_taskPage = new TaskInboxPage(m_session, pages);
    m_falloutPage = new FalloutQueuePage(m_session, pages);
    // Each page's name, for screen readers and the shortcut list (Help > Keyboard Shortcuts).
    m_ordersPage->setAccessibleName(tr("Orders"));
    m_taskPage->setAccessibleName(tr("Tasks"));
    m_falloutPage->setAccessibleName(tr("Fallout"));
    pages->addWidget(m_ordersPage);
    pages->addWidget(m_taskPage);
    pages->addWidget(m_falloutPage);
    connect(m_ordersPage, &OrdersPage::openOrderRequested, this, &StoreWorkspace::openOrderRequested);
    connect(m_taskPage, &TaskInboxPage::openOrderRequested, this, &StoreWorkspace::openOrderRequested);
    connect(m_falloutPage, &FalloutQueuePage::openOrderRequested, this, &StoreWorkspace::openOrderRequested);
    connect(m_falloutPage, &FalloutQueuePage::openStepRequested, this, &StoreWorkspace::openStepRequested);
    connect(m_ordersPage, &OrdersPage::openAccountRequested, this, &StoreWorkspace::openAccountRequested);
    m_accountsPage = new AccountsPage(m_session, pages);
    m_accountsPage->setAccessibleName(tr("Accounts"));
    pages->addWidget(m_accountsPage);
    connect(m_accountsPage, &AccountsPage::openOrderRequested, this, &StoreWorkspace::openOrderRequested);
}

void StoreWorkspace::start()
{
    // The secrets of the credentials the store's catalogs declare, from the desktop keyring before
    // the engine starts, so its first callouts have them (docs/credentials.md); again after this
    // workbench imports a catalog. No store file yet or no credentials declared: no keyring call.
    if (!m_credentials) // File > Credentials... (--view credentials) may come first
        m_credentials = std::make_shared<KeyringCredentials>();
    m_session->service()->setCredentials(m_credentials);
    connect(m_session->service(), &EngineService::actionDone, this, [this](const QString& action) {
        if (action.startsWith(QLatin1String("import catalog ")))
            loadCredentials([] {});
    });
    loadCredentials([this] { startEngine(); });
}

void StoreWorkspace::loadCredentials(const std::function<void()>& then)
{
    whenReady(this, QtConcurrent::run(declaredCredentialNames, m_session->storePath()), [this, then](const QStringList& names) {
        if (names.isEmpty()) {
            then();
            return;
        }
        m_credentials->load(names, this, [then, count = names.size()](const QString& error) {
            if (error.isEmpty())
                qCInfo(lcUi, "credentials: %lld declared, their secrets read from the desktop keyring", qint64(count));
            else
                qCWarning(lcUi, "credentials: the desktop keyring did not answer (%s): their callouts fall out until set",
                          qPrintable(error));
            then();
        });
    });
}

void StoreWorkspace::startEngine()
{
    for (const EngineParticipantFactory& make : m_options.participants)
        m_session->service()->addParticipant(make);
    const SyncSettings& remote = m_options.sync;
    const auto connection = ConnectionParameters::fromConninfo(remote.conninfo);
    if (remote.conninfo.isEmpty() || !remote.session.password.isEmpty() || !connection) {
        m_session->start(m_options.tickMs);
        return;
    }
    // The remote store's password from the desktop keyring, when it holds one (else libpq reads
    // ~/.pgpass). The engine starts once the keyring answered; the GUI stays responsive meanwhile
    // (the keyring may ask the user to unlock it).
    KeyringPassword::read(*connection, this, [this](const KeyringPassword::Answer& answer) {
        if (answer.outcome == KeyringPassword::Outcome::Done) {
            m_options.sync.session.password = answer.password;
            m_session->setRemote(m_options.sync);
            qCInfo(lcUi, "remote store: the password comes from the desktop keyring");
        } else
            qCInfo(lcUi, "remote store: no password in the desktop keyring (%s): libpq reads its password file",
                   answer.outcome == KeyringPassword::Outcome::NotFound ? "no entry" : qPrintable(answer.error));
        m_session->start(m_options.tickMs);
    });
}

QWidget* StoreWorkspace::showSection(WorkbenchSection section)
{
    switch (section) {
    case WorkbenchSection::Orders:
        return m_ordersPage;
    case WorkbenchSection::Tasks:
        return m_taskPage;
    case WorkbenchSection::Fallout:
        return m_falloutPage;
    case WorkbenchSection::Jeopardy:
        return m_supervisor->jeopardyTabs();
    case WorkbenchSection::Dashboard:
        m_supervisor->dashboardShown(); // the first visit computes the figures
        return m_supervisor->dashboardPage();
    case WorkbenchSection::Accounts:
        m_accountsPage->reload();
        return m_accountsPage;
    case WorkbenchSection::PlanPreview:
        break;
    }
    return nullptr;
}

OrderPage* StoreWorkspace::orderPage(const QString& orderId) const
{
    return m_orderPages.value(orderId);
}

OrderPage* StoreWorkspace::addOrderPage(const QString& orderId)
{
    OrderPage* page = m_orderPages.value(orderId);
    if (!page) {
        page = new OrderPage(m_session, orderId, m_pages);
        page->setAccessibleName(tr("Order %1").arg(orderId));
        connect(page, &OrderPage::openAccountRequested, this, &StoreWorkspace::openAccountRequested);
        m_pages->addWidget(page);
        m_orderPages.insert(orderId, page);
    }
    return page;
}

void StoreWorkspace::closeOrderPage(const QString& orderId)
{
    delete m_orderPages.take(orderId);
}

OrderPage* StoreWorkspace::openOrderWindow(const QString& orderId)
{
    if (orderId.isEmpty())
        return nullptr;
    auto* page = new OrderPage(m_session, orderId, nullptr); // a window of its own, e.g. on a second screen
    page->setWindowFlag(Qt::Window);
    page->setAttribute(Qt::WA_DeleteOnClose);
    page->setWindowTitle(tr("Order %1 \u2014 Fulfillment Workbench").arg(orderId));
    page->resize(1200, 760);
    connect(m_session, &QObject::destroyed, page, &QWidget::close); // the store closed
    m_orderWindows.removeAll(nullptr);
    m_orderWindows << page;
    page->show();
    return page;
}

void StoreWorkspace::focusSearch(QWidget* currentPage)
{
    if (currentPage == m_ordersPage)
        m_ordersPage->focusSearch();
    else if (currentPage == m_taskPage)
        m_taskPage->focusSearch();
    else if (currentPage == m_falloutPage)
        m_falloutPage->focusSearch();
    else if (currentPage == m_accountsPage)
        m_accountsPage->focusSearch();
}

SwitchUserDialog* StoreWorkspace::showSwitchUser()
{
    auto* dialog = new SwitchUserDialog(*m_session->identity(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { (void)switchUser(dialog->chosenId()); });
    dialog->open();
    return dialog;
}

UsersDialog* StoreWorkspace::showUsers()
{
    if (!m_session->identity()->allows(QStringLiteral("user.change")))
        return nullptr;
    auto* dialog = new UsersDialog(m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

Status StoreWorkspace::switchUser(const QString& userId)
{
    if (Status switched = m_session->identity()->switchTo(userId); !switched) {
        Q_EMIT statusMessage(tr("Could not switch to %1: %2").arg(userId, switched.error().why), StatusTone::Keep);
        return switched.error().in(tr("switch to user"), userId);
    }
    AppSettings::setStoreUser(m_session->storePath(), m_session->user());
    m_options.user = m_session->user(); // re-opening the store (new remote settings) keeps this user
    const User& user = *m_session->identity()->user();
    Q_EMIT statusMessage(tr("Working as %1 (%2).").arg(user.label(), SessionUser::rolesText(user.roles)), StatusTone::Normal);
    return {};
}

CredentialsDialog* StoreWorkspace::showCredentials()
{
    if (!m_session->identity()->allows(QStringLiteral("credentials.set")))
        return nullptr;
    if (!m_credentials) // before start(): the engine gets this one
        m_credentials = std::make_shared<KeyringCredentials>();
    auto* dialog = new CredentialsDialog(m_session->storePath(), m_credentials, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

SyncConflictsDialog* StoreWorkspace::showSyncConflicts()
{
    if (!m_conflictsDialog) {
        m_conflictsDialog = new SyncConflictsDialog(m_session, m_window);
        m_conflictsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_conflictsDialog, &SyncConflictsDialog::openOrderRequested, this, [this](const QString& orderId) {
            if (!orderId.isEmpty())
                Q_EMIT openOrderRequested(orderId);
        });
    }
    m_conflictsDialog->show();
    m_conflictsDialog->raise();
    m_conflictsDialog->activateWindow();
    return m_conflictsDialog;
}

void StoreWorkspace::chooseImport(const QString& kind, const QString& directory)
{
    const bool catalog = kind == QLatin1String("catalog");
    if (!m_session->identity()->allows(catalog ? QStringLiteral("catalog.import") : QStringLiteral("order.import")))
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, catalog ? tr("Import Catalog") : tr("Import Order"), directory,
                                                      tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        m_session->service()->importFile(kind, path, m_session->user());
}

void StoreWorkspace::onSnapshot()
{
    const EngineSnapshot& s = m_session->lastSnapshot();
    const QLocale locale;
    Q_EMIT sectionTextChanged(WorkbenchSection::Orders, tr("Orders (%1)").arg(locale.toString(s.orderCounts.total)));
    Q_EMIT sectionTextChanged(WorkbenchSection::Tasks, tr("Tasks (%1)").arg(s.taskCounts.total()));
    Q_EMIT sectionTextChanged(WorkbenchSection::Fallout, tr("Fallout (%1)").arg(s.fallout.size()));
    m_supervisor->onSnapshot(QSet<QString>(m_orderPages.keyBegin(), m_orderPages.keyEnd()));
}

} // namespace fw
