// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jeopardypage.h"

#include "common/csvexportbutton.h"

#include "jeopardyactiondialog.h"
#include "jeopardydetails.h"
#include "jeopardyheatmap.h"
#include "jeopardyheatmapmodel.h"
#include "jeopardymodel.h"
#include "jeopardypresentation.h"
#include "common/rowfiltermodel.h"
#include "common/columnlayout.h"
#include "common/operationstable.h"
#include "common/permission.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace fw {

JeopardyPage::JeopardyPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new JeopardyModel(this))
    , m_heatmapModel(new JeopardyHeatmapModel(this))
    , m_filter(new RowFilterModel(JeopardyModel::SortRole, this))
{
    setObjectName(QStringLiteral("jeopardyPage"));
    m_filter->setSourceModel(m_model);
    m_filter->setSearchColumns({ JeopardyModel::OrderColumn, JeopardyModel::AccountColumn, JeopardyModel::StepColumn });
    m_heatmapModel->setSourceModel(m_model);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("jeopardySummary"));
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.15);
    m_summary->setFont(summaryFont);
    m_evaluated = new QLabel(this);
    m_evaluated->setObjectName(QStringLiteral("jeopardyEvaluated"));
    auto* refresh = new QPushButton(tr("Re&fresh"), this);
    refresh->setObjectName(QStringLiteral("jeopardyRefreshButton"));
    refresh->setToolTip(tr("Evaluate the open orders again (F5)"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    connect(refresh, &QPushButton::clicked, this, &JeopardyPage::refreshRequested);
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_evaluated);
    top->addWidget(refresh);

    auto* filters = new QHBoxLayout;
    buildFilters(filters);

    m_table = createOperationsTable(this, QStringLiteral("jeopardyTable"));
    m_table->setAccessibleName(tr("Findings"));
    m_table->setModel(m_filter);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->sortByColumn(JeopardyModel::BreachColumn, Qt::AscendingOrder);
    QHeaderView* header = m_table->horizontalHeader();
    const std::pair<int, int> widths[]
        = { { JeopardyModel::LevelColumn, 90 },     { JeopardyModel::EscalatedColumn, 110 }, { JeopardyModel::OrderColumn, 110 },
            { JeopardyModel::AccountColumn, 130 },  { JeopardyModel::StepColumn, 170 },      { JeopardyModel::LaneColumn, 100 },
            { JeopardyModel::QueueColumn, 110 },    { JeopardyModel::OwnerColumn, 110 },     { JeopardyModel::BreachColumn, 90 },
            { JeopardyModel::ForecastColumn, 125 }, { JeopardyModel::DueColumn, 125 },       { JeopardyModel::MarginColumn, 115 },
            { JeopardyModel::CauseColumn, 140 } };
    for (const auto& [column, width] : widths)
        header->resizeSection(column, width);
    rememberColumnLayout(m_table);
    connect(m_table, &QTableView::activated, this, &JeopardyPage::openCurrentOrder);
    top->insertWidget(top->count() - 1, new CsvExportButton(m_table, tr("orders in jeopardy"), QStringLiteral("jeopardy.csv"), this));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        showDetails();
    });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        showDetails();
    });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &JeopardyPage::updateActions);

    m_heatmap = new JeopardyHeatmap(this);
    m_heatmap->setModel(m_heatmapModel);
    connect(m_heatmap, &JeopardyHeatmap::cellActivated, this, &JeopardyPage::setCellFilter);
    connect(m_heatmap, &JeopardyHeatmap::selectionCleared, this, &JeopardyPage::clearCellFilter);
    m_heatmapScroll = new QScrollArea(this);
    m_heatmapScroll->setWidget(m_heatmap);
    m_heatmapScroll->setWidgetResizable(true);
    m_heatmapScroll->setAccessibleName(tr("Jeopardy by lane and queue"));
    m_heatmapScroll->setFrameShape(QFrame::StyledPanel);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("jeopardyDetails"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMargin(10);
    auto* detailsScroll = new QScrollArea(this);
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setAccessibleName(tr("Finding details"));
    detailsScroll->setFrameShape(QFrame::StyledPanel);

    auto* upper = new QSplitter(Qt::Horizontal, this);
    upper->addWidget(m_heatmapScroll);
    upper->addWidget(detailsScroll);
    upper->setStretchFactor(0, 2);
    upper->setStretchFactor(1, 3);
    upper->setSizes({ 520, 780 });
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(upper);
    split->addWidget(m_table);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({ 300, 450 });

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("jeopardyActionMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_messageFade = new QTimer(this);
    m_messageFade->setSingleShot(true);
    m_messageFade->setInterval(15000);
    connect(m_messageFade, &QTimer::timeout, m_message, &QWidget::hide);

    m_reassign = new QPushButton(tr("&Reassign\u2026"), this);
    m_reassign->setObjectName(QStringLiteral("reassignButton"));
    m_escalate = new QPushButton(tr("&Escalate\u2026"), this);
    m_escalate->setObjectName(QStringLiteral("escalateButton"));
    m_escalate->setToolTip(tr("Send the finding to a supervisors' queue with a note"));
    m_openOrder = new QPushButton(tr("Open &Order"), this);
    m_openOrder->setObjectName(QStringLiteral("jeopardyOpenOrderButton"));
    m_openOrder->setToolTip(tr("Open the order's page (double-click a row)"));
    connect(m_reassign, &QPushButton::clicked, this, &JeopardyPage::reassignCurrent);
    connect(m_escalate, &QPushButton::clicked, this, &JeopardyPage::escalateCurrent);
    connect(m_openOrder, &QPushButton::clicked, this, &JeopardyPage::openCurrentOrder);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_reassign);
    actions->addWidget(m_escalate);
    actions->addStretch(1);
    actions->addWidget(m_openOrder);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);

    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, &JeopardyPage::focusSearch);
    addAction(find);

    updateSummary();
    updateActions();
    showDetails();
}

void JeopardyPage::buildFilters(QLayout* row)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("jeopardySearch"));
    m_search->setAccessibleName(tr("Search the findings"));
    m_search->setPlaceholderText(tr("Search by order, account or step (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &RowFilterModel::setSearchText);

    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("jeopardyLevelFilter"));
    m_level->addItem(tr("All levels"));
    m_level->addItem(JeopardyPresentation::icon(JeopardyLevel::Critical), JeopardyPresentation::levelLabel(JeopardyLevel::Critical),
                     int(JeopardyLevel::Critical));
    m_level->addItem(JeopardyPresentation::icon(JeopardyLevel::Warning), JeopardyPresentation::levelLabel(JeopardyLevel::Warning),
                     int(JeopardyLevel::Warning));
    connect(m_level, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setRoleFilter(JeopardyModel::LevelRole, m_level->currentData()); });

    m_cause = new QComboBox(this);
    m_cause->setObjectName(QStringLiteral("jeopardyCauseFilter"));
    m_cause->addItem(tr("All causes"));
    for (JeopardyCause cause : { JeopardyCause::Rule, JeopardyCause::History, JeopardyCause::Forecast, JeopardyCause::Overdue }) {
        m_cause->addItem(JeopardyPresentation::causeLabel(cause), int(cause));
        m_cause->setItemData(m_cause->count() - 1, JeopardyPresentation::causeDescription(cause), Qt::ToolTipRole);
    }
    connect(m_cause, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setRoleFilter(JeopardyModel::CauseRole, m_cause->currentData()); });

    m_cellLabel = new QLabel(this);
    m_cellLabel->setObjectName(QStringLiteral("jeopardyCellFilter"));
    m_cellLabel->hide();
    m_clearCell = new QPushButton(tr("Clear filter"), this);
    m_clearCell->setObjectName(QStringLiteral("clearCellFilterButton"));
    m_clearCell->setToolTip(tr("Show the findings of every lane and queue again"));
    m_clearCell->hide();
    connect(m_clearCell, &QPushButton::clicked, this, &JeopardyPage::clearCellFilter);

    row->addWidget(m_search);
    row->addWidget(m_level);
    row->addWidget(m_cause);
    row->addWidget(m_cellLabel);
    row->addWidget(m_clearCell);
    static_cast<QHBoxLayout*>(row)->setStretch(0, 1);
}

void JeopardyPage::setReport(const JeopardyReport& report, const QDateTime& now)
{
    const QModelIndex current = m_table->currentIndex();
    const QString key = current.isValid() ? current.data(JeopardyModel::KeyRole).toString() : QString();
    m_model->setReport(report, now);
    // A reset loses the current row: find the same finding again.
    if (!key.isEmpty() && !m_table->currentIndex().isValid()) {
        const int row = m_model->rowOfKey(key);
        if (row >= 0) {
            const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
            if (index.isValid())
                m_table->setCurrentIndex(index);
        }
    }
    if (!m_table->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0)); // keyboard-ready
    m_evaluated->setText(report.evaluatedAt.isValid() ? tr("Evaluated %1 \u00b7 %n order(s) checked", nullptr, report.ordersEvaluated)
                                                            .arg(report.evaluatedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                                                      : QString());
    // The whole grid in view when it fits, scrolling when a report has many lanes.
    m_heatmapScroll->setMinimumHeight(std::min(m_heatmap->sizeHint().height() + 2 * m_heatmapScroll->frameWidth(), 320));
    updateSummary();
    updateActions();
    showDetails();
}

void JeopardyPage::setQueues(const QStringList& taskQueues)
{
    m_queues = taskQueues;
    updateActions();
}

void JeopardyPage::setActionResult(bool ok, const QString& message)
{
    if (ok) {
        m_message->setStyleSheet(QString());
        m_messageFade->start();
    } else {
        m_message->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(JeopardyPresentation::color(JeopardyLevel::Critical).name()));
        m_messageFade->stop();
    }
    m_message->setText(ok ? message : tr("Failed: %1").arg(message));
    m_message->show();
}

void JeopardyPage::setLevelFilter(LevelFilter level)
{
    m_level->setCurrentIndex(int(level));
}

void JeopardyPage::setCauseFilter(std::optional<JeopardyCause> cause)
{
    m_cause->setCurrentIndex(cause ? m_cause->findData(int(*cause)) : 0);
}

void JeopardyPage::setCellFilter(const QString& lane, const QString& queue)
{
    m_filter->setRoleFilter(JeopardyModel::LaneRole, lane);
    m_filter->setRoleFilter(JeopardyModel::QueueRole, queue);
    m_heatmap->setSelectedCell(lane, queue);
    m_cellLabel->setText(tr("Lane %1 \u00b7 queue %2").arg(JeopardyHeatmapModel::laneLabel(lane), JeopardyHeatmapModel::queueLabel(queue)));
    m_cellLabel->show();
    m_clearCell->show();
    if (!m_table->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0));
    updateActions();
    showDetails();
}

void JeopardyPage::clearCellFilter()
{
    m_filter->setRoleFilter(JeopardyModel::LaneRole, {});
    m_filter->setRoleFilter(JeopardyModel::QueueRole, {});
    m_heatmap->clearSelection();
    m_cellLabel->hide();
    m_clearCell->hide();
    updateActions();
    showDetails();
}

bool JeopardyPage::selectFinding(const QString& orderId, const QString& stepId)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(JeopardyModel::OrderIdRole).toString() == orderId && index.data(JeopardyModel::StepIdRole).toString() == stepId) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

const JeopardyFinding* JeopardyPage::currentFinding() const
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    return current.isValid() ? &m_model->finding(current.row()) : nullptr;
}

void JeopardyPage::reassignCurrent()
{
    const JeopardyFinding* finding = currentFinding();
    if (!finding || finding->stepId.isEmpty() || finding->queue.isEmpty() || !m_reassignRefusal.isEmpty())
        return;
    const JeopardyFinding chosen = *finding; // a report may arrive while the dialog is open
    JeopardyActionDialog dialog(JeopardyActionDialog::Kind::Reassign, chosen, m_queues, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT reassignRequested(chosen.orderId, chosen.stepId, dialog.queue());
}

void JeopardyPage::escalateCurrent()
{
    const JeopardyFinding* finding = currentFinding();
    if (!finding || !m_escalateRefusal.isEmpty())
        return;
    if (m_escalationDialog) { // one at a time: the open one (perhaps waiting for the engine) comes forward
        m_escalationDialog->raise();
        m_escalationDialog->activateWindow();
        return;
    }
    const JeopardyFinding chosen = *finding;
    auto* dialog = new JeopardyActionDialog(JeopardyActionDialog::Kind::Escalate, chosen, m_queues, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const EscalationSummary* open = m_model->escalationOf(chosen))
        dialog->setOpenEscalation(*open);
    connect(dialog, &JeopardyActionDialog::submitted, this,
            [this, dialog, chosen] { Q_EMIT escalateRequested(chosen.orderId, chosen.stepId, dialog->queue(), dialog->note()); });
    m_escalationDialog = dialog;
    dialog->open();
}

JeopardyActionDialog* JeopardyPage::escalationDialog() const
{
    return m_escalationDialog.data();
}

void JeopardyPage::setEscalationResult(bool ok, const QString& message)
{
    if (m_escalationDialog)
        m_escalationDialog->finish(ok, message);
    setActionResult(ok, message);
}

void JeopardyPage::setEscalations(const std::vector<EscalationSummary>& escalations)
{
    m_model->setEscalations(escalations);
    updateActions();
    showDetails();
}

void JeopardyPage::openCurrentOrder()
{
    if (const JeopardyFinding* finding = currentFinding())
        Q_EMIT openOrderRequested(finding->orderId);
}

void JeopardyPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void JeopardyPage::updateSummary()
{
    if (m_model->rowCount() == 0) {
        m_summary->setText(tr("Nothing in jeopardy"));
        return;
    }
    m_summary->setText(
        tr("%1 critical \u00b7 %2 warning \u00b7 %n order(s) projected to miss their due date", nullptr, m_model->ordersAtRisk())
            .arg(m_model->criticalCount())
            .arg(m_model->warningCount()));
}

void JeopardyPage::setRefusals(const QString& reassignRefusal, const QString& escalateRefusal)
{
    m_reassignRefusal = reassignRefusal;
    m_escalateRefusal = escalateRefusal;
    updateActions();
}

void JeopardyPage::updateActions()
{
    const JeopardyFinding* finding = currentFinding();
    const bool manualTask = finding && !finding->stepId.isEmpty() && !finding->queue.isEmpty();
    const bool otherQueue
        = manualTask && std::any_of(m_queues.cbegin(), m_queues.cend(), [&](const QString& q) { return q != finding->queue; });
    if (!finding)
        setOwnToolTip(m_reassign, tr("Select a finding"));
    else if (!manualTask)
        setOwnToolTip(m_reassign, tr("Only a manual task's step can be moved to another queue"));
    else if (!otherQueue)
        setOwnToolTip(m_reassign, tr("No other task queue is known"));
    else
        setOwnToolTip(m_reassign, tr("Move the step's task to another queue"));
    setPermitted(m_reassign, manualTask && otherQueue, m_reassignRefusal);
    const EscalationSummary* escalation = finding ? m_model->escalationOf(*finding) : nullptr;
    if (escalation)
        setOwnToolTip(m_escalate,
                      tr("Already escalated to %1 by %2 (escalation %3): add a note to it")
                          .arg(escalation->queue, escalation->raisedBy)
                          .arg(escalation->id));
    else
        setOwnToolTip(m_escalate, tr("Send the finding to a supervisors' queue with a note"));
    m_escalate->setText(escalation ? tr("Add &Note\u2026") : tr("&Escalate\u2026"));
    setPermitted(m_escalate, finding && (escalation || !m_queues.isEmpty()), m_escalateRefusal);
    m_openOrder->setEnabled(finding);
}

void JeopardyPage::showDetails()
{
    const JeopardyFinding* finding = currentFinding();
    if (!finding) {
        m_details->setText(m_model->rowCount() ? tr("Select a finding to see why it is in jeopardy and what its rule does.")
                                               : tr("No order or step is in jeopardy."));
        return;
    }
    m_details->setText(JeopardyDetails::html(*finding, *m_model));
}

} // namespace fw
