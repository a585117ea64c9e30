#include "orderspage.h"

#include "models/orderlistmodel.h"
#include "models/rowfiltermodel.h"
#include "models/storesession.h"
#include "widgets/operationstable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

namespace fw {

OrdersPage::OrdersPage(StoreSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new RowFilterModel(OrderListModel::SortRole, this))
{
    setObjectName(QStringLiteral("ordersPage"));
    m_filter->setSourceModel(session->orders());
    m_filter->setSearchColumns({ OrderListModel::IdColumn, OrderListModel::AccountColumn });

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("orderSearch"));
    m_search->setPlaceholderText(tr("Search orders by id or account (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &RowFilterModel::setSearchText);

    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("orderStateFilter"));
    m_state->addItem(tr("All states"));
    for (const auto& [key, label] : std::initializer_list<std::pair<QString, QString>> {
             { QStringLiteral("pending"), tr("Pending") },
             { QStringLiteral("in-progress"), tr("In progress") },
             { QStringLiteral("fallout"), tr("Fallout") },
             { QStringLiteral("completed"), tr("Completed") },
             { QStringLiteral("cancelled"), tr("Cancelled") } })
        m_state->addItem(label, key);
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setRoleFilter(OrderListModel::StateRole, m_state->currentData()); });

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("orderCount"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_state);
    bar->addWidget(m_count);

    m_table = createOperationsTable(this, QStringLiteral("ordersTable"));
    m_table->setModel(m_filter);
    m_table->sortByColumn(OrderListModel::AgeColumn, Qt::AscendingOrder);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->resizeSection(OrderListModel::IdColumn, 170);
    m_table->horizontalHeader()->resizeSection(OrderListModel::AccountColumn, 200);
    m_table->horizontalHeader()->resizeSection(OrderListModel::StateColumn, 150);
    m_table->horizontalHeader()->resizeSection(OrderListModel::ProgressColumn, 130);
    connect(m_table, &QTableView::activated, this, &OrdersPage::openCurrent);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &OrdersPage::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &OrdersPage::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &OrdersPage::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &OrdersPage::updateCount);
    updateCount();
}

void OrdersPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void OrdersPage::updateCount()
{
    const int shown = m_filter->rowCount();
    const int all = m_session->orders()->rowCount();
    m_count->setText(shown == all ? tr("%n order(s)", nullptr, all) : tr("%1 of %n order(s)", nullptr, all).arg(shown));
}

void OrdersPage::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        Q_EMIT openOrderRequested(current.data(OrderListModel::OrderIdRole).toString());
}

} // namespace fw
