// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// RemoteLeases: leases with fencing tokens (docs/sync.md, "Ownership").
#include "remoteleases.h"

#include "pgconnection.h"
#include "remotestore.h"

namespace fw {

RemoteLeases::RemoteLeases(PgConnection& connection, QString workstation)
    : m_connection(connection)
    , m_workstation(std::move(workstation))
{
}

namespace {
    constexpr const char* leaseColumns = "l.order_id, l.fencing_token, (extract(epoch FROM l.expires_at) * 1000)::bigint";

    Result<std::vector<Lease>> leasesOf(const Result<PgResult>& result, bool withPrevious)
    {
        if (!result)
            return result.error();
        const PgResult& rows = result.value();
        std::vector<Lease> leases;
        leases.reserve(std::size_t(rows.rows()));
        for (int i = 0; i < rows.rows(); ++i) {
            leases.push_back({ rows.value(i, 0), rows.number(i, 1), QDateTime::fromMSecsSinceEpoch(rows.number(i, 2), Qt::UTC),
                               withPrevious ? rows.value(i, 3) : QString() });
        }
        return leases;
    }
} // namespace

Result<std::vector<Lease>> RemoteLeases::acquireFree(int limit, int ttlSeconds)
{
    return leasesOf(m_connection.query(QStringLiteral("WITH picked AS (SELECT order_id FROM fw.leases WHERE owner IS NULL AND NOT done "
                                                      "ORDER BY queued_at LIMIT $2 FOR UPDATE SKIP LOCKED) "
                                                      "UPDATE fw.leases l SET owner = $1, fencing_token = nextval('fw.fencing_tokens'), "
                                                      "expires_at = now() + make_interval(secs => $3), acquired_at = now() "
                                                      "FROM picked WHERE l.order_id = picked.order_id RETURNING %1")
                                           .arg(QString::fromLatin1(leaseColumns)),
                                       { m_workstation, QString::number(limit), QString::number(ttlSeconds) }),
                    false);
}

Result<std::vector<Lease>> RemoteLeases::takeOverExpired(int limit, int ttlSeconds)
{
    return leasesOf(m_connection.query(QStringLiteral("WITH picked AS (SELECT order_id, owner FROM fw.leases "
                                                      "WHERE owner IS NOT NULL AND owner <> $1 AND NOT done AND expires_at < now() "
                                                      "ORDER BY expires_at LIMIT $2 FOR UPDATE SKIP LOCKED) "
                                                      "UPDATE fw.leases l SET owner = $1, fencing_token = nextval('fw.fencing_tokens'), "
                                                      "expires_at = now() + make_interval(secs => $3), acquired_at = now() "
                                                      "FROM picked WHERE l.order_id = picked.order_id RETURNING %1, picked.owner")
                                           .arg(QString::fromLatin1(leaseColumns)),
                                       { m_workstation, QString::number(limit), QString::number(ttlSeconds) }),
                    true);
}

Result<std::vector<Lease>> RemoteLeases::renew(int ttlSeconds)
{
    return leasesOf(m_connection.query(QStringLiteral("UPDATE fw.leases l SET expires_at = now() + make_interval(secs => $2) "
                                                      "WHERE owner = $1 AND NOT done RETURNING %1")
                                           .arg(QString::fromLatin1(leaseColumns)),
                                       { m_workstation, QString::number(ttlSeconds) }),
                    false);
}

Result<Lease> RemoteLeases::registerOrder(const QString& orderId, const QString& document, int ttlSeconds)
{
    // One statement, one round trip: the lease first, so the inbound trigger's free lease (fired at the
    // statement's end) does not win; then the document, for takeovers, only when the lease was taken.
    // A lease this workstation already holds is its own earlier registration whose answer was lost
    // (the link failed after the commit): it is taken as is, with its fencing token.
    auto taken = m_connection.query(QStringLiteral("WITH taken AS (INSERT INTO fw.leases AS l (order_id, owner, fencing_token, expires_at, "
                                                   "acquired_at) VALUES ($2, $1, nextval('fw.fencing_tokens'), "
                                                   "now() + make_interval(secs => $3), now()) "
                                                   "ON CONFLICT (order_id) DO UPDATE SET expires_at = EXCLUDED.expires_at "
                                                   "WHERE l.owner = EXCLUDED.owner AND NOT l.done RETURNING %1), "
                                                   "published AS (INSERT INTO fw.inbound_orders (id, document, published_by) "
                                                   "SELECT $2, $4, $1 FROM taken ON CONFLICT (id) DO NOTHING) "
                                                   "SELECT * FROM taken")
                                        .arg(QString::fromLatin1(leaseColumns)),
                                    { m_workstation, orderId, QString::number(ttlSeconds), document });
    Result<std::vector<Lease>> leases = leasesOf(std::move(taken), false);
    if (!leases)
        return leases.error();
    if (leases->empty()) {
        auto holder = m_connection.query(QStringLiteral("SELECT owner FROM fw.leases WHERE order_id = $1"), { orderId });
        if (!holder)
            return holder.error();
        const PgResult& rows = holder.value();
        const QString owner = rows.rows() ? rows.value(0, 0) : QString();
        return failure(QStringLiteral("order %1 already exists in the remote store (held by %2)")
                           .arg(orderId, owner.isEmpty() ? QStringLiteral("nobody yet") : owner));
    }
    return leases->front();
}

Result<std::vector<RemoteLeases::Row>> RemoteLeases::list(bool includeDone)
{
    auto result = m_connection.query(QStringLiteral("SELECT order_id, COALESCE(owner, ''), fencing_token, "
                                                    "COALESCE((extract(epoch FROM expires_at) * 1000)::bigint, 0), done "
                                                    "FROM fw.leases %1 ORDER BY owner NULLS FIRST, order_id")
                                         .arg(includeDone ? QString() : QStringLiteral("WHERE NOT done")));
    if (!result)
        return result.error();
    const PgResult& rows = result.value();
    std::vector<Row> leases;
    for (int i = 0; i < rows.rows(); ++i) {
        const qint64 expires = rows.number(i, 3);
        leases.push_back({ rows.value(i, 0), rows.value(i, 1), rows.number(i, 2),
                           expires ? QDateTime::fromMSecsSinceEpoch(expires, Qt::UTC) : QDateTime(),
                           rows.value(i, 4) == QStringLiteral("t") });
    }
    return leases;
}

Result<QHash<QString, QString>> RemoteLeases::ownersOf(const QStringList& orderIds)
{
    auto result = m_connection.query(QStringLiteral("SELECT order_id, COALESCE(owner, '') FROM fw.leases WHERE order_id = ANY($1::text[])"),
                                     { RemoteStore::textArray(orderIds) });
    if (!result)
        return result.error();
    const PgResult& rows = result.value();
    QHash<QString, QString> owners;
    for (int i = 0; i < rows.rows(); ++i)
        owners.insert(rows.value(i, 0), rows.value(i, 1));
    return owners;
}

} // namespace fw
