// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QTableView>

class QSortFilterProxyModel;

namespace fw {

class FulfillmentLineModel;

// The order's fulfillment lines, sortable by any column.
class FulfillmentLineTable : public QTableView {
    Q_OBJECT

public:
    explicit FulfillmentLineTable(QWidget* parent = nullptr);

    void setLineModel(FulfillmentLineModel* model);

private:
    void applyLayout();

    QSortFilterProxyModel* m_proxy;
};

} // namespace fw
