// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "engine/enginesnapshot.h"
#include "store/fallouthistoryreader.h"
#include "sync/syncagent.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

namespace fw {

class Clock;
class Database;
class EngineService;
class ReplicaTaskForms;
class FalloutCaseModel;
class OrderTableModel;
class SessionUser;
class SyncConflictModel;
class TaskListModel;
class UnrunnableOrderModel;

// An open store in the workbench: the engine running on it (EngineService, its own thread), the
// operations models it feeds (orders, tasks, fallout) and the user working on it (identity(): who,
// and what their roles allow). Views read the models and ask for actions through service() as
// user(); results come back as signals. No widgets.
class StoreSession final : public QObject {
    Q_OBJECT

public:
    enum class EngineState { Starting, Running, Failed };

    // user: whom to sign in once the store is open (identity()->setCandidates() for more choices).
    // clock: what the engine runs on (tests: a ManualClock); none: the store's.
    StoreSession(QString storePath, QString user, QObject* parent = nullptr, std::shared_ptr<const Clock> clock = {});
    ~StoreSession() override;

    void setEndpointBaseUrl(const QString& endpoint, const QString& baseUrl);
    // Joins a remote store (docs/sync.md) as this session's user; call before start(). An empty
    // conninfo: no remote store.
    void setRemote(const SyncSettings& settings);
    void start(int tickMs = 500);

    QString storePath() const { return m_storePath; }
    QString user() const; // the signed-in user's id, whom every command names
    SessionUser* identity() const { return m_identity; }
    EngineState engineState() const { return m_state; }
    QString engineError() const { return m_error; }
    const EngineSnapshot& lastSnapshot() const { return m_snapshot; }
    // One task as the store has it now, with its catalog form (ReplicaTaskForms), for the dialog that
    // completes it; nullopt when there is no such task. Reads one row on this thread's connection.
    Result<std::optional<TaskSummary>> readTask(qint64 taskId) const;
    // A step's attempt history across its fallout cases (readFalloutHistory), on the same connection.
    Result<FalloutHistory> readFalloutHistory(const QString& orderId, const QString& stepId) const;
    const FalloutSummary* falloutCase(qint64 caseId) const;
    // The order as the engine last reported it changed (orders changed since this session began;
    // nullptr for an order that has not changed since). Views page through OrderTableModel.
    const OrderSummary* order(const QString& orderId) const;
    bool orderChanged(const QString& orderId) const; // in the last snapshot

    bool hasRemote() const { return !m_remote.conninfo.isEmpty(); }
    const SyncSettings& remote() const { return m_remote; }
    const SyncStatus& syncStatus() const { return m_syncStatus; } // the last sync round's
    void acknowledgeConflict(qint64 conflictId);

    EngineService* service() const { return m_service; }
    OrderTableModel* orders() const { return m_orders; }
    TaskListModel* tasks() const { return m_tasks; } // the task inbox's pages (its query is the inbox's filter)
    FalloutCaseModel* fallout() const { return m_fallout; }
    SyncConflictModel* conflicts() const { return m_conflicts; }
    UnrunnableOrderModel* unrunnable() const { return m_unrunnable; } // orders the engine cannot run

Q_SIGNALS:
    void engineStateChanged(fw::StoreSession::EngineState state);
    // While starting: how far a long preparation is (EngineService::startProgress; the demo's history).
    void engineStartProgress(const QString& stage, int done, int total);
    void snapshotApplied();
    // Every operator action's outcome, for the status bar and the views' messages.
    void actionFinished(const QString& action, bool ok, const QString& message);
    void orderDetailReady(const fw::OrderDetail& detail);
    // After every sync round (with a remote store only).
    void syncStatusChanged(const fw::SyncStatus& status);

private:
    void applySnapshot(const EngineSnapshot& snapshot);
    void setState(EngineState state, const QString& error = {});

    QString m_storePath;
    SessionUser* m_identity;
    EngineService* m_service;
    OrderTableModel* m_orders;
    TaskListModel* m_tasks;
    FalloutCaseModel* m_fallout;
    SyncConflictModel* m_conflicts;
    UnrunnableOrderModel* m_unrunnable;
    SyncSettings m_remote;
    SyncStatus m_syncStatus;
    EngineSnapshot m_snapshot;
    QString m_usersStamp; // the users as the last snapshot saw them (SessionUser re-reads only when it changes)
    QHash<QString, OrderSummary> m_changedOrders; // bounded: see applySnapshot
    mutable std::unique_ptr<Database> m_database; // this (the GUI) thread's connection, for readTask
    std::unique_ptr<ReplicaTaskForms> m_taskForms; // catalogs read once
    EngineState m_state = EngineState::Starting;
    QString m_error;
};

} // namespace fw
