// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planloader.h"

#include "catalog/catalogreader.h"
#include "domain/catalog.h"
#include "domain/order.h"
#include "domain/plan.h"
#include "planning/planningpipeline.h"
#include "store/database.h"
#include "store/storeassetlookup.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace fw {

namespace {

    // The order planned against the store's installed base, read on this pool thread's own connection.
    PlanningOutcome planAgainstStore(const std::shared_ptr<const Catalog>& catalog, const QString& orderPath, const QString& storePath)
    {
        if (storePath.isEmpty() || QFileInfo(storePath).size() == 0) // no store yet: never create one here
            return planOrderFile(catalog, orderPath);
        Database store(storePath);
        StoreAssetLookup assets(store.connection());
        PlanningOutcome outcome = planOrderFile(catalog, orderPath, assets.lookup());
        if (const Status read = assets.status(); !read)
            outcome.problems.push_back({ orderPath, QString(), QStringLiteral("cannot read the installed base: ") + read.message() });
        return outcome;
    }

    // Runs on a pool thread: touches nothing but its arguments.
    PlanLoadResult runLoad(const QString& catalogPath, const QString& orderPath, std::shared_ptr<const Catalog> cachedCatalog,
                           const QString& storePath)
    {
        QElapsedTimer timer;
        timer.start();
        PlanLoadResult result;
        result.catalogPath = catalogPath;
        result.orderPath = orderPath;
        result.catalogReused = cachedCatalog != nullptr;
        if (!cachedCatalog) {
            CatalogLoad load = CatalogReader::readFile(catalogPath);
            result.problems = std::move(load.problems);
            cachedCatalog = std::move(load.catalog);
        }
        result.catalog = cachedCatalog;
        if (cachedCatalog && !orderPath.isEmpty()) {
            PlanningOutcome outcome = planAgainstStore(cachedCatalog, orderPath, storePath);
            result.problems = std::move(outcome.problems);
            if (outcome.order)
                result.order = std::make_shared<const Order>(std::move(*outcome.order));
            if (outcome.plan)
                result.plan = std::make_shared<const OrchestrationPlan>(std::move(*outcome.plan));
        }
        result.elapsedMs = timer.elapsed();
        return result;
    }

} // namespace

PlanLoader::PlanLoader(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<PlanLoadResult>();
}

PlanLoader::~PlanLoader()
{
    m_current = nullptr;
    waitForFinished();
}

void PlanLoader::waitForFinished()
{
    const auto watchers = findChildren<Watcher*>(Qt::FindDirectChildrenOnly);
    for (Watcher* watcher : watchers)
        watcher->waitForFinished();
}

void PlanLoader::load(const QString& catalogPath, const QString& orderPath)
{
    std::shared_ptr<const Catalog> cached;
    const QFileInfo info(catalogPath);
    if (m_catalog && catalogPath == m_catalogPath && info.lastModified() == m_catalogModified && info.size() == m_catalogSize)
        cached = m_catalog;

    const bool wasBusy = isBusy();
    auto* watcher = new Watcher(this);
    m_current = watcher; // a load still running is superseded: onFinished() drops its result
    connect(watcher, &Watcher::finished, this, [this, watcher] { onFinished(watcher); });
    watcher->setFuture(QtConcurrent::run(runLoad, catalogPath, orderPath, cached, m_storePath));
    if (!wasBusy)
        Q_EMIT busyChanged(true);
    Q_EMIT loadStarted(catalogPath, orderPath);
}

void PlanLoader::onFinished(Watcher* watcher)
{
    watcher->deleteLater();
    if (watcher != m_current)
        return;
    m_current = nullptr;
    const PlanLoadResult result = watcher->result();
    if (result.catalog && !result.catalogReused) {
        const QFileInfo info(result.catalogPath);
        m_catalog = result.catalog;
        m_catalogPath = result.catalogPath;
        m_catalogModified = info.lastModified();
        m_catalogSize = info.size();
    }
    Q_EMIT busyChanged(false);
    if (result.ok())
        Q_EMIT loaded(result);
    else
        Q_EMIT loadFailed(result);
}

} // namespace fw
