// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark: callouts per second over loopback against fw-stubs (in-process server, one thread).
//   fw_bench_callouts [--orders N]     each order makes two callouts (reserve, ship)

#include "common/clock.h"
#include "engine/callouttransport.h"
#include "engine/executor.h"
#include "store/database.h"
#include "store/storeimporter.h"
#include "stubserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace fw;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption ordersOption(QStringLiteral("orders"), QStringLiteral("Orders."), QStringLiteral("N"), QStringLiteral("1000"));
    parser.addOption(ordersOption);
    parser.process(app);
    const int orders = parser.value(ordersOption).toInt();

    StubServer stubs;
    const quint16 port = stubs.listenLocal(0);
    QTemporaryDir dir;
    Database database(dir.filePath(QStringLiteral("bench.db")));
    if (!port || !database.openStore())
        return 1;
    SystemClock clock;
    StoreImporter importer(database, clock);
    if (!importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/callout-catalog.json"), QStringLiteral("bench")).ok())
        return 1;
    const QString orderFile = dir.filePath(QStringLiteral("order.json"));
    for (int i = 0; i < orders; ++i) {
        QFile file(orderFile);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 1;
        file.write(QStringLiteral(
                       "{\"formatVersion\":1,\"id\":\"C-%1\",\"account\":{\"id\":\"A\"},\"items\":[{\"id\":\"1\",\"product\":\"ITEM\"}]}")
                       .arg(i)
                       .toUtf8());
        file.close();
        if (!importer.importOrder(orderFile, QStringLiteral("bench"), QStringLiteral("callout-test")).ok())
            return 1;
    }
    HttpCalloutTransport transport;
    Executor executor(database, clock);
    executor.setCalloutTransport(&transport);
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    executor.setEndpointBaseUrl(QStringLiteral("inventory"), base + QStringLiteral("/inventory"));
    executor.setEndpointBaseUrl(QStringLiteral("carrier"), base + QStringLiteral("/carrier"));
    if (const Status loaded = executor.load(); !loaded) {
        out << loaded.message() << '\n';
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const auto ran = executor.runUntilSettled(600000);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!ran) {
        out << ran.message() << '\n';
        return 1;
    }
    QSqlQuery check(database.connection());
    check.exec(QStringLiteral("SELECT COUNT(*) FROM attempts WHERE outcome = 'success'"));
    check.next();
    const int callouts = check.value(0).toInt();
    out << orders << " orders, " << callouts << " successful callouts in " << QString::number(seconds, 'f', 2)
        << " s = " << QString::number(callouts / seconds, 'f', 0) << " callouts/s (loopback, fw-stubs in the same thread, each attempt "
        << "committed before it is sent)\n";
    return callouts == 2 * orders ? 0 : 1;
}
