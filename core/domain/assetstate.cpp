// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "assetstate.h"

namespace fw {

QString toString(AssetState::Status status)
{
    switch (status) {
    case AssetState::Status::Active:
        return QStringLiteral("active");
    case AssetState::Status::Suspended:
        return QStringLiteral("suspended");
    case AssetState::Status::Disconnected:
        return QStringLiteral("disconnected");
    }
    return {};
}

std::optional<AssetState> InMemoryAssetLookup::find(const QString& assetId) const
{
    const auto it = m_assets.constFind(assetId);
    if (it == m_assets.cend())
        return std::nullopt;
    return *it;
}

} // namespace fw
