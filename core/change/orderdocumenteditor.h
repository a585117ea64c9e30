// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace fw {

// Finds and edits items and delivery groups in an order document (docs/order-format.md) as JSON,
// so that amendOrder changes only what a change order says and keeps everything else as written.
// Expects a structurally valid order document; fields of the wrong type read as absent.
class OrderDocumentEditor {
public:
    explicit OrderDocumentEditor(nlohmann::json& document);

    QString orderId() const;

    nlohmann::json* item(const QString& id); // null when there is no such item
    QStringList baseItemIds() const; // the ids of items that are not supplements, in document order
    QStringList supplementsOf(const QString& id) const; // ids of the items whose supplementOf is id
    // Every item below id through parentItem, recursively (supplements of those included).
    QStringList descendantsOf(const QString& id) const;
    int ownQuantity(const QString& id) const; // the item's quantity (1 when absent)
    int totalQuantity(const QString& id) const; // own quantity plus its supplements'
    void appendItem(nlohmann::json item);
    void removeItems(const QSet<QString>& ids);

    nlohmann::json* group(const QString& id); // null when there is no such delivery group
    QStringList groupIds() const;
    void appendGroup(nlohmann::json group);

    static QString stringField(const nlohmann::json& object, const char* key); // empty when absent or not a string

private:
    nlohmann::json& m_document;
};

} // namespace fw
