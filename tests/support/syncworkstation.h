// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Another workstation in the test's own process (docs/sync.md), set up like the two of
// tests/integration/tst_sync.cpp: its own store, engine and SyncAgent on a throwaway PostgreSQL,
// its callouts sent to an fw-stubs. The test drives it: round() runs the engine until it settles
// and then one sync round, so the test decides when the other workstation pushes, pulls and answers.
// Also: publishing the samples into the remote store as an upstream system would.

#include "common/clock.h"
#include "engine/callouttransport.h"
#include "sync/syncagent.h"
#include "commands/command.h"

#include <QTemporaryDir>

#include <memory>

namespace fw {

class Database;
class Executor;
class PgConnection;

class SyncWorkstation {
public:
    // `storePath` empty: a store in a temporary directory.
    SyncWorkstation(SyncSettings settings, quint16 stubPort, const QString& storePath = {});
    ~SyncWorkstation();

    Status start();
    SyncStatus round();
    // An action by this workstation's person through the command processor; a claim of this
    // workstation's order is decided in the remote store (rounds run until it is) and the outcome returned.
    CommandResult act(const QString& action, const QVariantMap& args);
    // The same by another person at this workstation (who must be a user of its store).
    CommandResult actAs(const QString& user, const QString& action, const QVariantMap& args);
    // The local id of the open or claimed task at `stepKey` (e.g. "admin-handover") of an order; 0 if none.
    qint64 taskId(const QString& orderId, const QString& stepKey) const;

    const SyncSettings& settings() const { return m_settings; }
    SyncAgent& agent() { return *m_agent; }
    Executor& executor() { return *m_executor; }
    Database& database() { return *m_database; }

private:
    SyncSettings m_settings;
    quint16 m_stubPort;
    QTemporaryDir m_dir;
    QString m_storePath;
    SystemClock m_clock;
    HttpCalloutTransport m_transport;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SyncAgent> m_agent;
    std::unique_ptr<Executor> m_executor;
};

// Creates the remote schema (if needed) and publishes a sample's catalog and `count` copies of its
// order as PREFIX-1..count, each for an account of its own, so account-scoped steps are not shared
// (docs/sync.md, "inbound_orders"). The order ids, or the error.
Result<QStringList> publishSample(PgConnection& connection, const QString& sampleDirectory, const QString& idPrefix, int count,
                                  int firstNumber = 1);

} // namespace fw
