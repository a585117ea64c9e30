// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "newitemeditor.h"

#include <QComboBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fw {

namespace {
    bool isCancelled(const ItemPosition& item)
    {
        return item.status == QLatin1String("cancelled") || item.quantityNow == 0;
    }

    QString itemLabel(const ItemPosition& item)
    {
        return item.productName.isEmpty() ? item.item : NewItemEditor::tr("%1 \u2014 %2").arg(item.item, item.productName);
    }

    QString typeLabel(const QString& type)
    {
        if (type == QLatin1String("integer"))
            return NewItemEditor::tr("a whole number");
        if (type == QLatin1String("number"))
            return NewItemEditor::tr("a number");
        if (type == QLatin1String("boolean"))
            return NewItemEditor::tr("yes or no");
        if (type == QLatin1String("date"))
            return NewItemEditor::tr("a date, YYYY-MM-DD");
        if (type == QLatin1String("enum"))
            return NewItemEditor::tr("one of the listed values");
        return NewItemEditor::tr("text");
    }
} // namespace

NewItemEditor::NewItemEditor(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_parent(new QComboBox(this))
    , m_product(new QComboBox(this))
    , m_productHint(new QLabel(this))
    , m_id(new QLineEdit(this))
    , m_quantity(new QSpinBox(this))
    , m_group(new QComboBox(this))
    , m_attributesBox(new QWidget(this))
    , m_attributesForm(new QFormLayout(m_attributesBox))
    , m_noAttributes(new QLabel(tr("This product has no attributes."), this))
{
    m_parent->setObjectName(QStringLiteral("newItemParent"));
    m_parent->setToolTip(tr("A bundle of the order the item joins (it ships with the bundle), or a new top-level item"));
    m_product->setObjectName(QStringLiteral("newItemProduct"));
    m_product->setToolTip(tr("The catalog's products; in a bundle, the products the bundle takes"));
    m_productHint->setObjectName(QStringLiteral("newItemProductHint"));
    m_productHint->setWordWrap(true);
    m_productHint->setEnabled(false);
    m_id->setObjectName(QStringLiteral("newItemId"));
    m_id->setToolTip(tr("The new item's id in the order; it must not be taken"));
    m_quantity->setObjectName(QStringLiteral("newItemQuantity"));
    m_quantity->setRange(1, 1000000);
    m_group->setObjectName(QStringLiteral("newItemGroup"));
    m_group->setToolTip(tr("Where a new top-level item is delivered; items in a bundle ship with their bundle"));
    m_attributesForm->setContentsMargins(0, 0, 0, 0);
    m_attributesForm->addRow(m_noAttributes);
    m_noAttributes->setEnabled(false);

    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("I&nto:"), m_parent);
    m_form->addRow(tr("&Product:"), m_product);
    m_form->addRow(QString(), m_productHint);
    m_form->addRow(tr("New item i&d:"), m_id);
    m_form->addRow(tr("&Quantity:"), m_quantity);
    m_form->addRow(tr("Deli&very group:"), m_group);
    m_form->addRow(tr("Attri&butes:"), m_attributesBox);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);

    const auto changed = [this] {
        if (!m_loading)
            Q_EMIT edited();
    };
    connect(m_parent, &QComboBox::currentIndexChanged, this, [this, changed] {
        onWhereChanged();
        changed();
    });
    connect(m_product, &QComboBox::currentIndexChanged, this, [this, changed] {
        fillAttributes({});
        updateHint();
        changed();
    });
    connect(m_id, &QLineEdit::textEdited, this, [this] { m_idTyped = true; });
    connect(m_id, &QLineEdit::textChanged, this, changed);
    connect(m_quantity, &QSpinBox::valueChanged, this, changed);
    connect(m_group, &QComboBox::currentIndexChanged, this, changed);
}

void NewItemEditor::setOrder(const OrderSummaryReport& report)
{
    ChangeActionDraft current;
    fill(current);
    m_order = report;
    m_report = report;
    m_report.items.insert(m_report.items.end(), m_added.begin(), m_added.end());
    for (const QString& group : m_addedGroups)
        m_report.splits.push_back({ group, {}, {}, {}, 0, 0, QStringLiteral("pending") });
    m_loading = true;
    fillParents();
    const QString group = m_group->currentData().toString();
    m_group->clear();
    m_group->addItem(tr("(none)"), QString());
    for (const SplitPath& split : m_report.splits) {
        if (split.status != QLatin1String("cancelled"))
            m_group->addItem(split.address.isEmpty() ? split.group : tr("%1 \u2014 %2").arg(split.group, split.address), split.group);
    }
    if (const int i = m_group->findData(group); i >= 0)
        m_group->setCurrentIndex(i);
    else if (m_group->count() > 1)
        m_group->setCurrentIndex(1);
    m_loading = false;
    setAction(current);
}

void NewItemEditor::setAddedItems(const std::vector<ItemPosition>& items, const QStringList& groups)
{
    if (items == m_added && groups == m_addedGroups)
        return;
    m_added = items;
    m_addedGroups = groups;
    setOrder(m_order);
}

void NewItemEditor::setAction(const ChangeActionDraft& action)
{
    m_loading = true;
    if (const int i = m_parent->findData(action.parentItem); i >= 0)
        m_parent->setCurrentIndex(i);
    fillProducts();
    if (const int i = m_product->findData(action.product); i >= 0)
        m_product->setCurrentIndex(i);
    m_idTyped = !action.item.isEmpty() && action.item != freeItemId(m_report, action.parentItem);
    m_id->setText(action.item.isEmpty() ? freeItemId(m_report, m_parent->currentData().toString()) : action.item);
    m_quantity->setValue(std::max(1, action.quantity));
    if (const int i = m_group->findData(action.group); i >= 0 && !action.group.isEmpty())
        m_group->setCurrentIndex(i);
    fillAttributes(action.newAttributes);
    m_form->setRowVisible(m_group, m_parent->currentData().toString().isEmpty());
    updateHint();
    m_loading = false;
}

void NewItemEditor::fill(ChangeActionDraft& action) const
{
    action.parentItem = m_parent->currentData().toString();
    action.product = m_product->currentData().toString();
    action.item = m_id->text().trimmed();
    action.quantity = m_quantity->value();
    action.group = action.parentItem.isEmpty() ? m_group->currentData().toString() : QString();
    action.newAttributes.clear();
    for (const auto& [attribute, field] : m_attributeFields) {
        if (const QVariant value = attributeValue(attribute, field); value.isValid())
            action.newAttributes.insert(attribute.name, value);
    }
}

QString NewItemEditor::freeItemId(const OrderSummaryReport& report, const QString& parentItem)
{
    const auto taken = [&](const QString& id) {
        return std::any_of(report.items.begin(), report.items.end(), [&](const ItemPosition& p) { return p.item == id; });
    };
    for (int n = 1;; ++n) {
        const QString id = parentItem.isEmpty() ? QString::number(n) : QStringLiteral("%1.%2").arg(parentItem).arg(n);
        if (!taken(id))
            return id;
    }
}

void NewItemEditor::fillParents()
{
    const QString parent = m_parent->currentData().toString();
    m_parent->clear();
    m_parent->addItem(tr("(a new top-level item)"), QString());
    for (const ItemPosition& item : m_report.items) {
        const CatalogProductInfo* info = product(item.product);
        if (!isCancelled(item) && info && info->isBundle) {
            m_parent->addItem(tr("Bundle %1").arg(itemLabel(item)), item.item);
            m_parent->setItemData(m_parent->count() - 1, item.product, Qt::ToolTipRole);
        }
    }
    if (const int i = m_parent->findData(parent); i >= 0)
        m_parent->setCurrentIndex(i);
}

void NewItemEditor::fillProducts()
{
    const QString chosen = m_product->currentData().toString();
    const QString parent = m_parent->currentData().toString();
    QStringList offered;
    for (const ItemPosition& item : m_report.items) {
        if (item.item == parent && product(item.product))
            offered = product(item.product)->components;
    }
    const QSignalBlocker blocker(m_product);
    m_product->clear();
    for (const CatalogProductInfo& info : m_report.products) {
        if (!parent.isEmpty() && !offered.contains(info.id))
            continue;
        m_product->addItem(info.name.isEmpty() ? info.id : info.name, info.id);
        m_product->setItemData(m_product->count() - 1, info.id, Qt::ToolTipRole); // the code, for who knows it
    }
    if (const int i = m_product->findData(chosen); i >= 0)
        m_product->setCurrentIndex(i);
}

void NewItemEditor::fillAttributes(const QVariantMap& values)
{
    for (const auto& [attribute, field] : m_attributeFields)
        m_attributesForm->removeRow(field); // deletes the field and its label
    m_attributeFields.clear();
    const CatalogProductInfo* info = product(m_product->currentData().toString());
    m_noAttributes->setVisible(!info || info->attributes.empty());
    if (!info)
        return;
    const auto changed = [this] {
        if (!m_loading)
            Q_EMIT edited();
    };
    for (const CatalogProductInfo::Attribute& attribute : info->attributes) {
        const QVariant value = values.value(attribute.name);
        QWidget* field = nullptr;
        if (attribute.type == QLatin1String("enum") || attribute.type == QLatin1String("boolean")) {
            auto* combo = new QComboBox(m_attributesBox);
            if (!attribute.required)
                combo->addItem(tr("(not set)"), QVariant());
            if (attribute.type == QLatin1String("boolean")) {
                combo->addItem(tr("Yes"), true);
                combo->addItem(tr("No"), false);
            } else {
                for (const QString& v : attribute.values)
                    combo->addItem(v, v);
            }
            const QVariant initial = value.isValid() ? value : QVariant(attribute.defaultValue);
            if (const int i = combo->findText(initial.toString()); i >= 0 && !initial.toString().isEmpty())
                combo->setCurrentIndex(i);
            if (const int i = combo->findData(initial); i >= 0 && initial.isValid())
                combo->setCurrentIndex(i);
            connect(combo, &QComboBox::currentIndexChanged, this, changed);
            field = combo;
        } else {
            auto* edit = new QLineEdit(m_attributesBox);
            if (attribute.type == QLatin1String("integer"))
                edit->setValidator(new QIntValidator(edit));
            else if (attribute.type == QLatin1String("number")) {
                auto* validator = new QDoubleValidator(edit);
                validator->setLocale(QLocale::c()); // the order format's numbers
                edit->setValidator(validator);
            } else if (attribute.type == QLatin1String("date"))
                edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}")), edit));
            edit->setPlaceholderText(attribute.defaultValue.isEmpty()
                                         ? typeLabel(attribute.type)
                                         : tr("%1 (default %2)").arg(typeLabel(attribute.type), attribute.defaultValue));
            edit->setText(value.isValid() ? value.toString() : QString());
            connect(edit, &QLineEdit::textChanged, this, changed);
            field = edit;
        }
        field->setObjectName(QStringLiteral("newItemAttribute_") + attribute.name);
        field->setToolTip(attribute.required ? tr("%1: %2, required").arg(attribute.name, typeLabel(attribute.type))
                                             : tr("%1: %2, optional").arg(attribute.name, typeLabel(attribute.type)));
        m_attributesForm->addRow(attribute.required ? tr("%1 *").arg(attribute.name) : attribute.name, field);
        m_attributeFields.emplace_back(attribute, field);
    }
}

QVariant NewItemEditor::attributeValue(const CatalogProductInfo::Attribute& attribute, const QWidget* field) const
{
    if (const auto* combo = qobject_cast<const QComboBox*>(field))
        return combo->currentData();
    const QString text = static_cast<const QLineEdit*>(field)->text().trimmed();
    if (text.isEmpty())
        return {};
    bool ok = false;
    if (attribute.type == QLatin1String("integer")) {
        const qlonglong n = text.toLongLong(&ok);
        return ok ? QVariant(n) : QVariant(text);
    }
    if (attribute.type == QLatin1String("number")) {
        const double n = text.toDouble(&ok);
        return ok ? QVariant(n) : QVariant(text);
    }
    return text;
}

void NewItemEditor::updateHint()
{
    const CatalogProductInfo* info = product(m_product->currentData().toString());
    if (m_report.products.empty())
        m_productHint->setText(tr("The order's catalog is not known here: the products cannot be listed."));
    else if (!info)
        m_productHint->setText(m_product->count() ? QString() : tr("This bundle takes no further products."));
    else if (info->isBundle)
        m_productHint->setText(tr("Product code %1 \u00b7 a bundle: add its items to it afterwards").arg(info->id));
    else
        m_productHint->setText(tr("Product code %1").arg(info->id));
}

void NewItemEditor::onWhereChanged()
{
    const QString parent = m_parent->currentData().toString();
    fillProducts();
    fillAttributes({});
    if (!m_idTyped)
        m_id->setText(freeItemId(m_report, parent));
    m_form->setRowVisible(m_group, parent.isEmpty());
    updateHint();
}

const CatalogProductInfo* NewItemEditor::product(const QString& id) const
{
    const auto found
        = std::find_if(m_report.products.begin(), m_report.products.end(), [&](const CatalogProductInfo& p) { return p.id == id; });
    return found == m_report.products.end() ? nullptr : &*found;
}

} // namespace fw
