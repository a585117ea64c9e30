// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark: JeopardyEvaluator::evaluate on a synthetic workload: 20,000 open orders of 8 steps
// (reserve, ship, deliver, schedule, install, activate, bill, done), 3 done and 5 open each, so
// 100,000 open steps; six rules (two on business calendars in Europe/Berlin and America/New_York,
// duration and percent thresholds, an order rule), due dates on most orders, and a step history
// with statistics for every step. Prints the best of 5 runs in ms and open steps per second.
//   fw_bench_jeopardy [--orders N] [--runs R]

#include "sla/jeopardy.h"
#include "sla/stephistory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <random>

using namespace fw;

namespace {

QTextStream out(stdout);

std::shared_ptr<const Catalog> syntheticCatalog()
{
    auto catalog = std::make_shared<Catalog>();
    catalog->id = QStringLiteral("bench-sla");
    BusinessCalendarSpec emea;
    emea.id = QStringLiteral("emea-office");
    emea.timeZone = QStringLiteral("Europe/Berlin");
    emea.opens = QTime(8, 0);
    emea.closes = QTime(18, 0);
    emea.holidays = { QDate(2026, 12, 25), QDate(2026, 12, 26) };
    BusinessCalendarSpec us = emea;
    us.id = QStringLiteral("us-field");
    us.timeZone = QStringLiteral("America/New_York");
    us.days = { 1, 2, 3, 4, 5, 6 };
    us.holidays = { QDate(2026, 11, 26) };
    catalog->calendars = { emea, us };

    const auto rule = [](const char* id, JeopardyRule::Scope scope, JeopardyThreshold warning, JeopardyThreshold critical) {
        JeopardyRule r;
        r.id = QString::fromLatin1(id);
        r.scope = scope;
        r.warning = warning;
        r.critical = critical;
        r.actions = { { JeopardyAction::Kind::Flag, JeopardyAction::Level::Warning, {} },
                      { JeopardyAction::Kind::Escalate, JeopardyAction::Level::Critical, QStringLiteral("supervisors") } };
        return r;
    };
    using S = JeopardyRule::Scope;
    JeopardyRule schedule = rule("schedule-slow", S::Step, { 4 * 3600, 0 }, { 8 * 3600, 0 });
    schedule.matchStep = QStringLiteral("schedule");
    schedule.calendar = QStringLiteral("emea-office");
    JeopardyRule install = rule("install-late", S::Step, { 0, 120 }, { 0, 200 });
    install.matchStepType = StepType::ManualTask;
    install.matchLane = QStringLiteral("field");
    install.matchQueue = QStringLiteral("technicians");
    install.calendar = QStringLiteral("us-field");
    JeopardyRule callouts = rule("callout-stuck", S::Step, { 30 * 60, 0 }, { 2 * 3600, 0 });
    callouts.matchStepType = StepType::Callout;
    callouts.matchLane = QStringLiteral("provisioning");
    JeopardyRule shipping = rule("shipping-late", S::Step, { 0, 150 }, { 0, 300 });
    shipping.matchPlanDefinition = QStringLiteral("PD_SYN");
    shipping.matchLane = QStringLiteral("shipping");
    JeopardyRule generic = rule("slow-step", S::Step, { 0, 300 }, {});
    JeopardyRule order = rule("order-late", S::Order, { 0, 90 }, { 0, 100 });
    catalog->jeopardyRules = { schedule, install, callouts, shipping, generic, order };
    return catalog;
}

struct StepShape {
    const char* key;
    const char* lane;
    StepType type;
    qint64 estimateMinutes;
    std::vector<int> deps;
};

const std::vector<StepShape> shapes {
    { "reserve", "inventory", StepType::Callout, 15, {} },          { "ship", "shipping", StepType::Callout, 24 * 60, { 0 } },
    { "deliver", "shipping", StepType::Pause, 3 * 24 * 60, { 1 } }, { "schedule", "field", StepType::ManualTask, 8 * 60, { 0 } },
    { "install", "field", StepType::ManualTask, 4 * 60, { 3 } },    { "activate", "provisioning", StepType::Callout, 10, { 4 } },
    { "bill", "billing", StepType::AutoTask, 0, { 2, 5 } },         { "done", "billing", StepType::Milestone, 0, { 6 } },
};

std::vector<SlaOrder> syntheticOrders(int count, const std::shared_ptr<const Catalog>& catalog, const QDateTime& now)
{
    std::mt19937 rng(7);
    const auto minutes = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    std::vector<SlaOrder> orders;
    orders.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        SlaOrder order;
        order.orderId = QStringLiteral("SO-%1").arg(i + 1, 7, 10, QLatin1Char('0'));
        order.account = QStringLiteral("ACC-%1").arg(i % 2000);
        order.createdAt = now.addSecs(-qint64(minutes(6 * 60, 14 * 24 * 60)) * 60);
        if (i % 5 != 0)
            order.dueAt = order.createdAt.addDays(minutes(5, 12));
        order.catalog = catalog;
        // Done: reserve, ship, schedule; open: deliver and install started, the rest pending.
        QDateTime clock = order.createdAt;
        for (std::size_t s = 0; s < shapes.size(); ++s) {
            const StepShape& shape = shapes[s];
            SlaStep step;
            step.id = order.orderId + QLatin1Char('/') + QLatin1String(shape.key);
            step.name = QLatin1String(shape.key);
            step.stepKey = QLatin1String(shape.key);
            step.planDefinition = QStringLiteral("PD_SYN");
            step.lane = QLatin1String(shape.lane);
            step.type = shape.type;
            step.dependsOn = shape.deps;
            step.estimatedSeconds = shape.estimateMinutes * 60;
            step.queue = s == 3 ? QStringLiteral("dispatch") : s == 4 ? QStringLiteral("technicians") : QString();
            const bool done = s == 0 || s == 1 || s == 3;
            const bool started = s == 2 || s == 4;
            if (done) {
                step.state = QStringLiteral("completed");
                step.startedAt = clock;
                clock = clock.addSecs(qint64(minutes(1, 120)) * 60);
                step.completedAt = std::min(clock, now);
            } else if (started) {
                step.state = s == 2 ? QStringLiteral("waiting") : QStringLiteral("running");
                step.startedAt = std::min(clock.addSecs(qint64(minutes(0, 60)) * 60), now);
                if (s == 4)
                    step.claimedBy = QStringLiteral("tech-%1").arg(i % 50);
            } else {
                step.state = QStringLiteral("pending");
            }
            order.steps.push_back(std::move(step));
        }
        orders.push_back(std::move(order));
    }
    return orders;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        { QStringLiteral("orders"), QStringLiteral("Open orders (default 20000)."), QStringLiteral("N"), QStringLiteral("20000") });
    parser.addOption(
        { QStringLiteral("runs"), QStringLiteral("Runs; the best counts (default 5)."), QStringLiteral("R"), QStringLiteral("5") });
    parser.process(app);
    const int orderCount = std::max(1, parser.value(QStringLiteral("orders")).toInt());
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::utc());
    const auto catalog = syntheticCatalog();
    const std::vector<SlaOrder> orders = syntheticOrders(orderCount, catalog, now);
    StepHistory history;
    std::mt19937 rng(11);
    for (const StepShape& shape : shapes) {
        for (int n = 0; n < 40; ++n)
            history.add(QStringLiteral("PD_SYN"), QLatin1String(shape.key), QLatin1String(shape.lane),
                        std::uniform_int_distribution<qint64>(60, 8 * 3600)(rng));
    }
    history.finish();

    const JeopardyEvaluator evaluator(&history);
    qint64 best = std::numeric_limits<qint64>::max();
    JeopardyReport report;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        JeopardyReport result = evaluator.evaluate(orders, now);
        best = std::min(best, timer.nsecsElapsed());
        report = std::move(result); // the previous report is freed outside the timing
    }
    int warnings = 0, criticals = 0, atRisk = 0;
    for (const JeopardyFinding& f : report.findings)
        (f.level == JeopardyLevel::Critical ? criticals : warnings) += 1;
    for (const OrderForecast& f : report.forecasts)
        atRisk += f.atRisk() ? 1 : 0;
    const double ms = double(best) / 1e6;
    out << "evaluate: " << report.ordersEvaluated << " orders, " << report.stepsEvaluated << " open steps, " << report.findings.size()
        << " findings (" << warnings << " warning, " << criticals << " critical), " << atRisk << " orders at risk by forecast" << Qt::endl;
    out << "best of " << runs << ": " << QString::number(ms, 'f', 1) << " ms, "
        << QString::number(double(report.stepsEvaluated) / (ms / 1000.0), 'f', 0) << " open steps/s" << Qt::endl;
    return 0;
}
