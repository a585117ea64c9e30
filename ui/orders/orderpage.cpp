// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "orderpage.h"

#include "common/csvexportbutton.h"
#include "orderdocuments.h"
#include "plan/planscene.h"

#include "change/changeorderdialog.h"
#include "engine/engineservice.h"
#include "plangraph/ordergraph.h"
#include "common/rowfiltermodel.h"
#include "common/statepresentation.h"
#include "stepstatusmodel.h"
#include "users/sessionuser.h"
#include "workspace/storesession.h"
#include "timeline/timelinemodel.h"
#include "orderreplaybar.h"
#include "ordersummarypanel.h"
#include "replayworkpanel.h"
#include "plan/plangraphwidget.h"
#include "stepinspector.h"
#include "timeline/stepganttstrip.h"
#include "common/columnlayout.h"
#include "common/operationstable.h"
#include "common/permission.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>

namespace fw {

OrderPage::OrderPage(StoreSession* session, QString orderId, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_orderId(std::move(orderId))
    , m_steps(new StepStatusModel(this))
    , m_timeline(new TimelineModel(this))
    , m_stepFilter(new RowFilterModel(StepStatusModel::SortRole, this))
    , m_timelineFilter(new RowFilterModel(Qt::DisplayRole, this))
{
    setObjectName(QStringLiteral("orderPage_") + m_orderId);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("orderHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true); // on a 1366-pixel screen the line leaves no room for the buttons
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("orderProgress"));
    m_progress->setMinimumWidth(170);
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("%v of %m steps"));
    m_resume = new QPushButton(tr("Res&ume"), this);
    m_resume->setObjectName(QStringLiteral("orderResumeButton"));
    m_resume->setToolTip(tr("Lift the hold once no step is in fallout"));
    connect(m_resume, &QPushButton::clicked, this, [this] { m_session->service()->resume(m_orderId, m_session->user()); });
    m_signal = new QPushButton(tr("Send &Signal\u2026"), this);
    m_signal->setObjectName(QStringLiteral("orderSignalButton"));
    m_signal->setToolTip(tr("Tell a pause that its external event happened (e.g. delivered)"));
    connect(m_signal, &QPushButton::clicked, this, &OrderPage::sendSignal);
    m_change = new QPushButton(tr("&Change Order…"), this);
    m_change->setObjectName(QStringLiteral("orderChangeButton"));
    m_change->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_change->setToolTip(tr("Amend or cancel the running order: compose or open a change order, preview it, submit it (Ctrl+Shift+C)"));
    connect(m_change, &QPushButton::clicked, this, [this] { openChangeDialog(); });
    auto* account = new QPushButton(tr("&Account"), this);
    account->setObjectName(QStringLiteral("orderAccountButton"));
    account->setToolTip(tr("Open the account of this order: its installed base, orders and asset history"));
    account->setAccessibleName(tr("Open Account"));
    connect(account, &QPushButton::clicked, this, [this] { Q_EMIT openAccountRequested(m_orderId); });
    auto* header = new QHBoxLayout;
    header->addWidget(m_header, 1);
    header->addWidget(m_progress);
    header->addWidget(account);
    header->addWidget(m_resume);
    header->addWidget(m_signal);
    header->addWidget(m_change);

    m_stepFilter->setSourceModel(m_steps);
    m_stepTable = createOperationsTable(this, QStringLiteral("orderStepsTable"));
    m_stepTable->setAccessibleName(tr("Steps"));
    m_stepTable->setModel(m_stepFilter);
    m_stepTable->sortByColumn(StepStatusModel::NameColumn, Qt::AscendingOrder);
    m_stepTable->horizontalHeader()->resizeSection(StepStatusModel::NameColumn, 240);
    m_stepTable->horizontalHeader()->resizeSection(StepStatusModel::LaneColumn, 120);
    m_stepTable->horizontalHeader()->resizeSection(StepStatusModel::StateColumn, 120);
    m_stepTable->horizontalHeader()->resizeSection(StepStatusModel::UpdatedColumn, 150);
    rememberColumnLayout(m_stepTable);

    m_timelineFilter->setSourceModel(m_timeline);
    m_timelineSearch = new QLineEdit(this);
    m_timelineSearch->setObjectName(QStringLiteral("timelineSearch"));
    m_timelineSearch->setAccessibleName(tr("Search the timeline"));
    m_timelineSearch->setPlaceholderText(tr("Search the timeline: step, actor, state, payload text"));
    m_timelineSearch->setClearButtonEnabled(true);
    connect(m_timelineSearch, &QLineEdit::textChanged, m_timelineFilter, &RowFilterModel::setSearchText);
    m_laneFilter = new QComboBox(this);
    m_laneFilter->setObjectName(QStringLiteral("timelineLaneFilter"));
    m_laneFilter->addItem(tr("All lanes"));
    connect(m_laneFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_timelineFilter->setRoleFilter(TimelineModel::LaneRole, m_laneFilter->currentData()); });
    m_actorFilter = new QComboBox(this);
    m_actorFilter->setObjectName(QStringLiteral("timelineActorFilter"));
    m_actorFilter->addItem(tr("Everyone"));
    m_actorFilter->addItem(tr("Operators"), QStringLiteral("operator"));
    m_actorFilter->addItem(tr("The engine"), QStringLiteral("engine"));
    connect(m_actorFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_timelineFilter->setRoleFilter(TimelineModel::ActorKindRole, m_actorFilter->currentData()); });
    m_failuresOnly = new QCheckBox(tr("Failures only"), this);
    m_failuresOnly->setObjectName(QStringLiteral("timelineFailuresOnly"));
    connect(m_failuresOnly, &QCheckBox::toggled, this,
            [this](bool on) { m_timelineFilter->setRoleFilter(TimelineModel::IsFailureRole, on ? QVariant(true) : QVariant()); });
    auto* changesOnly = new QCheckBox(tr("Change orders only"), this);
    changesOnly->setObjectName(QStringLiteral("timelineChangesOnly"));
    changesOnly->setToolTip(tr("Change orders applied, waiting or refused, and the steps they added, amended or discarded"));
    connect(changesOnly, &QCheckBox::toggled, this,
            [this](bool on) { m_timelineFilter->setRoleFilter(TimelineModel::IsChangeRole, on ? QVariant(true) : QVariant()); });
    m_timelineTable = createOperationsTable(this, QStringLiteral("timelineTable"));
    m_timelineTable->setAccessibleName(tr("Timeline"));
    m_timelineTable->setSortingEnabled(false);
    m_timelineTable->setModel(m_timelineFilter);
    m_timelineTable->horizontalHeader()->resizeSection(TimelineModel::TimeColumn, 150);
    m_timelineTable->horizontalHeader()->resizeSection(TimelineModel::EventColumn, 170);
    m_timelineTable->horizontalHeader()->resizeSection(TimelineModel::StepColumn, 200);
    m_timelineTable->horizontalHeader()->resizeSection(TimelineModel::ChangeColumn, 170);
    rememberColumnLayout(m_timelineTable);
    auto* timeline = new QWidget(this);
    auto* timelineBar = new QHBoxLayout;
    timelineBar->addWidget(m_timelineSearch, 1);
    timelineBar->addWidget(m_laneFilter);
    timelineBar->addWidget(m_actorFilter);
    timelineBar->addWidget(m_failuresOnly);
    timelineBar->addWidget(changesOnly);
    timelineBar->addWidget(new CsvExportButton(m_timelineTable, tr("timeline"), m_orderId + QStringLiteral("-timeline.csv"), timeline));
    auto* timelineLayout = new QVBoxLayout(timeline);
    timelineLayout->setContentsMargins(0, 4, 0, 0);
    m_gantt = new StepGanttStrip(timeline);
    m_gantt->setToolTip(tr("Step durations by lane; click a bar to see the step on the plan"));
    connect(m_gantt, &StepGanttStrip::stepClicked, this, &OrderPage::selectStep);
    connect(m_timelineTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString step = index.data(TimelineModel::StepIdRole).toString();
        if (!step.isEmpty())
            selectStep(step);
    });
    m_timelineTable->setToolTip(tr("Enter or double click: show the event's step on the plan; the context menu replays the "
                                   "order as it stood before or after the event"));
    // Replay from the timeline (context menu, or Shift+F10): what the operator saw before an event.
    const auto replayAction = [this](const QString& text, const QString& name, qint64 offset) {
        auto* action = new QAction(text, m_timelineTable);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, [this, offset] {
            const QModelIndex current = m_timelineTable->currentIndex();
            if (!current.isValid())
                return;
            replayAt(current.data(TimelineModel::SeqRole).toLongLong() + offset);
            m_tabs->setCurrentIndex(0);
        });
        m_timelineTable->addAction(action);
    };
    replayAction(tr("Replay: Just Before This Event"), QStringLiteral("timelineReplayBefore"), -1);
    replayAction(tr("Replay: Just After This Event"), QStringLiteral("timelineReplayAfter"), 0);
    m_timelineTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Every lane gets its row: an order with many lanes scrolls the strip rather than squeezing it.
    m_ganttArea = new QScrollArea(timeline);
    m_ganttArea->setObjectName(QStringLiteral("stepGanttArea"));
    m_ganttArea->setAccessibleName(tr("Step durations by lane"));
    m_ganttArea->setWidget(m_gantt);
    m_ganttArea->setWidgetResizable(true);
    m_ganttArea->setFrameShape(QFrame::NoFrame);
    m_ganttArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ganttArea->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    timelineLayout->addWidget(m_ganttArea);
    timelineLayout->addLayout(timelineBar);
    timelineLayout->addWidget(m_timelineTable, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("orderTabs"));
    m_tabs->setAccessibleName(tr("Order views"));
    m_tabs->setDocumentMode(true);
    m_graph = new PlanGraphWidget(this);
    m_graph->setObjectName(QStringLiteral("orderPlanGraph"));
    m_documents = new OrderDocuments(session->storePath(), m_orderId, m_graph->scene(), this);
    header->addWidget(m_documents->evidenceButton());
    m_inspector = new StepInspector(session, this);
    connect(m_graph, &PlanGraphWidget::stepSelected, this, [this](const QString& stepId) { m_inspector->setStep(m_detail, stepId); });
    m_replayWork = new ReplayWorkPanel(this);
    connect(m_replayWork, &ReplayWorkPanel::stepActivated, m_graph, &PlanGraphWidget::selectStep);
    m_side = new QStackedWidget(this);
    m_side->addWidget(m_inspector);
    m_side->addWidget(m_replayWork);
    auto* plan = new QSplitter(Qt::Horizontal, this);
    plan->setObjectName(QStringLiteral("orderPlanSplitter"));
    plan->addWidget(m_graph);
    plan->addWidget(m_side);
    plan->setStretchFactor(0, 3);
    plan->setStretchFactor(1, 1);
    plan->setSizes({ 900, 380 });
    m_tabs->addTab(plan, tr("&Plan"));
    m_tabs->addTab(m_stepTable, tr("&Steps"));
    m_tabs->addTab(timeline, tr("&Timeline"));
    m_summary = new OrderSummaryPanel(session->service(), m_orderId, this);
    m_tabs->addTab(m_summary, tr("Su&mmary"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_summary)
            m_summary->refresh();
    });

    m_replayBar = new OrderReplayBar(this);
    connect(m_replayBar, &OrderReplayBar::momentChosen, this, &OrderPage::showReplay);
    connect(m_replayBar, &OrderReplayBar::liveChosen, this, &OrderPage::live);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_replayBar);
    layout->addWidget(m_tabs, 1);

    connect(session, &StoreSession::snapshotApplied, this, &OrderPage::onSnapshot);
    connect(session, &StoreSession::orderDetailReady, this, &OrderPage::onDetail);
    connect(session->identity(), &SessionUser::changed, this, &OrderPage::updatePermissions);
    m_header->setText(tr("<b>Order %1</b> &nbsp; loading\u2026").arg(m_orderId.toHtmlEscaped()));
    refresh();
}

void OrderPage::refresh()
{
    m_session->service()->requestOrderDetail(m_orderId);
}

void OrderPage::showTimeline()
{
    m_tabs->setCurrentIndex(2);
}

void OrderPage::showSummary()
{
    if (m_tabs->currentWidget() == m_summary)
        m_summary->refresh();
    else
        m_tabs->setCurrentWidget(m_summary); // refreshes it
}

ChangeOrderDialog* OrderPage::openChangeDialog(const QString& changeFile)
{
    if (!m_changeDialog) {
        // A child of the window, so that it stays over it (and --screenshot finds it).
        m_changeDialog = new ChangeOrderDialog(m_session->service(), m_session->user(), m_orderId, window());
        m_changeDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_changeDialog->setOrderDetail(m_detail);
        updatePermissions(); // who submits, and whether they may
        connect(m_changeDialog, &ChangeOrderDialog::submitted, this, [this] {
            refresh();
            if (m_tabs->currentWidget() == m_summary)
                m_summary->refresh();
        });
    }
    m_changeDialog->show();
    m_changeDialog->raise();
    m_changeDialog->activateWindow();
    if (!changeFile.isEmpty() && m_changeDialog->loadFile(changeFile))
        m_changeDialog->preview();
    return m_changeDialog;
}

ChangeOrderDialog* OrderPage::changeDialog() const
{
    return m_changeDialog;
}

void OrderPage::selectStep(const QString& stepId)
{
    m_tabs->setCurrentIndex(0);
    m_graph->selectStep(stepId);
}

void OrderPage::onSnapshot()
{
    if (m_session->orderChanged(m_orderId)) { // the journal has news of it: steps, tasks, hold, signals
        refresh();
        if (m_tabs->currentWidget() == m_summary)
            m_summary->refresh();
    }
    showCriticalPath();
}

// The forecast's critical path (docs/sla.md), from the engine's latest jeopardy evaluation; none
// once the order is finished.
void OrderPage::showCriticalPath()
{
    const auto& report = m_session->lastSnapshot().jeopardy;
    if (!report || report.get() == m_criticalPathOf || m_graphSteps.isEmpty())
        return;
    m_criticalPathOf = report.get();
    QStringList path;
    for (const OrderForecast& forecast : report->forecasts) {
        if (forecast.orderId == m_orderId) {
            path = forecast.criticalPathStepIds;
            break;
        }
    }
    if (path != m_graph->criticalPath())
        m_graph->setCriticalPath(path);
}

void OrderPage::onDetail(const OrderDetail& detail)
{
    if (detail.order.id != m_orderId)
        return;
    m_detail = detail;
    const OrderSummary& order = detail.order;
    QString state = StatePresentation::orderStateLabel(order.state);
    if (order.onHold)
        state += tr(", on hold");
    m_header->setText(
        tr("<b style='font-size:15px'>Order %1</b> &nbsp;\u00b7&nbsp; %2 &nbsp;\u00b7&nbsp; "
           "<span style='color:%3'><b>%4</b></span> &nbsp;\u00b7&nbsp; catalog %5 %6%7")
            .arg(order.id.toHtmlEscaped(), order.account.toHtmlEscaped(), StatePresentation::stateColor(order.state).name(),
                 state.toHtmlEscaped(), detail.catalogId.toHtmlEscaped(), detail.catalogVersion.toHtmlEscaped(),
                 order.requestedDate.isEmpty() ? QString() : tr(" &nbsp;\u00b7&nbsp; requested %1").arg(order.requestedDate)));
    m_progress->setRange(0, std::max(1, order.steps));
    m_progress->setValue(order.completedSteps);
    updatePermissions();
    // A step's key: its id and what a change order did to it (a change may discard or amend steps
    // without adding any, and the graph shows that too).
    const auto key = [](const StepStatus& step) { return step.change.isEmpty() ? step.id : step.id + QLatin1Char('\n') + step.change; };
    const bool samePlan = std::size_t(m_graphSteps.size()) == detail.steps.size()
        && std::equal(detail.steps.begin(), detail.steps.end(), m_graphSteps.begin(),
                      [&](const StepStatus& a, const QString& k) { return key(a) == k; });
    if (!samePlan) { // a new plan (first load, re-planned or changed): lay it out once; states change in place after that
        m_graph->setGraph(planGraphFromOrder(detail));
        m_graphSteps.clear();
        for (const StepStatus& step : detail.steps)
            m_graphSteps << key(step);
        m_criticalPathOf = nullptr; // a new graph starts without a path
        showCriticalPath();
    }
    QStringList stepIds;
    for (const StepStatus& step : detail.steps)
        stepIds << step.id;
    m_replay = OrderReplay(detail.events, stepIds);
    m_replayBar->setMoments(m_replay.moments());
    if (isReplaying())
        showReplay(m_replayBar->seq()); // the past stays as it was; the journal only grew
    else
        m_graph->applyStatuses(nodeStatusesOf(detail));
    m_inspector->setStep(detail, m_inspector->stepId());
    if (!isReplaying())
        m_steps->setSteps(detail.steps);
    QHash<QString, QString> stepLanes;
    QHash<QString, QString> stepNames;
    for (const StepStatus& step : detail.steps) {
        stepLanes.insert(step.id, step.lane);
        stepNames.insert(step.id, step.name);
    }
    m_timeline->setStepInfo(std::move(stepLanes), std::move(stepNames));
    m_timeline->setEvents(detail.events);
    m_gantt->setOrder(detail, m_session->lastSnapshot().at.isValid() ? m_session->lastSnapshot().at : QDateTime::currentDateTimeUtc());
    m_ganttArea->setFixedHeight(std::min(m_gantt->sizeHint().height(), 240)); // the whole strip, or a third of a laptop screen
    if (m_laneFilter->count() == 1) {
        for (const auto& [id, name] : detail.lanes)
            m_laneFilter->addItem(name, id);
    }
    Q_EMIT detailUpdated();
}

void OrderPage::updatePermissions()
{
    const SessionUser& user = *m_session->identity();
    const bool live = !isReplaying(); // the past is not for changing
    permit(m_resume, user, QStringLiteral("order.resume"), live && m_detail.order.onHold);
    permit(m_signal, user, QStringLiteral("signal"), live);
    permit(m_change, user, QStringLiteral("change.preview"), live);
    if (m_changeDialog)
        m_changeDialog->setActor(m_session->user(), user.refusal(QStringLiteral("change.preview")),
                                 user.refusal(QStringLiteral("change.submit")));
}

void OrderPage::sendSignal()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Send Signal"),
                                               tr("Signal for order %1 (the name a pause waits for, e.g. delivered):").arg(m_orderId),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (ok && !name.isEmpty())
        m_session->service()->signal(m_orderId, name, m_session->user());
}

int OrderPage::currentTab() const
{
    return m_tabs->currentIndex();
}

void OrderPage::setCurrentTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

} // namespace fw
