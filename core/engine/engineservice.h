// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "change/changepreview.h"
#include "change/ordersummaryreport.h"
#include "enginesnapshot.h"
#include "falloutretry.h"
#include "commands/command.h"
#include "sync/syncagent.h"
#include "worker/engineparticipant.h"

#include <QObject>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace fw {

class Clock;
class CredentialProvider;
class EngineWorker;

// Runs the durable engine on its own thread for an event-driven client such as the workbench:
// the executor, its store connection and its callouts live on the worker thread; the client
// asks for operator actions and gets results and fresh snapshots through signals carrying plain
// values. Nothing here blocks the caller's thread.
class EngineService final : public QObject {
    Q_OBJECT

public:
    explicit EngineService(QString databasePath, QObject* parent = nullptr);
    // clock: what the engine runs on (tests: a ManualClock they move); by default the store's.
    EngineService(QString databasePath, std::shared_ptr<const Clock> clock, QObject* parent = nullptr);
    ~EngineService() override; // stops the worker and waits for it

    // Opens the store, takes the engine lock (waiting up to lockTimeoutMs), runs, and ticks.
    void start(int tickMs = 1000, int lockTimeoutMs = 10000);
    // Joins the team on a remote store (docs/sync.md); call before start(). The engine's thread
    // then runs a sync round every tick and whenever the remote store notifies it.
    void setRemote(const SyncSettings& settings);
    // Who works at this workstation now (Switch User): shown to other workstations from the next round.
    void setWorkstationUser(const QString& user);
    void acknowledgeConflict(qint64 conflictId, const QString& user);
    // Sends an endpoint's callouts elsewhere (a test system, fw-stubs on another port).
    void setEndpointBaseUrl(const QString& endpoint, const QString& baseUrl);
    // Where callouts get named credentials' secrets (the workbench's keyring; docs/credentials.md).
    // Called on the engine's thread: the provider is thread-safe.
    void setCredentials(std::shared_ptr<const CredentialProvider> provider);
    // Adds a participant the engine ticks with its own (docs/architecture.md, "Engine worker"): make
    // runs on the engine's thread when the engine starts. Call before start().
    void addParticipant(EngineParticipantFactory make);
    // Answered by orderDetailReady (or actionFailed for an unknown id).
    void requestOrderDetail(const QString& orderId);
    // kind: "catalog" or "order". Validated and written in one transaction; the new order runs at once.
    void importFile(const QString& kind, const QString& path, const QString& user);

    void claimTask(qint64 taskId, const QString& user);
    void releaseTask(qint64 taskId, const QString& user);
    void completeTask(qint64 taskId, const QString& user, const QVariantMap& data, const QString& comment = {});
    void signal(const QString& orderId, const QString& name, const QString& user);
    // Resumes the order when this was its last case, unless retry.resumeIfLast is false (Executor::retryFallout).
    void retryFallout(qint64 caseId, const QString& user, const FalloutRetry& retry = {});
    void skipFallout(qint64 caseId, const QString& user, const QString& reason);
    void cancelFallout(qint64 caseId, const QString& user, const QString& reason);
    void resume(const QString& orderId, const QString& user);
    // A fresh jeopardy evaluation now. A supervisor's reassign and escalation actions go through
    // submit() (EscalationActions).
    void evaluateJeopardyNow();
    // In-flight change (docs/change-orders.md). document: a change order's JSON text; label names
    // it in messages (its file). previewChange answers with changePreviewReady (problems inside the
    // preview); submitChange with actionDone("change <id> of <order>: applied: ...") or actionFailed
    // (the problems or PONR refusals). requestOrderSummary answers with orderSummaryReady.
    void previewChange(const QString& document, const QString& label, const QString& user);
    void submitChange(const QString& orderId, const QString& document, const QString& label, const QString& user);
    void requestOrderSummary(const QString& orderId);
    // Any command (user administration, bulk fallout, ...): answered by actionDone(label...) or
    // actionFailed(label, the refusal or error). The engine's processor authorizes it.
    void submit(const QString& label, const Command& command);

Q_SIGNALS:
    // The store's schema is current and its file is being checked (a second or so per GB): views
    // may read already, nothing writes yet. Not sent for a new store or one being upgraded; a
    // damaged store then ends in startFailed().
    void storeReadable();
    // A long start-up's progress (the demo's history: stage "demo-history", day done of total).
    void startProgress(const QString& stage, int done, int total);
    // The store is open and its schema current (before the executor has loaded its orders):
    // read-only views can start.
    void storeOpened();
    void started();
    void startFailed(const QString& error);
    // The engine stopped on its own after it started: a store write failed (disk full, I/O error).
    // Nothing after the store's last committed write happened; restart once the store can be written.
    void stopped(const QString& error);
    void snapshotReady(const fw::EngineSnapshot& snapshot);
    void actionDone(const QString& action);
    void actionFailed(const QString& action, const QString& error);
    void orderDetailReady(const fw::OrderDetail& detail);
    void changePreviewReady(const fw::ChangePreview& preview);
    void orderSummaryReady(const fw::OrderSummaryReport& report);
    // With a remote store: online/offline, queues, conflicts, after every sync round.
    void syncStatusChanged(const fw::SyncStatus& status);

private:
    QThread* m_thread;
    EngineWorker* m_worker;
};

} // namespace fw
