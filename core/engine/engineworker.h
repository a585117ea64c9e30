#pragma once

#include "change/changepreview.h"
#include "change/ordersummaryreport.h"
#include "enginesnapshot.h"
#include "commands/command.h"
#include "sync/syncagent.h"
#include "sync/syncthread.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

class QLockFile;
class QTimer;

namespace fw {

class Clock;
class CommandProcessor;
class Database;
class DirectEnginePort;
class Executor;
class JeopardyMonitor;
class HttpCalloutTransport;
class ReplicaTaskForms;

// The engine's side of EngineService; lives on the worker thread (engineservice.cpp).
class EngineWorker final : public QObject {
    Q_OBJECT

public:
    explicit EngineWorker(QString databasePath);
    ~EngineWorker() override;

    void start(int tickMs, int lockTimeoutMs);
    void perform(const QString& action, const Command& request);
    void setRemote(const SyncSettings& settings) { m_syncSettings = settings; }
    void setWorkstationUser(const QString& user); // engineworkersync.cpp
    void acknowledgeConflict(qint64 conflictId, const QString& user); // a supervisor's or admin's (sync.acknowledge)
    void stop();
    void setEndpointBaseUrl(const QString& endpoint, const QString& baseUrl);
    void readOrderDetail(const QString& orderId);
    // Evaluates jeopardy at the next tick instead of waiting for its interval (engineworkersla.cpp).
    void evaluateJeopardySoon();
    void tickNow() { tick(); }
    void setJeopardyInterval(int seconds) { m_jeopardyIntervalSeconds = std::max(1, seconds); }
    void populateDemoStore(const QString& samplesDirectory, int copies, const QHash<QString, QString>& historyEndpoints = {});
    void enableScriptedOperator(int percentOfOrders, int ordersPerTick);
    void importFile(const QString& kind, const QString& path, const QString& user);
    void previewChange(const QString& document, const QString& label, const QString& user); // engineworkerchange.cpp
    void readOrderSummary(const QString& orderId);

Q_SIGNALS:
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
    void tick();
    // engineworkersync.cpp
    std::optional<QString> prepareSync(); // before the orders load: the workstation id, no network
    void startSync(); // once they have: the sync thread's rounds begin
    void startTicking(int tickMs);
    void onSyncStatus(const SyncStatus& status);
    void tickSoon();
    void reportAnsweredCommands();
    void grantWaitingClaimsHere(); // claims left undecided by a link that went silent
    void runScriptedOperator();
    // Every few seconds: the KPI facts caught up with the journal, the step history reloaded now and
    // then, and the jeopardy monitor run (engineworkersla.cpp).
    void superviseSla(EngineSnapshot& next);
    EngineSnapshot snapshot() const;

    QString m_path;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<HttpCalloutTransport> m_transport;
    std::unique_ptr<Executor> m_executor;
    std::unique_ptr<CommandProcessor> m_processor; // every action, the GUI's and fwctl's, goes through it
    std::unique_ptr<QLockFile> m_serving; // RequestInbox::serve: fwctl hands its actions to this engine
    std::unique_ptr<ReplicaTaskForms> m_replicaTaskForms;
    QTimer* m_timer = nullptr;
    qint64 m_journalSeq = 0; // the journal position the last snapshot reported changes up to
    QHash<QString, QString> m_endpointBases;
    int m_scriptedPercent = 0; // the demo: share of orders a ScriptedOperator keeps moving
    int m_scriptedPerTick = 0;
    std::size_t m_scriptedCursor = 0;
    SyncSettings m_syncSettings; // conninfo empty: no remote store
    std::unique_ptr<DirectEnginePort> m_enginePort; // what the sync thread's rounds ask of this engine
    std::unique_ptr<SyncThread> m_sync; // the remote store's rounds, on a thread of their own
    bool m_tickPending = false;
    int m_pendingTickMs = 0; // start() waits for the first sync round (at most 3 s) before the first tick
    std::unique_ptr<JeopardyMonitor> m_jeopardy;
    std::shared_ptr<const JeopardyReport> m_jeopardyReport;
    QDateTime m_nextJeopardyAt; // invalid: at the next tick
    QDateTime m_nextHistoryAt;
    int m_jeopardyIntervalSeconds = 5;
    QStringList m_taskQueues;
    bool m_populating = false; // the demo's history is being simulated (its engine's event loop runs)
    std::optional<std::pair<int, int>> m_pendingStart; // a start() that arrived meanwhile: tick and lock timeout
    QHash<qint64, QString> m_waitingCommands; // sync_outbox id -> the action, until its owner answers
};

} // namespace fw
