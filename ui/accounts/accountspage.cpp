// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accountspage.h"

#include "accountdata.h"
#include "accountlistmodel.h"
#include "accountpage.h"
#include "common/operationstable.h"
#include "common/whenready.h"
#include "workspace/storesession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace fw {

AccountsPage::AccountsPage(StoreSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_accounts(new AccountListModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_table(createOperationsTable(this, QStringLiteral("accountTable")))
    , m_account(new AccountPage(session, this))
{
    setObjectName(QStringLiteral("accountsPage"));
    m_search->setObjectName(QStringLiteral("accountSearch"));
    m_search->setPlaceholderText(tr("Search accounts by name or id"));
    m_search->setAccessibleName(tr("Search accounts"));
    m_search->setClearButtonEnabled(true);
    m_filter->setSourceModel(m_accounts);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortRole(AccountListModel::SortRole);
    m_table->setModel(m_filter);
    m_table->setAccessibleName(tr("Accounts"));
    m_table->horizontalHeader()->setSectionResizeMode(AccountListModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);

    auto* list = new QWidget(m_stack);
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->addLayout(top);
    listLayout->addWidget(m_table, 1);
    m_stack->addWidget(list);
    m_stack->addWidget(m_account);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterFixedString(text.trimmed());
        m_count->setText(tr("%1 of %Ln account(s)", nullptr, m_accounts->rowCount()).arg(m_filter->rowCount()));
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() > 0) {
            m_table->setCurrentIndex(m_filter->index(0, 0));
            openCurrent();
        }
    });
    connect(m_table, &QTableView::activated, this, &AccountsPage::openCurrent);
    connect(m_account, &AccountPage::backRequested, this, &AccountsPage::showList);
    connect(m_account, &AccountPage::openOrderRequested, this, &AccountsPage::openOrderRequested);
    // A new store is filled (the demo) and migrated before the engine runs: read again then.
    connect(m_session, &StoreSession::engineStateChanged, this, [this](StoreSession::EngineState state) {
        if (state != StoreSession::EngineState::Running)
            return;
        if (m_stack->currentWidget() == m_account)
            m_account->refresh();
        else if (m_loaded || isVisible())
            reload();
    });
}

void AccountsPage::reload()
{
    whenReady(this, QtConcurrent::run(readAccountList, m_session->storePath()), [this](const AccountListData& data) {
        const QString current = m_table->currentIndex().data(AccountListModel::AccountIdRole).toString();
        m_accounts->setAccounts(data.accounts);
        m_count->setText(data.error.isEmpty() ? tr("%1 of %Ln account(s)", nullptr, m_accounts->rowCount()).arg(m_filter->rowCount())
                                              : tr("The store could not be read: %1").arg(data.error));
        if (const int row = m_accounts->rowOf(current); row >= 0)
            m_table->setCurrentIndex(m_filter->mapFromSource(m_accounts->index(row, 0)));
        m_table->resizeColumnToContents(AccountListModel::IdColumn);
        m_loaded = true;
        Q_EMIT listLoaded();
    });
}

void AccountsPage::showList()
{
    m_stack->setCurrentIndex(0);
    reload();
    m_table->setFocus();
}

void AccountsPage::openCurrent()
{
    const QString id = m_table->currentIndex().data(AccountListModel::AccountIdRole).toString();
    if (!id.isEmpty())
        openAccount(id);
}

void AccountsPage::openAccount(const QString& accountId)
{
    if (accountId.isEmpty())
        return;
    m_stack->setCurrentWidget(m_account);
    m_account->openAccount(accountId);
    m_account->assetTree()->setFocus();
}

void AccountsPage::openAccountOfOrder(const QString& orderId)
{
    whenReady(this, QtConcurrent::run(readAccountOfOrder, m_session->storePath(), orderId),
              [this](const QString& accountId) { openAccount(accountId); });
}

void AccountsPage::focusSearch()
{
    showList();
    m_search->setFocus();
    m_search->selectAll();
}

} // namespace fw
