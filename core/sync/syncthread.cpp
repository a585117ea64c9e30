// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "syncthread.h"

#include "pgconnection.h"
#include "queuedengineport.h"
#include "store/database.h"
#include "store/storeclock.h"
#include "store/syncledger.h"

#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

#include <chrono>

namespace fw {

namespace {
    // A round without a sign of life from the remote store this long: it is not answering now (a
    // round that is slow but receiving is not).
    constexpr qint64 hungRoundMs = 1000;

    qint64 monotonicMs() // steady_clock, as PgConnection notes progress; never 0, which means "no round"
    {
        return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count() + 1;
    }
} // namespace

// The sync thread's side: the store connection, the agent, its timer and notifier. Created on the
// engine's thread, used and finished on the sync thread.
class SyncRounds final : public QObject {
public:
    SyncRounds(QString storePath, SyncSettings settings, int intervalMs, std::shared_ptr<SyncHealth> health, EnginePort& engine,
               std::function<void(const SyncStatus&)> report)
        : m_storePath(std::move(storePath))
        , m_settings(std::move(settings))
        , m_intervalMs(intervalMs)
        , m_health(std::move(health))
        , m_engine(engine)
        , m_report(std::move(report))
    {
    }

    void begin()
    {
        m_database = std::make_unique<Database>(m_storePath); // this thread's connection
        if (const Status opened = m_database->openStore(); !opened) {
            SyncStatus status;
            status.lastError = opened.message();
            m_report(status);
            return;
        }
        m_clock = StoreClock::forStore(m_database->connection());
        m_agent = std::make_unique<SyncAgent>(*m_database, *m_clock, m_settings);
        if (const Status prepared = m_agent->prepare(); !prepared) {
            SyncStatus status;
            status.lastError = prepared.message();
            m_agent.reset();
            m_report(status);
            return;
        }
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, [this] { round(); });
        round();
    }

    void setUser(const QString& user)
    {
        m_settings.user = user;
        if (m_agent) {
            m_agent->setUser(user);
            roundSoon();
        }
    }

    void roundSoon()
    {
        if (m_agent && m_timer)
            m_timer->start(0);
    }

    void finish()
    {
        forgetNotifier();
        delete m_timer;
        m_timer = nullptr;
        m_agent.reset();
        m_clock.reset();
        m_database.reset(); // closes this thread's connection
    }

private:
    void round()
    {
        if (!m_agent)
            return;
        m_health->wakePending = false;
        m_health->roundStartedMs = monotonicMs();
        const SyncStatus status = m_agent->round(&m_engine);
        m_health->roundStartedMs = 0;
        m_health->online = status.online;
        watchNotifications();
        m_report(status);
        if (m_timer && !m_timer->isActive())
            m_timer->start(status.online && status.catchingUp ? 0 : m_intervalMs);
    }

    void watchNotifications()
    {
        const int socket = m_agent->notificationSocket();
        const int connection = m_agent->connections();
        if (socket == m_notifierSocket && connection == m_notifierConnection)
            return; // a reconnect may get the same descriptor number: the count tells them apart
        forgetNotifier();
        m_notifierSocket = socket;
        m_notifierConnection = connection;
        if (socket < 0)
            return;
        m_notifier = new QSocketNotifier(socket, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] {
            if (m_agent && m_agent->takeWakeUps())
                roundSoon(); // a burst of notifications makes one round
        });
    }

    void forgetNotifier()
    {
        if (!m_notifier)
            return;
        // Disabled explicitly first: on Qt 6.4 with the glib dispatcher, deleting an enabled notifier
        // left it in the dispatcher's poll list (a use after free, found by valgrind in tst_sync).
        m_notifier->setEnabled(false);
        delete m_notifier;
        m_notifier = nullptr;
        m_notifierSocket = -1;
    }

    QString m_storePath;
    SyncSettings m_settings;
    int m_intervalMs;
    std::shared_ptr<SyncHealth> m_health;
    EnginePort& m_engine;
    std::function<void(const SyncStatus&)> m_report;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<SyncAgent> m_agent;
    QTimer* m_timer = nullptr;
    QSocketNotifier* m_notifier = nullptr;
    int m_notifierSocket = -1;
    int m_notifierConnection = 0;
};

SyncThread::SyncThread(QString storePath, SyncSettings settings, int roundIntervalMs)
    : m_storePath(std::move(storePath))
    , m_settings(std::move(settings))
    , m_roundIntervalMs(std::max(10, roundIntervalMs))
    , m_health(std::make_shared<SyncHealth>())
    , m_interrupt(std::make_shared<PgInterrupt>())
{
    m_settings.session.interrupt = m_interrupt;
    m_settings.session.lastProgressMs = m_health->lastProgressMs;
}

SyncThread::~SyncThread()
{
    stop();
}

Status SyncThread::prepare(Database& database)
{
    const Result<QString> claimed = SyncAgent::claimWorkstation(database, m_settings.workstation);
    if (!claimed)
        return failure(claimed.message());
    m_workstation = *claimed;
    m_settings.workstation = m_workstation;
    m_status.workstation = m_workstation;
    return {};
}

void SyncThread::start(EnginePort& engine)
{
    if (m_thread)
        return;
    m_port = std::make_unique<QueuedEnginePort>(this, engine);
    QPointer<SyncThread> self(this);
    auto report = [self](const SyncStatus& status) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, status] {
                if (!self)
                    return;
                self->m_status = status;
                Q_EMIT self->statusChanged(status);
            },
            Qt::QueuedConnection);
    };
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("fw-sync"));
    m_rounds = new SyncRounds(m_storePath, m_settings, m_roundIntervalMs, m_health, *m_port, std::move(report));
    m_rounds->moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(
        m_rounds, [rounds = m_rounds] { rounds->begin(); }, Qt::QueuedConnection);
}

void SyncThread::stop()
{
    if (!m_thread)
        return;
    m_port->close(); // a round waiting for the engine goes on without it
    m_interrupt->raise(); // and one waiting for the network, at once
    QMetaObject::invokeMethod(
        m_rounds,
        [rounds = m_rounds] {
            rounds->finish();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_rounds;
    m_rounds = nullptr;
    delete m_thread;
    m_thread = nullptr;
    m_port.reset();
    m_health->online = false;
}

void SyncThread::setUser(const QString& user)
{
    m_settings.user = user;
    if (m_rounds)
        QMetaObject::invokeMethod(
            m_rounds, [rounds = m_rounds, user] { rounds->setUser(user); }, Qt::QueuedConnection);
}

bool SyncThread::decidesClaims() const
{
    if (!m_health->online)
        return false;
    const qint64 started = m_health->roundStartedMs;
    return started == 0 || monotonicMs() - std::max(started, m_health->lastProgressMs->load()) < hungRoundMs;
}

void SyncThread::wake()
{
    if (!m_rounds || m_health->wakePending.exchange(true))
        return; // one wake-up waits already: the round it starts sees everything queued by then
    QMetaObject::invokeMethod(
        m_rounds, [rounds = m_rounds] { rounds->roundSoon(); }, Qt::QueuedConnection);
}

} // namespace fw
