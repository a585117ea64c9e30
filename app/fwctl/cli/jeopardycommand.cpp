// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl jeopardy and escalations: what is at risk of missing its SLA, and the supervisors' actions.

#include "cli.h"

#include "common/clock.h"
#include "commands/command.h"
#include "store/escalationsreader.h"
#include "sla/jeopardyjson.h"
#include "store/stephistoryreader.h"
#include "store/slareader.h"
#include "sla/stephistory.h"
#include "store/database.h"
#include "store/storeclock.h"

#include <QCommandLineParser>

#include <nlohmann/json.hpp>

namespace fw::cli {

namespace {

    QString shortTime(const QDateTime& time)
    {
        return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
    }

    void printReport(const JeopardyReport& report, std::optional<JeopardyLevel> minimum)
    {
        int critical = 0;
        int warning = 0;
        int projectedLate = 0;
        for (const JeopardyFinding& f : report.findings)
            (f.level == JeopardyLevel::Critical ? critical : warning) += 1;
        for (const OrderForecast& forecast : report.forecasts)
            projectedLate += forecast.atRisk() ? 1 : 0;
        out() << Fwctl::tr("Evaluated %1 open orders (%2 open steps) at %3 UTC: %4 critical, %5 warning, %6 orders projected to miss "
                           "their due date.")
                     .arg(report.ordersEvaluated)
                     .arg(report.stepsEvaluated)
                     .arg(shortTime(report.evaluatedAt))
                     .arg(critical)
                     .arg(warning)
                     .arg(projectedLate)
              << '\n';
        for (const JeopardyFinding& f : report.findings) {
            if (minimum && f.level < *minimum)
                continue;
            out() << '\n'
                  << jeopardyLevelName(f.level).toUpper() << "  " << f.orderId
                  << (f.stepId.isEmpty() ? QString(QLatin1Char(' ') + Fwctl::tr("(whole order)")) : QStringLiteral(" / ") + f.stepId)
                  << "  " << Fwctl::tr("breach %1").arg(shortTime(f.breachAt)) << "  " << jeopardyCauseName(f.cause)
                  << (f.ruleId.isEmpty() ? QString() : QStringLiteral(" ") + f.ruleId) << '\n';
            if (!f.stepId.isEmpty())
                out() << "    "
                      << Fwctl::tr("lane %1, queue %2, owner %3")
                             .arg(f.lane.isEmpty() ? QStringLiteral("-") : f.lane, f.queue.isEmpty() ? QStringLiteral("-") : f.queue,
                                  f.owner.isEmpty() ? QStringLiteral("-") : f.owner)
                      << '\n';
            if (!f.runsOn.isEmpty())
                out() << "    " << Fwctl::tr("runs on %1").arg(f.runsOn) << '\n';
            out() << "    " << Fwctl::tr("forecast %1, due %2").arg(shortTime(f.forecastAt), shortTime(f.dueAt)) << '\n';
            out() << "    " << f.reason << '\n';
        }
    }

    int listJeopardy(const QString& command, const QCommandLineParser& parser, bool json, const QString& level, const QString& at)
    {
        std::optional<JeopardyLevel> minimum;
        if (!level.isEmpty()) {
            minimum = jeopardyLevelFromName(level);
            if (!minimum || *minimum == JeopardyLevel::None) {
                err() << command << ": " << Fwctl::tr("--level must be warning or critical, not '%1'").arg(level) << '\n';
                return BadInput;
            }
        }
        QDateTime now = QDateTime::currentDateTimeUtc();
        if (!at.isEmpty()) {
            now = QDateTime::fromString(at, Qt::ISODate);
            if (!now.isValid()) {
                err() << command << ": " << Fwctl::tr("--at expects an ISO date-time such as 2026-11-25T14:00:00Z, not '%1'").arg(at)
                      << '\n';
                return BadInput;
            }
            now = now.toUTC();
        }
        Q_UNUSED(parser);
        const auto database = openStore();
        if (!database)
            return Failure;
        if (at.isEmpty())
            now = StoreClock::forStore(database->connection())->now(); // simulated time when the store runs in it
        auto history = loadStepHistory(database->connection(), now);
        if (!history) {
            err() << command << ": " << history.message() << '\n';
            return Failure;
        }
        // A chunk of open orders at a time: memory bounded by a chunk, not by the store.
        JeopardyEvaluator evaluator(&*history);
        evaluator.start(now);
        SlaReader reader(database->connection());
        const Status read = reader.forEachOpenChunk([&evaluator](std::vector<SlaOrder>& chunk) {
            evaluator.add(chunk);
            return Status();
        });
        if (!read) {
            err() << command << ": " << read.message() << '\n';
            return Failure;
        }
        const JeopardyReport report = evaluator.finish();
        if (json) {
            nlohmann::json document = jeopardyReportToJson(report);
            if (minimum) {
                auto& findings = document["findings"];
                findings.erase(std::remove_if(findings.begin(), findings.end(),
                                              [&](const nlohmann::json& f) {
                                                  return jeopardyLevelFromName(QString::fromStdString(f["level"].get<std::string>()))
                                                      < minimum;
                                              }),
                               findings.end());
            }
            out() << QString::fromStdString(document.dump(2)) << '\n';
        } else {
            printReport(report, minimum);
        }
        return Ok;
    }

} // namespace

int runJeopardy(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 Fwctl::tr("reassign ORDER STEP QUEUE, escalate ORDER [STEP] or priority ORDER "
                                           "normal|high|urgent; without: list what is in jeopardy."),
                                 QStringLiteral("[reassign ORDER STEP QUEUE | escalate ORDER [STEP] | priority ORDER normal|high|urgent]"));
    const QCommandLineOption json(QStringLiteral("json"), Fwctl::tr("Print JSON."));
    const QCommandLineOption level(QStringLiteral("level"), Fwctl::tr("Only this level and above: warning or critical."),
                                   QStringLiteral("LEVEL"));
    const QCommandLineOption at(QStringLiteral("at"), Fwctl::tr("Evaluate at this instant (ISO 8601) instead of now."),
                                QStringLiteral("TIME"));
    const QCommandLineOption queue(QStringLiteral("queue"), Fwctl::tr("escalate: the supervisors' task queue."), QStringLiteral("Q"));
    const QCommandLineOption note(QStringLiteral("note"), Fwctl::tr("escalate: what the supervisor should know; priority: why."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption as(QStringLiteral("as"), Fwctl::tr("Who acts."), QStringLiteral("USER"), defaultUser());
    parser.addOptions({ json, level, at, queue, note, as, waitOption(), endpointOption() });
    if (const auto stop = parseArguments(parser, arguments,
                                         Fwctl::tr("Lists the orders and steps at warning or critical, sorted by breach time, with "
                                                   "forecast and due date; reassigns a step's task or escalates to a supervisor."),
                                         -1))
        return *stop;
    const QString command = arguments.value(0);
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return listJeopardy(command, parser, parser.isSet(json), parser.value(level), parser.value(at));
    const QString action = positional.first();
    const QString user = parser.value(as);
    if (action == QStringLiteral("reassign")) {
        if (positional.size() != 4) {
            err() << command << ": " << Fwctl::tr("reassign needs ORDER STEP QUEUE") << '\n';
            return BadInput;
        }
        return withEngine(command,
                          { QStringLiteral("jeopardy.reassign"),
                            { { QStringLiteral("order"), positional[1] },
                              { QStringLiteral("step"), positional[2] },
                              { QStringLiteral("queue"), positional[3] } },
                            user },
                          waitSeconds(parser));
    }
    if (action == QStringLiteral("escalate")) {
        if (positional.size() < 2 || positional.size() > 3 || !parser.isSet(queue)) {
            err() << command << ": " << Fwctl::tr("escalate needs ORDER [STEP] and --queue Q") << '\n';
            return BadInput;
        }
        return withEngine(command,
                          { QStringLiteral("jeopardy.escalate"),
                            { { QStringLiteral("order"), positional[1] },
                              { QStringLiteral("step"), positional.value(2) },
                              { QStringLiteral("queue"), parser.value(queue) },
                              { QStringLiteral("note"), parser.value(note) } },
                            user },
                          waitSeconds(parser));
    }
    if (action == QStringLiteral("priority")) {
        static const QStringList levels { QStringLiteral("normal"), QStringLiteral("high"), QStringLiteral("urgent") };
        if (positional.size() != 3 || !levels.contains(positional[2])) {
            err() << command << ": " << Fwctl::tr("priority needs ORDER and normal, high or urgent") << '\n';
            return BadInput;
        }
        return withEngine(command,
                          { QStringLiteral("order.priority"),
                            { { QStringLiteral("order"), positional[1] },
                              { QStringLiteral("priority"), levels.indexOf(positional[2]) },
                              { QStringLiteral("note"), parser.value(note) } },
                            user },
                          waitSeconds(parser));
    }
    err() << command << ": " << Fwctl::tr("unknown action '%1' (reassign, escalate or priority; none to list)").arg(action) << '\n';
    return BadInput;
}

int runEscalations(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION ID"), Fwctl::tr("claim or resolve the escalation ID; without: list open ones."),
                                 QStringLiteral("[claim ID | resolve ID]"));
    const QCommandLineOption all(QStringLiteral("all"), Fwctl::tr("Include resolved escalations."));
    const QCommandLineOption json(QStringLiteral("json"), Fwctl::tr("Print JSON."));
    const QCommandLineOption resolution(QStringLiteral("resolution"), Fwctl::tr("resolve: what was done."), QStringLiteral("TEXT"));
    const QCommandLineOption as(QStringLiteral("as"), Fwctl::tr("Who acts."), QStringLiteral("USER"), defaultUser());
    parser.addOptions({ all, json, resolution, as, waitOption(), endpointOption() });
    if (const auto stop = parseArguments(parser, arguments, Fwctl::tr("Lists, claims or resolves escalations to supervisors."), -1))
        return *stop;
    const QString command = arguments.value(0);
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        bool numeric = false;
        const qint64 id = positional.value(1).toLongLong(&numeric);
        if (positional.size() != 2 || !numeric) {
            err() << command << ": " << Fwctl::tr("expected claim ID or resolve ID") << '\n';
            return BadInput;
        }
        if (positional[0] == QStringLiteral("claim"))
            return withEngine(command, { QStringLiteral("escalation.claim"), { { QStringLiteral("escalation"), id } }, parser.value(as) },
                              waitSeconds(parser));
        if (positional[0] == QStringLiteral("resolve"))
            return withEngine(command,
                              { QStringLiteral("escalation.resolve"),
                                { { QStringLiteral("escalation"), id }, { QStringLiteral("resolution"), parser.value(resolution) } },
                                parser.value(as) },
                              waitSeconds(parser));
        err() << command << ": " << Fwctl::tr("unknown action '%1' (claim or resolve)").arg(positional[0]) << '\n';
        return BadInput;
    }
    const auto database = openStore();
    if (!database)
        return Failure;
    auto read = readEscalations(database->connection(), parser.isSet(all));
    if (!read) {
        err() << command << ": " << read.message() << '\n';
        return Failure;
    }
    const auto& escalations = *read;
    if (parser.isSet(json)) {
        nlohmann::json rows = nlohmann::json::array();
        for (const EscalationSummary& e : escalations)
            rows.push_back({ { "id", e.id },
                             { "order", e.orderId.toStdString() },
                             { "step", e.stepId.toStdString() },
                             { "queue", e.queue.toStdString() },
                             { "level", e.level.toStdString() },
                             { "reason", e.reason.toStdString() },
                             { "note", e.note.toStdString() },
                             { "raisedBy", e.raisedBy.toStdString() },
                             { "state", e.state.toStdString() },
                             { "claimedBy", e.claimedBy.toStdString() },
                             { "createdAt", toStoreTime(e.createdAt).toStdString() },
                             { "resolvedBy", e.resolvedBy.toStdString() },
                             { "resolution", e.resolution.toStdString() } });
        out() << QString::fromStdString(rows.dump(2)) << '\n';
        return Ok;
    }
    for (const EscalationSummary& e : escalations) {
        out() << e.id << "  " << e.state << (e.claimedBy.isEmpty() ? QString() : QLatin1Char(' ') + Fwctl::tr("by %1").arg(e.claimedBy))
              << "  " << e.queue << "  " << e.orderId << (e.stepId.isEmpty() ? QString() : QStringLiteral(" / ") + e.stepId) << "  "
              << e.level << "  " << Fwctl::tr("raised by %1 at %2").arg(e.raisedBy, shortTime(e.createdAt)) << '\n'
              << "    " << e.reason << (e.note.isEmpty() ? QString() : QStringLiteral(" — ") + e.note) << '\n';
        if (!e.resolution.isEmpty())
            out() << "    " << Fwctl::tr("resolved by %1: %2").arg(e.resolvedBy, e.resolution) << '\n';
    }
    return Ok;
}

} // namespace fw::cli
