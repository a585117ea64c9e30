// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/asset.h"
#include "sqlitequery.h"

#include <vector>

namespace fw {

// The rows of the installed base (schema v24, docs/assets.md): the statements that write an asset
// and an entry of its history, and their parameters. Shared by EngineWriter (an order's assets in
// the same batch as its completion) and AssetWriter. INSERT OR IGNORE: an asset is recorded once
// per (order, item); writing it again changes nothing.
inline constexpr char insertAssetSql[]
    = "INSERT OR IGNORE INTO assets (id, account_id, product, parent_asset, attributes, quantity, delivery_group, site, status, "
      "term_start, term_end, renewal_lead_days, source_order, source_item, lines, created_at, updated_at, revision, "
      "recurring_price, currency, price_period) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)";
// change_orders NULL (?6): the ids of the change orders applied to the order (?5), read in the same
// transaction, oldest first.
inline constexpr char insertAssetEventSql[]
    = "INSERT OR IGNORE INTO asset_events (asset_id, seq, at, kind, order_id, change_orders, actor, before, after) "
      "VALUES (?1, ?2, ?3, ?4, ?5, COALESCE(?6, (SELECT json_group_array(id) FROM (SELECT id FROM change_orders "
      "WHERE order_id = ?5 AND state = 'applied' ORDER BY applied_at, id))), ?7, ?8, ?9)";

std::vector<SqlValue> assetRow(const Asset& asset);
// changeOrdersFromStore: bind NULL for change_orders, so the statement fills it from change_orders.
std::vector<SqlValue> assetEventRow(const AssetEvent& event, bool changeOrdersFromStore = false);
// The state an event's before/after records: {"attributes": {...}, "quantity": n}.
QVariantMap assetState(const Asset& asset);

} // namespace fw
