// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storedcredentials.h"

#include "storedcatalogs.h"

#include <algorithm>

namespace fw {

Result<std::vector<DeclaredCredential>> declaredCredentials(const QSqlDatabase& database)
{
    const auto keys = StoredCatalogs::list(database);
    if (!keys)
        return keys.error();
    std::vector<DeclaredCredential> declared;
    for (const CatalogKey& key : *keys) {
        const CatalogLoad load = StoredCatalogs::load(database, key.id);
        if (!load.catalog)
            continue; // a stored catalog this build no longer reads declares nothing usable
        for (const Credential& credential : load.catalog->credentials) {
            auto it = std::find_if(declared.begin(), declared.end(), [&](const DeclaredCredential& d) {
                return d.credential.id == credential.id && d.credential.kind == credential.kind && d.credential.header == credential.header;
            });
            if (it == declared.end())
                it = declared.insert(declared.end(), DeclaredCredential { credential, {}, {} });
            it->catalogs << key.id;
            for (const Endpoint& endpoint : load.catalog->endpoints) {
                if (endpoint.credential == credential.id)
                    it->endpoints << key.id + QLatin1Char('/') + endpoint.id;
            }
        }
    }
    std::sort(declared.begin(), declared.end(),
              [](const DeclaredCredential& a, const DeclaredCredential& b) { return a.credential.id < b.credential.id; });
    return declared;
}

} // namespace fw
