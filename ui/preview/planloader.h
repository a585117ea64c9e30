// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/problem.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QMetaType>
#include <QObject>

#include <memory>

namespace fw {

struct Catalog;
struct Order;
struct OrchestrationPlan;

// What one load produced: the catalog, the order and its plan where they could be made, and the
// problems that stopped the rest.
struct PlanLoadResult {
    QString catalogPath;
    QString orderPath; // empty: only the catalog was loaded
    std::shared_ptr<const Catalog> catalog;
    std::shared_ptr<const Order> order;
    std::shared_ptr<const OrchestrationPlan> plan;
    Problems problems;
    bool catalogReused = false; // the catalog was already loaded and unchanged on disk
    qint64 elapsedMs = 0;

    bool ok() const { return problems.empty() && catalog && (orderPath.isEmpty() || plan); }
};

// Loads a catalog and plans an order off the GUI thread (the engine's planFromFiles/planOrderFile on
// the global thread pool). Talks to the GUI only through signals carrying PlanLoadResult values.
// A load requested while another runs supersedes it: the engine cannot be interrupted, so the older
// one runs to its end, but only the latest load's result is delivered.
class PlanLoader : public QObject {
    Q_OBJECT

public:
    explicit PlanLoader(QObject* parent = nullptr);
    ~PlanLoader() override;

    // The store whose installed base an order acting on assets (assetRef) is planned against; empty:
    // none (every asset is unknown, a problem naming it). Read on the loading thread's own connection.
    void setStorePath(const QString& storePath) { m_storePath = storePath; }
    const QString& storePath() const { return m_storePath; }
    void load(const QString& catalogPath, const QString& orderPath = {});
    bool isBusy() const { return m_current != nullptr; }
    // Blocks until every started load has run (shutdown); results still arrive through the event loop.
    void waitForFinished();
    // The catalog of the last successful load, reused while its file is unchanged.
    std::shared_ptr<const Catalog> catalog() const { return m_catalog; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void loadStarted(const QString& catalogPath, const QString& orderPath);
    void loaded(const fw::PlanLoadResult& result);
    void loadFailed(const fw::PlanLoadResult& result);

private:
    using Watcher = QFutureWatcher<PlanLoadResult>;

    void onFinished(Watcher* watcher);

    Watcher* m_current = nullptr; // the latest load's, null when idle
    std::shared_ptr<const Catalog> m_catalog;
    QString m_catalogPath;
    QString m_storePath;
    QDateTime m_catalogModified;
    qint64 m_catalogSize = -1;
};

} // namespace fw

Q_DECLARE_METATYPE(fw::PlanLoadResult)
