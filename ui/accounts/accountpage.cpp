// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accountpage.h"

#include "accountordermodel.h"
#include "assetchangedialog.h"
#include "assethistorymodel.h"
#include "assetpresentation.h"
#include "common/operationstable.h"
#include "common/whenready.h"
#include "installedbasemodel.h"
#include "users/sessionuser.h"
#include "workspace/storesession.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace fw {

namespace {
    QLabel* sectionLabel(const QString& text, QWidget* parent)
    {
        auto* label = new QLabel(text, parent);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        return label;
    }
} // namespace

AccountPage::AccountPage(StoreSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_back(new QToolButton(this))
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_change(new QPushButton(tr("C&hange\u2026"), this))
    , m_message(new QLabel(this))
    , m_assets(new InstalledBaseModel(this))
    , m_assetTree(new QTreeView(this))
    , m_orders(new AccountOrderModel(this))
    , m_orderTable(createOperationsTable(this, QStringLiteral("accountOrderTable")))
    , m_historyTitle(sectionLabel(tr("Asset history"), this))
    , m_history(new AssetHistoryModel(this))
    , m_historyTable(createOperationsTable(this, QStringLiteral("assetHistoryTable")))
{
    setObjectName(QStringLiteral("accountPage"));
    m_back->setObjectName(QStringLiteral("accountBack"));
    m_back->setText(tr("All Accounts"));
    m_back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back->setArrowType(Qt::LeftArrow);
    m_back->setAccessibleName(tr("Back to all accounts"));
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_back->setToolTip(tr("Back to the list of accounts (Alt+Left)"));
    m_title->setObjectName(QStringLiteral("accountTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setObjectName(QStringLiteral("accountFacts"));
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refresh->setAccessibleName(tr("Refresh the account"));
    m_change->setObjectName(QStringLiteral("assetChangeButton"));
    m_change->setAccessibleName(tr("Change the selected asset"));
    m_message->setObjectName(QStringLiteral("accountMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_assetTree->setObjectName(QStringLiteral("installedBaseTree"));
    m_assetTree->setAccessibleName(tr("Installed base"));
    m_assetTree->setModel(m_assets);
    m_assetTree->setAlternatingRowColors(true);
    m_assetTree->setUniformRowHeights(true);
    m_assetTree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_assetTree->header()->setStretchLastSection(false);
    m_assetTree->header()->setSectionResizeMode(InstalledBaseModel::AttributesColumn, QHeaderView::Stretch);
    m_orderTable->setModel(m_orders);
    m_orderTable->setAccessibleName(tr("Orders of the account"));
    m_orderTable->setSortingEnabled(false);
    m_historyTable->setModel(m_history);
    m_historyTable->setAccessibleName(tr("History of the selected asset"));
    m_historyTable->setSortingEnabled(false);
    m_historyTable->setWordWrap(false);

    auto* header = new QHBoxLayout;
    header->addWidget(m_back);
    header->addWidget(m_title, 1);
    header->addWidget(m_change);
    header->addWidget(m_refresh);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(sectionLabel(tr("Installed base"), top));
    topLayout->addWidget(m_assetTree);
    auto* ordersBox = new QWidget(this);
    auto* ordersLayout = new QVBoxLayout(ordersBox);
    ordersLayout->setContentsMargins(0, 0, 0, 0);
    ordersLayout->addWidget(sectionLabel(tr("Orders"), ordersBox));
    ordersLayout->addWidget(m_orderTable);
    auto* historyBox = new QWidget(this);
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(m_historyTitle);
    historyLayout->addWidget(m_historyTable);
    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->setObjectName(QStringLiteral("accountBottomSplitter"));
    bottom->addWidget(ordersBox);
    bottom->addWidget(historyBox);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("accountSplitter"));
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_facts);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(m_back, &QToolButton::clicked, this, &AccountPage::backRequested);
    connect(m_refresh, &QPushButton::clicked, this, &AccountPage::refresh);
    connect(m_change, &QPushButton::clicked, this, [this] { openChangeDialog(); });
    connect(m_orderTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const QString id = index.data(AccountOrderModel::OrderIdRole).toString(); !id.isEmpty())
            Q_EMIT openOrderRequested(id);
    });
    connect(m_historyTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const QString id = index.data(AssetHistoryModel::OrderIdRole).toString(); !id.isEmpty())
            Q_EMIT openOrderRequested(id);
    });
    // The installed base's context menu: Change... and the order the asset came from.
    auto* changeAction = new QAction(m_change->text(), m_assetTree);
    connect(changeAction, &QAction::triggered, this, [this] { openChangeDialog(); });
    auto* sourceAction = new QAction(tr("Open &Source Order"), m_assetTree);
    sourceAction->setObjectName(QStringLiteral("assetSourceOrder"));
    connect(sourceAction, &QAction::triggered, this, [this] {
        if (const Asset* asset = m_assets->assetAt(m_assetTree->currentIndex()))
            Q_EMIT openOrderRequested(asset->sourceOrder);
    });
    m_assetTree->addActions({ changeAction, sourceAction });
    m_assetTree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_changeAction = changeAction;
    connect(m_assetTree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        loadHistory();
        updateChangeButton();
    });
    connect(m_session->identity(), &SessionUser::changed, this, &AccountPage::updateChangeButton);
    updateChangeButton();
}

void AccountPage::openAccount(const QString& accountId)
{
    if (accountId != m_accountId) {
        m_accountId = accountId;
        m_title->setText(accountId);
        m_facts->setText(tr("Loading\u2026"));
        m_assets->setAssets({}, {});
        m_orders->setOrders({});
        m_history->setHistory({}, {});
    }
    refresh();
}

void AccountPage::refresh()
{
    if (m_accountId.isEmpty())
        return;
    if (const Asset* current = m_assets->assetAt(m_assetTree->currentIndex()); current && m_pendingAsset.isEmpty())
        m_pendingAsset = current->id;
    const int load = ++m_load;
    whenReady(this, QtConcurrent::run(readAccountPage, m_session->storePath(), m_accountId), [this, load](const AccountPageData& data) {
        if (load == m_load && data.accountId == m_accountId)
            show(data);
    });
}

void AccountPage::show(const AccountPageData& data)
{
    m_message->setVisible(!data.error.isEmpty() || !data.found);
    if (!data.error.isEmpty())
        m_message->setText(tr("The store could not be read: %1").arg(data.error));
    else if (!data.found)
        m_message->setText(tr("The store has no orders and no assets of account %1.").arg(data.accountId));
    const AccountHeader& h = data.header;
    m_title->setText(data.found ? tr("%1 (%2)").arg(h.name, h.id) : data.accountId);
    QStringList facts;
    if (!h.region.isEmpty())
        facts << tr("Region %1").arg(h.region);
    if (!h.country.isEmpty())
        facts << tr("Country %1").arg(h.country);
    if (!h.segment.isEmpty())
        facts << tr("Segment %1").arg(h.segment);
    facts << tr("%Ln order(s)", nullptr, h.orderCount) << tr("%Ln asset(s)", nullptr, h.assetCount);
    m_facts->setText(facts.join(QStringLiteral(" \u00b7 ")));
    m_assets->setAssets(data.assets, data.productNames);
    m_assetTree->expandAll();
    for (int column = 0; column < InstalledBaseModel::ColumnCount; ++column) {
        if (column != InstalledBaseModel::AttributesColumn)
            m_assetTree->resizeColumnToContents(column);
    }
    m_orders->setOrders(data.orders);
    m_orderTable->resizeColumnsToContents();
    const QString wanted = std::exchange(m_pendingAsset, QString());
    QModelIndex select = wanted.isEmpty() ? QModelIndex() : m_assets->indexOf(wanted);
    if (!select.isValid() && m_assets->rowCount() > 0)
        select = m_assets->index(0, 0);
    if (select.isValid())
        m_assetTree->setCurrentIndex(select);
    else
        loadHistory();
    updateChangeButton();
    Q_EMIT loaded();
}

bool AccountPage::selectAsset(const QString& assetId)
{
    const QModelIndex index = m_assets->indexOf(assetId);
    if (!index.isValid()) {
        m_pendingAsset = assetId; // selected once the account is loaded
        return false;
    }
    m_assetTree->setCurrentIndex(index);
    return true;
}

void AccountPage::loadHistory()
{
    const Asset* asset = m_assets->assetAt(m_assetTree->currentIndex());
    if (!asset) {
        m_historyTitle->setText(tr("Asset history"));
        m_history->setHistory({}, {});
        return;
    }
    m_historyTitle->setText(tr("History of %1").arg(asset->id));
    whenReady(this, QtConcurrent::run(readAssetHistory, m_session->storePath(), asset->id), [this](const AssetHistoryData& data) {
        const Asset* current = m_assets->assetAt(m_assetTree->currentIndex());
        if (!current || current->id != data.assetId)
            return; // superseded by another selection
        if (!data.error.isEmpty())
            m_historyTitle->setText(tr("History of %1: the store could not be read: %2").arg(data.assetId, data.error));
        m_history->setHistory(data.assetId, data.events);
        m_historyTable->resizeColumnsToContents();
        Q_EMIT historyLoaded();
    });
}

void AccountPage::updateChangeButton()
{
    const Asset* asset = m_assets->assetAt(m_assetTree->currentIndex());
    const QString refusal = m_session->identity()->refusal(QStringLiteral("order.import"));
    QString why;
    if (!asset)
        why = tr("Select an asset of the installed base to change it.");
    else if (asset->status == Asset::Status::Disconnected)
        why = tr("Asset %1 is disconnected: nothing can be done with it any more.").arg(asset->id);
    else if (!refusal.isEmpty())
        why = refusal;
    m_change->setEnabled(why.isEmpty());
    if (m_changeAction)
        m_changeAction->setEnabled(why.isEmpty());
    m_change->setToolTip(why.isEmpty() ? tr("Start an order that changes, moves, suspends, resumes or disconnects %1.").arg(asset->id)
                                       : why);
}

AssetChangeDialog* AccountPage::openChangeDialog()
{
    const Asset* asset = m_assets->assetAt(m_assetTree->currentIndex());
    if (!asset || !m_change->isEnabled())
        return nullptr;
    if (m_dialog)
        m_dialog->close();
    m_dialog = new AssetChangeDialog(m_session, asset->id, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &AssetChangeDialog::orderSubmitted, this, [this](const QString& orderId) {
        refresh();
        Q_EMIT openOrderRequested(orderId);
    });
    m_dialog->show();
    return m_dialog;
}

} // namespace fw
