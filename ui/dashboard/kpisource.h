// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "kpi/kpireport.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace fw {

class Database;

// Computes KPI reports and drill-downs for the dashboard on a thread of its own, over that
// thread's own connection to the store (KpiCalculator reads only; the engine keeps the facts up
// to date). A request newer than one still queued replaces it: picking ranges fast computes the
// last one only.
class KpiQueryWorker final : public QObject {
    Q_OBJECT

public:
    KpiQueryWorker(QString storePath, std::shared_ptr<std::atomic<quint64>> latest);
    ~KpiQueryWorker() override;
    void compute(quint64 generation, const fw::KpiRange& range);
    void drill(const fw::KpiRange& range, const fw::KpiDrill& drill);
    void close(); // on the worker's thread, before it ends

Q_SIGNALS:
    void reportReady(quint64 generation, const fw::KpiReport& report);
    void drillReady(const fw::KpiDrill& drill, const std::vector<fw::DrillOrder>& orders);
    void failed(const QString& error);

private:
    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<Database> m_database;
};

// The dashboard's source of figures (lives on the GUI thread).
class KpiSource final : public QObject {
    Q_OBJECT

public:
    explicit KpiSource(QObject* parent = nullptr);
    ~KpiSource() override;
    void setStorePath(const QString& path); // empty: none
    void request(const fw::KpiRange& range);
    void requestDrill(const fw::KpiRange& range, const fw::KpiDrill& drill);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void reportReady(const fw::KpiReport& report);
    void drillReady(const fw::KpiDrill& drill, const std::vector<fw::DrillOrder>& orders);
    void failed(const QString& error);
    void busyChanged(bool busy);

private:
    void stop();
    void setBusy(bool busy);

    QThread* m_thread = nullptr;
    KpiQueryWorker* m_worker = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace fw
