// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/asset.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace fw {

// Reads the installed base (schema v24, docs/assets.md).
class AssetReader {
public:
    explicit AssetReader(QSqlDatabase database);

    // An account's assets, root assets each followed by their child assets, by source order and item.
    Result<std::vector<Asset>> ofAccount(const QString& accountId) const;
    // One asset; nullopt when there is none with that id.
    Result<std::optional<Asset>> asset(const QString& assetId) const;
    // An asset's child assets (a bundle's components).
    Result<std::vector<Asset>> children(const QString& assetId) const;
    // Root assets (not disconnected) whose term's renewal is due on `today` (term_end - renewal_lead_days
    // <= today) and has no renewal row yet for that term end (schema v26): what RenewalScanner opens.
    Result<std::vector<Asset>> renewalsDue(const QDate& today) const;
    // Root assets (not disconnected) whose term ends on or before `date` and has no renewal row yet:
    // the renewals to come (RenewalForecast).
    Result<std::vector<Asset>> termsEndingBy(const QDate& date) const;
    // An asset's history, oldest first.
    Result<std::vector<AssetEvent>> history(const QString& assetId) const;

private:
    Result<std::vector<Asset>> select(const char* where, const QString& value, const QString& what) const;

    QSqlDatabase m_database;
};

} // namespace fw
