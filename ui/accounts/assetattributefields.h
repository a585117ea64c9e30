// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QVariantMap>

#include <utility>
#include <vector>

class QFormLayout;
class QWidget;

namespace fw {

struct Product;

// The editors of a product's attributes in the asset change dialog, one row each in a form, as
// the catalog defines them (an enum a list, a boolean a check box, an integer a spin box, else a
// text field), filled with the asset's values.
class AssetAttributeFields final : public QObject {
    Q_OBJECT

public:
    explicit AssetAttributeFields(QObject* parent = nullptr);

    // Adds a row per attribute of `product` to `form`, the fields parented to `parent`.
    void build(const Product& product, const QVariantMap& current, QFormLayout* form, QWidget* parent);
    QVariantMap values() const; // name -> value as typed (empty text fields left out)
    void setValue(const QString& name, const QVariant& value);

Q_SIGNALS:
    void edited();

private:
    std::vector<std::pair<QString, QWidget*>> m_fields;
};

} // namespace fw
