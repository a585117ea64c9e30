// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "orderdocumenteditor.h"

namespace fw {

namespace {

    template <typename Json> // nlohmann::json, const or not
    Json* findById(Json& document, const char* arrayKey, const QString& id)
    {
        const auto array = document.find(arrayKey);
        if (array == document.end() || !array->is_array())
            return nullptr;
        for (auto& element : *array) {
            if (OrderDocumentEditor::stringField(element, "id") == id)
                return &element;
        }
        return nullptr;
    }

    const nlohmann::json& arrayOf(const nlohmann::json& document, const char* key)
    {
        static const nlohmann::json empty = nlohmann::json::array();
        const auto array = document.find(key);
        return array != document.end() && array->is_array() ? *array : empty;
    }

} // namespace

OrderDocumentEditor::OrderDocumentEditor(nlohmann::json& document)
    : m_document(document)
{
}

QString OrderDocumentEditor::stringField(const nlohmann::json& object, const char* key)
{
    if (!object.is_object())
        return {};
    const auto value = object.find(key);
    return value != object.end() && value->is_string() ? QString::fromStdString(value->get<std::string>()) : QString();
}

QString OrderDocumentEditor::orderId() const
{
    return stringField(m_document, "id");
}

nlohmann::json* OrderDocumentEditor::item(const QString& id)
{
    return findById(m_document, "items", id);
}

QStringList OrderDocumentEditor::baseItemIds() const
{
    QStringList ids;
    for (const auto& element : arrayOf(m_document, "items")) {
        if (stringField(element, "supplementOf").isEmpty())
            ids << stringField(element, "id");
    }
    return ids;
}

QStringList OrderDocumentEditor::supplementsOf(const QString& id) const
{
    QStringList ids;
    for (const auto& element : arrayOf(m_document, "items")) {
        if (stringField(element, "supplementOf") == id)
            ids << stringField(element, "id");
    }
    return ids;
}

QStringList OrderDocumentEditor::descendantsOf(const QString& id) const
{
    QStringList found;
    QSet<QString> parents { id };
    bool grew = true;
    while (grew) { // parent chains are acyclic in a valid order, so this ends
        grew = false;
        for (const auto& element : arrayOf(m_document, "items")) {
            const QString child = stringField(element, "id");
            if (!found.contains(child) && child != id && parents.contains(stringField(element, "parentItem"))) {
                found << child;
                parents.insert(child);
                grew = true;
            }
        }
    }
    return found;
}

int OrderDocumentEditor::ownQuantity(const QString& id) const
{
    const auto* element = findById(m_document, "items", id);
    if (!element)
        return 0;
    const auto quantity = element->find("quantity");
    return quantity != element->end() && quantity->is_number_integer() ? quantity->get<int>() : 1;
}

int OrderDocumentEditor::totalQuantity(const QString& id) const
{
    int total = ownQuantity(id);
    for (const QString& supplement : supplementsOf(id))
        total += ownQuantity(supplement);
    return total;
}

void OrderDocumentEditor::appendItem(nlohmann::json item)
{
    m_document["items"].push_back(std::move(item));
}

void OrderDocumentEditor::removeItems(const QSet<QString>& ids)
{
    auto& items = m_document["items"];
    items.erase(
        std::remove_if(items.begin(), items.end(), [&](const nlohmann::json& element) { return ids.contains(stringField(element, "id")); }),
        items.end());
}

nlohmann::json* OrderDocumentEditor::group(const QString& id)
{
    return findById(m_document, "deliveryGroups", id);
}

QStringList OrderDocumentEditor::groupIds() const
{
    QStringList ids;
    for (const auto& element : arrayOf(m_document, "deliveryGroups"))
        ids << stringField(element, "id");
    return ids;
}

void OrderDocumentEditor::appendGroup(nlohmann::json group)
{
    if (!m_document.contains("deliveryGroups") || !m_document["deliveryGroups"].is_array())
        m_document["deliveryGroups"] = nlohmann::json::array();
    m_document["deliveryGroups"].push_back(std::move(group));
}

} // namespace fw
