// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "orderspage.h"

#include "common/uilogging.h"
#include "common/whenready.h"
#include "ordertablemodel.h"
#include "workspace/storesession.h"
#include "common/csvexportdialog.h"
#include "common/csvexportjob.h"
#include "store/ordercsvwriter.h"
#include "orderviewstore.h"
#include "progressdelegate.h"
#include "store/database.h"
#include "store/storedcatalogs.h"
#include "common/operationstable.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

namespace fw {

namespace {
    const QString headerKey = QStringLiteral("orders/header");
    using Lanes = std::vector<std::pair<QString, QString>>; // id, name

    // Every lane of every stored catalog (newest version of each), catalog order, once per id.
    Lanes readLanes(const QString& storePath)
    {
        Lanes lanes;
        Database database(storePath);
        const QSqlDatabase connection = database.connection();
        const auto keys = StoredCatalogs::list(connection);
        if (!keys) // the columns then show lane ids, not names: worth a line in the log, not a dialog
            qCWarning(lcUi, "orders: %s", qPrintable(keys.message()));
        for (const CatalogKey& key : keys.valueOr({})) {
            const CatalogLoad load = StoredCatalogs::load(connection, key.id);
            if (!load.catalog)
                continue;
            for (const Lane& lane : load.catalog->lanes) {
                if (std::none_of(lanes.begin(), lanes.end(), [&](const auto& l) { return l.first == lane.id; }))
                    lanes.emplace_back(lane.id, lane.name);
            }
        }
        return lanes;
    }
} // namespace

OrdersPage::OrdersPage(StoreSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_exportJob(new CsvExportJob(this))
{
    setObjectName(QStringLiteral("ordersPage"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("orderSearch"));
    m_search->setAccessibleName(tr("Search orders"));
    m_search->setPlaceholderText(tr("Search orders by id, account or product (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &OrdersPage::applyQuery);

    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("orderStateFilter"));
    m_state->addItem(tr("All states"));
    for (const auto& [key, label] :
         std::initializer_list<std::pair<QString, QString>> { { QStringLiteral("pending"), tr("Pending") },
                                                              { QStringLiteral("in-progress"), tr("In progress") },
                                                              { QStringLiteral("fallout"), tr("Fallout") },
                                                              { QStringLiteral("completed"), tr("Completed") },
                                                              { QStringLiteral("cancelled"), tr("Cancelled") } })
        m_state->addItem(label, key);
    connect(m_state, &QComboBox::currentIndexChanged, this, &OrdersPage::applyQuery);

    m_lane = new QComboBox(this);
    m_lane->setObjectName(QStringLiteral("orderLaneFilter"));
    m_lane->setToolTip(tr("Orders with work in this lane now: a step ready, running, waiting, retrying or in fallout"));
    m_lane->addItem(tr("All lanes"));
    connect(m_lane, &QComboBox::currentIndexChanged, this, &OrdersPage::applyQuery);

    m_views = new QComboBox(this);
    m_views->setObjectName(QStringLiteral("orderSavedViews"));
    m_views->setToolTip(tr("Saved views: a search, filters and sort under a name"));
    connect(m_views, &QComboBox::activated, this, [this](int index) {
        if (index <= 0)
            return;
        if (const auto view = OrderViewStore().view(m_views->itemText(index)))
            applyView(*view);
        m_deleteView->setEnabled(true);
    });
    auto* saveView = new QToolButton(this);
    saveView->setObjectName(QStringLiteral("orderSaveView"));
    saveView->setText(tr("Save View\u2026"));
    connect(saveView, &QToolButton::clicked, this, &OrdersPage::saveView);
    m_deleteView = new QToolButton(this);
    m_deleteView->setObjectName(QStringLiteral("orderDeleteView"));
    m_deleteView->setText(tr("Delete View"));
    connect(m_deleteView, &QToolButton::clicked, this, &OrdersPage::deleteView);

    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("orderExport"));
    m_export->setText(tr("Export CSV\u2026"));
    m_export->setToolTip(tr("Write the orders the search and filters select to a CSV file"));
    m_export->setAccessibleName(tr("Export orders to CSV"));
    connect(m_export, &QToolButton::clicked, this, [this] {
        if (m_exportJob->isRunning())
            m_exportJob->cancel();
        else
            chooseExportFile();
    });
    m_exportProgress = new QProgressBar(this);
    m_exportProgress->setObjectName(QStringLiteral("orderExportProgress"));
    m_exportProgress->setMaximumWidth(180);
    m_exportProgress->setFormat(tr("%v rows"));
    m_exportProgress->hide();
    connect(m_exportJob, &CsvExportJob::progress, m_exportProgress,
            [this](qint64 rows) { m_exportProgress->setValue(int(std::min<qint64>(rows, m_exportProgress->maximum()))); });
    connect(m_exportJob, &CsvExportJob::finished, this, [this](qint64 rows, bool cancelled, const QString& error) {
        m_exportProgress->hide();
        m_export->setText(tr("Export CSV\u2026"));
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Export Orders"), tr("The export failed: %1").arg(error));
        else if (!cancelled)
            m_count->setText(tr("Exported %L1 orders").arg(rows));
        Q_EMIT exportFinished(rows, error);
    });

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("orderCount"));
    m_count->setMinimumWidth(170);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_state);
    bar->addWidget(m_lane);
    bar->addSpacing(8);
    bar->addWidget(m_views);
    bar->addWidget(saveView);
    bar->addWidget(m_deleteView);
    bar->addSpacing(8);
    bar->addWidget(m_export);
    bar->addWidget(m_exportProgress);
    bar->addWidget(m_count);

    OrderTableModel* orders = session->orders();
    m_table = createOperationsTable(this, QStringLiteral("ordersTable"));
    m_table->setAccessibleName(tr("Orders"));
    m_table->setModel(orders);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setItemDelegateForColumn(OrderTableModel::ProgressColumn, new ProgressDelegate(OrderTableModel::ProgressRole, m_table));
    QHeaderView* header = m_table->horizontalHeader();
    header->resizeSection(OrderTableModel::IdColumn, 170);
    header->resizeSection(OrderTableModel::AccountColumn, 200);
    header->resizeSection(OrderTableModel::StateColumn, 150);
    header->resizeSection(OrderTableModel::ProgressColumn, 150);
    header->resizeSection(OrderTableModel::TasksColumn, 60);
    header->resizeSection(OrderTableModel::FalloutColumn, 60);
    header->resizeSection(OrderTableModel::JeopardyColumn, 90);
    header->resizeSection(OrderTableModel::RunsOnColumn, 130);
    header->moveSection(header->visualIndex(OrderTableModel::RunsOnColumn), header->visualIndex(OrderTableModel::StateColumn) + 1);
    header->restoreState(QSettings().value(headerKey).toByteArray());
    m_table->setColumnHidden(OrderTableModel::RunsOnColumn, !session->hasRemote()); // who runs it matters only when several do
    {
        const QSignalBlocker blocker(header); // the model already runs the default query
        header->setSortIndicator(OrderTableModel::columnOf(orders->query().sort),
                                 orders->query().descending == (orders->query().sort == OrderQuery::Sort::Created) ? Qt::AscendingOrder
                                                                                                                   : Qt::DescendingOrder);
    }
    connect(header, &QHeaderView::sortIndicatorChanged, this, &OrdersPage::onSortIndicator);
    connect(m_table, &QTableView::activated, this, &OrdersPage::openCurrent);
    auto* openAccount = new QAction(tr("Open &Account"), m_table);
    openAccount->setObjectName(QStringLiteral("ordersOpenAccount"));
    connect(openAccount, &QAction::triggered, this, [this] {
        if (const QString id = m_table->currentIndex().data(OrderTableModel::OrderIdRole).toString(); !id.isEmpty())
            Q_EMIT openAccountRequested(id);
    });
    m_table->addAction(openAccount);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (const OrderSummary* order = this->model()->orderAt(current.row()))
            m_currentId = order->id;
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(orders, &OrderTableModel::countChanged, this, &OrdersPage::updateCount);
    connect(orders, &QAbstractItemModel::modelReset, this, &OrdersPage::restoreSelection);
    connect(orders, &OrderTableModel::queryFailed, this,
            [this](const QString& error) { m_count->setText(tr("Query failed: %1").arg(error)); });
    connect(session, &StoreSession::snapshotApplied, this, &OrdersPage::updateCount);
    connect(session, &StoreSession::engineStateChanged, this, [this](StoreSession::EngineState state) {
        if (state == StoreSession::EngineState::Running)
            loadLanes();
    });
    if (session->engineState() == StoreSession::EngineState::Running)
        loadLanes();
    reloadViews();
    updateCount();
}

OrdersPage::~OrdersPage()
{
    QSettings().setValue(headerKey, m_table->horizontalHeader()->saveState());
}

OrderTableModel* OrdersPage::model() const
{
    return m_session->orders();
}

void OrdersPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

OrderQuery OrdersPage::currentQuery() const
{
    OrderQuery query = model()->query();
    query.search = m_search->text().simplified();
    query.state = m_state->currentData().toString();
    query.lane = m_lane->currentData().toString();
    return query;
}

void OrdersPage::applyQuery()
{
    m_searchTimer->stop();
    const OrderQuery query = currentQuery();
    if (!(query == model()->query()))
        model()->setQuery(query);
    updateCount();
}

void OrdersPage::applyView(const OrderQuery& query)
{
    {
        const QSignalBlocker search(m_search);
        const QSignalBlocker state(m_state);
        const QSignalBlocker lane(m_lane);
        const QSignalBlocker header(m_table->horizontalHeader());
        m_search->setText(query.search);
        m_state->setCurrentIndex(std::max(0, m_state->findData(query.state)));
        if (!query.lane.isEmpty() && m_lane->findData(query.lane) < 0)
            m_lane->addItem(query.lane, query.lane); // lanes not loaded yet, or a catalog since removed
        m_lane->setCurrentIndex(std::max(0, m_lane->findData(query.lane)));
        const bool ageColumn = query.sort == OrderQuery::Sort::Created;
        m_table->horizontalHeader()->setSortIndicator(OrderTableModel::columnOf(query.sort),
                                                      query.descending == ageColumn ? Qt::AscendingOrder : Qt::DescendingOrder);
    }
    m_searchTimer->stop();
    model()->setQuery(query);
    updateCount();
}

void OrdersPage::onSortIndicator(int column, Qt::SortOrder order)
{
    Q_UNUSED(order)
    if (OrderTableModel::sortOf(column))
        return; // the view has asked the model to sort
    const OrderQuery& query = model()->query(); // not sortable: put the indicator back
    const QSignalBlocker blocker(m_table->horizontalHeader());
    const bool ageColumn = query.sort == OrderQuery::Sort::Created;
    m_table->horizontalHeader()->setSortIndicator(OrderTableModel::columnOf(query.sort),
                                                  query.descending == ageColumn ? Qt::AscendingOrder : Qt::DescendingOrder);
}

void OrdersPage::updateCount()
{
    OrderTableModel* orders = model();
    if (orders->isLoading()) {
        m_count->setText(tr("Searching\u2026"));
        return;
    }
    const qint64 all = std::max<qint64>(m_session->lastSnapshot().orderCounts.total, orders->query().isFiltered() ? 0 : orders->rowCount());
    const qint64 shown = orders->rowCount();
    if (orders->isCountCapped()) {
        m_count->setText(tr("%1+ of %Ln order(s)", nullptr, int(all)).arg(QLocale().toString(shown)));
        m_count->setToolTip(tr("More than %1 orders match; refine the search to narrow them down. The export writes them all.")
                                .arg(QLocale().toString(shown)));
        return;
    }
    m_count->setToolTip(QString());
    m_count->setText(orders->query().isFiltered() ? tr("%1 of %Ln order(s)", nullptr, int(all)).arg(QLocale().toString(shown))
                                                  : tr("%Ln order(s)", nullptr, int(all)));
}

void OrdersPage::restoreSelection()
{
    const int row = m_currentId.isEmpty() ? -1 : model()->rowOf(m_currentId);
    if (row >= 0)
        m_table->setCurrentIndex(model()->index(row, 0));
}

void OrdersPage::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    const QString id = current.data(OrderTableModel::OrderIdRole).toString();
    if (current.isValid() && !id.isEmpty())
        Q_EMIT openOrderRequested(id);
}

void OrdersPage::loadLanes()
{
    whenReady(this, QtConcurrent::run(readLanes, m_session->storePath()), [this](const Lanes& lanes) {
        const QString current = m_lane->currentData().toString();
        const QSignalBlocker blocker(m_lane);
        while (m_lane->count() > 1)
            m_lane->removeItem(1);
        for (const auto& [id, name] : lanes)
            m_lane->addItem(name, id);
        if (!current.isEmpty() && m_lane->findData(current) < 0)
            m_lane->addItem(current, current);
        m_lane->setCurrentIndex(std::max(0, m_lane->findData(current)));
    });
}

void OrdersPage::reloadViews(const QString& current)
{
    const QSignalBlocker blocker(m_views);
    m_views->clear();
    m_views->addItem(tr("Saved views"));
    m_views->addItems(OrderViewStore().names());
    m_views->setCurrentIndex(std::max(0, m_views->findText(current)));
    m_deleteView->setEnabled(m_views->currentIndex() > 0);
}

void OrdersPage::saveView()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save View"), tr("Name for the current search, filters and sort:"),
                                               QLineEdit::Normal, m_views->currentIndex() > 0 ? m_views->currentText() : QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    OrderViewStore().save(name, currentQuery());
    reloadViews(name);
}

void OrdersPage::deleteView()
{
    if (m_views->currentIndex() <= 0)
        return;
    OrderViewStore().remove(m_views->currentText());
    reloadViews();
}

void OrdersPage::chooseExportFile()
{
    if (const auto choice = CsvExportDialog::ask(this, tr("Export Orders"), QStringLiteral("orders.csv")))
        exportCsv(choice->filePath, choice->options);
}

void OrdersPage::exportCsv(const QString& filePath, CsvWriter::Options options)
{
    if (m_exportJob->isRunning())
        return;
    m_exportProgress->setRange(0, std::max(1, model()->rowCount()));
    m_exportProgress->setValue(0);
    m_exportProgress->show();
    m_export->setText(tr("Cancel Export"));
    // The store's columns, not the view's: the rows stream from the store on the pool thread.
    m_exportJob->start(
        filePath, OrderCsvWriter::header(),
        [storePath = m_session->storePath(), query = currentQuery()](const CsvExportJob::RowSink& row) -> Status {
            Database database(storePath); // the pool thread's own connection
            const Result<bool> read = OrderBrowser(database.connection()).forEach(query, [&](const OrderSummary& order) {
                return row(OrderCsvWriter::row(order));
            });
            if (!read)
                return read.error();
            return {};
        },
        options);
}

} // namespace fw
