// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFrame>

class QAbstractItemModel;
class QChartView;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace fw {

// One dashboard chart under its title, with a button that swaps the chart for a table of the same
// item model (the chart maps it through a ChartValueProxy, the table shows its formatted texts).
// The table is named after the view: "<view>Table", the button "<view>Toggle".
class ChartPanel final : public QFrame {
    Q_OBJECT

public:
    ChartPanel(const QString& title, QChartView* view, QAbstractItemModel* tableModel, QWidget* parent = nullptr);

    QChartView* view() const { return m_view; }
    QTableView* table() const { return m_table; }
    bool isShowingTable() const;
    void showTable(bool table);

private:
    QChartView* m_view;
    QTableView* m_table;
    QStackedWidget* m_stack;
    QToolButton* m_toggle;
};

} // namespace fw
