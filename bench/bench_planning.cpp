// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark: decompose and plan N orders (default 10,000) drawn round-robin from the sample
// orders, against their catalogs. Prints wall time, orders/s, steps/s and peak memory.
//   fw_bench_planning [--orders N] [--samples DIR]

#include "catalog/catalogreader.h"
#include "decomposition/decomposer.h"
#include "order/orderreader.h"
#include "planning/planner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

#include <sys/resource.h>

using namespace fw;

namespace {
struct Sample {
    std::shared_ptr<const Catalog> catalog;
    Order order;
    QString file;
};

std::vector<Sample> loadSamples(const QDir& root, QTextStream& err)
{
    std::vector<Sample> samples;
    for (const QString& scenario : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir dir(root.filePath(scenario));
        const QString catalogFile = dir.exists(QStringLiteral("catalog.json")) ? dir.filePath(QStringLiteral("catalog.json"))
                                                                               : root.filePath(QStringLiteral("shared-catalog.json"));
        const CatalogLoad catalog = CatalogReader::readFile(catalogFile);
        if (!catalog.ok())
            continue;
        for (const QString& orderFile : dir.entryList({ QStringLiteral("order*.json") }, QDir::Files, QDir::Name)) {
            OrderLoad order = OrderReader::readFile(dir.filePath(orderFile), *catalog.catalog);
            if (!order.ok())
                continue; // error cases in test data
            Decomposition trial = Decomposer(*catalog.catalog).decompose(*order.order, orderFile);
            if (!trial.problems.empty() || !Planner(*catalog.catalog).plan(*order.order, trial.lines, orderFile).plan)
                continue;
            samples.push_back({ catalog.catalog, std::move(*order.order), dir.filePath(orderFile) });
        }
    }
    err << "loaded " << samples.size() << " sample orders from " << root.path() << '\n';
    return samples;
}
// One order with `bundles` office bundles (router, fiber, static IP each) of the test catalog.
int benchBigOrder(int bundles, QTextStream& out)
{
    const CatalogLoad catalog = CatalogReader::readFile(QStringLiteral(FW_TEST_DATA_DIR "/plan/shared-catalog.json"));
    if (!catalog.ok())
        return 1;
    Order order;
    order.id = QStringLiteral("SO-BIG");
    order.account.id = QStringLiteral("ACC-BIG");
    order.account.region = QStringLiteral("EMEA");
    for (int b = 0; b < bundles; ++b) {
        const QString bundle = QStringLiteral("B%1").arg(b);
        order.items.push_back({ bundle, QStringLiteral("OFFICE_BUNDLE"), 1, {}, {}, {} });
        order.items.push_back({ bundle + QStringLiteral("-R"), QStringLiteral("ROUTER"), 1, {}, bundle, {} });
        order.items.push_back({ bundle + QStringLiteral("-F"),
                                QStringLiteral("FIBER"),
                                1,
                                { { QStringLiteral("speed"), QStringLiteral("1G") } },
                                bundle,
                                {} });
        order.items.push_back({ bundle + QStringLiteral("-IP"), QStringLiteral("STATIC_IP"), 1, {}, bundle, {} });
    }
    QElapsedTimer timer;
    timer.start();
    Decomposition decomposition = Decomposer(*catalog.catalog).decompose(order, QStringLiteral("big"));
    const qint64 decomposed = timer.nsecsElapsed();
    PlanResult planned = Planner(*catalog.catalog).plan(order, std::move(decomposition.lines), QStringLiteral("big"));
    const qint64 total = timer.nsecsElapsed();
    if (!planned.plan)
        return 1;
    out << "one order of " << bundles << " bundles: " << planned.plan->lines.size() << " lines, " << planned.plan->steps.size()
        << " steps; decompose " << decomposed / 1000000.0 << " ms, plan " << (total - decomposed) / 1000000.0 << " ms\n";
    return 0;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption ordersOption(QStringLiteral("orders"), QStringLiteral("Orders to plan."), QStringLiteral("N"),
                                          QStringLiteral("10000"));
    const QCommandLineOption samplesOption(QStringLiteral("samples"), QStringLiteral("Samples directory."), QStringLiteral("DIR"),
                                           QStringLiteral(FW_SAMPLES_DIR));
    const QCommandLineOption bigOption(QStringLiteral("big-order"),
                                       QStringLiteral("Instead: plan one order of N office bundles (test catalog)."), QStringLiteral("N"));
    parser.addOptions({ ordersOption, samplesOption, bigOption });
    parser.process(app);
    if (parser.isSet(bigOption))
        return benchBigOrder(parser.value(bigOption).toInt(), out);
    const int orders = parser.value(ordersOption).toInt();

    std::vector<Sample> samples = loadSamples(QDir(parser.value(samplesOption)), err);
    if (samples.empty()) {
        err << "no sample orders found\n";
        return 1;
    }
    // Unique order ids per copy, so account lines and plans are per order as in real use.
    std::vector<Order> batch;
    batch.reserve(std::size_t(orders));
    for (int i = 0; i < orders; ++i) {
        Order order = samples[std::size_t(i) % samples.size()].order;
        order.id += QLatin1Char('-') + QString::number(i);
        batch.push_back(std::move(order));
    }

    std::size_t steps = 0;
    std::size_t lines = 0;
    QElapsedTimer timer;
    timer.start();
    InMemoryAccountLineRegistry accountLines;
    for (int i = 0; i < orders; ++i) {
        const Sample& sample = samples[std::size_t(i) % samples.size()];
        const Order& order = batch[std::size_t(i)];
        Decomposition decomposition = Decomposer(*sample.catalog, &accountLines).decompose(order, sample.file);
        lines += decomposition.lines.size();
        PlanResult planned = Planner(*sample.catalog).plan(order, std::move(decomposition.lines), sample.file);
        if (!planned.plan) {
            err << "planning failed for " << sample.file << ": " << planned.problems.front().toString() << '\n';
            return 1;
        }
        steps += planned.plan->steps.size();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    out << "decompose+plan " << orders << " orders (" << samples.size() << " distinct samples): " << lines << " fulfillment lines, "
        << steps << " steps\n"
        << "  total " << QString::number(seconds * 1000, 'f', 1) << " ms, " << QString::number(orders / seconds, 'f', 0) << " orders/s, "
        << QString::number(double(steps) / seconds, 'f', 0) << " steps/s, peak RSS " << usage.ru_maxrss / 1024 << " MiB\n";
    return 0;
}
