// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "assetstate.h"

namespace fw {

std::optional<AssetState> InMemoryAssetLookup::find(const QString& assetId) const
{
    const auto it = m_assets.constFind(assetId);
    if (it == m_assets.cend())
        return std::nullopt;
    return *it;
}

} // namespace fw
