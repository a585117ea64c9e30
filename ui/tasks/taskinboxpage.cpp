// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "taskinboxpage.h"

#include "commands/permissions.h"
#include "engine/engineservice.h"
#include "users/sessionuser.h"
#include "workspace/storesession.h"
#include "tasklistmodel.h"
#include "common/actionmessagebar.h"
#include "common/csvexportbutton.h"
#include "store/database.h"
#include "store/taskbrowser.h"
#include "common/columnlayout.h"
#include "common/operationstable.h"
#include "common/queuecombo.h"
#include "common/operatoractions.h"
#include "common/permission.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>

namespace fw {

TaskInboxPage::TaskInboxPage(StoreSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("taskInboxPage"));

    m_assignment = new QComboBox(this);
    m_assignment->setObjectName(QStringLiteral("taskAssignmentFilter"));
    m_assignment->addItems({ tr("All tasks"), tr("My tasks"), tr("Unassigned") });
    connect(m_assignment, &QComboBox::currentIndexChanged, this, [this](int index) { setAssignment(Assignment(index)); });
    m_queue = new QComboBox(this);
    m_queue->setObjectName(QStringLiteral("taskQueueFilter"));
    m_queue->setSizeAdjustPolicy(QComboBox::AdjustToContents); // "My queues" comes with the user, after the first show
    m_queue->addItem(tr("All queues"));
    connect(m_queue, &QComboBox::currentIndexChanged, this, &TaskInboxPage::applyFilters);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("taskSearch"));
    m_search->setAccessibleName(tr("Search tasks"));
    m_search->setPlaceholderText(tr("Search tasks by step, order or account (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &TaskInboxPage::applyFilters);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_assignment);
    filters->addWidget(m_queue);

    m_claim = new QPushButton(tr("&Claim"), this);
    m_claim->setObjectName(QStringLiteral("claimButton"));
    m_claim->setToolTip(tr("Claim the selected tasks (Ctrl+K)"));
    m_claim->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_release = new QPushButton(tr("&Release"), this);
    m_release->setObjectName(QStringLiteral("releaseButton"));
    m_release->setToolTip(tr("Put the selected tasks back in their queue"));
    m_complete = new QPushButton(tr("Co&mplete\u2026"), this);
    m_complete->setObjectName(QStringLiteral("completeTaskButton"));
    m_complete->setToolTip(tr("Fill in the task's form and complete it (Ctrl+Return)"));
    m_complete->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_complete->setDefault(true);
    m_openOrder = new QPushButton(tr("Open &Order"), this);
    m_openOrder->setObjectName(QStringLiteral("taskOpenOrderButton"));
    connect(m_claim, &QPushButton::clicked, this, &TaskInboxPage::claimSelected);
    connect(m_release, &QPushButton::clicked, this, &TaskInboxPage::releaseSelected);
    connect(m_complete, &QPushButton::clicked, this, &TaskInboxPage::completeCurrent);
    connect(m_openOrder, &QPushButton::clicked, this, [this] {
        if (m_table->currentIndex().isValid())
            Q_EMIT openOrderRequested(m_table->currentIndex().data(TaskListModel::OrderIdRole).toString());
    });
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_claim);
    actions->addWidget(m_release);
    actions->addWidget(m_complete);
    actions->addStretch(1);
    actions->addWidget(m_openOrder);

    m_table = createOperationsTable(this, QStringLiteral("tasksTable"));
    m_table->setAccessibleName(tr("Tasks"));
    m_table->setModel(session->tasks());
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->sortByColumn(TaskListModel::SlaColumn, Qt::DescendingOrder); // by urgency: the most urgent first
    m_table->horizontalHeader()->resizeSection(TaskListModel::IdColumn, 60);
    m_table->horizontalHeader()->resizeSection(TaskListModel::StepColumn, 220);
    m_table->horizontalHeader()->resizeSection(TaskListModel::OrderColumn, 160);
    m_table->horizontalHeader()->resizeSection(TaskListModel::AccountColumn, 180);
    m_table->horizontalHeader()->resizeSection(TaskListModel::QueueColumn, 150);
    m_table->horizontalHeader()->resizeSection(TaskListModel::StateColumn, 150);
    m_table->horizontalHeader()->resizeSection(TaskListModel::AgeColumn, 90);
    m_table->horizontalHeader()->resizeSection(TaskListModel::RunsOnColumn, 130);
    m_table->horizontalHeader()->resizeSection(TaskListModel::SlaColumn, 80);
    m_table->horizontalHeader()->resizeSection(TaskListModel::PriorityColumn, 75);
    m_table->horizontalHeader()->resizeSection(TaskListModel::DueColumn, 130);
    m_table->horizontalHeader()->moveSection(TaskListModel::RunsOnColumn, TaskListModel::OrderColumn + 1); // next to the order
    rememberColumnLayout(m_table);
    m_table->setColumnHidden(TaskListModel::RunsOnColumn, !session->hasRemote());
    // The inbox pages its rows in: the export reads every task of the query from the store instead.
    auto* exportCsv = new CsvExportButton(m_table, tr("tasks"), QStringLiteral("tasks.csv"), this);
    exportCsv->setRowSource([this](const std::vector<int>& columns) -> CsvExportJob::Producer {
        return [storePath = m_session->storePath(), query = m_session->tasks()->query(), columns,
                now = QDateTime::currentDateTimeUtc()](const CsvExportJob::RowSink& row) -> Status {
            Database database(storePath); // the pool thread's own connection
            const TaskBrowser browser(database.connection());
            constexpr int chunk = 1000;
            for (qint64 offset = 0;; offset += chunk) {
                const Result<std::vector<TaskSummary>> page = browser.page(query, offset, chunk);
                if (!page)
                    return page.error();
                for (const TaskSummary& task : *page) {
                    QStringList fields;
                    for (const int column : columns)
                        fields << TaskListModel::cellText(task, column, now);
                    if (!row(fields))
                        return {};
                }
                if (int(page->size()) < chunk)
                    return {};
            }
        };
    });
    filters->addWidget(exportCsv);
    connect(m_table, &QTableView::activated, this, &TaskInboxPage::completeCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TaskInboxPage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &TaskInboxPage::showDetails);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("taskDetails"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextFormat(Qt::RichText);
    m_details->setMargin(10);
    m_details->setFrameShape(QFrame::StyledPanel);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto* message = new ActionMessageBar(
        session, { QStringLiteral("claim task"), QStringLiteral("release task"), QStringLiteral("complete task") }, this);
    message->setObjectName(QStringLiteral("taskActionMessage"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(message);
    layout->addLayout(actions);

    connect(session, &StoreSession::snapshotApplied, this, &TaskInboxPage::showCounts);
    connect(session->tasks(), &TaskListModel::refreshed, this, [this] {
        TaskListModel* tasks = m_session->tasks();
        if (!m_table->currentIndex().isValid() && tasks->rowCount() > 0) // keyboard-ready: the first row is current
            m_table->setCurrentIndex(tasks->index(0, 0));
        updateActions();
        showDetails();
    });
    connect(session->tasks(), &TaskListModel::pageLoaded, this, &TaskInboxPage::updateActions);
    connect(session->identity(), &SessionUser::changed, this, &TaskInboxPage::onUserChanged);
    onUserChanged();
}

void TaskInboxPage::onUserChanged()
{
    const QStringList mine = m_session->identity()->defaultQueues();
    {
        QSignalBlocker block(m_queue);
        if (m_fixedQueueItems > 1)
            m_queue->removeItem(1);
        m_fixedQueueItems = mine.isEmpty() ? 1 : 2;
        if (!mine.isEmpty()) {
            m_queue->insertItem(1, tr("My queues"), mine);
            m_queue->setItemData(1, mine.join(QStringLiteral(", ")), Qt::ToolTipRole);
        }
        m_queue->setCurrentIndex(mine.isEmpty() ? 0 : 1);
        m_queue->setToolTip(mine.isEmpty() ? QString() : tr("My queues: %1").arg(mine.join(QStringLiteral(", "))));
    }
    applyFilters(); // "mine" is someone else now
    showCounts();
    updateActions();
    showDetails();
}

void TaskInboxPage::applyFilters()
{
    TaskQuery query = m_session->tasks()->query();
    const QVariant queue = m_queue->currentData();
    query.queues = !queue.isValid()                ? QStringList()
        : queue.typeId() == QMetaType::QStringList ? queue.toStringList()
                                                   : QStringList { queue.toString() };
    query.assignment = TaskQuery::Assignment(m_assignment->currentIndex());
    query.user = m_session->user();
    query.search = m_search->text().trimmed();
    if (!(query == m_session->tasks()->query()))
        m_session->tasks()->setQuery(query);
}

void TaskInboxPage::setAssignment(Assignment assignment)
{
    if (m_assignment->currentIndex() != int(assignment))
        m_assignment->setCurrentIndex(int(assignment)); // applies it
    else
        applyFilters();
}

void TaskInboxPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

std::vector<TaskSummary> TaskInboxPage::selectedTasks() const
{
    std::vector<TaskSummary> tasks;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        if (const TaskSummary* task = m_session->tasks()->taskAt(index.row()))
            tasks.push_back(*task);
    }
    if (tasks.empty()) {
        if (const TaskSummary* task = currentTask())
            tasks.push_back(*task);
    }
    return tasks;
}

const TaskSummary* TaskInboxPage::currentTask() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_session->tasks()->taskAt(current.row()) : nullptr;
}

void TaskInboxPage::claimSelected()
{
    for (const TaskSummary& task : selectedTasks()) {
        if (mayClaim(task))
            m_session->service()->claimTask(task.id, m_session->user());
    }
}

void TaskInboxPage::releaseSelected()
{
    for (const TaskSummary& task : selectedTasks()) {
        if (mayRelease(task))
            m_session->service()->releaseTask(task.id, m_session->user());
    }
}

void TaskInboxPage::completeCurrent()
{
    if (const TaskSummary* task = currentTask())
        OperatorActions(m_session, this).completeTask(task->id);
}

void TaskInboxPage::showCounts()
{
    const TaskCounts& counts = m_session->lastSnapshot().taskCounts;
    QStringList queues = counts.byQueue.keys();
    queues.sort();
    syncQueueCombo(m_queue, queues, m_fixedQueueItems);
    const qint64 mine = counts.claimedBy.value(m_session->user());
    m_assignment->setItemText(int(Assignment::Mine), mine > 0 ? tr("My tasks (%1)").arg(mine) : tr("My tasks"));
}

bool TaskInboxPage::mayClaim(const TaskSummary& task) const
{
    return task.claimedBy.isEmpty() && m_session->identity()->taskRefusal(QStringLiteral("task.claim"), task.queue).isEmpty();
}

bool TaskInboxPage::mayRelease(const TaskSummary& task) const
{
    if (task.claimedBy.isEmpty())
        return false;
    const SessionUser& user = *m_session->identity();
    return task.claimedBy == m_session->user() ? user.taskRefusal(QStringLiteral("task.release"), task.queue).isEmpty()
                                               : user.allows(Permissions::releaseOthersClaim);
}

void TaskInboxPage::updateActions()
{
    // Enabled when the user may act on at least one selected task; otherwise the reason of the first.
    const SessionUser& user = *m_session->identity();
    bool claimable = false, canClaim = false, releasable = false, canRelease = false;
    QString claimRefusal, releaseRefusal;
    for (const TaskSummary& task : selectedTasks()) {
        if (task.claimedBy.isEmpty()) {
            claimable = true;
            canClaim |= mayClaim(task);
            if (claimRefusal.isEmpty())
                claimRefusal = user.taskRefusal(QStringLiteral("task.claim"), task.queue);
        } else {
            const bool own = task.claimedBy == m_session->user();
            releasable = true; // a supervisor may release another's claim: the others see why they may not
            canRelease |= mayRelease(task);
            if (releaseRefusal.isEmpty())
                releaseRefusal
                    = own ? user.taskRefusal(QStringLiteral("task.release"), task.queue) : user.refusal(Permissions::releaseOthersClaim);
        }
    }
    const TaskSummary* task = currentTask();
    setPermitted(m_claim, claimable, canClaim ? QString() : claimRefusal);
    setPermitted(m_release, releasable, canRelease ? QString() : releaseRefusal);
    setPermitted(m_complete, task && (task->claimedBy.isEmpty() || task->claimedBy == m_session->user()),
                 task ? user.taskRefusal(QStringLiteral("task.complete"), task->queue) : QString());
    m_openOrder->setEnabled(task);
}

void TaskInboxPage::showDetails()
{
    const TaskSummary* row = currentTask();
    if (!row) {
        m_shown.reset();
        m_details->setText(m_session->tasks()->rowCount() ? tr("Select a task to see its instructions and form.")
                                                          : tr("No open tasks. New ones appear here as orders reach manual steps."));
        return;
    }
    if (!m_shown || m_shown->id != row->id || m_shown->updatedAt != row->updatedAt) { // its form: read for it alone
        const auto read = m_session->readTask(row->id);
        m_shown = read && *read ? **read : *row;
    }
    const TaskSummary* task = &*m_shown;
    QStringList fields;
    for (const FormField& field : task->spec.form)
        fields << (field.required ? tr("%1 (required)").arg(field.label.toHtmlEscaped()) : field.label.toHtmlEscaped());
    QString text = tr("<b>%1</b> &nbsp;\u00b7&nbsp; order %2 (%3) &nbsp;\u00b7&nbsp; queue %4 &nbsp;\u00b7&nbsp; lane %5")
                       .arg(task->stepName.toHtmlEscaped(), task->orderId.toHtmlEscaped(), task->account.toHtmlEscaped(),
                            task->queue.toHtmlEscaped(), task->lane.toHtmlEscaped());
    if (!task->spec.instructions.isEmpty())
        text += QStringLiteral("<p>") + task->spec.instructions.toHtmlEscaped() + QStringLiteral("</p>");
    text += tr("<p>Form: %1</p>").arg(fields.isEmpty() ? tr("no fields") : fields.join(QStringLiteral(", ")));
    if (!task->claimedBy.isEmpty() && task->claimedBy != m_session->user())
        text += task->claimedAt.isValid()
            ? tr("<p><i>Claimed by %1 since %2: only they can complete it.</i></p>")
                  .arg(task->claimedBy.toHtmlEscaped(), QLocale().toString(task->claimedAt.toLocalTime(), QLocale::ShortFormat))
            : tr("<p><i>Claimed by %1: only they can complete it.</i></p>").arg(task->claimedBy.toHtmlEscaped());
    m_details->setText(text);
}

} // namespace fw
