// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ordersummarypanel.h"

#include "common/csvexportbutton.h"

#include "engine/engineservice.h"
#include "change/changepresentation.h"
#include "common/enginetexttranslation.h"
#include "ordersummarymodels.h"
#include "common/statepresentation.h"
#include "progressdelegate.h"
#include "common/operationstable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace fw {

namespace {
    // A titled part of the summary; `action` (its Export CSV... button) goes right of the title.
    QWidget* section(const QString& title, QWidget* content, QWidget* parent, QLabel* extra = nullptr, QWidget* action = nullptr)
    {
        auto* box = new QWidget(parent);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 6, 0, 0);
        layout->setSpacing(3);
        auto* label = new QLabel(title, box);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        auto* titleRow = new QHBoxLayout;
        titleRow->addWidget(label, 1);
        if (action)
            titleRow->addWidget(action);
        layout->addLayout(titleRow);
        if (extra)
            layout->addWidget(extra);
        layout->addWidget(content, 1);
        return box;
    }
} // namespace

OrderSummaryPanel::OrderSummaryPanel(EngineService* service, QString orderId, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_orderId(std::move(orderId))
    , m_items(new SummaryItemModel(this))
    , m_splits(new SplitPathModel(this))
    , m_changes(new ChangeRecordModel(this))
    , m_header(new QLabel(this))
    , m_billing(new QLabel(this))
    , m_itemTable(createOperationsTable(this, QStringLiteral("summaryItemTable")))
    , m_splitTable(createOperationsTable(this, QStringLiteral("summarySplitTable")))
    , m_changeTable(createOperationsTable(this, QStringLiteral("summaryChangeTable")))
{
    setObjectName(QStringLiteral("orderSummaryPanel"));
    m_header->setObjectName(QStringLiteral("summaryHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setText(tr("Loading the summary\u2026"));
    m_billing->setObjectName(QStringLiteral("summaryBilling"));
    m_billing->setTextFormat(Qt::RichText);

    m_itemTable->setModel(m_items);
    m_itemTable->setAccessibleName(tr("Items: ordered and now"));
    m_splitTable->setAccessibleName(tr("Delivery groups (split paths)"));
    m_changeTable->setAccessibleName(tr("Change orders"));
    m_itemTable->setSortingEnabled(false); // the report's order: bundles with their children
    m_itemTable->horizontalHeader()->resizeSection(SummaryItemModel::ItemColumn, 110);
    m_itemTable->horizontalHeader()->resizeSection(SummaryItemModel::ProductColumn, 200);
    m_itemTable->horizontalHeader()->resizeSection(SummaryItemModel::GroupColumn, 130);
    m_itemTable->horizontalHeader()->resizeSection(SummaryItemModel::OrderedColumn, 80);
    m_itemTable->horizontalHeader()->resizeSection(SummaryItemModel::NowColumn, 80);
    m_itemTable->horizontalHeader()->resizeSection(SummaryItemModel::StatusColumn, 300); // "250 of 300 delivered, +50 pending", German too
    m_splitTable->setModel(m_splits);
    m_splitTable->setSortingEnabled(false);
    m_splitTable->setItemDelegateForColumn(SplitPathModel::ProgressColumn,
                                           new ProgressDelegate(SplitPathModel::ProgressRole, m_splitTable));
    m_splitTable->horizontalHeader()->resizeSection(SplitPathModel::GroupColumn, 130);
    m_splitTable->horizontalHeader()->resizeSection(SplitPathModel::AddressColumn, 300);
    m_splitTable->horizontalHeader()->resizeSection(SplitPathModel::DateColumn, 100);
    m_splitTable->horizontalHeader()->resizeSection(SplitPathModel::ItemsColumn, 160);
    m_splitTable->horizontalHeader()->resizeSection(SplitPathModel::ProgressColumn, 150);
    m_changeTable->setModel(m_changes);
    m_changeTable->setSortingEnabled(false);
    m_changeTable->horizontalHeader()->resizeSection(ChangeRecordModel::IdColumn, 110);
    m_changeTable->horizontalHeader()->resizeSection(ChangeRecordModel::RevisionColumn, 70);
    m_changeTable->horizontalHeader()->resizeSection(ChangeRecordModel::StateColumn, 130);
    m_changeTable->horizontalHeader()->resizeSection(ChangeRecordModel::SubmittedByColumn, 200);
    m_changeTable->horizontalHeader()->resizeSection(ChangeRecordModel::SubmittedAtColumn, 140);
    m_changeTable->horizontalHeader()->resizeSection(ChangeRecordModel::OutcomeColumn, 260);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(
        section(tr("Items: ordered and now"), m_itemTable, splitter, nullptr,
                new CsvExportButton(m_itemTable, tr("order summary"), m_orderId + QStringLiteral("-summary.csv"), splitter)));
    splitter->addWidget(
        section(tr("Delivery groups (split paths)"), m_splitTable, splitter, m_billing,
                new CsvExportButton(m_splitTable, tr("delivery groups"), m_orderId + QStringLiteral("-delivery-groups.csv"), splitter)));
    splitter->addWidget(
        section(tr("Change orders"), m_changeTable, splitter, nullptr,
                new CsvExportButton(m_changeTable, tr("change orders"), m_orderId + QStringLiteral("-change-orders.csv"), splitter)));
    splitter->setSizes({ 320, 170, 150 });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);

    if (m_service)
        connect(m_service, &EngineService::orderSummaryReady, this, [this](const OrderSummaryReport& report) {
            if (report.orderId == m_orderId)
                setReport(report);
        });
}

void OrderSummaryPanel::refresh()
{
    if (m_service)
        m_service->requestOrderSummary(m_orderId);
}

void OrderSummaryPanel::setReport(const OrderSummaryReport& report)
{
    m_report = report;
    int cancelled = 0;
    for (const ItemPosition& item : report.items)
        cancelled += item.status == QLatin1String("cancelled") ? 1 : 0;
    QString header
        = tr("<b>Order %1</b> &nbsp;\u00b7&nbsp; %2 &nbsp;\u00b7&nbsp; <span style='color:%3'><b>%4</b></span> "
             "&nbsp;\u00b7&nbsp; revision %5 &nbsp;\u00b7&nbsp; %n item(s)",
             nullptr, int(report.items.size()))
              .arg(report.orderId.toHtmlEscaped(), report.account.toHtmlEscaped(), StatePresentation::stateColor(report.state).name(),
                   StatePresentation::orderStateLabel(report.state).toHtmlEscaped())
              .arg(report.revision);
    if (cancelled)
        header += QStringLiteral(", ") + tr("%n cancelled", nullptr, cancelled);
    QStringList partly; // "Named user licences: 250 of 300 delivered, +50 pending"
    for (const ItemPosition& item : report.items) {
        if (ChangePresentation::partlyDelivered(item))
            partly << tr("%1: %2").arg(item.productName.isEmpty() ? item.item : item.productName,
                                       ChangePresentation::itemProgressLabel(item));
    }
    if (partly.size() > 2)
        header += QStringLiteral(" &nbsp;\u00b7&nbsp; <b>%1</b>").arg(tr("%n item(s) partly delivered", nullptr, int(partly.size())));
    else if (!partly.isEmpty())
        header += QStringLiteral(" &nbsp;\u00b7&nbsp; <b>%1</b>").arg(partly.join(QStringLiteral("; ")).toHtmlEscaped());
    if (report.cancelled)
        header += QStringLiteral(" &nbsp;\u00b7&nbsp; <b style='color:%1'>%2</b>")
                      .arg(ChangePresentation::itemStatusColor(QStringLiteral("cancelled")).name(), tr("cancelled by a change order"));
    m_header->setText(header);
    m_billing->setText(report.billing.isEmpty()
                           ? tr("Billing: no consolidated billing milestone")
                           : tr("Consolidated billing: <b>%1</b>").arg(translatedEngineText(report.billing).toHtmlEscaped()));
    m_items->setItems(report.items);
    m_splits->setSplits(report.splits);
    m_changes->setRecords(report.changeOrders);
    Q_EMIT reportUpdated();
}

} // namespace fw
