// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A store holding the bundled telecom-fiber sample order SO-10001 run to completion against fw-stubs
// (in process), the way tst_telecomendtoend runs it: the carrier signals the router delivered, a
// dispatcher books the technician, the technician confirms the installation, billing starts.
// On a simulated clock from 2026-11-23 09:00 UTC: the router is shipped that day, delivered two
// days later, the visit booked an hour after that and the installation confirmed on 2026-12-03.
// For the tests of what a finished order can prove (the evidence bundle, its PDF).

#include "common/clock.h"
#include "common/result.h"
#include "engine/callouttransport.h"
#include "engine/executor.h"
#include "store/database.h"
#include "store/storeimporter.h"
#include "stubserver.h"

#include <QSqlQuery>

namespace fw::test {

inline Status completeTelecomSample(const QString& path)
{
    StubServer stubs(3);
    const quint16 port = stubs.listenLocal(0);
    if (!port)
        return failure(QStringLiteral("the stubs cannot listen"));
    Database database(path);
    if (Status opened = database.openStore(); !opened)
        return opened;
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    StoreImporter importer(database, clock);
    if (!importer.importCatalog(QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/catalog.json"), QStringLiteral("t")).ok()
        || !importer.importOrder(QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/order.json"), QStringLiteral("t")).ok())
        return failure(QStringLiteral("the sample does not import"));
    HttpCalloutTransport transport;
    Executor executor(database, clock);
    executor.setCalloutTransport(&transport);
    for (const char* system : { "inventory", "carrier", "provisioning", "billing" })
        executor.setEndpointBaseUrl(QLatin1String(system), QStringLiteral("http://127.0.0.1:%1/%2").arg(port).arg(QLatin1String(system)));
    if (!executor.load())
        return failure(QStringLiteral("the engine does not load the store"));
    const auto openTask = [&](const char* suffix) {
        QSqlQuery query(database.connection());
        return query.exec(QStringLiteral("SELECT id FROM tasks WHERE state = 'open' AND step_id LIKE '%%1'").arg(QLatin1String(suffix)))
                && query.next()
            ? query.value(0).toLongLong()
            : 0;
    };
    const auto settle = [&executor]() -> Status {
        const Result<int> settled = executor.runUntilSettled(30000);
        if (!settled)
            return settled.error();
        return {};
    };
    const QString order = QStringLiteral("SO-10001");
    if (Status settled = settle(); !settled)
        return settled;
    clock.advance(2 * 24 * 3600 * 1000 + 5 * 3600 * 1000); // 25 November, 14:00
    if (Status sent = executor.tasks().signal(order, QStringLiteral("router-delivered"), QStringLiteral("carrier")); !sent)
        return sent;
    if (Status settled = settle(); !settled)
        return settled;
    clock.advance(3600 * 1000);
    const qint64 schedule = openTask("schedule-technician");
    if (Status done = executor.tasks().claim(schedule, QStringLiteral("dispatcher")); !done)
        return done;
    if (Status done = executor.tasks().complete(schedule, QStringLiteral("dispatcher"),
                                                { { QStringLiteral("visitDate"), QStringLiteral("2026-12-03") },
                                                  { QStringLiteral("technician"), QStringLiteral("K. Jansen") },
                                                  { QStringLiteral("timeWindow"), QStringLiteral("08-12") } });
        !done)
        return done;
    if (Status settled = settle(); !settled)
        return settled;
    clock.set(QDateTime(QDate(2026, 12, 3), QTime(11, 40), Qt::UTC)); // the visit
    const qint64 install = openTask("install-complete");
    if (Status done = executor.tasks().claim(install, QStringLiteral("tech")); !done)
        return done;
    if (Status done = executor.tasks().complete(install, QStringLiteral("tech"),
                                                { { QStringLiteral("opticalLevelDbm"), -18.5 }, { QStringLiteral("routerOnline"), true } });
        !done)
        return done;
    return settle();
}

} // namespace fw::test
