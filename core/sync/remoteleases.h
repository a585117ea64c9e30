// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

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

    Result<std::vector<Lease>> acquireFree(int limit, int ttlSeconds);
    Result<std::vector<Lease>> takeOverExpired(int limit, int ttlSeconds);
    // Extends every lease this workstation holds; returns those it still holds.
    Result<std::vector<Lease>> renew(int ttlSeconds);
    // An order imported on this workstation: a lease for it, unless another workstation has one.
    Result<Lease> registerOrder(const QString& orderId, const QString& document, int ttlSeconds);
    struct Row {
        QString orderId, owner;
        qint64 fencingToken = 0;
        QDateTime expiresAt;
        bool done = false;
    };
    Result<std::vector<Row>> list(bool includeDone = false);
    // Who holds each of these orders' leases now (order id -> owner; empty for free).
    Result<QHash<QString, QString>> ownersOf(const QStringList& orderIds);

private:
    PgConnection& m_connection;
    QString m_workstation;
};

} // namespace fw
