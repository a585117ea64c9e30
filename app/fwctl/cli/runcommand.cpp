// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl run: the engine on the command line, until idle or continuously; and the hand-off of
// operator actions to an engine that is already running on the store.
#include "cli.h"

#include "commands/commandprocessor.h"
#include "common/clock.h"
#include "common/duration.h"
#include "engine/callouttransport.h"
#include "engine/executor.h"
#include "engine/runningorders.h"
#include "engine/requestinbox.h"
#include "sla/jeopardymonitor.h"
#include "store/stephistoryreader.h"
#include "sla/stephistory.h"
#include "store/database.h"
#include "store/storeclock.h"
#include "store/storelistings.h"
#include "sync/syncedactions.h"
#include "store/syncledger.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLockFile>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace fw::cli {

namespace {
    std::atomic_bool stopFlag = false;
    void requestStop(int)
    {
        stopFlag = true;
    }

    // Where a store entering simulated time starts: its newest journal entry (so its timeline
    // never goes back), else now. From then on the position is kept in the store (StoreClock).
    Result<QDateTime> simulatedStart(const Database& database)
    {
        const auto newest = StoreListings(database.connection()).newestJournalEntry();
        if (!newest)
            return newest.error();
        return newest->isValid() ? *newest : QDateTime::currentDateTimeUtc();
    }

    // Jeopardy supervision as the workbench's engine does it (EngineWorker::superviseSla): each
    // change of a step's or order's level is journalled once, with the actions of its rule.
    class JeopardySupervision {
    public:
        JeopardySupervision(Database& database, const Clock& clock)
            : m_database(database)
            , m_clock(clock)
        {
        }

        Status run()
        {
            if (!m_monitor) {
                m_monitor = std::make_unique<JeopardyMonitor>(m_database, m_clock);
                auto history = loadStepHistory(m_database.connection(), m_clock.now());
                if (history)
                    m_monitor->setHistory(std::make_shared<const StepHistory>(std::move(*history)));
                else
                    return failure(history.message(), {}, QStringLiteral("step history"));
            }
            std::vector<JeopardyChange> changes;
            const auto report = m_monitor->run(&changes);
            if (!report)
                return failure(report.message(), {}, QStringLiteral("jeopardy"));
            for (const JeopardyChange& change : changes)
                out() << "jeopardy: " << change.finding.orderId
                      << (change.finding.stepId.isEmpty() ? QString() : QStringLiteral(" / ") + change.finding.stepId) << ' '
                      << jeopardyLevelName(change.before) << " -> " << jeopardyLevelName(change.finding.level) << '\n';
            return {};
        }

    private:
        Database& m_database;
        const Clock& m_clock;
        std::unique_ptr<JeopardyMonitor> m_monitor;
    };

    // The orders the engine found it cannot run: the first few with their reason, then how many more
    // and how to list them all, never a line per order.
    void reportUnrunnable(const QString& command, const Executor& executor, const QString& databasePath)
    {
        constexpr std::size_t shown = 3;
        const auto report = [&](const std::vector<UnreadableOrder>& orders, const QString& what) {
            for (std::size_t i = 0; i < orders.size() && i < shown; ++i)
                err() << command << ": " << Fwctl::tr("order %1 %2: %3").arg(orders[i].orderId, what, orders[i].reason) << '\n';
            if (orders.size() > shown)
                err() << command << ": "
                      << Fwctl::tr("... and %1 more orders %2; 'fwctl --db %3 unrunnable' lists them all")
                             .arg(QString::number(orders.size() - shown), what, databasePath)
                      << '\n';
        };
        report(executor.setAsideOrders(), Fwctl::tr("set aside, not run"));
        report(executor.orders().leftOut(), Fwctl::tr("not run"));
    }

    // The run's last line: "12 step transitions in 3 active orders (30 cannot run) at TIME".
    QString runSummary(qint64 transitions, const Executor& executor, const Clock& clock)
    {
        const std::size_t unrunnable = executor.setAsideOrders().size() + executor.orders().leftOut().size();
        return Fwctl::tr("%1 step transitions in %2 active orders%3 at %4")
            .arg(transitions)
            .arg(executor.orderIds().size())
            .arg(unrunnable ? QLatin1Char(' ') + Fwctl::tr("(%1 cannot run)").arg(unrunnable) : QString())
            .arg(toStoreTime(clock.now()));
    }

    // Runs until SIGINT/SIGTERM or `seconds` pass (0: no limit), ticking every tickMs; callout
    // replies arrive through the event loop in between.
    int runContinuously(Executor& executor, CommandProcessor& processor, Database& database, const Clock& clock, int tickMs, qint64 seconds)
    {
        stopOnSignals();
        QDeadlineTimer deadline = seconds > 0 ? QDeadlineTimer(seconds * 1000) : QDeadlineTimer(QDeadlineTimer::Forever);
        qint64 total = 0;
        int exitCode = Ok;
        JeopardySupervision jeopardy(database, clock);
        QDeadlineTimer nextJeopardy(0); // every 5 s of wall time, as the workbench does
        QTimer timer;
        QObject::connect(&timer, &QTimer::timeout, [&] {
            if (stopFlag || deadline.hasExpired()) {
                QCoreApplication::exit(exitCode);
                return;
            }
            const auto ran = engineTick(QStringLiteral("fwctl run"), executor, processor, database, clock);
            if (!ran) {
                err() << "fwctl run: " << ran.message() << '\n';
                exitCode = Failure;
                QCoreApplication::exit(exitCode);
                return;
            }
            if (const int moved = *ran; moved > 0) {
                total += moved;
                out() << toStoreTime(clock.now()) << ' '
                      << Fwctl::tr("%1 step transitions, %2 active orders").arg(moved).arg(executor.orderIds().size()) << '\n';
                out().flush();
            }
            if (nextJeopardy.hasExpired()) {
                nextJeopardy.setRemainingTime(5000);
                if (const Status supervised = jeopardy.run(); !supervised)
                    err() << "fwctl run: " << supervised.message() << '\n';
                out().flush();
            }
        });
        timer.start(tickMs);
        out() << Fwctl::tr("engine running on %1 (Ctrl+C stops it)").arg(database.path()) << '\n';
        out().flush();
        const int code = QCoreApplication::exec();
        out() << runSummary(total, executor, clock) << '\n';
        reportUnrunnable(QStringLiteral("fwctl run"), executor, database.path());
        return code;
    }
} // namespace

void stopOnSignals()
{
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
}

bool stopRequested()
{
    return stopFlag;
}

// One pass of a running engine: orders imported meanwhile, requests left by other processes,
// then everything that can move. Returns the transitions made, or the store error.
Result<int> engineTick(const QString& command, Executor& executor, CommandProcessor& processor, Database& database, const Clock& clock)
{
    QStringList problems;
    executor.adoptNewOrders(problems);
    if (const Status store = executor.storeStatus(); !store)
        return store.error(); // said once, by the caller
    for (const QString& problem : problems)
        err() << command << ": " << problem << '\n';
    const int requests = RequestInbox(database.connection()).processPending(processor, clock.now());
    const Result<int> ran = executor.runUntilIdle();
    if (!ran)
        return ran.error();
    return *ran + requests;
}

bool setEndpoints(const QString& command, Executor& executor, const QStringList& mappings)
{
    for (const QString& mapping : mappings) {
        const qsizetype equals = mapping.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            err() << command << ": " << Fwctl::tr("--endpoint expects ID=URL, got '%1'").arg(mapping) << '\n';
            return false;
        }
        executor.setEndpointBaseUrl(mapping.left(equals), mapping.mid(equals + 1));
    }
    return true;
}

namespace {
    // A claim the running engine queued for the remote store to decide (its sync thread does, in a
    // moment): the final answer, within waitSeconds. Anything else queued is answered as it is. The
    // answer goes back through the store to the process that asked: English, as stored data is.
    CommandResult awaitQueuedClaim(Database& database, const CommandResult& queued, int waitSeconds)
    {
        SyncLedger ledger(database.connection());
        const auto row = ledger.command(queued.queuedId);
        if (!row || !ledger.replicaOwner(row->orderId).isEmpty())
            return queued; // an action for another workstation's order: its owner answers later
        for (QDeadlineTimer deadline(qint64(std::max(1, waitSeconds)) * 1000);; QThread::msleep(50)) {
            const auto now = ledger.command(queued.queuedId);
            const QString state = now ? now->state : QString();
            if (state == QStringLiteral("done"))
                return CommandResult::done(QStringLiteral("granted by the remote store"));
            if (state == QStringLiteral("failed"))
                return CommandResult::invalid(now->error);
            if (state == QStringLiteral("superseded"))
                return CommandResult::done(QStringLiteral("superseded by a later claim or release of the task here"));
            if (state == QStringLiteral("queued") && !SyncedActions::awaitsDecision(*now))
                return CommandResult::done(QStringLiteral("granted here: the remote store does not answer; it is told when it does"));
            if (deadline.hasExpired())
                return CommandResult::failed(
                    QStringLiteral("the remote store has not decided within %1 s (is it offline? 'fwctl sync status' "
                                   "says); the claim stays queued as command %2 and is decided when it answers")
                        .arg(waitSeconds)
                        .arg(queued.queuedId));
        }
    }
} // namespace

int handToRunningEngine(const QString& command, Database& database, const fw::Command& request, const Clock& clock, int waitSeconds)
{
    RequestInbox inbox(database.connection());
    const auto queued = inbox.enqueue(request, clock.now());
    if (!queued) {
        err() << command << ": " << queued.message() << '\n';
        return Failure;
    }
    const qint64 id = *queued;
    QDeadlineTimer deadline(waitSeconds * 1000);
    bool taken = false; // the engine took it before we gave up: its outcome is on the way
    const QDeadlineTimer* waitUntil = &deadline;
    QDeadlineTimer grace;
    for (;;) {
        const auto outcome = inbox.outcome(id);
        if (outcome && outcome->finished && !outcome->withdrawn) {
            if (outcome->result.status == CommandResult::Status::Queued && request.action == QStringLiteral("task.claim"))
                return answer(command, request, awaitQueuedClaim(database, outcome->result, waitSeconds));
            return answer(command, request, outcome->result);
        }
        if (waitUntil->hasExpired()) {
            if (taken)
                break;
            // Withdrawn atomically, unless the engine took it meanwhile: then wait for its answer.
            if (inbox.withdraw(id, clock.now())) {
                err() << command << ": "
                      << Fwctl::tr("the engine running on %1 did not take request %2 within %3 s; the request is withdrawn and will not be "
                                   "carried out")
                             .arg(database.path())
                             .arg(id)
                             .arg(waitSeconds)
                      << '\n';
                return Failure;
            }
            taken = true;
            grace = QDeadlineTimer(std::max(10, waitSeconds) * 1000);
            waitUntil = &grace;
        }
        QThread::msleep(50);
    }
    err() << command << ": "
          << Fwctl::tr("the engine running on %1 took request %2 but has not reported its outcome; 'fwctl timeline' shows whether it was "
                       "carried out")
                 .arg(database.path())
                 .arg(id)
          << '\n';
    return Failure;
}

int runRun(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption untilIdle(QStringLiteral("until-idle"),
                                       Fwctl::tr("Run until nothing can move without a person, a signal, time or "
                                                 "a callout reply, then stop. Without it the engine keeps running, "
                                                 "carrying out actions other fwctl commands hand it, until Ctrl+C."));
    const QCommandLineOption simulated(QStringLiteral("simulated-clock"),
                                       Fwctl::tr("Run the store in simulated time: the first time from its newest journal "
                                                 "entry, then from the position kept in the store, which every command "
                                                 "on the store uses until --wall-clock."));
    const QCommandLineOption advance(QStringLiteral("advance"),
                                     Fwctl::tr("In simulated time: move the store's clock forward first (advances add up)."),
                                     QStringLiteral("DURATION"));
    const QCommandLineOption wallClock(QStringLiteral("wall-clock"), Fwctl::tr("Leave simulated time: run on the wall clock again."));
    const QCommandLineOption tickMs(QStringLiteral("tick-ms"), Fwctl::tr("Continuous mode: how often the engine looks for work."),
                                    QStringLiteral("MS"), QStringLiteral("250"));
    const QCommandLineOption runFor(QStringLiteral("for"), Fwctl::tr("Continuous mode: stop after DURATION (e.g. 30s, 2h)."),
                                    QStringLiteral("DURATION"));
    parser.addOptions({ untilIdle, simulated, advance, wallClock, endpointOption(), tickMs, runFor });
    if (const auto stop = parseArguments(parser, arguments, Fwctl::tr("Runs the plans of all active orders in the store."), 0))
        return *stop;
    const auto database = openStore();
    if (!database)
        return Failure;
    if (parser.isSet(wallClock) && (parser.isSet(simulated) || parser.isSet(advance))) {
        err() << arguments.value(0) << ": "
              << Fwctl::tr("--wall-clock leaves simulated time; it takes neither --simulated-clock nor --advance") << '\n';
        return BadInput;
    }
    const auto kept = StoreClock::simulatedPosition(database->connection());
    if (!kept) {
        err() << arguments.value(0) << ": " << kept.message() << '\n';
        return Failure;
    }
    const std::optional<QDateTime> position = *kept;
    if (parser.isSet(wallClock) && position) {
        if (const Status left = StoreClock::useWallClock(database->connection()); !left) {
            err() << arguments.value(0) << ": " << left.message() << '\n';
            return Failure;
        }
        err() << arguments.value(0) << ": "
              << Fwctl::tr("the store leaves simulated time (it was at %1) and runs on the wall clock").arg(toStoreTime(*position)) << '\n';
    }
    // A store once run in simulated time stays in it (every command uses the kept position) until --wall-clock.
    const bool simulatedMode = !parser.isSet(wallClock) && (parser.isSet(simulated) || position);
    SystemClock system;
    const auto start = position ? Result<QDateTime>(*position) : simulatedStart(*database);
    if (!start) {
        err() << arguments.value(0) << ": " << start.message() << '\n';
        return Failure;
    }
    ManualClock manual(*start);
    if (parser.isSet(advance)) {
        const auto seconds = parseDurationSeconds(parser.value(advance));
        if (!seconds || !simulatedMode) {
            err() << arguments.value(0) << ": " << Fwctl::tr("--advance needs --simulated-clock and a duration such as 1d or 4h30m")
                  << '\n';
            return BadInput;
        }
        manual.advance(*seconds * 1000);
    }
    if (simulatedMode) {
        if (const Status stored = StoreClock::setSimulatedPosition(database->connection(), manual.now()); !stored) {
            err() << arguments.value(0) << ": " << stored.message() << '\n';
            return Failure;
        }
    }
    std::optional<qint64> forSeconds = qint64(0);
    if (parser.isSet(runFor)) {
        forSeconds = parseDurationSeconds(parser.value(runFor));
        if (!forSeconds || parser.isSet(untilIdle)) {
            err() << arguments.value(0) << ": " << Fwctl::tr("--for needs a duration such as 30s or 2h, and not --until-idle") << '\n';
            return BadInput;
        }
    }
    const Clock& clock = simulatedMode ? static_cast<const Clock&>(manual) : system;
    HttpCalloutTransport transport;
    if (!attachCredentials(arguments.value(0), transport))
        return Failure;
    Executor executor(*database, clock);
    executor.setCalloutTransport(&transport);
    executor.setCommandAllowList(CommandAllowList::loadDefault()); // docs/handlers.md
    if (!setEndpoints(arguments.value(0), executor, endpointOverrides()))
        return BadInput;
    if (const Status loaded = executor.load(); !loaded) {
        err() << "fwctl: " << loaded.message() << '\n';
        if (loaded.message().startsWith(QStringLiteral("another engine")) || !executor.storeStatus())
            return Failure;
    }
    CommandProcessor processor(*database, clock); // the actions other fwctl commands hand this engine
    processor.setExecutor(&executor);
    if (!parser.isSet(untilIdle)) {
        const auto serving = RequestInbox::serve(database->path()); // other fwctl commands hand their actions here
        return runContinuously(executor, processor, *database, clock, std::max(10, parser.value(tickMs).toInt()), *forSeconds);
    }
    RequestInbox(database->connection()).processPending(processor, clock.now()); // left while no engine ran
    const Result<int> ran = executor.runUntilSettled();
    if (!ran) {
        err() << arguments.value(0) << ": " << ran.message() << '\n';
        return Failure;
    }
    reportUnrunnable(arguments.value(0), executor, database->path());
    if (const Status supervised = JeopardySupervision(*database, clock).run(); !supervised) {
        err() << arguments.value(0) << ": " << supervised.message() << '\n';
        return Failure;
    }
    out() << runSummary(*ran, executor, clock) << '\n';
    return Ok;
}

} // namespace fw::cli
