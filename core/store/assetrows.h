// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/asset.h"
#include "domain/assetchange.h"
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

// An asset-based order's change of an asset (AssetChange), in two statements sharing their
// parameters (assetChangeRow): first the event, with the asset's state before (read from its row)
// and after, numbered after its last event and carrying the revision it makes; then the row itself.
// Both also act on the child assets in a cascaded status (?11: ",active,suspended,"). Written once:
// an event of the same order and kind on the asset already there is not written again, and the row
// changes only while its revision is the one before that event (a replayed batch, or a child named
// by an order that also disconnects its parent, changes nothing twice).
inline constexpr char insertAssetChangeEventSql[]
    = "INSERT INTO asset_events (asset_id, seq, at, kind, order_id, change_orders, actor, before, after, revision) "
      "SELECT a.id, (SELECT COALESCE(MAX(e.seq), 0) + 1 FROM asset_events e WHERE e.asset_id = a.id), ?2, ?3, ?4, "
      "(SELECT json_group_array(id) FROM (SELECT id FROM change_orders WHERE order_id = ?4 AND state = 'applied' "
      "ORDER BY applied_at, id)), ?5, "
      "json_object('attributes', json(a.attributes), 'quantity', a.quantity, 'status', a.status, 'deliveryGroup', "
      "a.delivery_group, 'site', json(a.site)), "
      "json_object('attributes', json_patch(a.attributes, ?6), 'quantity', COALESCE(?7, a.quantity), 'status', "
      "COALESCE(?8, a.status), 'deliveryGroup', COALESCE(?9, a.delivery_group), 'site', json(COALESCE(?10, a.site))), "
      "a.revision + 1 FROM assets a WHERE (a.id = ?1 OR (?11 IS NOT NULL AND a.parent_asset = ?1 "
      "AND instr(?11, ',' || a.status || ',') > 0)) "
      "AND NOT EXISTS (SELECT 1 FROM asset_events e WHERE e.asset_id = a.id AND e.order_id = ?4 AND e.kind = ?3)";
inline constexpr char updateAssetSql[]
    = "UPDATE assets SET attributes = json_patch(attributes, ?6), quantity = COALESCE(?7, quantity), status = COALESCE(?8, status), "
      "delivery_group = COALESCE(?9, delivery_group), site = COALESCE(?10, site), updated_at = ?2, revision = revision + 1 "
      "WHERE (id = ?1 OR (?11 IS NOT NULL AND parent_asset = ?1)) AND revision + 1 = (SELECT e.revision FROM asset_events e "
      "WHERE e.asset_id = assets.id AND e.order_id = ?4 AND e.kind = ?3)";

std::vector<SqlValue> assetRow(const Asset& asset);
// The 11 parameters of insertAssetChangeEventSql and updateAssetSql.
std::vector<SqlValue> assetChangeRow(const AssetChange& change);
// changeOrdersFromStore: bind NULL for change_orders, so the statement fills it from change_orders.
std::vector<SqlValue> assetEventRow(const AssetEvent& event, bool changeOrdersFromStore = false);
// The state an event's before/after records: {"attributes": {...}, "quantity": n}.
QVariantMap assetState(const Asset& asset);

} // namespace fw
