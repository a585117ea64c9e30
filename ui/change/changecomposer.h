// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "change/ordersummaryreport.h"
#include "changeorderdraft.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QToolButton;

namespace fw {

class ChangeActionEditor;

// Composes a change order for one order in the workbench: id, requested by, reason, and a list of
// actions (add an item from the order's catalog, cancel the order, remove an item, change its
// quantity or attributes, change a delivery group's address or date), each edited with
// ChangeActionEditor against the order's items, groups and catalog products.
class ChangeComposer final : public QWidget {
    Q_OBJECT

public:
    explicit ChangeComposer(QWidget* parent = nullptr);

    void setOrder(const QString& orderId, const OrderSummaryReport& report);
    ChangeOrderDraft draft() const;
    const OrderSummaryReport& order() const { return m_report; } // the items, groups and catalog products composed with
    void setIdentity(const QString& id, const QString& requestedBy, const QString& reason);
    // Replaces the id, requester, reason and actions (a change file read back); the last action is selected.
    void setDraft(const ChangeOrderDraft& draft);
    // Appends an action of `kind` (its fields at their defaults) and selects it for editing.
    void addAction(ChangeActionDraft::Kind kind);
    void removeCurrentAction();
    int actionCount() const { return int(m_actions.size()); }
    ChangeActionEditor* editor() const { return m_editor; }

Q_SIGNALS:
    void changed();

private:
    void selectAction(int row);
    void onEdited();
    void refreshList();
    void editAction(int row); // the editor shows action `row`, with the items earlier actions add

    QString m_orderId;
    OrderSummaryReport m_report;
    std::vector<ChangeActionDraft> m_actions;
    int m_current = -1;
    QLineEdit* m_id;
    QLineEdit* m_requestedBy;
    QLineEdit* m_reason;
    QListWidget* m_list;
    QToolButton* m_add;
    QPushButton* m_remove;
    ChangeActionEditor* m_editor;
    QLabel* m_empty;
};

} // namespace fw
