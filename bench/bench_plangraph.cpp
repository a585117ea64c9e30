// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark: the swimlane plan graph with synthetic plans of 2,000 and 10,000 steps in 6 lanes.
// Prints layout, scene build, first fit-all paint (1600x1000), zoomed-in paint, pan paint and
// 500 live status changes, in milliseconds (median of the runs). Runs offscreen.
//   fw_bench_plangraph [--steps N,...] [--runs R] [--shots DIR]
// --shots writes screenshots of the telecom-fiber sample and of each synthetic plan into DIR.
// Then the 40-site order (tests/data/ui-forty-sites, about 400 steps) in a 1000x600 view: open
// (layout, groups, Fit's trial layouts, first paint), Fit again, a step selected from outside
// (its group expanded and laid out again) and status changes for half its steps.

#include "domain/plan.h"
#include "plangraph/plangraph.h"
#include "plangraph/plangraphlayout.h"
#include "plan/planscenelookup.h"
#include "plan/plangraphwidget.h"
#include "plan/planscene.h"
#include "plan/planview.h"
#include "planning/planningpipeline.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QTextStream>

#include <algorithm>
#include <random>

using namespace fw;

namespace {

// A multi-site order: sites (bundles) of 3-8 lines, each line a chain across inventory, shipping,
// field service and provisioning; each site has a survey (fan-out) and a billing step (fan-in);
// three crews survey the sites in turn (a site waits for the survey three sites earlier), so work
// proceeds in waves; one order-level
// credit check feeds every survey and one order-level completion waits for all billing steps.
PlanGraph syntheticPlan(int targetSteps, unsigned seed = 42)
{
    std::mt19937 rng(seed);
    const auto chance = [&rng](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
    PlanGraph g;
    for (const char* lane : { "Sales", "Inventory", "Shipping", "Field Service", "Provisioning", "Billing" })
        g.lanes.push_back({ QString::fromLatin1(lane).toLower().replace(QLatin1Char(' '), QLatin1Char('-')), QString::fromLatin1(lane) });
    const auto add = [&g](const QString& id, const QString& name, StepType type, StepScope scope, int lane, const QString& plan,
                          std::vector<int> deps, bool ponr = false) {
        PlanGraphNode n;
        n.id = id;
        n.name = name;
        n.type = type;
        n.scope = scope;
        n.lane = lane;
        n.planDefinition = plan;
        n.dependsOn = std::move(deps);
        n.pointOfNoReturn = ponr;
        g.nodes.push_back(std::move(n));
        return static_cast<int>(g.nodes.size() - 1);
    };
    const QString order = QStringLiteral("PD_ORDER");
    const int credit
        = add(QStringLiteral("credit-check"), QStringLiteral("Credit check"), StepType::Callout, StepScope::Plan, 0, order, {});
    std::vector<int> billing;
    std::vector<int> surveys;
    for (int site = 0; static_cast<int>(g.nodes.size()) < targetSteps - 1; ++site) {
        const QString s = QStringLiteral("S%1").arg(site);
        std::vector<int> surveyDeps { credit };
        if (surveys.size() >= 3)
            surveyDeps.push_back(surveys[surveys.size() - 3]);
        const int survey = add(s + QStringLiteral(".survey"), QStringLiteral("Site survey %1").arg(site), StepType::ManualTask,
                               StepScope::Bundle, 3, QStringLiteral("PD_SITE"), surveyDeps);
        surveys.push_back(survey);
        std::vector<int> live;
        const int lines = std::uniform_int_distribution<int>(3, 8)(rng);
        for (int line = 0; line < lines; ++line) {
            const QString l = s + QStringLiteral(".L%1").arg(line);
            const int reserve = add(l + QStringLiteral(".reserve"), QStringLiteral("Reserve equipment"), StepType::Callout,
                                    StepScope::LineItem, 1, QStringLiteral("PD_DELIVERY"), { survey });
            const int ship = add(l + QStringLiteral(".ship"), QStringLiteral("Ship equipment"), StepType::Callout, StepScope::LineItem, 2,
                                 QStringLiteral("PD_DELIVERY"), { reserve }, true);
            const int delivered = add(l + QStringLiteral(".delivered"), QStringLiteral("Await delivery"), StepType::Pause,
                                      StepScope::LineItem, 2, QStringLiteral("PD_DELIVERY"), { ship });
            const int schedule = add(l + QStringLiteral(".schedule"), QStringLiteral("Schedule technician"), StepType::ManualTask,
                                     StepScope::LineItem, 3, QStringLiteral("PD_INSTALL"), { delivered });
            const int install = add(l + QStringLiteral(".install"), QStringLiteral("Install and test line"), StepType::ManualTask,
                                    StepScope::LineItem, 3, QStringLiteral("PD_INSTALL"), { schedule }, true);
            std::vector<int> activateDeps { install };
            if (chance(0.5))
                activateDeps.push_back(add(l + QStringLiteral(".allocate"), QStringLiteral("Allocate IP block"), StepType::Callout,
                                           StepScope::LineItem, 4, QStringLiteral("PD_IP"), { survey }));
            const int activate = add(l + QStringLiteral(".activate"), QStringLiteral("Activate service"), StepType::Callout,
                                     StepScope::LineItem, 4, QStringLiteral("PD_INSTALL"), activateDeps);
            live.push_back(add(l + QStringLiteral(".live"), QStringLiteral("Service live"), StepType::Milestone, StepScope::LineItem, 4,
                               QStringLiteral("PD_INSTALL"), { activate }));
        }
        const int start = add(s + QStringLiteral(".billing"), QStringLiteral("Start monthly billing"), StepType::Callout, StepScope::Bundle,
                              5, QStringLiteral("PD_BILLING"), live);
        billing.push_back(add(s + QStringLiteral(".billed"), QStringLiteral("Billing active"), StepType::Milestone, StepScope::Bundle, 5,
                              QStringLiteral("PD_BILLING"), { start }));
    }
    add(QStringLiteral("order-complete"), QStringLiteral("Order complete"), StepType::Milestone, StepScope::Plan, 0, order, billing);
    g.rebuild();
    return g;
}

// Statuses a running order would have: the left part done, a front of running and waiting steps.
std::vector<NodeStatus> progress(const PlanScene& scene, double done, unsigned seed = 7)
{
    std::mt19937 rng(seed);
    const auto& graph = scene.graph();
    const auto& layout = scene.layoutResult();
    const int front = static_cast<int>(layout.columnCount * done);
    std::vector<NodeStatus> statuses;
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const int column = layout.column[i];
        StepState state = StepState::Pending;
        int attempts = 0;
        const unsigned roll = rng() % 100;
        if (column < front) {
            state = roll < 3 ? StepState::Skipped : StepState::Completed;
            attempts = roll > 94 ? 2 : 1;
        } else if (column == front) {
            const StepType type = graph.nodes[i].type;
            state = type == StepType::ManualTask || type == StepType::Pause ? StepState::Waiting : StepState::Running;
            if (roll < 12) {
                state = StepState::FailedRetrying;
                attempts = 2 + static_cast<int>(roll % 2);
            } else if (roll < 18) {
                state = StepState::Fallout;
                attempts = 3;
            } else
                attempts = 1;
        } else if (column == front + 1) {
            state = roll < 50 ? StepState::Ready : StepState::Pending;
        }
        statuses.push_back({ graph.nodes[i].id, state, attempts });
    }
    return statuses;
}

double ms(QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

void paint(PlanView& view, QImage& image)
{
    image.fill(Qt::white);
    QPainter painter(&image);
    view.render(&painter, QRectF(image.rect()), view.viewport()->rect());
}

void benchSize(int steps, int runs, const QString& shots, QTextStream& out)
{
    std::vector<double> layoutMs, buildMs, firstMs, fitMs, zoomMs, panMs, statusMs, statusPaintMs;
    PlanGraph graph = syntheticPlan(steps);
    long long crossings = 0, naiveCrossings = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        const PlanGraphLayoutResult result = PlanGraphLayout().layout(graph);
        layoutMs.push_back(ms(t));
        crossings = PlanGraphLayout::countCrossings(graph, result);
        naiveCrossings = PlanGraphLayout::countCrossings(graph, PlanGraphLayout().layout(graph, false));

        PlanGraphWidget widget;
        widget.resize(1600, 1000 + 80);
        widget.show();
        QCoreApplication::processEvents();
        PlanView& view = *widget.view();
        QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        t.restart();
        widget.setGraph(graph); // layout + items + fit
        buildMs.push_back(ms(t) - layoutMs.back());
        t.restart();
        paint(view, image);
        firstMs.push_back(ms(t));
        t.restart();
        paint(view, image);
        fitMs.push_back(ms(t));

        view.setZoom(1.0);
        view.centerOn(stepRect(*widget.scene(), static_cast<int>(graph.nodes.size() / 2)).center());
        paint(view, image); // first detailed paint prepares texts; measure the steady state
        t.restart();
        paint(view, image);
        zoomMs.push_back(ms(t));
        view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + 300);
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + 200);
        t.restart();
        paint(view, image);
        panMs.push_back(ms(t));

        std::vector<NodeStatus> statuses = progress(*widget.scene(), 0.45);
        std::shuffle(statuses.begin(), statuses.end(), std::mt19937(3));
        statuses.resize(std::min<std::size_t>(500, statuses.size()));
        for (NodeStatus& s : statuses)
            if (s.state == StepState::Pending)
                s.state = StepState::Running;
        t.restart();
        widget.applyStatuses(statuses);
        statusMs.push_back(ms(t));
        t.restart();
        paint(view, image);
        statusPaintMs.push_back(ms(t));

        if (run == 0 && !shots.isEmpty()) {
            widget.applyStatuses(progress(*widget.scene(), 0.45));
            view.fitAll();
            QCoreApplication::processEvents();
            widget.grab().save(QDir(shots).filePath(QStringLiteral("plangraph-%1.png").arg(steps)));
            view.setZoom(1.0);
            view.centerOn(stepRect(*widget.scene(), static_cast<int>(graph.nodes.size() / 3)).center());
            QCoreApplication::processEvents();
            widget.grab().save(QDir(shots).filePath(QStringLiteral("plangraph-%1-zoomed.png").arg(steps)));
        }
    }
    out << Qt::left << qSetFieldWidth(8) << steps << qSetFieldWidth(0) << " steps, " << graph.edges.size() << " edges, "
        << PlanGraphLayout().layout(graph).columnCount << " columns, crossings " << naiveCrossings << " naive -> " << crossings
        << " ordered\n";
    out << QStringLiteral("  layout %1 ms | scene build %2 ms | first paint fit-all %3 ms | open total %4 ms\n")
               .arg(median(layoutMs), 0, 'f', 1)
               .arg(median(buildMs), 0, 'f', 1)
               .arg(median(firstMs), 0, 'f', 1)
               .arg(median(layoutMs) + median(buildMs) + median(firstMs), 0, 'f', 1);
    out << QStringLiteral("  repaint fit-all %1 ms\n").arg(median(fitMs), 0, 'f', 1);
    out << QStringLiteral("  zoomed-in paint %1 ms | pan paint %2 ms | 500 status changes %3 ms + repaint %4 ms\n")
               .arg(median(zoomMs), 0, 'f', 1)
               .arg(median(panMs), 0, 'f', 1)
               .arg(median(statusMs), 0, 'f', 2)
               .arg(median(statusPaintMs), 0, 'f', 1);
    out.flush();
}

void telecomShot(const QString& shots, QTextStream& out)
{
    PlanningOutcome outcome = planFromFiles(QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/catalog.json"),
                                            QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/order-multisite.json"));
    if (!outcome.ok()) {
        out << "telecom-fiber sample did not plan\n";
        return;
    }
    PlanGraphWidget widget;
    widget.resize(1600, 1000);
    widget.show();
    widget.setPlan(*outcome.plan, outcome.catalog.get());
    widget.applyStatuses(progress(*widget.scene(), 0.5));
    QCoreApplication::processEvents();
    widget.view()->fitAll();
    widget.grab().save(QDir(shots).filePath(QStringLiteral("plangraph-telecom.png")));
    const auto found = findSteps(*widget.scene(), QStringLiteral("install"));
    if (!found.empty())
        widget.selectStep(widget.scene()->graph().nodes[static_cast<std::size_t>(found.front())].id);
    QCoreApplication::processEvents();
    widget.grab().save(QDir(shots).filePath(QStringLiteral("plangraph-telecom-selected.png")));
    out << "telecom-fiber multisite: " << outcome.plan->steps.size() << " steps; screenshots in " << shots << '\n';
}

void benchFortySites(int runs, QTextStream& out)
{
    PlanningOutcome outcome = planFromFiles(QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/catalog.json"),
                                            QStringLiteral(FW_TEST_DATA_DIR "/ui-forty-sites/order.json"));
    if (!outcome.ok()) {
        out << "the 40-site order did not plan\n";
        return;
    }
    std::vector<double> openMs, fitMs, revealMs, statusMs;
    int groups = 0;
    qreal zoom = 0;
    for (int run = 0; run < runs; ++run) {
        PlanGraphWidget widget;
        widget.resize(1000, 600 + 80);
        widget.show();
        QCoreApplication::processEvents();
        PlanView& view = *widget.view();
        QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        QElapsedTimer t;
        t.start();
        widget.setPlan(*outcome.plan, outcome.catalog.get()); // layout + groups + Fit
        paint(view, image);
        openMs.push_back(ms(t));
        groups = widget.scene()->groups().collapsedCount();
        zoom = view.zoom();
        t.restart();
        view.fitAll();
        paint(view, image);
        fitMs.push_back(ms(t));
        const PlanGraph& graph = widget.scene()->graph();
        t.restart();
        widget.selectStep(graph.nodes[graph.nodes.size() / 2].id); // expands its group, centres it
        paint(view, image);
        revealMs.push_back(ms(t));
        const std::vector<NodeStatus> statuses = progress(*widget.scene(), 0.5);
        t.restart();
        widget.applyStatuses(statuses);
        paint(view, image);
        statusMs.push_back(ms(t));
    }
    out << "40-site order: " << outcome.plan->steps.size() << " steps, Fit: " << groups << " groups at " << qRound(zoom * 100) << " %\n";
    out << QStringLiteral("  open %1 ms | Fit again %2 ms | select a step in a group %3 ms | %4 status changes + repaint %5 ms\n")
               .arg(median(openMs), 0, 'f', 1)
               .arg(median(fitMs), 0, 'f', 1)
               .arg(median(revealMs), 0, 'f', 1)
               .arg(outcome.plan->steps.size() / 2)
               .arg(median(statusMs), 0, 'f', 1);
    out.flush();
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        { QStringLiteral("steps"), QStringLiteral("Plan sizes, comma separated."), QStringLiteral("N,..."), QStringLiteral("2000,10000") });
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("Runs per size (median)."), QStringLiteral("R"), QStringLiteral("5") });
    parser.addOption({ QStringLiteral("shots"), QStringLiteral("Write screenshots into DIR."), QStringLiteral("DIR") });
    parser.process(app);
    QTextStream out(stdout);
    const QString shots = parser.value(QStringLiteral("shots"));
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        telecomShot(shots, out);
    }
    for (const QString& size : parser.value(QStringLiteral("steps")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        benchSize(size.toInt(), std::max(1, parser.value(QStringLiteral("runs")).toInt()), shots, out);
    benchFortySites(std::max(1, parser.value(QStringLiteral("runs")).toInt()), out);
    return 0;
}
