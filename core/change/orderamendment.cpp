// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "orderamendment.h"

#include "orderamender.h"

namespace fw {

AmendedOrder amendOrder(const nlohmann::json& currentDocument, const ChangeOrder& change, const Catalog& catalog,
                        const std::function<bool(const QString& itemId)>& fulfilmentStarted)
{
    AmendedOrder result;
    nlohmann::json document = currentDocument;
    OrderAmender amender(document, change, catalog, fulfilmentStarted, result);
    amender.apply();
    if (result.problems.empty())
        amender.readBack();
    if (result.problems.empty()) {
        result.document = std::move(document);
    } else { // a bad change order changes nothing
        result.document = currentDocument;
        result.order.reset();
        result.changes.clear();
    }
    return result;
}

} // namespace fw
