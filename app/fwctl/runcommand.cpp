// fwctl run: the engine on the command line, until idle or continuously; and the hand-off of
// operator actions to an engine that is already running on the store.
#include "cli.h"

#include "common/clock.h"
#include "common/duration.h"
#include "engine/callouttransport.h"
#include "engine/executor.h"
#include "engine/requestinbox.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace fw::cli {

namespace {
    std::atomic_bool stopFlag = false;
    void requestStop(int) { stopFlag = true; }

    // The simulated clock continues from the newest journal entry, so repeated
    // `run --simulated-clock --advance 1d` calls move time forward step by step.
    QDateTime simulatedNow(const Database& database)
    {
        QSqlQuery query(database.connection());
        if (query.exec(QStringLiteral("SELECT MAX(at) FROM journal")) && query.next() && !query.value(0).isNull())
            return QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
        return QDateTime::currentDateTimeUtc();
    }

    // Runs until SIGINT/SIGTERM or `seconds` pass (0: no limit), ticking every tickMs; callout
    // replies arrive through the event loop in between.
    int runContinuously(Executor& executor, Database& database, const Clock& clock, int tickMs, qint64 seconds)
    {
        stopOnSignals();
        QDeadlineTimer deadline = seconds > 0 ? QDeadlineTimer(seconds * 1000) : QDeadlineTimer(QDeadlineTimer::Forever);
        qint64 total = 0;
        int exitCode = Ok;
        QTimer timer;
        QObject::connect(&timer, &QTimer::timeout, [&] {
            if (stopFlag || deadline.hasExpired()) {
                QCoreApplication::exit(exitCode);
                return;
            }
            const auto ran = engineTick(QStringLiteral("fwctl run"), executor, database, clock);
            if (const auto* error = std::get_if<QString>(&ran)) {
                err() << "fwctl run: " << *error << '\n';
                exitCode = Failure;
                QCoreApplication::exit(exitCode);
                return;
            }
            if (const int moved = std::get<int>(ran); moved > 0) {
                total += moved;
                out() << toStoreTime(clock.now()) << ' ' << moved << " step transitions, " << executor.orderIds().size()
                      << " active orders\n";
                out().flush();
            }
        });
        timer.start(tickMs);
        out() << "engine running on " << database.path() << " (Ctrl+C stops it)\n";
        out().flush();
        const int code = QCoreApplication::exec();
        out() << total << " step transitions in " << executor.orderIds().size() << " active orders at " << toStoreTime(clock.now())
              << '\n';
        return code;
    }
} // namespace

void stopOnSignals()
{
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
}

bool stopRequested() { return stopFlag; }

// One pass of a running engine: orders imported meanwhile, requests left by other processes,
// then everything that can move. Returns the transitions made, or the store error.
std::variant<int, QString> engineTick(const QString& command, Executor& executor, Database& database, const Clock& clock)
{
    QStringList problems;
    executor.adoptNewOrders(problems);
    if (auto failure = executor.storeFailure())
        return *failure; // said once, by the caller
    for (const QString& problem : problems)
        err() << command << ": " << problem << '\n';
    const int requests = RequestInbox(database.connection()).processPending(executor, clock.now());
    auto ran = executor.runUntilIdle();
    if (auto* transitions = std::get_if<int>(&ran))
        *transitions += requests;
    return ran;
}

bool setEndpoints(const QString& command, Executor& executor, const QStringList& mappings)
{
    for (const QString& mapping : mappings) {
        const qsizetype equals = mapping.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            err() << command << ": --endpoint expects ID=URL, got '" << mapping << "'\n";
            return false;
        }
        executor.setEndpointBaseUrl(mapping.left(equals), mapping.mid(equals + 1));
    }
    return true;
}

int handToRunningEngine(const QString& command, Database& database, const OperatorRequest& request, const Clock& clock, int waitSeconds)
{
    RequestInbox inbox(database.connection());
    const auto queued = inbox.enqueue(request, clock.now());
    if (const auto* error = std::get_if<QString>(&queued)) {
        err() << command << ": " << *error << '\n';
        return Failure;
    }
    const qint64 id = std::get<qint64>(queued);
    QDeadlineTimer deadline(waitSeconds * 1000);
    for (;;) {
        const auto outcome = inbox.outcome(id);
        if (outcome && outcome->finished) {
            if (outcome->error.isEmpty())
                return Ok;
            err() << command << ": " << outcome->error << '\n';
            return BadInput;
        }
        if (deadline.hasExpired())
            break;
        QThread::msleep(50);
    }
    err() << command << ": an engine is running on " << database.path() << " but did not take request " << id << " within "
          << waitSeconds << " s; it stays queued and runs when the engine next ticks\n";
    return Failure;
}

int runRun(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption untilIdle(QStringLiteral("until-idle"),
                                       QStringLiteral("Run until nothing can move without a person, a signal, time or "
                                                      "a callout reply, then stop. Without it the engine keeps running, "
                                                      "carrying out actions other fwctl commands hand it, until Ctrl+C."));
    const QCommandLineOption simulated(QStringLiteral("simulated-clock"),
                                       QStringLiteral("Use simulated time, continuing from the newest journal entry."));
    const QCommandLineOption advance(QStringLiteral("advance"), QStringLiteral("With --simulated-clock: move time forward first."),
                                     QStringLiteral("DURATION"));
    const QCommandLineOption endpoint(QStringLiteral("endpoint"),
                                      QStringLiteral("Send an endpoint's callouts elsewhere, e.g. carrier=http://127.0.0.1:9000/carrier "
                                                     "(repeatable)."),
                                      QStringLiteral("ID=URL"));
    const QCommandLineOption tickMs(QStringLiteral("tick-ms"), QStringLiteral("Continuous mode: how often the engine looks for work."),
                                    QStringLiteral("MS"), QStringLiteral("250"));
    const QCommandLineOption runFor(QStringLiteral("for"), QStringLiteral("Continuous mode: stop after DURATION (e.g. 30s, 2h)."),
                                    QStringLiteral("DURATION"));
    parser.addOptions({ untilIdle, simulated, advance, endpoint, tickMs, runFor });
    if (const auto stop = parseArguments(parser, arguments, QStringLiteral("Runs the plans of all active orders in the store."), 0))
        return *stop;
    const auto database = openStore();
    if (!database)
        return Failure;
    SystemClock system;
    ManualClock manual(simulatedNow(*database));
    if (parser.isSet(advance)) {
        const auto seconds = parseDurationSeconds(parser.value(advance));
        if (!seconds || !parser.isSet(simulated)) {
            err() << arguments.value(0) << ": --advance needs --simulated-clock and a duration such as 1d or 4h30m\n";
            return BadInput;
        }
        manual.advance(*seconds * 1000);
    }
    std::optional<qint64> forSeconds = qint64(0);
    if (parser.isSet(runFor)) {
        forSeconds = parseDurationSeconds(parser.value(runFor));
        if (!forSeconds || parser.isSet(untilIdle)) {
            err() << arguments.value(0) << ": --for needs a duration such as 30s or 2h, and not --until-idle\n";
            return BadInput;
        }
    }
    const Clock& clock = parser.isSet(simulated) ? static_cast<const Clock&>(manual) : system;
    HttpCalloutTransport transport;
    Executor executor(*database, clock);
    executor.setCalloutTransport(&transport);
    if (!setEndpoints(arguments.value(0), executor, parser.values(endpoint)))
        return BadInput;
    if (const auto error = executor.load()) {
        err() << "fwctl: " << *error << '\n';
        if (error->startsWith(QStringLiteral("another engine")) || executor.storeFailure())
            return Failure;
    }
    for (const UnreadableOrder& order : executor.setAsideOrders())
        err() << arguments.value(0) << ": order " << order.orderId << " set aside, not run: " << order.reason << '\n';
    if (!parser.isSet(untilIdle))
        return runContinuously(executor, *database, clock, std::max(10, parser.value(tickMs).toInt()), *forSeconds);
    RequestInbox(database->connection()).processPending(executor, clock.now()); // left while no engine ran
    const auto ran = executor.runUntilSettled();
    if (const auto* error = std::get_if<QString>(&ran)) {
        err() << arguments.value(0) << ": " << *error << '\n';
        return Failure;
    }
    out() << std::get<int>(ran) << " step transitions in " << executor.orderIds().size() << " active orders at "
          << toStoreTime(clock.now()) << '\n';
    return Ok;
}

} // namespace fw::cli
