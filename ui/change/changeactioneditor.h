// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "change/ordersummaryreport.h"
#include "changeorderdraft.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace fw {

class NewItemEditor;

// Edits one action of a change order being composed: the item or delivery group it names (picked
// from the order's summary), and the kind's own fields: the new total quantity, attribute
// key/values, a new address and requested date; a new item (NewItemEditor). Items are listed by
// their products' names. Cancelling the order has no fields but a warning.
class ChangeActionEditor final : public QWidget {
    Q_OBJECT

public:
    explicit ChangeActionEditor(QWidget* parent = nullptr);

    // The items (not cancelled) and delivery groups to pick from.
    void setOrder(const OrderSummaryReport& report);
    void setAction(const ChangeActionDraft& action);
    // Items and groups earlier actions of the change add (NewItemEditor).
    void setAddedItems(const std::vector<ItemPosition>& items, const QStringList& groups);
    ChangeActionDraft action() const;

Q_SIGNALS:
    void edited();

private:
    void showFieldsFor(ChangeActionDraft::Kind kind);
    void updateItemHint();
    void updateGroupHint();
    void addAttributeRow(const QString& key = {}, const QString& value = {});
    // The values of the item's number and yes/no attributes (by the catalog), typed for the file.
    QVariantMap typedAttributes(const QString& item, const QList<QPair<QString, QString>>& values) const;

    OrderSummaryReport m_report;
    ChangeActionDraft::Kind m_kind = ChangeActionDraft::Kind::Remove;
    bool m_loading = false; // setAction fills the fields: no edited() for that
    QFormLayout* m_form;
    QLabel* m_title;
    QLabel* m_cancelWarning;
    QComboBox* m_item;
    QLabel* m_itemHint;
    QSpinBox* m_quantity;
    QWidget* m_attributesBox;
    QTableWidget* m_attributes;
    QComboBox* m_group;
    QCheckBox* m_newGroup; // DeliveryGroup: create the group named in m_newGroupId instead
    QLineEdit* m_newGroupId;
    QLabel* m_groupHint;
    QLineEdit* m_line1;
    QLineEdit* m_line2;
    QLineEdit* m_city;
    QLineEdit* m_postalCode;
    QLineEdit* m_region;
    QLineEdit* m_country;
    QCheckBox* m_changeDate;
    QDateEdit* m_date;
    NewItemEditor* m_newItem;
};

} // namespace fw
