// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "catalogchoice.h"

#include "common/jsonvariant.h"
#include "storedcatalogs.h"

#include <QSet>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace fw {

namespace {
    CatalogLoad choiceProblem(const QString& label, const QString& message)
    {
        CatalogLoad load;
        load.problems = { Problem { label, QString(), message } };
        return load;
    }
} // namespace

CatalogChoice::CatalogChoice(const QSqlDatabase& database)
    : m_database(database)
{
}

const CatalogLoad& CatalogChoice::stored(const QString& id)
{
    auto it = m_loaded.find(id);
    if (it == m_loaded.end())
        it = m_loaded.emplace(id, StoredCatalogs::load(m_database, id)).first;
    return it->second;
}

CatalogLoad CatalogChoice::choose(const nlohmann::json& document, const QString& label, const QString& catalogId)
{
    if (!catalogId.isEmpty())
        return stored(catalogId);
    QSet<QString> products;
    if (document.is_object() && document.contains("items") && document["items"].is_array()) {
        for (const auto& item : document["items"]) {
            if (item.is_object() && item.contains("product") && item["product"].is_string())
                products.insert(toQString(item["product"].get<std::string>()));
        }
    }
    if (!m_ids) {
        const auto keys = StoredCatalogs::list(m_database);
        if (!keys)
            return choiceProblem(label, QStringLiteral("store read failed: ") + keys.message());
        m_ids.emplace();
        for (const CatalogKey& key : *keys)
            m_ids->push_back(key.id);
    }
    const CatalogLoad* fitting = nullptr;
    QStringList names;
    for (const QString& id : *m_ids) {
        const CatalogLoad& load = stored(id);
        if (!load.ok())
            continue;
        const bool knowsAll
            = std::all_of(products.begin(), products.end(), [&](const QString& p) { return load.catalog->product(p) != nullptr; });
        if (knowsAll) {
            names << id;
            fitting = &load;
        }
    }
    if (names.size() == 1)
        return *fitting;
    return choiceProblem(
        label,
        names.isEmpty()
            ? QStringLiteral("no catalog in the store knows all products of this order; "
                             "import its catalog first")
            : QStringLiteral("several stored catalogs fit this order (%1); name one with --catalog").arg(names.join(QStringLiteral(", "))));
}

} // namespace fw
