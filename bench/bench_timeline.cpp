// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark: an order's timeline with 20,000 journal events (issue: "20,000 events show in
// < 150 ms"): read the order from the store (OperationsReader::orderDetail), fill the timeline model,
// lay out the Gantt strip, and paint the timeline table once, offscreen.
//   fw_bench_timeline [--events N] [--runs R]

#include "common/clock.h"
#include "timeline/timelinemodel.h"
#include "store/database.h"
#include "store/operationsreader.h"
#include "store/storeimporter.h"
#include "store/transactionguard.h"
#include "timeline/stepganttstrip.h"
#include "common/operationstable.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

using namespace fw;

namespace {
double ms(QElapsedTimer& timer)
{
    const double value = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    return value;
}
} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("Journal events."), QStringLiteral("N"),
                                          QStringLiteral("20000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Repetitions (the median is printed)."), QStringLiteral("R"),
                                        QStringLiteral("5"));
    parser.addOptions({ eventsOption, runsOption });
    parser.process(app);
    const int events = parser.value(eventsOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    Database database(dir.filePath(QStringLiteral("timeline.db")));
    if (const Status opened = database.openStore(); !opened) {
        out << opened.message() << '\n';
        return 1;
    }
    SystemClock clock;
    StoreImporter importer(database, clock);
    if (!importer.importCatalog(QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/catalog.json"), QStringLiteral("bench")).ok()
        || !importer.importOrder(QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/order.json"), QStringLiteral("bench")).ok())
        return 1;
    {
        // A long-running order's history: state changes of its steps, attempts, operator actions.
        QSqlDatabase db = database.connection();
        TransactionGuard transaction(db);
        QSqlQuery steps(db);
        steps.exec(QStringLiteral("SELECT id FROM steps WHERE order_id = 'SO-10001'"));
        QStringList ids;
        while (steps.next())
            ids << steps.value(0).toString();
        QSqlQuery insert(db);
        insert.prepare(
            QStringLiteral("INSERT INTO journal (at, order_id, step_id, kind, actor, before_state, after_state, payload, origin) "
                           "VALUES (?, 'SO-10001', ?, 'step.state', ?, ?, ?, ?, 'local')"));
        const QStringList cycle { QStringLiteral("ready"), QStringLiteral("running"), QStringLiteral("retrying"),
                                  QStringLiteral("running") };
        QDateTime at = clock.now().addDays(-30);
        for (int i = 0; i < events; ++i) {
            at = at.addSecs(60);
            insert.addBindValue(toStoreTime(at));
            insert.addBindValue(ids.at(i % ids.size()));
            insert.addBindValue(i % 50 == 0 ? QStringLiteral("ana") : QStringLiteral("engine"));
            insert.addBindValue(cycle.at(i % 4));
            insert.addBindValue(cycle.at((i + 1) % 4));
            insert.addBindValue(QStringLiteral("{\"attempt\":%1,\"error\":\"HTTP 503 UNAVAILABLE\"}").arg(i % 7));
            insert.exec();
        }
        if (!transaction.commit())
            return 1;
    }

    std::vector<double> read, model, gantt, paint, total;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        QElapsedTimer all;
        all.start();
        const auto loaded = OperationsReader(database.connection()).orderDetail(QStringLiteral("SO-10001"));
        if (!loaded || !*loaded)
            return 1;
        const std::optional<OrderDetail>& detail = *loaded;
        read.push_back(ms(timer));
        TimelineModel timeline;
        timeline.setEvents(detail->events);
        QTableView* table = createOperationsTable(nullptr, QStringLiteral("benchTimeline"));
        table->setModel(&timeline);
        table->resize(1400, 700);
        model.push_back(ms(timer));
        StepGanttStrip strip;
        strip.resize(1400, 120);
        strip.setOrder(*detail, clock.now());
        gantt.push_back(ms(timer));
        QImage image(1400, 820, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        table->render(&painter);
        painter.translate(0, 700);
        strip.render(&painter);
        painter.end();
        paint.push_back(ms(timer));
        total.push_back(double(all.nsecsElapsed()) / 1e6);
        if (run == 0)
            out << detail->events.size() << " events, " << detail->steps.size() << " steps, " << strip.barCount() << " bars\n";
        delete table;
    }
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    out << "median of " << runs << " runs (ms): read from store " << QString::number(median(read), 'f', 1) << ", model + view "
        << QString::number(median(model), 'f', 1) << ", gantt " << QString::number(median(gantt), 'f', 1) << ", first paint "
        << QString::number(median(paint), 'f', 1) << "; total " << QString::number(median(total), 'f', 1) << '\n';
    return 0;
}
