#pragma once

#include "enginesnapshot.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace fw {

class Clock;
class Database;
class Executor;
class HttpCalloutTransport;

// The engine's side of EngineService; lives on the worker thread (engineservice.cpp).
class EngineWorker final : public QObject {
    Q_OBJECT

public:
    explicit EngineWorker(QString databasePath);
    ~EngineWorker() override;

    void start(int tickMs, int lockTimeoutMs);
    void perform(const QString& action, const std::function<std::optional<QString>(Executor&)>& work);
    void stop();
    void setEndpointBaseUrl(const QString& endpoint, const QString& baseUrl);
    void readOrderDetail(const QString& orderId);
    void populateDemoStore(const QString& samplesDirectory, int copies);
    void enableScriptedOperator(int percentOfOrders, int ordersPerTick);
    void importFile(const QString& kind, const QString& path, const QString& user);

Q_SIGNALS:
    void storeOpened(); // the schema is current; the executor is still loading
    void started();
    void startFailed(const QString& error);
    void snapshotReady(const fw::EngineSnapshot& snapshot);
    void actionDone(const QString& action);
    void actionFailed(const QString& action, const QString& error);
    void orderDetailReady(const fw::OrderDetail& detail);

private:
    void tick();
    void runScriptedOperator();
    EngineSnapshot snapshot() const;

    QString m_path;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<HttpCalloutTransport> m_transport;
    std::unique_ptr<Executor> m_executor;
    QTimer* m_timer = nullptr;
    qint64 m_journalSeq = 0; // the journal position the last snapshot reported changes up to
    QHash<QString, QString> m_endpointBases;
    int m_scriptedPercent = 0; // the demo: share of orders a ScriptedOperator keeps moving
    int m_scriptedPerTick = 0;
    std::size_t m_scriptedCursor = 0;
};

} // namespace fw
