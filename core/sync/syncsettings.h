// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "pgconnection.h"
#include "store/syncledger.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <vector>

namespace fw {

struct SyncSettings {
    QString conninfo; // libpq keyword/value string or URI; the password from ~/.pgpass or PGPASSFILE
    QString workstation; // empty: the store's own id, made once and kept in sync_state
    QString user; // who works at this workstation (shown to others)
    int leaseTtlSeconds = 60;
    int capacity = 500; // active orders this workstation's engine takes at most
    int batch = 20000; // events per push or pull
    int claimIdleSeconds = 0; // a claim untouched this long may be taken by another; 0: the store's claims.idleHours, else 8 h
    PgSessionSettings session; // keepalives and timeouts of the connection (docs/sync.md); its application_name is fw/<workstation>
};

struct SyncStatus {
    bool online = false;
    bool catchingUp = false; // the last pull left more to read
    QDateTime lastSync; // the last round that reached the remote store
    QDateTime offlineSince; // invalid while online
    qint64 queuedEvents = 0; // local events not yet in the shared journal
    int queuedCommands = 0; // commands for other workstations' orders, not yet answered
    qint64 queuedAssets = 0; // assets changed here, not yet in the remote store (docs/sync.md, "Assets")
    int leasesHeld = 0;
    int openConflicts = 0;
    qint64 pushedEvents = 0; // since this agent started
    qint64 pulledEvents = 0;
    qint64 backlog = 0; // shared journal entries still to pull (approximate), while catching up
    QString workstation;
    QString lastError;
    bool refused = false; // the remote store refused this workstation id for the connected role (lastError says why)
    QString link; // online: the TLS protocol ("TLSv1.3"), "unencrypted" or "unencrypted, on this machine"; empty offline
    std::vector<SyncConflict> conflicts; // the open ones, newest last (at most 50)
};

} // namespace fw

Q_DECLARE_METATYPE(fw::SyncStatus)
