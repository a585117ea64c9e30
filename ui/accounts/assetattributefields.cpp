// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "assetattributefields.h"

#include "domain/catalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace fw {

AssetAttributeFields::AssetAttributeFields(QObject* parent)
    : QObject(parent)
{
}

void AssetAttributeFields::build(const Product& product, const QVariantMap& current, QFormLayout* form, QWidget* parent)
{
    for (const AttributeDefinition& attribute : product.attributes) {
        const QVariant value = current.value(attribute.name, attribute.defaultValue);
        QWidget* field = nullptr;
        if (attribute.type == AttributeDefinition::Type::Enum) {
            auto* combo = new QComboBox(parent);
            combo->addItems(attribute.values);
            combo->setCurrentText(value.toString());
            connect(combo, &QComboBox::currentIndexChanged, this, &AssetAttributeFields::edited);
            field = combo;
        } else if (attribute.type == AttributeDefinition::Type::Boolean) {
            auto* check = new QCheckBox(parent);
            check->setChecked(value.toBool());
            connect(check, &QCheckBox::toggled, this, &AssetAttributeFields::edited);
            field = check;
        } else if (attribute.type == AttributeDefinition::Type::Integer) {
            auto* spin = new QSpinBox(parent);
            spin->setRange(-1000000000, 1000000000);
            spin->setValue(value.toInt());
            connect(spin, &QSpinBox::valueChanged, this, &AssetAttributeFields::edited);
            field = spin;
        } else {
            auto* edit = new QLineEdit(value.toString(), parent);
            connect(edit, &QLineEdit::textEdited, this, &AssetAttributeFields::edited);
            field = edit;
        }
        field->setObjectName(QStringLiteral("assetAttribute-") + attribute.name);
        field->setAccessibleName(tr("Attribute %1").arg(attribute.name));
        form->addRow(attribute.name + QLatin1Char(':'), field);
        m_fields.emplace_back(attribute.name, field);
    }
}

QVariantMap AssetAttributeFields::values() const
{
    QVariantMap values;
    for (const auto& [name, field] : m_fields) {
        if (const auto* combo = qobject_cast<const QComboBox*>(field))
            values.insert(name, combo->currentText());
        else if (const auto* check = qobject_cast<const QCheckBox*>(field))
            values.insert(name, check->isChecked());
        else if (const auto* spin = qobject_cast<const QSpinBox*>(field))
            values.insert(name, qint64(spin->value()));
        else if (const auto* edit = qobject_cast<const QLineEdit*>(field); edit && !edit->text().trimmed().isEmpty())
            values.insert(name, edit->text().trimmed());
    }
    return values;
}

void AssetAttributeFields::setValue(const QString& name, const QVariant& value)
{
    for (const auto& [attribute, field] : m_fields) {
        if (attribute != name)
            continue;
        if (auto* combo = qobject_cast<QComboBox*>(field))
            combo->setCurrentText(value.toString());
        else if (auto* check = qobject_cast<QCheckBox*>(field))
            check->setChecked(value.toBool());
        else if (auto* spin = qobject_cast<QSpinBox*>(field))
            spin->setValue(value.toInt());
        else if (auto* edit = qobject_cast<QLineEdit*>(field))
            edit->setText(value.toString());
    }
}

} // namespace fw
