// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A store for the command handler tests (tst_taskcommands, tst_falloutcommands, ...): the engine
// test catalog (tests/data/engine), orders copied from its order files under new ids, a RunLoop
// over it in simulated time, and one-value SQL reads to assert what the store holds.

#include "common/clock.h"
#include "engine/runloop.h"
#include "store/database.h"
#include "store/storeimporter.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace fw::test {

class HandlerFixture {
public:
    QTemporaryDir dir;
    ManualClock clock { QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC) };
    std::unique_ptr<Database> database;
    std::unique_ptr<RunLoop> loop;

    // A fresh store, with the engine catalog unless told otherwise. False (with a QTest failure) when
    // it cannot be made.
    bool open(const QString& name, bool withCatalog = true)
    {
        database = std::make_unique<Database>(dir.filePath(name));
        if (const Status opened = database->openStore(); !opened) {
            QTest::qFail(qPrintable(opened.message()), __FILE__, __LINE__);
            return false;
        }
        return !withCatalog
            || StoreImporter(*database, clock)
                   .importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/catalog.json"), QStringLiteral("t"))
                   .ok();
    }

    // The order file tests/data/engine/<file> as order `id` (its own id replaced): the path of the copy.
    QString orderFile(const char* file, const QString& id, const char* originalId)
    {
        QFile in(QStringLiteral(FW_TEST_DATA_DIR "/engine/") + QLatin1String(file));
        if (!in.open(QIODevice::ReadOnly))
            return {};
        const QString path = dir.filePath(id + QStringLiteral(".json"));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(in.readAll().replace(originalId, id.toUtf8()));
        return path;
    }

    // Imports copies of the engine test orders: "order.json" (KIT-1: a manual task in queue workshop)
    // and "order-broken.json" (BROKEN-1: an auto task that falls out).
    bool importOrder(const char* file, const QString& id)
    {
        const char* original = QByteArray(file) == "order.json" ? "KIT-1" : "BROKEN-1";
        const ImportResult result = StoreImporter(*database, clock).importOrder(orderFile(file, id, original), QStringLiteral("t"));
        if (!result.ok())
            QTest::qFail(qPrintable(result.problems.front().toString()), __FILE__, __LINE__);
        return result.ok();
    }

    // A new run loop over the store (a restart), loaded. beforeLoad makes the handlers over the new
    // loop and adds those that take part in it (RunLoop::addParticipant), as Executor does.
    bool restart(const std::function<void()>& beforeLoad = {})
    {
        loop.reset();
        loop = std::make_unique<RunLoop>(*database, clock, AutoTaskRegistry::withBuiltIns());
        if (beforeLoad)
            beforeLoad();
        if (const Status loaded = loop->load(); !loaded) {
            QTest::qFail(qPrintable(loaded.message()), __FILE__, __LINE__);
            return false;
        }
        return true;
    }

    // Runs until idle; -1 (with the error printed) on a store error.
    int run()
    {
        const Result<int> ran = loop->run();
        if (!ran) {
            qWarning("run: %s", qPrintable(ran.message()));
            return -1;
        }
        return *ran;
    }

    QString scalar(const QString& sql) const
    {
        QSqlQuery query(database->connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }

    qint64 taskOf(const QString& orderId) const
    {
        return scalar(QStringLiteral("SELECT id FROM tasks WHERE order_id = '%1'").arg(orderId)).toLongLong();
    }

    StepState stateOf(const QString& orderId, const char* step) const
    {
        const OrderRuntime* order = loop->orders().find(orderId);
        return order->execution->state(order->stepIndex(QLatin1String(step)));
    }
};

} // namespace fw::test
