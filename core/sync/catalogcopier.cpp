// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "catalogcopier.h"

#include "remotestore.h"
#include "store/database.h"
#include "store/storeimporter.h"
#include "common/jsonparse.h"
#include "store/synclookups.h"
#include "syncsession.h"

namespace fw {

CatalogCopier::CatalogCopier(SyncSession& session)
    : m_session(session)
{
}

Status CatalogCopier::copy()
{
    const Result<std::vector<std::pair<QString, QString>>> keys = m_session.remote.catalogKeys();
    if (!keys)
        return keys.error();
    const SyncLookups lookups(m_session.database.connection());
    StoreImporter importer(m_session.database, m_session.clock);
    for (const auto& [id, version] : *keys) {
        const Result<bool> here = lookups.hasCatalog(id, version);
        if (!here)
            return here.error();
        if (*here)
            continue;
        const Result<QString> document = m_session.remote.catalogDocument(id, version);
        if (!document)
            return document.error();
        const QString label = QStringLiteral("remote catalog %1 %2").arg(id, version);
        const JsonParseResult json = parseJsonBounded(document->toUtf8());
        if (!json.ok()) { // refused like any bad catalog, without exceptions
            m_session.lastError = label + QStringLiteral(": ") + json.message;
            continue;
        }
        const ImportResult result = importer.importCatalogDocument(*json.value, label, m_session.workstation);
        if (!result.ok())
            m_session.lastError = result.problems.front().message;
    }
    return {};
}

} // namespace fw
