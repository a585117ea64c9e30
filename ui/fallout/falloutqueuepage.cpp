// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "falloutqueuepage.h"

#include "common/csvexportbutton.h"

#include "bulkfalloutdialog.h"
#include "falloutcasemodel.h"
#include "falloutgroupmodel.h"
#include "fallouthistorymodel.h"
#include "falloutretrywatcher.h"
#include "common/enginetexttranslation.h"
#include "common/rowfiltermodel.h"
#include "users/sessionuser.h"
#include "workspace/storesession.h"
#include "common/actionmessagebar.h"
#include "common/columnlayout.h"
#include "common/operationstable.h"
#include "common/queuecombo.h"
#include "common/operatoractions.h"
#include "common/permission.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QTableView>

namespace fw {

namespace {
    QString pretty(const QString& json)
    {
        const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
        return document.isNull() ? json : QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    }
} // namespace

FalloutQueuePage::FalloutQueuePage(StoreSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new RowFilterModel(FalloutCaseModel::SortRole, this))
{
    setObjectName(QStringLiteral("falloutQueuePage"));
    m_filter->setSourceModel(session->fallout());

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("falloutSearch"));
    m_search->setAccessibleName(tr("Filter the fallout cases"));
    m_search->setPlaceholderText(tr("Filter by error text, order or step (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &RowFilterModel::setSearchText);
    m_queue = new QComboBox(this);
    m_queue->setObjectName(QStringLiteral("falloutQueueFilter"));
    m_queue->addItem(tr("All queues"));
    connect(m_queue, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setRoleFilter(FalloutCaseModel::QueueRole, m_queue->currentData()); });
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_queue);

    m_groupModel = new FalloutGroupModel(this);
    auto* groupFilter = new RowFilterModel(FalloutGroupModel::SortRole, this);
    groupFilter->setSourceModel(m_groupModel);
    m_groups = createOperationsTable(this, QStringLiteral("falloutGroups"));
    m_groups->setAccessibleName(tr("Fallout by error"));
    m_groups->setModel(groupFilter);
    m_groups->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groups->sortByColumn(FalloutGroupModel::CasesColumn, Qt::DescendingOrder);
    m_groups->horizontalHeader()->resizeSection(FalloutGroupModel::CasesColumn, 60);
    m_groups->horizontalHeader()->resizeSection(FalloutGroupModel::WhereColumn, 110);
    m_groups->horizontalHeader()->resizeSection(FalloutGroupModel::ClassColumn, 120);
    m_groups->horizontalHeader()->resizeSection(FalloutGroupModel::ShapeColumn, 520);
    m_groups->setToolTip(tr("Cases with the same system, class and error shape. Select a group to see its cases; "
                            "Esc shows all cases again."));
    connect(m_groups->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        m_filter->setRoleFilter(FalloutCaseModel::SignatureRole,
                                current.isValid() ? current.data(FalloutGroupModel::SignatureRole) : QVariant());
        updateBulkButtons();
    });
    auto* showAll = new QAction(this);
    showAll->setShortcut(QKeySequence(Qt::Key_Escape));
    showAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(showAll, &QAction::triggered, this, [this] {
        m_groups->selectionModel()->clear();
        m_groups->setCurrentIndex({});
    });
    addAction(showAll);

    m_table = createOperationsTable(this, QStringLiteral("falloutTable"));
    m_table->setAccessibleName(tr("Fallout cases"));
    m_table->setModel(m_filter);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FalloutQueuePage::updateBulkButtons);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &FalloutQueuePage::updateBulkButtons);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &FalloutQueuePage::updateBulkButtons);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &FalloutQueuePage::updateBulkButtons);
    m_table->sortByColumn(FalloutCaseModel::IdColumn, Qt::AscendingOrder);
    m_table->horizontalHeader()->resizeSection(FalloutCaseModel::IdColumn, 60);
    m_table->horizontalHeader()->resizeSection(FalloutCaseModel::OrderColumn, 160);
    m_table->horizontalHeader()->resizeSection(FalloutCaseModel::StepColumn, 200);
    m_table->horizontalHeader()->resizeSection(FalloutCaseModel::ErrorColumn, 340);
    m_table->horizontalHeader()->resizeSection(FalloutCaseModel::AgeColumn, 90);
    m_table->horizontalHeader()->resizeSection(FalloutCaseModel::RunsOnColumn, 130);
    m_table->horizontalHeader()->moveSection(FalloutCaseModel::RunsOnColumn, FalloutCaseModel::OrderColumn + 1); // next to the order
    rememberColumnLayout(m_table);
    m_table->setColumnHidden(FalloutCaseModel::RunsOnColumn, !session->hasRemote());
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &FalloutQueuePage::showDetails);
    connect(m_table, &QTableView::activated, this, &FalloutQueuePage::editPayloadAndRetry);
    filters->addWidget(new CsvExportButton(m_table, tr("fallout cases"), QStringLiteral("fallout.csv"), this));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("falloutSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_request = new QPlainTextEdit(this);
    m_request->setObjectName(QStringLiteral("falloutRequest"));
    m_request->setAccessibleName(tr("Request sent"));
    m_response = new QPlainTextEdit(this);
    m_response->setObjectName(QStringLiteral("falloutResponse"));
    m_response->setAccessibleName(tr("Response received"));
    for (QPlainTextEdit* edit : { m_request, m_response }) {
        edit->setReadOnly(true);
        edit->setFont(mono);
    }
    m_historyModel = new FalloutHistoryModel(this);
    m_history = createOperationsTable(this, QStringLiteral("falloutHistory"));
    m_history->setModel(m_historyModel);
    m_history->setSortingEnabled(false); // oldest run first
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->setFocusPolicy(Qt::NoFocus); // the keyboard stays on the cases
    m_history->horizontalHeader()->resizeSection(FalloutHistoryModel::TryColumn, 28);
    m_history->horizontalHeader()->resizeSection(FalloutHistoryModel::StartedColumn, 110);
    m_history->horizontalHeader()->resizeSection(FalloutHistoryModel::ByColumn, 60);
    m_history->horizontalHeader()->resizeSection(FalloutHistoryModel::PayloadColumn, 90);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setToolTip(tr("Every run of this step, oldest first: the engine's own and each retry, across its earlier cases"));
    auto* details = new QWidget(this);
    auto* grid = new QGridLayout(details);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_summary, 0, 0, 1, 3);
    grid->addWidget(new QLabel(tr("Request sent"), details), 1, 0);
    grid->addWidget(new QLabel(tr("Response received"), details), 1, 1);
    grid->addWidget(new QLabel(tr("Attempt history"), details), 1, 2);
    grid->addWidget(m_request, 2, 0);
    grid->addWidget(m_response, 2, 1);
    grid->addWidget(m_history, 2, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 2);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("falloutSplitter"));
    split->addWidget(m_groups);
    split->addWidget(m_table);
    split->addWidget(details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    split->setSizes({ 130, 330, 260 });

    const auto addButton = [this](const QString& text, const QString& name, const QKeySequence& shortcut, const QString& tip,
                                  void (FalloutQueuePage::*slot)(), const QString& action) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setShortcut(shortcut);
        button->setToolTip(shortcut.isEmpty() ? tip : tip.arg(shortcut.toString(QKeySequence::NativeText)));
        connect(button, &QPushButton::clicked, this, slot);
        m_caseButtons << qMakePair(button, action);
        return button;
    };
    auto* actions = new QHBoxLayout;
    actions->addWidget(addButton(tr("&Retry"), QStringLiteral("retryButton"), QKeySequence(Qt::CTRL | Qt::Key_R),
                                 tr("Run the failed step again with the same data (%1)"), &FalloutQueuePage::retryCurrent,
                                 QStringLiteral("fallout.retry")));
    actions->addWidget(addButton(tr("&Edit Payload && Retry\u2026"), QStringLiteral("editRetryButton"), QKeySequence(Qt::CTRL | Qt::Key_E),
                                 tr("Correct the request, then send it (%1)"), &FalloutQueuePage::editPayloadAndRetry,
                                 QStringLiteral("fallout.retry")));
    actions->addWidget(addButton(tr("&Skip\u2026"), QStringLiteral("skipButton"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                                 tr("Force-complete the step, with a reason (%1)"), &FalloutQueuePage::skipCurrent,
                                 QStringLiteral("fallout.skip")));
    actions->addWidget(addButton(tr("Cancel &Order\u2026"), QStringLiteral("cancelOrderButton"), QKeySequence(),
                                 tr("Cancel the whole order, with a reason"), &FalloutQueuePage::cancelCurrentOrder,
                                 QStringLiteral("fallout.cancel")));
    actions->addWidget(addButton(tr("Res&ume Order"), QStringLiteral("resumeButton"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
                                 tr("Lift the hold once no step is in fallout (%1)"), &FalloutQueuePage::resumeCurrentOrder,
                                 QStringLiteral("order.resume")));
    m_bulkRetry = new QPushButton(this);
    m_bulkRetry->setObjectName(QStringLiteral("bulkRetryButton"));
    m_bulkRetry->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_bulkRetry, &QPushButton::clicked, this, &FalloutQueuePage::bulkRetry);
    m_bulkSkip = new QPushButton(this);
    m_bulkSkip->setObjectName(QStringLiteral("bulkSkipButton"));
    connect(m_bulkSkip, &QPushButton::clicked, this, &FalloutQueuePage::bulkSkip);
    actions->addStretch(1);
    auto* bulk = new QHBoxLayout; // a second row: the page must fit a 1366-pixel screen in any language
    bulk->addWidget(m_bulkRetry);
    bulk->addWidget(m_bulkSkip);
    bulk->addStretch(1);
    m_resumeAfter = new QCheckBox(tr("Resume the order when its last case is resolved"), this);
    m_resumeAfter->setObjectName(QStringLiteral("resumeAfterResolve"));
    m_resumeAfter->setChecked(true);
    bulk->addWidget(m_resumeAfter);
    auto* open = new QPushButton(tr("Open &Order"), this);
    open->setObjectName(QStringLiteral("falloutOpenOrderButton"));
    open->setToolTip(tr("Open the order with the failed step selected on its plan"));
    connect(open, &QPushButton::clicked, this, [this] {
        if (const FalloutSummary* c = currentCase())
            Q_EMIT openStepRequested(c->orderId, c->stepId);
    });
    m_caseButtons << qMakePair(open, QString());
    actions->addWidget(open);

    auto* message = new ActionMessageBar(session,
                                         { QStringLiteral("skip fallout case"), // retries: the outcome line below
                                           QStringLiteral("cancel the order of fallout case"), QStringLiteral("resume") },
                                         this);
    message->setObjectName(QStringLiteral("falloutActionMessage"));
    auto* outcome = new QLabel(this);
    outcome->setObjectName(QStringLiteral("falloutRetryOutcome"));
    m_retries = new FalloutRetryWatcher(session, outcome, this);
    connect(m_retries, &FalloutRetryWatcher::openCaseRequested, this, [this](qint64 caseId) {
        if (selectCase(caseId))
            m_table->setFocus();
    });
    connect(m_retries, &FalloutRetryWatcher::failedAgain, this, [this](qint64, qint64 newCase) {
        if (!m_table->currentIndex().isValid()) // the retried case has gone: its successor is current
            selectCase(newCase);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(message);
    layout->addWidget(outcome);
    layout->addLayout(actions);
    layout->addLayout(bulk);

    connect(session, &StoreSession::snapshotApplied, this, [this] {
        m_groupModel->setSnapshot(m_session->lastSnapshot());
        refreshQueues();
        if (!m_table->currentIndex().isValid() && m_filter->rowCount() > 0) // keyboard-ready: the first row is current
            m_table->setCurrentIndex(m_filter->index(0, 0));
        if (m_focusPending && isVisible() && m_filter->rowCount() > 0)
            focusFirstCase();
        if (!m_selectOrder.isEmpty())
            selectOrderCase(m_selectOrder);
        showDetails();
    });
    connect(session->identity(), &SessionUser::changed, this, [this] {
        updateCaseButtons();
        updateBulkButtons();
    });
    showDetails();
    updateBulkButtons();
}

void FalloutQueuePage::updateCaseButtons()
{
    const bool hasCase = currentCase();
    for (const auto& [button, action] : std::as_const(m_caseButtons)) {
        if (action.isEmpty())
            button->setEnabled(hasCase);
        else
            permit(button, *m_session->identity(), action, hasCase);
    }
}

bool FalloutQueuePage::selectGroup(const QString& signature)
{
    QAbstractItemModel* model = m_groups->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(FalloutGroupModel::SignatureRole).toString() == signature) {
            m_groups->setCurrentIndex(model->index(row, 0));
            return true;
        }
    }
    return false;
}

void FalloutQueuePage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

bool FalloutQueuePage::selectCase(qint64 caseId)
{
    const int sourceRow = m_session->fallout()->rowOfCase(caseId);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_session->fallout()->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void FalloutQueuePage::selectOrderCase(const QString& orderId)
{
    qint64 newest = 0;
    for (const FalloutSummary& c : m_session->lastSnapshot().fallout) {
        if (c.orderId == orderId)
            newest = std::max(newest, c.id);
    }
    m_selectOrder = newest && selectCase(newest) ? QString() : orderId;
}

const FalloutSummary* FalloutQueuePage::currentCase() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_session->falloutCase(current.data(FalloutCaseModel::CaseIdRole).toLongLong()) : nullptr;
}

void FalloutQueuePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        focusFirstCase();
}

void FalloutQueuePage::focusFirstCase()
{
    m_focusPending = m_filter->rowCount() == 0;
    if (m_focusPending)
        return;
    if (!m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_filter->index(0, 0));
    m_table->setFocus(Qt::OtherFocusReason);
}

QString FalloutQueuePage::retryOutcome() const
{
    return m_retries->outcomeText();
}

void FalloutQueuePage::retryCurrent()
{
    const FalloutSummary* c = currentCase();
    if (!c)
        return;
    const FalloutSummary retried = *c;
    if (OperatorActions(m_session, this).retryFallout(retried.id, m_resumeAfter->isChecked()))
        m_retries->watch(retried);
}

void FalloutQueuePage::editPayloadAndRetry()
{
    const FalloutSummary* c = currentCase();
    if (!c)
        return;
    const FalloutSummary retried = *c;
    if (OperatorActions(m_session, this).editPayloadAndRetry(retried.id, m_resumeAfter->isChecked()))
        m_retries->watch(retried);
}

void FalloutQueuePage::skipCurrent()
{
    if (const FalloutSummary* c = currentCase())
        OperatorActions(m_session, this).skipFallout(c->id, m_resumeAfter->isChecked());
}

void FalloutQueuePage::cancelCurrentOrder()
{
    if (const FalloutSummary* c = currentCase())
        OperatorActions(m_session, this).cancelOrder(c->id);
}

void FalloutQueuePage::resumeCurrentOrder()
{
    if (const FalloutSummary* c = currentCase())
        OperatorActions(m_session, this).resumeOrder(c->orderId);
}

void FalloutQueuePage::refreshQueues()
{
    syncQueueCombo(m_queue, m_session->fallout()->queues());
}

void FalloutQueuePage::showHistory(const FalloutSummary& c)
{
    const QString of = QStringLiteral("%1/%2").arg(c.id).arg(c.attempts);
    if (of == m_historyOf)
        return; // read once per case (and again when it counts another attempt), not on every snapshot
    m_historyOf = of;
    const auto history = m_session->readFalloutHistory(c.orderId, c.stepId);
    if (history)
        m_historyModel->setHistory(*history, c.id);
    else
        m_historyModel->clear();
    m_history->setToolTip(history ? tr("Every run of this step, oldest first: the engine's own and each retry, across its earlier cases")
                                  : tr("The attempt history cannot be read: %1").arg(history.message()));
}

void FalloutQueuePage::showDetails()
{
    updateCaseButtons();
    const FalloutSummary* c = currentCase();
    if (!c) {
        m_summary->setText(m_session->fallout()->rowCount() ? tr("Select a case to see what failed and fix it.")
                                                            : tr("No open fallout. Failed steps that need a person appear here."));
        m_request->clear();
        m_response->clear();
        m_historyModel->clear();
        m_historyOf.clear();
        return;
    }
    showHistory(*c);
    QString text = tr("<b>Case %1</b> &nbsp;\u00b7&nbsp; order <b>%2</b> &nbsp;\u00b7&nbsp; step <b>%3</b> (%4, lane %5) "
                      "&nbsp;\u00b7&nbsp; queue %6 &nbsp;\u00b7&nbsp; %n attempt(s)",
                      nullptr, c->attempts)
                       .arg(c->id)
                       .arg(c->orderId.toHtmlEscaped(), c->stepName.toHtmlEscaped(), c->stepType.toHtmlEscaped(), c->lane.toHtmlEscaped(),
                            c->queue.toHtmlEscaped());
    text += QStringLiteral("<br><span style='color:#c62828'>%1</span>").arg(translatedEngineText(c->error).toHtmlEscaped());
    if (!c->rule.isEmpty())
        text += tr("<br>Classified by fallout rule %1.").arg(c->rule.toHtmlEscaped());
    m_summary->setText(text);
    const QString request = pretty(c->request);
    const QString response = pretty(c->response);
    if (m_request->toPlainText() != request)
        m_request->setPlainText(request.isEmpty() ? tr("(not a callout)") : request);
    if (m_response->toPlainText() != response)
        m_response->setPlainText(response);
}

} // namespace fw
