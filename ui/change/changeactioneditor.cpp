// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "changeactioneditor.h"

#include "changepresentation.h"
#include "newitemeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fw {

namespace {
    QLineEdit* lineEdit(QWidget* parent, const QString& name, const QString& placeholder)
    {
        auto* edit = new QLineEdit(parent);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        return edit;
    }
} // namespace

ChangeActionEditor::ChangeActionEditor(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_title(new QLabel(this))
    , m_cancelWarning(new QLabel(this))
    , m_item(new QComboBox(this))
    , m_itemHint(new QLabel(this))
    , m_quantity(new QSpinBox(this))
    , m_attributesBox(new QWidget(this))
    , m_attributes(new QTableWidget(0, 2, m_attributesBox))
    , m_group(new QComboBox(this))
    , m_newGroup(new QCheckBox(tr("Create a &new group:"), this))
    , m_newGroupId(lineEdit(this, QStringLiteral("changeNewGroupId"), tr("Its id, e.g. EINDHOVEN")))
    , m_groupHint(new QLabel(this))
    , m_line1(lineEdit(this, QStringLiteral("changeAddressLine1"), tr("Street and number")))
    , m_line2(lineEdit(this, QStringLiteral("changeAddressLine2"), tr("Optional")))
    , m_city(lineEdit(this, QStringLiteral("changeAddressCity"), tr("City")))
    , m_postalCode(lineEdit(this, QStringLiteral("changeAddressPostalCode"), tr("Postal code")))
    , m_region(lineEdit(this, QStringLiteral("changeAddressRegion"), tr("Region")))
    , m_country(lineEdit(this, QStringLiteral("changeAddressCountry"), tr("Country code, e.g. NL")))
    , m_changeDate(new QCheckBox(tr("New date:"), this))
    , m_date(new QDateEdit(this))
    , m_newItem(new NewItemEditor(this))
{
    m_title->setObjectName(QStringLiteral("changeActionTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_cancelWarning->setObjectName(QStringLiteral("changeCancelWarning"));
    m_cancelWarning->setWordWrap(true);
    m_cancelWarning->setText(tr("The whole order is cancelled: work not started is discarded, completed work is compensated "
                                "(returns, credits) and billing stops. This must be the only action."));
    m_cancelWarning->setStyleSheet(QStringLiteral("color: %1;").arg(ChangePresentation::color(NodeChange::Refused).name()));

    m_item->setObjectName(QStringLiteral("changeItem"));
    m_item->setToolTip(tr("The commercial item the action changes; removing a bundle removes its child items too"));
    m_itemHint->setObjectName(QStringLiteral("changeItemHint"));
    m_itemHint->setWordWrap(true);
    m_quantity->setObjectName(QStringLiteral("changeQuantity"));
    m_quantity->setRange(1, 1000000);
    m_quantity->setToolTip(tr("The item's new total (itself and its supplements); once fulfilment started only the "
                              "difference is provisioned, as a supplement"));

    m_attributes->setObjectName(QStringLiteral("changeAttributes"));
    m_attributes->setHorizontalHeaderLabels({ tr("Attribute"), tr("New value") });
    m_attributes->horizontalHeader()->setStretchLastSection(true);
    m_attributes->verticalHeader()->hide();
    m_attributes->setMinimumHeight(96);
    m_attributes->setToolTip(tr("An empty value removes the attribute"));
    auto* addAttribute = new QPushButton(tr("Add Attribute"), m_attributesBox);
    addAttribute->setObjectName(QStringLiteral("changeAddAttribute"));
    auto* removeAttribute = new QPushButton(tr("Remove Attribute"), m_attributesBox);
    removeAttribute->setObjectName(QStringLiteral("changeRemoveAttribute"));
    auto* attributeButtons = new QHBoxLayout;
    attributeButtons->addWidget(addAttribute);
    attributeButtons->addWidget(removeAttribute);
    attributeButtons->addStretch(1);
    auto* attributesLayout = new QVBoxLayout(m_attributesBox);
    attributesLayout->setContentsMargins(0, 0, 0, 0);
    attributesLayout->addWidget(m_attributes);
    attributesLayout->addLayout(attributeButtons);
    connect(addAttribute, &QPushButton::clicked, this, [this] {
        addAttributeRow();
        m_attributes->editItem(m_attributes->item(m_attributes->rowCount() - 1, 0));
    });
    connect(removeAttribute, &QPushButton::clicked, this, [this] {
        if (m_attributes->currentRow() >= 0) {
            m_attributes->removeRow(m_attributes->currentRow());
            Q_EMIT edited();
        }
    });
    connect(m_attributes, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited();
    });

    m_group->setObjectName(QStringLiteral("changeGroup"));
    m_groupHint->setObjectName(QStringLiteral("changeGroupHint"));
    m_groupHint->setWordWrap(true);
    m_changeDate->setObjectName(QStringLiteral("changeDateEnabled"));
    m_date->setObjectName(QStringLiteral("changeDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(QDate::currentDate().addDays(14));
    m_date->setEnabled(false);
    auto* cityRow = new QHBoxLayout;
    cityRow->addWidget(m_postalCode, 1);
    cityRow->addWidget(m_city, 2);
    auto* regionRow = new QHBoxLayout;
    regionRow->addWidget(m_region, 2);
    regionRow->addWidget(m_country, 1);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_changeDate);
    dateRow->addWidget(m_date, 1);

    m_form->addRow(m_title);
    m_form->addRow(m_cancelWarning);
    m_form->addRow(tr("&Item:"), m_item);
    m_form->addRow(QString(), m_itemHint);
    m_form->addRow(tr("New &total:"), m_quantity);
    m_form->addRow(tr("Attri&butes:"), m_attributesBox);
    m_form->addRow(tr("&Group:"), m_group);
    m_newGroup->setObjectName(QStringLiteral("changeNewGroup"));
    m_newGroup->setToolTip(tr("A delivery group the order does not have yet (a new site); it needs an address"));
    m_newGroupId->setEnabled(false);
    auto* newGroupRow = new QHBoxLayout;
    newGroupRow->addWidget(m_newGroup);
    newGroupRow->addWidget(m_newGroupId, 1);
    m_form->addRow(QString(), newGroupRow);
    m_form->addRow(QString(), m_groupHint);
    m_form->addRow(tr("Address:"), m_line1);
    m_form->addRow(QString(), m_line2);
    m_form->addRow(QString(), cityRow);
    m_form->addRow(QString(), regionRow);
    m_form->addRow(tr("Requested:"), dateRow);
    m_newItem->setObjectName(QStringLiteral("changeNewItem"));
    m_form->addRow(m_newItem);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addStretch(1);

    const auto changed = [this] {
        if (!m_loading)
            Q_EMIT edited();
    };
    connect(m_item, &QComboBox::currentIndexChanged, this, [this, changed] {
        updateItemHint();
        changed();
    });
    connect(m_group, &QComboBox::currentIndexChanged, this, [this, changed] {
        updateGroupHint();
        changed();
    });
    connect(m_quantity, &QSpinBox::valueChanged, this, changed);
    for (QLineEdit* edit : { m_line1, m_line2, m_city, m_postalCode, m_region, m_country })
        connect(edit, &QLineEdit::textChanged, this, changed);
    connect(m_newGroup, &QCheckBox::toggled, this, [this, changed](bool create) {
        m_newGroupId->setEnabled(create);
        m_group->setEnabled(!create);
        updateGroupHint();
        changed();
    });
    connect(m_newGroupId, &QLineEdit::textChanged, this, changed);
    connect(m_changeDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    connect(m_changeDate, &QCheckBox::toggled, this, changed);
    connect(m_date, &QDateEdit::dateChanged, this, changed);
    connect(m_newItem, &NewItemEditor::edited, this, changed);
    showFieldsFor(m_kind);
}

void ChangeActionEditor::setOrder(const OrderSummaryReport& report)
{
    m_report = report;
    const QString item = m_item->currentData().toString();
    const QString group = m_group->currentData().toString();
    const QSignalBlocker blockItems(m_item);
    const QSignalBlocker blockGroups(m_group);
    m_item->clear();
    for (const ItemPosition& position : report.items) {
        if (position.status == QLatin1String("cancelled") || position.quantityNow == 0)
            continue; // removed: nothing left to change
        const QString indent = position.parentItem.isEmpty() ? QString() : QStringLiteral("   ");
        m_item->addItem(
            tr("%1%2 \u2014 %3").arg(indent, position.item, position.productName.isEmpty() ? position.product : position.productName),
            position.item);
        m_item->setItemData(m_item->count() - 1, tr("Product code %1").arg(position.product), Qt::ToolTipRole);
    }
    m_group->clear();
    for (const SplitPath& split : report.splits) {
        if (split.status != QLatin1String("cancelled"))
            m_group->addItem(split.group, split.group);
    }
    if (const int i = m_item->findData(item); i >= 0)
        m_item->setCurrentIndex(i);
    if (const int i = m_group->findData(group); i >= 0)
        m_group->setCurrentIndex(i);
    updateItemHint();
    updateGroupHint();
    m_newItem->setOrder(report);
}

void ChangeActionEditor::setAddedItems(const std::vector<ItemPosition>& items, const QStringList& groups)
{
    m_newItem->setAddedItems(items, groups);
}

void ChangeActionEditor::setAction(const ChangeActionDraft& action)
{
    m_loading = true;
    m_kind = action.kind;
    if (const int i = m_item->findData(action.item); i >= 0)
        m_item->setCurrentIndex(i);
    m_quantity->setValue(action.quantity);
    m_attributes->setRowCount(0);
    for (const auto& [key, value] : action.attributes)
        addAttributeRow(key, value);
    if (const int i = m_group->findData(action.group); i >= 0 && !action.newGroup)
        m_group->setCurrentIndex(i);
    m_newGroup->setChecked(action.newGroup);
    m_newGroupId->setText(action.newGroup ? action.group : QString());
    m_line1->setText(action.address.line1);
    m_line2->setText(action.address.line2);
    m_city->setText(action.address.city);
    m_postalCode->setText(action.address.postalCode);
    m_region->setText(action.address.region);
    m_country->setText(action.address.country);
    const QDate date = QDate::fromString(action.requestedDate, Qt::ISODate);
    m_changeDate->setChecked(date.isValid());
    if (date.isValid())
        m_date->setDate(date);
    if (action.kind == ChangeActionDraft::Kind::Add)
        m_newItem->setAction(action);
    showFieldsFor(action.kind);
    updateItemHint();
    updateGroupHint();
    m_loading = false;
}

ChangeActionDraft ChangeActionEditor::action() const
{
    ChangeActionDraft a;
    a.kind = m_kind;
    switch (m_kind) {
    case ChangeActionDraft::Kind::CancelOrder:
        break;
    case ChangeActionDraft::Kind::Remove:
        a.item = m_item->currentData().toString();
        break;
    case ChangeActionDraft::Kind::Quantity:
        a.item = m_item->currentData().toString();
        a.quantity = m_quantity->value();
        break;
    case ChangeActionDraft::Kind::Attributes:
        a.item = m_item->currentData().toString();
        for (int row = 0; row < m_attributes->rowCount(); ++row) {
            const QTableWidgetItem* key = m_attributes->item(row, 0);
            const QTableWidgetItem* value = m_attributes->item(row, 1);
            if (key && !key->text().trimmed().isEmpty())
                a.attributes.append({ key->text().trimmed(), value ? value->text().trimmed() : QString() });
        }
        a.newAttributes = typedAttributes(a.item, a.attributes);
        break;
    case ChangeActionDraft::Kind::DeliveryGroup:
        a.newGroup = m_newGroup->isChecked();
        a.group = a.newGroup ? m_newGroupId->text().trimmed() : m_group->currentData().toString();
        a.address = { m_line1->text(), m_line2->text(), m_city->text(), m_postalCode->text(), m_region->text(), m_country->text() };
        if (m_changeDate->isChecked())
            a.requestedDate = m_date->date().toString(Qt::ISODate);
        break;
    case ChangeActionDraft::Kind::Add:
        m_newItem->fill(a);
        break;
    }
    return a;
}

QVariantMap ChangeActionEditor::typedAttributes(const QString& item, const QList<QPair<QString, QString>>& values) const
{
    QVariantMap typed;
    const auto position = std::find_if(m_report.items.begin(), m_report.items.end(), [&](const ItemPosition& p) { return p.item == item; });
    if (position == m_report.items.end())
        return typed;
    for (const CatalogProductInfo& product : m_report.products) {
        if (product.id != position->product)
            continue;
        for (const auto& [key, text] : values) {
            const auto definition = std::find_if(product.attributes.begin(), product.attributes.end(),
                                                 [&](const CatalogProductInfo::Attribute& d) { return d.name == key; });
            if (definition == product.attributes.end() || text.isEmpty())
                continue;
            bool ok = false;
            if (definition->type == QLatin1String("integer")) {
                if (const qlonglong n = text.toLongLong(&ok); ok)
                    typed.insert(key, n);
            } else if (definition->type == QLatin1String("number")) {
                if (const double n = text.toDouble(&ok); ok)
                    typed.insert(key, n);
            } else if (definition->type == QLatin1String("boolean")) {
                if (text == QLatin1String("true") || text == QLatin1String("false"))
                    typed.insert(key, text == QLatin1String("true"));
            }
        }
    }
    return typed;
}

void ChangeActionEditor::showFieldsFor(ChangeActionDraft::Kind kind)
{
    using Kind = ChangeActionDraft::Kind;
    m_title->setText(ChangeOrderDraft::kindLabel(kind));
    const bool item = kind == Kind::Remove || kind == Kind::Quantity || kind == Kind::Attributes;
    const bool group = kind == Kind::DeliveryGroup;
    m_form->setRowVisible(m_cancelWarning, kind == Kind::CancelOrder);
    m_form->setRowVisible(m_item, item);
    m_form->setRowVisible(m_itemHint, item);
    m_form->setRowVisible(m_quantity, kind == Kind::Quantity);
    m_form->setRowVisible(m_attributesBox, kind == Kind::Attributes);
    m_form->setRowVisible(m_newItem, kind == Kind::Add);
    for (QWidget* w : std::initializer_list<QWidget*> { m_group, m_groupHint, m_line1, m_line2 })
        m_form->setRowVisible(w, group);
    for (int row = 0; row < m_form->rowCount(); ++row) { // the layouts' rows: city, region, date
        if (QLayoutItem* field = m_form->itemAt(row, QFormLayout::FieldRole); field && field->layout())
            m_form->setRowVisible(row, group);
    }
}

void ChangeActionEditor::updateItemHint()
{
    const QString id = m_item->currentData().toString();
    for (const ItemPosition& position : m_report.items) {
        if (position.item != id)
            continue;
        QString group = position.deliveryGroup;
        QString parent = position.parentItem;
        for (int depth = 0; group.isEmpty() && !parent.isEmpty() && depth < 16; ++depth) { // children follow their parent
            const auto up
                = std::find_if(m_report.items.begin(), m_report.items.end(), [&](const ItemPosition& p) { return p.item == parent; });
            if (up == m_report.items.end())
                break;
            group = up->deliveryGroup;
            parent = up->parentItem;
        }
        QString hint = tr("Quantity %1 \u00b7 %2 \u00b7 group %3")
                           .arg(position.quantityNow)
                           .arg(ChangePresentation::itemStatusLabel(position.status), group.isEmpty() ? tr("none") : group);
        if (!position.changedBy.isEmpty())
            hint += tr(" \u00b7 changed by %1").arg(position.changedBy.join(QStringLiteral(", ")));
        m_itemHint->setText(hint);
        if (m_kind != ChangeActionDraft::Kind::Quantity || !m_loading)
            m_quantity->setValue(std::max(1, position.quantityNow));
        return;
    }
    m_itemHint->setText(m_item->count() ? QString() : tr("The order has no items left to change."));
}

void ChangeActionEditor::updateGroupHint()
{
    if (m_newGroup->isChecked()) {
        m_groupHint->setText(tr("A new group: give its address; new top-level items can then be delivered to it."));
        return;
    }
    const QString id = m_group->currentData().toString();
    for (const SplitPath& split : m_report.splits) {
        if (split.group == id) {
            m_groupHint->setText(tr("Now: %1 \u00b7 requested %2")
                                     .arg(split.address.isEmpty() ? tr("no address") : split.address,
                                          split.requestedDate.isEmpty() ? tr("no date") : split.requestedDate));
            return;
        }
    }
    m_groupHint->setText(m_group->count() ? QString() : tr("The order has no delivery groups."));
}

void ChangeActionEditor::addAttributeRow(const QString& key, const QString& value)
{
    const int row = m_attributes->rowCount();
    m_attributes->insertRow(row);
    m_attributes->setItem(row, 0, new QTableWidgetItem(key));
    m_attributes->setItem(row, 1, new QTableWidgetItem(value));
}

} // namespace fw
