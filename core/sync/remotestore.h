// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "remotecommands.h"
#include "remotejournal.h"
#include "remoteleases.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>
#include <vector>

namespace fw {

class PgConnection;

// The remote store (docs/sync.md) as one workstation sees it over one PgConnection: its
// registration and what is published there here; its journal, leases and commands through the
// parts it holds. Every call is one round trip or one transaction; errors are "remote store: REASON".
class RemoteStore {
public:
    RemoteStore(PgConnection& connection, QString workstation);

    const QString& workstation() const { return m_workstation; }
    RemoteJournal& journal() { return m_journal; }
    RemoteLeases& leases() { return m_leases; }
    RemoteCommands& commands() { return m_commands; }

    // A workstation id belongs to the database role that registered it (docs/sync.md, "Integrity").
    // Empty when this connection's role may act as this workstation; else the refusal, naming both
    // roles.
    Result<QString> bindingRefusal();
    Status heartbeat(const QString& user, const QString& host);

    // Publishing (fwctl publish; an upstream system may insert fw.inbound_orders itself).
    Status publishCatalog(const QString& id, const QString& version, const QString& name, const QString& document);
    Status publishOrder(const QString& id, const QString& document);
    // (id, version) pairs of every published catalog, and one catalog's document.
    Result<std::vector<std::pair<QString, QString>>> catalogKeys();
    Result<QString> catalogDocument(const QString& id, const QString& version);
    Result<QString> inboundDocument(const QString& orderId); // empty if none

    static QString textArray(const QStringList& values); // a PostgreSQL array literal

private:
    PgConnection& m_connection;
    QString m_workstation;
    RemoteJournal m_journal;
    RemoteLeases m_leases;
    RemoteCommands m_commands;
};

} // namespace fw
