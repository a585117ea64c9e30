#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace fw {

class RowFilterModel;
class StoreSession;

// The Orders view: every order of the store with state, progress, open tasks and fallout; search
// as you type over id and account, a state filter; Enter or a double click opens the order.
class OrdersPage final : public QWidget {
    Q_OBJECT

public:
    explicit OrdersPage(StoreSession* session, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    RowFilterModel* filterModel() const { return m_filter; }
    void focusSearch();

Q_SIGNALS:
    void openOrderRequested(const QString& orderId);

private:
    void updateCount();
    void openCurrent();

    StoreSession* m_session;
    RowFilterModel* m_filter;
    QLineEdit* m_search = nullptr;
    QComboBox* m_state = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace fw
