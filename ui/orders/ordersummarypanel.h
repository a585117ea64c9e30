// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "change/ordersummaryreport.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace fw {

class ChangeRecordModel;
class EngineService;
class SplitPathModel;
class SummaryItemModel;

// The order page's Summary tab (`fwctl summary`): what finance and the customer need to know after
// change orders. The commercial items ordered vs now with their status and the change orders that
// touched them, the split paths per delivery group with their progress, the consolidated billing
// milestone, and the change orders with their outcome.
class OrderSummaryPanel final : public QWidget {
    Q_OBJECT

public:
    OrderSummaryPanel(EngineService* service, QString orderId, QWidget* parent = nullptr);

    void refresh(); // asks the engine; the answer comes back through setReport
    void setReport(const OrderSummaryReport& report);
    const OrderSummaryReport& report() const { return m_report; }
    SummaryItemModel* itemModel() const { return m_items; }
    SplitPathModel* splitModel() const { return m_splits; }
    ChangeRecordModel* changeModel() const { return m_changes; }

Q_SIGNALS:
    void reportUpdated();

private:
    EngineService* m_service;
    QString m_orderId;
    OrderSummaryReport m_report;
    SummaryItemModel* m_items;
    SplitPathModel* m_splits;
    ChangeRecordModel* m_changes;
    QLabel* m_header;
    QLabel* m_billing;
    QTableView* m_itemTable;
    QTableView* m_splitTable;
    QTableView* m_changeTable;
};

} // namespace fw
