// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace fw {

class SyncLedger;
struct SyncStatus;

// What the running follower (fwctl sync --follow, the workbench's engine) saw at its last round,
// kept in sync_state so that `fwctl sync status` reports it instead of probing (docs/sync.md,
// "Status").
struct FollowerRecord {
    QString state; // online, offline (a retry is due), back-off (waiting until retryAt), refused
    QDateTime recordedAt; // the follower's clock
    QDateTime lastSync; // the last round that completed
    QDateTime offlineSince;
    QDateTime retryAt; // back-off: the next connection attempt
    QString lastError;
    qint64 backlog = 0; // shared journal entries still to pull (approximate)
    qint64 queuedEvents = 0; // local events not yet pushed, at that round
    int queuedCommands = 0;
    qint64 pid = 0; // the process that recorded it
    QString link; // online: the TLS protocol, or "unencrypted" (SyncStatus::link)
};

class FollowerStatus {
public:
    static QString key() { return QStringLiteral("follower_status"); }
    static QString toJson(const FollowerRecord& record);
    // nullopt for anything but a record's JSON object (parsed without exceptions).
    static std::optional<FollowerRecord> fromJson(const QString& text);
    static Status write(SyncLedger& ledger, const FollowerRecord& record);
    // nullopt when none was recorded (or it is not a record); an Error when sync_state cannot be read.
    static Result<std::optional<FollowerRecord>> read(const SyncLedger& ledger);
};

} // namespace fw
