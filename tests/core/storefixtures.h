// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The stores of every local schema version since 1 (tests/data/stores/vNN.sql, made by
// scripts/make-store-fixtures.sh): loading one gives a store file as that version left it.

#include "common/result.h"
#include "engine/calloutdispatcher.h"
#include "engine/callouttransport.h"
#include "engine/runloop.h"
#include "store/sqlitequery.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QTest>
#include <QTimer>

#include <functional>

#include <sqlite3.h>

namespace fw::test {

// Answers every callout on the next turn of the event loop, as the stand-in systems would: by
// default 200 with a reservation id (the callout test catalog maps it to the line).
class AnsweringTransport final : public CalloutTransport {
public:
    std::function<CalloutResponse(const CalloutRequest&)> answer = [](const CalloutRequest&) {
        return CalloutResponse { 200, QByteArrayLiteral("{\"reservationId\":\"R-1\"}") };
    };
    QStringList keys; // the idempotency keys sent, in order

    void send(const CalloutRequest& request, std::function<void(const CalloutResponse&)> done) override
    {
        keys << request.idempotencyKey;
        QTimer::singleShot(0, [response = answer(request), done = std::move(done)] { done(response); });
    }
};

// Runs the loop until nothing moves and no callout is out, handing AnsweringTransport's answers over
// as soon as they are posted (RunLoop::runUntilSettled would poll every 50 ms of real time).
inline Status settle(RunLoop& loop)
{
    for (int round = 0; round < 10000; ++round) {
        const Result<int> ran = loop.run();
        if (!ran)
            return ran.error().in(QStringLiteral("run the engine"));
        if (loop.callouts().inFlight() == 0 && *ran == 0)
            return {};
        QCoreApplication::processEvents();
    }
    return failure(QStringLiteral("callouts still out after 10000 rounds"), {}, QStringLiteral("run the engine"));
}

inline QString storeFixturePath(int version)
{
    return QStringLiteral(FW_TEST_DATA_DIR "/stores/v%1.sql").arg(version, 2, 10, QLatin1Char('0'));
}

// Writes the fixture of `version` into a new store file at `path`. False (with a QTest failure)
// when the fixture is missing or does not load.
inline bool loadStoreFixture(int version, const QString& path)
{
    QFile file(storeFixturePath(version));
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(file.fileName() + QStringLiteral(": ") + file.errorString()), __FILE__, __LINE__);
        return false;
    }
    const QByteArray script = file.readAll();
    const QString name = QStringLiteral("fixture-load");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            char* error = nullptr;
            ok = sqlite3_exec(SqliteQuery::handleOf(db), script.constData(), nullptr, nullptr, &error) == SQLITE_OK;
            if (!ok)
                QTest::qFail(qPrintable(file.fileName() + QStringLiteral(": ") + QString::fromUtf8(error)), __FILE__, __LINE__);
            sqlite3_free(error);
        } else {
            QTest::qFail(qPrintable(path + QStringLiteral(": ") + db.lastError().text()), __FILE__, __LINE__);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace fw::test
