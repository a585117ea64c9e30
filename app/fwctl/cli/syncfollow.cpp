// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl sync --follow: a workstation without GUI. The engine runs as in `fwctl run`; the sync
// rounds run beside it on a thread of their own (SyncThread), so requests handed in by other fwctl
// commands are answered while a round waits on the network. Between ticks the event loop delivers
// callout replies, the rounds' status and what the rounds ask of the engine (EnginePort).
#include "synccommands.h"

#include "cli.h"

#include "commands/commandprocessor.h"
#include "common/clock.h"
#include "engine/callouttransport.h"
#include "engine/executor.h"
#include "engine/requestinbox.h"
#include "store/database.h"
#include "sync/engineport.h"
#include "sync/pgconnection.h"
#include "sync/syncedactions.h"
#include "store/syncledger.h"
#include "sync/syncthread.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QLockFile>
#include <QSet>
#include <QTimer>

namespace fw::cli {

namespace {

    class Follower {
    public:
        Follower(const QString& command, Database& database, Executor& executor, SyncThread& sync, const Clock& clock)
            : m_command(command)
            , m_database(database)
            , m_executor(executor)
            , m_sync(sync)
            , m_clock(clock)
            , m_processor(database, clock)
        {
            m_processor.setExecutor(&executor);
            m_processor.setSync(&sync); // a claim handed in by fwctl is decided in the remote store
            for (const SyncConflict& conflict : SyncLedger(m_database.connection()).conflicts())
                m_conflictsShown.insert(conflict.id);
            QObject::connect(&sync, &SyncThread::statusChanged, &m_loop, [this](const SyncStatus& status) {
                ++m_rounds;
                m_last = status;
                m_refusal = status.refused ? status.lastError : QString();
                report(status);
                if (status.pulledEvents != m_pulled) { // other workstations' work arrived: tick now
                    m_pulled = status.pulledEvents;
                    m_loop.quit();
                }
            });
        }

        bool runEngine()
        {
            const auto ran = engineTick(m_command, m_executor, m_processor, m_database, m_clock);
            if (!ran) {
                err() << m_command << ": " << ran.message() << '\n';
                return false;
            }
            if (*ran > 0)
                m_sync.wake(); // new events to push
            if (!m_sync.decidesClaims()) // claims left undecided by a link that went silent
                SyncedActions::grantWaitingClaimsHere(m_database, m_executor, 1000);
            m_transitions += *ran;
            return true;
        }

        // Runs the event loop up to tickMs, or until a round brings news or the run's deadline passes.
        void waitForNextTick(int tickMs, const QDeadlineTimer& deadline)
        {
            constexpr qint64 sliceMs = 20;
            QDeadlineTimer next(tickMs);
            while (!stopRequested() && !next.hasExpired() && !deadline.hasExpired() && m_refusal.isEmpty()) {
                QTimer::singleShot(std::min(sliceMs, next.remainingTime()), &m_loop, &QEventLoop::quit);
                m_loop.exec();
            }
        }

        // Waits (the event loop running) for `rounds` more rounds to report, up to timeoutMs.
        void waitForRounds(int rounds, int timeoutMs)
        {
            const int until = m_rounds + rounds;
            for (QDeadlineTimer deadline(timeoutMs); m_rounds < until && !deadline.hasExpired() && m_refusal.isEmpty();) {
                QTimer::singleShot(20, &m_loop, &QEventLoop::quit);
                m_loop.exec();
            }
        }

        void report(const SyncStatus& status)
        {
            if (!m_online || *m_online != status.online) {
                out() << shownTime(m_clock.now()) << ' ' << connectionLine(status) << '\n';
                m_online = status.online;
            }
            for (const SyncConflict& conflict : SyncLedger(m_database.connection()).conflicts()) {
                if (!m_conflictsShown.contains(conflict.id)) {
                    m_conflictsShown.insert(conflict.id);
                    out() << shownTime(conflict.at) << ' ' << Fwctl::tr("conflict: %1").arg(conflict.detail) << '\n';
                }
            }
            out().flush();
        }

        // After the engine's last tick: rounds until nothing is left to push (or 5 s, or offline).
        void handOver(int timeoutMs)
        {
            m_sync.wake();
            for (QDeadlineTimer deadline(timeoutMs); !deadline.hasExpired();) {
                waitForRounds(1, int(std::max<qint64>(1, deadline.remainingTime())));
                if (!m_last.online || (m_last.queuedEvents == 0 && m_last.queuedCommands == 0))
                    break;
            }
        }

        qint64 transitions() const { return m_transitions; }
        const QString& refusal() const { return m_refusal; }

    private:
        QString m_command;
        Database& m_database;
        Executor& m_executor;
        SyncThread& m_sync;
        const Clock& m_clock;
        CommandProcessor m_processor;
        QEventLoop m_loop;
        std::optional<bool> m_online;
        QSet<qint64> m_conflictsShown;
        qint64 m_transitions = 0;
        qint64 m_pulled = 0;
        int m_rounds = 0;
        SyncStatus m_last;
        QString m_refusal;
    };

} // namespace

int syncFollow(const QString& command, Database& database, const QStringList& endpoints, int tickMs, qint64 seconds)
{
    if (Executor::engineRunningOn(database.path())) {
        err() << command << ": " << Fwctl::tr("another engine runs on %1 (fwctl run, sync --follow or the workbench)").arg(database.path())
              << '\n';
        return Failure;
    }
    SystemClock clock;
    HttpCalloutTransport transport;
    if (!attachCredentials(command, transport))
        return Failure;
    Executor executor(database, clock);
    executor.setCalloutTransport(&transport);
    executor.setCommandAllowList(CommandAllowList::loadDefault()); // docs/handlers.md
    if (!setEndpoints(command, executor, endpoints))
        return BadInput;
    if (const Status loaded = executor.load(); !loaded) {
        err() << command << ": " << loaded.message() << '\n';
        if (loaded.message().startsWith(QStringLiteral("another engine")))
            return Failure;
    }
    const auto serving = RequestInbox::serve(database.path()); // other fwctl commands hand their actions here
    DirectEnginePort engine(database, clock, executor); // declared first: the sync thread, which uses it, stops before it goes
    SyncThread sync(database.path(), syncSettings(), tickMs);
    if (const Status prepared = sync.prepare(database); !prepared) {
        err() << command << ": " << prepared.message() << '\n';
        return Failure;
    }
    stopOnSignals();
    const QDeadlineTimer deadline = seconds > 0 ? QDeadlineTimer(seconds * 1000) : QDeadlineTimer(QDeadlineTimer::Forever);
    out() << Fwctl::tr("workstation %1 runs %2 with %3 (Ctrl+C stops it)")
                 .arg(sync.workstation(), database.path(), PgConnection::masked(remoteOptions().conninfo))
          << '\n';
    out().flush();
    Follower follower(command, database, executor, sync, clock);
    sync.start(engine);
    follower.waitForRounds(1, 3000); // orders taken over while this workstation was away are dropped before the engine runs
    int exitCode = Ok;
    while (!stopRequested() && !deadline.hasExpired() && follower.refusal().isEmpty()) {
        if (!follower.runEngine()) {
            exitCode = Failure;
            break;
        }
        follower.waitForNextTick(tickMs, deadline);
    }
    if (!follower.refusal().isEmpty()) {
        err() << command << ": " << Fwctl::tr("refused: %1").arg(follower.refusal()) << '\n';
        return BadInput;
    }
    // A last round hands over what the engine did since the previous one (if the remote store answers soon).
    follower.handOver(5000);
    sync.stop();
    const SyncStatus status = sync.status();
    out() << Fwctl::tr("stopped at %1: %2 step transitions, %3 events pushed, %4 pulled, %5 leases held, %6 open conflicts, %7 events "
                       "queued")
                 .arg(shownTime(clock.now()))
                 .arg(follower.transitions())
                 .arg(status.pushedEvents)
                 .arg(status.pulledEvents)
                 .arg(status.leasesHeld)
                 .arg(status.openConflicts)
                 .arg(status.queuedEvents)
          << '\n'
          << Fwctl::tr("orders: %1").arg(ordersLine(database)) << '\n';
    return exitCode;
}

} // namespace fw::cli
