// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "change/changepreview.h"
#include "change/ordersummaryreport.h"
#include "commands/command.h"
#include "engine/enginesnapshot.h"
#include "engineparticipant.h"
#include "sync/syncagent.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace fw {

class Clock;
class Database;
class Executor;
class CredentialProvider;
class HttpCalloutTransport;
class ReplicaTaskForms;
class SlaParticipant;
class SyncParticipant;

// The engine's side of EngineService; lives on the worker thread (engineservice.cpp). It runs the
// orders (the executor's run loop) and a list of participants around them: the inbox of fwctl's
// requests, the SLA supervision, the sync with a remote store when there is one, and whatever the
// client adds (the demo's colleagues). Every tick lets each participant act, runs the orders, and
// publishes a snapshot the participants add to.
class EngineWorker final : public QObject {
    Q_OBJECT

public:
    // clock: what the engine runs on; none: the store's (StoreClock: real time, or a simulated
    // store's saved position).
    explicit EngineWorker(QString databasePath, std::shared_ptr<const Clock> clock = {});
    ~EngineWorker() override;

    // Before start(): the client's own participants, ticked after the built-in ones.
    void addParticipant(std::unique_ptr<EngineParticipant> participant);
    // Before start(): joins the team on a remote store (docs/sync.md).
    void setRemote(const SyncSettings& settings);
    void start(int tickMs, int lockTimeoutMs);
    void stop();
    void perform(const QString& action, const Command& request);
    void setEndpointBaseUrl(const QString& endpoint, const QString& baseUrl);
    void setCredentials(std::shared_ptr<const CredentialProvider> provider);
    void setWorkstationUser(const QString& user);
    void acknowledgeConflict(qint64 conflictId, const QString& user); // a supervisor's or admin's (sync.acknowledge)
    void evaluateJeopardySoon(); // at the next tick instead of waiting for its interval
    void setJeopardyInterval(int seconds);
    void tickNow() { tick(); }
    // engineworkerreads.cpp: what the client reads of the store and the running orders.
    void readOrderDetail(const QString& orderId);
    void previewChange(const QString& document, const QString& label, const QString& user);
    void readOrderSummary(const QString& orderId);
    void importFile(const QString& kind, const QString& path, const QString& user);

Q_SIGNALS:
    void storeReadable(); // the schema is current; the file is still being checked (Database::openStore)
    void startProgress(const QString& stage, int done, int total); // EngineHost::reportStarting (from any thread)
    void storeOpened(); // the schema is current; the executor is still loading
    void started();
    void startFailed(const QString& error);
    void stopped(const QString& error); // the engine stopped itself: a store write failed (disk full)
    void snapshotReady(const fw::EngineSnapshot& snapshot);
    void actionDone(const QString& action);
    void actionFailed(const QString& action, const QString& error);
    void orderDetailReady(const fw::OrderDetail& detail);
    void changePreviewReady(const fw::ChangePreview& preview);
    void orderSummaryReady(const fw::OrderSummaryReport& report);
    void syncStatusChanged(const fw::SyncStatus& status);

private:
    class Host;
    void tick();
    void tickSoon();
    void startTicking(int tickMs);
    bool stoppedOnStoreFailure();
    EngineSnapshot snapshot(); // a failed read is reported (actionFailed) and leaves the lists empty

    QString m_path;
    std::shared_ptr<const Clock> m_clock;
    std::unique_ptr<Host> m_host;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<HttpCalloutTransport> m_transport;
    std::unique_ptr<Executor> m_executor;
    std::unique_ptr<CommandProcessor> m_processor; // every action, the GUI's and fwctl's, goes through it
    std::unique_ptr<ReplicaTaskForms> m_replicaTaskForms;
    std::shared_ptr<const std::vector<UnreadableOrder>> m_unrunnable; // as last read
    std::size_t m_unrunnableNoted = 0; // the engine's set-aside and left-out counts when read
    std::vector<std::unique_ptr<EngineParticipant>> m_participants; // in tick order
    SlaParticipant* m_sla = nullptr; // in m_participants
    SyncParticipant* m_sync = nullptr; // in m_participants when there is a remote store
    QTimer* m_timer = nullptr;
    qint64 m_journalSeq = 0; // the journal position the last snapshot reported changes up to
    QElapsedTimer m_lastSnapshot; // since the last snapshot (none while slices of due orders follow quickly)
    QHash<QString, QString> m_endpointBases;
    std::shared_ptr<const CredentialProvider> m_credentials; // handed to m_transport (a raw pointer)
    bool m_tickPending = false;
    int m_pendingTickMs = 0; // the first tick waits for a participant (at most 3 s)
};

} // namespace fw
