#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>
#include <vector>

namespace fw {

class PgConnection;

struct Lease {
    QString orderId;
    qint64 fencingToken = 0;
    QDateTime expiresAt; // server time
    QString previousOwner; // takeovers: who held it before
};

// The leases with fencing tokens by which workstations own orders (docs/sync.md, "Ownership"), for
// one workstation. Every call is one round trip or one transaction; errors are "remote store: REASON".
class RemoteLeases {
public:
    RemoteLeases(PgConnection& connection, QString workstation);

    std::variant<std::vector<Lease>, QString> acquireFree(int limit, int ttlSeconds);
    std::variant<std::vector<Lease>, QString> takeOverExpired(int limit, int ttlSeconds);
    // Extends every lease this workstation holds; returns those it still holds.
    std::variant<std::vector<Lease>, QString> renew(int ttlSeconds);
    // An order imported on this workstation: a lease for it, unless another workstation has one.
    std::variant<Lease, QString> registerOrder(const QString& orderId, const QString& document, int ttlSeconds);
    struct Row {
        QString orderId, owner;
        qint64 fencingToken = 0;
        QDateTime expiresAt;
        bool done = false;
    };
    std::variant<std::vector<Row>, QString> list(bool includeDone = false);
    // Who holds each of these orders' leases now (order id -> owner; empty for free).
    std::variant<QHash<QString, QString>, QString> ownersOf(const QStringList& orderIds);

private:
    PgConnection& m_connection;
    QString m_workstation;
};

} // namespace fw
