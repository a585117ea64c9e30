// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "report/csvwriter.h"
#include "store/orderbrowser.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;
class QTimer;
class QToolButton;

namespace fw {

class OrderTableModel;
class CsvExportJob;
class StoreSession;

// The Orders view over however many orders the store holds (OrderTableModel pages them in):
// search as you type (debounced) over id, account and products, state and lane filters, sort by
// the column headers, saved views (OrderViewStore), CSV export of the filtered rows on a worker
// thread, and the count ("1,234 of 1,000,000 orders"). Column widths and order are remembered.
// Enter or a double click opens the order.
class OrdersPage final : public QWidget {
    Q_OBJECT

public:
    static constexpr int searchDelayMs = 150;

    explicit OrdersPage(StoreSession* session, QWidget* parent = nullptr);
    ~OrdersPage() override;

    QTableView* table() const { return m_table; }
    OrderTableModel* model() const;
    void focusSearch();
    // The query the widgets describe now (what a debounced search will apply).
    OrderQuery currentQuery() const;
    void applyView(const OrderQuery& query); // sets the widgets and runs it (a saved view)
    void exportCsv(const QString& filePath, CsvWriter::Options options = {}); // the filtered rows, in the view's order

Q_SIGNALS:
    void openOrderRequested(const QString& orderId);
    void openAccountRequested(const QString& orderId); // the Account page of the order's account
    void exportFinished(qint64 rows, const QString& error);

private:
    void applyQuery();
    void updateCount();
    void openCurrent();
    void loadLanes();
    void reloadViews(const QString& current = {});
    void saveView();
    void deleteView();
    void chooseExportFile();
    void onSortIndicator(int column, Qt::SortOrder order);
    void restoreSelection();

    StoreSession* m_session;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchTimer = nullptr;
    QComboBox* m_state = nullptr;
    QComboBox* m_lane = nullptr;
    QComboBox* m_views = nullptr;
    QToolButton* m_deleteView = nullptr;
    QToolButton* m_export = nullptr;
    QProgressBar* m_exportProgress = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    CsvExportJob* m_exportJob = nullptr;
    QString m_currentId; // kept selected across new queries when it is in the first page
};

} // namespace fw
