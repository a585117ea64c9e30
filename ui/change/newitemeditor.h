// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "change/ordersummaryreport.h"
#include "changeorderdraft.h"

#include <QWidget>

#include <utility>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace fw {

// Edits an "add" action of a change order: where the new item goes (into a bundle of the order, or
// as a new top-level item in a delivery group), the catalog product by its name (the code as
// secondary text), its id, quantity and attributes, one field per attribute of the product with the
// catalog's type, allowed values and required marks.
class NewItemEditor final : public QWidget {
    Q_OBJECT

public:
    explicit NewItemEditor(QWidget* parent = nullptr);

    void setOrder(const OrderSummaryReport& report);
    // Items and delivery groups that earlier actions of the same change add: a bundle added there
    // can take items here, a group created there can receive a new top-level item.
    void setAddedItems(const std::vector<ItemPosition>& items, const QStringList& groups = {});
    void setAction(const ChangeActionDraft& action);
    void fill(ChangeActionDraft& action) const; // the add action's fields from what is shown

    // An id no item of the order has: "1", "2", ... at the top level, "<bundle>.<n>" in a bundle.
    static QString freeItemId(const OrderSummaryReport& report, const QString& parentItem);

Q_SIGNALS:
    void edited();

private:
    void fillParents();
    void fillProducts(); // the catalog's products, or the chosen bundle's components
    void fillAttributes(const QVariantMap& values);
    void updateHint();
    void onWhereChanged();
    const CatalogProductInfo* product(const QString& id) const;
    QVariant attributeValue(const CatalogProductInfo::Attribute& attribute, const QWidget* field) const;

    OrderSummaryReport m_order; // as the summary has it
    std::vector<ItemPosition> m_added; // by earlier actions of the change
    QStringList m_addedGroups;
    OrderSummaryReport m_report; // m_order with m_added: what the new item may join and which ids are taken
    bool m_loading = false;
    bool m_idTyped = false; // the operator typed the id: a new parent no longer replaces it
    QFormLayout* m_form;
    QComboBox* m_parent;
    QComboBox* m_product;
    QLabel* m_productHint;
    QLineEdit* m_id;
    QSpinBox* m_quantity;
    QComboBox* m_group;
    QWidget* m_attributesBox;
    QFormLayout* m_attributesForm;
    QLabel* m_noAttributes;
    std::vector<std::pair<CatalogProductInfo::Attribute, QWidget*>> m_attributeFields;
};

} // namespace fw
