// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "openassetorders.h"

namespace fw {

namespace {
    // ?1 the asset, ?2 the order to leave out, ?3 1 when the action asked about cascades. The asset's
    // own open orders first, then its bundle's, then its components'.
    constexpr char openAssetOrdersSql[]
        = "SELECT l.order_id, o.state, l.asset_ref, l.action FROM fulfillment_lines l JOIN orders o ON o.id = l.order_id "
          "WHERE l.asset_ref IS NOT NULL AND l.removed_by = '' AND o.state NOT IN ('completed', 'cancelled') AND l.order_id <> ?2 "
          "AND (l.asset_ref = ?1 OR ((?3 OR l.action IN ('suspend', 'resume', 'disconnect')) "
          "AND (l.asset_ref = (SELECT parent_asset FROM assets WHERE id = ?1) "
          "OR l.asset_ref IN (SELECT id FROM assets WHERE parent_asset = ?1)))) "
          "ORDER BY l.asset_ref <> ?1, l.asset_ref <> COALESCE((SELECT parent_asset FROM assets WHERE id = ?1), ''), "
          "o.created_at, l.order_id LIMIT 1";
} // namespace

OpenAssetOrders::OpenAssetOrders(const QSqlDatabase& database)
    : m_query(SqliteQuery::handleOf(database), openAssetOrdersSql)
    , m_parent(SqliteQuery::handleOf(database), "SELECT parent_asset FROM assets WHERE id = ?")
{
}

Result<QString> OpenAssetOrders::parentOf(const QString& assetId)
{
    if (!m_parent.isValid())
        return failure(m_parent.error(), assetId, QStringLiteral("read the bundle of an asset"));
    m_parent.reset();
    m_parent.bind(1, assetId);
    const QString parent = m_parent.next() ? m_parent.text(0) : QString();
    if (!m_parent.error().isEmpty())
        return failure(m_parent.error(), assetId, QStringLiteral("read the bundle of an asset"));
    m_parent.reset();
    return parent;
}

Status OpenAssetOrders::claim(const QString& orderId, const QString& assetId, const QString& action)
{
    const Result<QString> parent = parentOf(assetId);
    if (!parent)
        return parent.error();
    m_claims.push_back({ { orderId, QStringLiteral("accepted earlier in this import"), assetId, action }, *parent });
    return {};
}

bool OpenAssetOrders::cascades(const QString& action)
{
    return action == QLatin1String("suspend") || action == QLatin1String("resume") || action == QLatin1String("disconnect");
}

Result<std::optional<OpenAssetOrder>> OpenAssetOrders::inTheWay(const QString& assetId, const QString& action, const QString& exceptOrder)
{
    if (!m_claims.empty()) {
        const Result<QString> parent = parentOf(assetId);
        if (!parent)
            return parent.error();
        const Claim* related = nullptr;
        for (const Claim& claim : m_claims) {
            if (claim.order.orderId == exceptOrder)
                continue;
            if (claim.order.assetId == assetId)
                return std::optional<OpenAssetOrder>(claim.order);
            const bool carriesOver = cascades(action) || cascades(claim.order.action);
            if (!related && carriesOver && ((!parent->isEmpty() && claim.order.assetId == *parent) || claim.parent == assetId))
                related = &claim;
        }
        if (related)
            return std::optional<OpenAssetOrder>(related->order);
    }
    if (!m_query.isValid())
        return failure(m_query.error(), assetId, QStringLiteral("read the open orders acting on an asset"));
    m_query.reset();
    m_query.bind(1, assetId);
    m_query.bind(2, exceptOrder.isNull() ? QStringLiteral("") : exceptOrder);
    m_query.bind(3, qint64(cascades(action) ? 1 : 0));
    std::optional<OpenAssetOrder> found;
    if (m_query.next())
        found = OpenAssetOrder { m_query.text(0), m_query.text(1), m_query.text(2), m_query.text(3) };
    if (!m_query.error().isEmpty())
        return failure(m_query.error(), assetId, QStringLiteral("read the open orders acting on an asset"));
    m_query.reset();
    return found;
}

QString OpenAssetOrders::reason(const QString& assetId, const OpenAssetOrder& other)
{
    const QString rule
        = QStringLiteral("; one open order per asset: submit this order once %1 is completed or cancelled").arg(other.orderId);
    if (other.assetId == assetId)
        return QStringLiteral("asset '%1' is already being acted on by order %2 (%3, action '%4'), which is not completed or cancelled")
                   .arg(assetId, other.orderId, other.state, other.action)
            + rule;
    return QStringLiteral("asset '%1' is tied to asset '%2' (bundle and component), which order %3 (%4) is acting on with '%5', "
                          "a change that carries over to the other")
               .arg(assetId, other.assetId, other.orderId, other.state, other.action)
        + rule;
}

} // namespace fw
