// fwctl sync --follow: a workstation without GUI. The engine runs as in `fwctl run` and a sync
// round runs every tick; between ticks it waits for the remote store's notifications or the tick
// interval, while the event loop delivers callout replies.
#include "synccommands.h"

#include "cli.h"

#include "commands/commandprocessor.h"
#include "common/clock.h"
#include "engine/callouttransport.h"
#include "engine/executor.h"
#include "engine/requestinbox.h"
#include "store/database.h"
#include "sync/pgconnection.h"
#include "sync/syncagent.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QLockFile>
#include <QSet>
#include <QTimer>

namespace fw::cli {

namespace {

    // Waits up to tickMs, or until the remote store notifies, a stop is requested or the run's
    // deadline passes. The event loop runs meanwhile, in short slices, for callout replies.
    void waitForNextTick(SyncAgent& agent, int tickMs, const QDeadlineTimer& deadline)
    {
        constexpr qint64 sliceMs = 20;
        QEventLoop loop;
        QDeadlineTimer next(tickMs);
        while (!stopRequested() && !next.hasExpired() && !deadline.hasExpired()) {
            QTimer::singleShot(std::min(sliceMs, next.remainingTime()), &loop, &QEventLoop::quit);
            loop.exec();
            if (agent.waitForWork(0))
                return;
        }
    }

    class Follower {
    public:
        Follower(const QString& command, Database& database, Executor& executor, SyncAgent& agent, const Clock& clock)
            : m_command(command)
            , m_database(database)
            , m_executor(executor)
            , m_agent(agent)
            , m_clock(clock)
            , m_processor(database, clock)
        {
            m_processor.setExecutor(&executor);
            m_processor.setSync(&agent); // a claim handed in by fwctl is decided in the remote store
            for (const SyncConflict& conflict : m_agent.conflicts())
                m_conflictsShown.insert(conflict.id);
        }

        // One tick: the engine, a sync round, then the engine again for the orders the round took.
        bool tick()
        {
            if (!runEngine())
                return false;
            report(m_agent.round(&m_executor));
            return runEngine();
        }

        void report(const SyncStatus& status)
        {
            if (!m_online || *m_online != status.online) {
                out() << shownTime(m_clock.now()) << ' ' << connectionLine(status) << '\n';
                m_online = status.online;
            }
            for (const SyncConflict& conflict : m_agent.conflicts()) {
                if (!m_conflictsShown.contains(conflict.id)) {
                    m_conflictsShown.insert(conflict.id);
                    out() << shownTime(conflict.at) << " conflict: " << conflict.detail << '\n';
                }
            }
            out().flush();
        }

        qint64 transitions() const { return m_transitions; }

    private:
        bool runEngine()
        {
            const auto ran = engineTick(m_command, m_executor, m_processor, m_database, m_clock);
            if (const auto* error = std::get_if<QString>(&ran)) {
                err() << m_command << ": " << *error << '\n';
                return false;
            }
            m_transitions += std::get<int>(ran);
            return true;
        }

        QString m_command;
        Database& m_database;
        Executor& m_executor;
        SyncAgent& m_agent;
        const Clock& m_clock;
        CommandProcessor m_processor;
        std::optional<bool> m_online;
        QSet<qint64> m_conflictsShown;
        qint64 m_transitions = 0;
    };

} // namespace

int syncFollow(const QString& command, Database& database, const QStringList& endpoints, int tickMs, qint64 seconds)
{
    if (Executor::engineRunningOn(database.path())) {
        err() << command << ": another engine runs on " << database.path() << " (fwctl run, sync --follow or the workbench)\n";
        return Failure;
    }
    SystemClock clock;
    HttpCalloutTransport transport;
    Executor executor(database, clock);
    executor.setCalloutTransport(&transport);
    if (!setEndpoints(command, executor, endpoints))
        return BadInput;
    if (const auto error = executor.load()) {
        err() << command << ": " << *error << '\n';
        if (error->startsWith(QStringLiteral("another engine")))
            return Failure;
    }
    const auto serving = RequestInbox::serve(database.path()); // other fwctl commands hand their actions here
    SyncAgent agent(database, clock, syncSettings());
    if (const auto error = agent.open()) {
        err() << command << ": " << *error << '\n';
        return Failure;
    }
    if (const SyncStatus opened = agent.status(); opened.refused) {
        err() << command << ": refused: " << opened.lastError << '\n';
        return BadInput;
    }
    stopOnSignals();
    const QDeadlineTimer deadline = seconds > 0 ? QDeadlineTimer(seconds * 1000) : QDeadlineTimer(QDeadlineTimer::Forever);
    out() << "workstation " << agent.workstation() << " runs " << database.path() << " with "
          << PgConnection::masked(remoteOptions().conninfo) << " (Ctrl+C stops it)\n";
    out().flush();
    Follower follower(command, database, executor, agent, clock);
    int exitCode = Ok;
    while (!stopRequested() && !deadline.hasExpired()) {
        if (!follower.tick()) {
            exitCode = Failure;
            break;
        }
        waitForNextTick(agent, tickMs, deadline);
    }
    // A last round hands over what the engine did since the previous one.
    const SyncStatus status = agent.round(&executor);
    follower.report(status);
    out() << "stopped at " << shownTime(clock.now()) << ": " << follower.transitions() << " step transitions, " << status.pushedEvents
          << " events pushed, " << status.pulledEvents << " pulled, " << status.leasesHeld << " leases held, "
          << status.openConflicts << " open conflicts, " << status.queuedEvents << " events queued\n"
          << "orders: " << ordersLine(database) << '\n';
    return exitCode;
}

} // namespace fw::cli
