// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace fw {

class RowFilterModel;
class StoreSession;

// The open sync conflicts (docs/sync.md, "Conflict rules"), newest first: when, which order, what
// happened and the sentence that names who and when. Acknowledge the selected ones or all of them
// (they are kept in the store, never dropped); Open Order asks for the order's page.
class SyncConflictsDialog final : public QDialog {
    Q_OBJECT

public:
    explicit SyncConflictsDialog(StoreSession* session, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    void acknowledgeSelected();
    void acknowledgeAll();

Q_SIGNALS:
    void openOrderRequested(const QString& orderId);

private:
    QList<qint64> selectedConflicts() const;
    void updateState();

    StoreSession* m_session;
    RowFilterModel* m_sorted;
    QTableView* m_table;
    QLabel* m_summary;
    QLabel* m_detail;
    QPushButton* m_acknowledge;
    QPushButton* m_acknowledgeAll;
    QPushButton* m_openOrder;
};

} // namespace fw
