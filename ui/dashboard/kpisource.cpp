// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "kpisource.h"

#include "kpimetatypes.h"
#include "kpi/kpicalculator.h"
#include "store/database.h"

#include <QThread>

namespace fw {

KpiQueryWorker::KpiQueryWorker(QString storePath, std::shared_ptr<std::atomic<quint64>> latest)
    : m_path(std::move(storePath))
    , m_latest(std::move(latest))
{
}

KpiQueryWorker::~KpiQueryWorker() = default;

void KpiQueryWorker::close()
{
    m_database.reset();
}

void KpiQueryWorker::compute(quint64 generation, const KpiRange& range)
{
    if (generation < m_latest->load())
        return; // a newer range is queued behind this one
    if (!m_database)
        m_database = std::make_unique<Database>(m_path); // this thread's connection
    auto report = KpiCalculator::compute(m_database->connection(), range, QDateTime::currentDateTimeUtc());
    if (!report)
        Q_EMIT failed(report.message());
    else
        Q_EMIT reportReady(generation, *report);
}

void KpiQueryWorker::drill(const KpiRange& range, const KpiDrill& drill)
{
    if (!m_database)
        m_database = std::make_unique<Database>(m_path);
    auto orders = KpiCalculator::drillDown(m_database->connection(), range, drill, QDateTime::currentDateTimeUtc());
    if (!orders)
        Q_EMIT failed(orders.message());
    else
        Q_EMIT drillReady(drill, *orders);
}

KpiSource::KpiSource(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<KpiReport>();
    qRegisterMetaType<KpiRange>();
    qRegisterMetaType<KpiDrill>();
    qRegisterMetaType<std::vector<DrillOrder>>();
}

KpiSource::~KpiSource()
{
    stop();
}

void KpiSource::stop()
{
    if (!m_thread)
        return;
    m_latest->store(~quint64(0)); // what is still queued is stale
    KpiQueryWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
    m_latest = std::make_shared<std::atomic<quint64>>(0);
    setBusy(false);
}

void KpiSource::setStorePath(const QString& path)
{
    stop();
    if (path.isEmpty())
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("fw-kpi-query"));
    m_worker = new KpiQueryWorker(path, m_latest);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &KpiQueryWorker::reportReady, this, [this](quint64 generation, const KpiReport& report) {
        if (generation != m_generation)
            return;
        setBusy(false);
        Q_EMIT reportReady(report);
    });
    connect(m_worker, &KpiQueryWorker::drillReady, this, &KpiSource::drillReady);
    connect(m_worker, &KpiQueryWorker::failed, this, [this](const QString& error) {
        setBusy(false);
        Q_EMIT failed(error);
    });
    m_thread->start();
}

void KpiSource::request(const KpiRange& range)
{
    if (!m_worker)
        return;
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    setBusy(true);
    KpiQueryWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, generation, range] { worker->compute(generation, range); }, Qt::QueuedConnection);
}

void KpiSource::requestDrill(const KpiRange& range, const KpiDrill& drill)
{
    if (!m_worker)
        return;
    KpiQueryWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, range, drill] { worker->drill(range, drill); }, Qt::QueuedConnection);
}

void KpiSource::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace fw
