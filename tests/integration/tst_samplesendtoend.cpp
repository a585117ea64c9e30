// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every sample order runs to completion against fw-stubs, driven like an operations desk would:
// open tasks are claimed and completed with valid form data, awaited signals are sent, awaited
// fields are reported, and simulated time moves past time pauses.

#include "common/clock.h"
#include "engine/callouttransport.h"
#include "engine/executor.h"
#include "demo/scriptedoperator.h"
#include "engine/handlers/importcommands.h"
#include "store/assetreader.h"
#include "store/database.h"
#include "store/storeimporter.h"
#include "stubserver.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

using namespace fw;

class TestSamplesEndToEnd : public QObject {
    Q_OBJECT

    StubServer m_stubs { 11 };
    quint16 m_port = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_port = m_stubs.listenLocal(0);
        QVERIFY(m_port);
    }

    void sample_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("orderFile");
        QTest::addColumn<int>("followUps"); // the follow-up orders acting on its assets
        QTest::addColumn<QStringList>("endState"); // its assets after them (empty: not checked)
        // After the follow-ups: the telecom site's fibre upgraded to 10G, then it and the router
        // disconnected (the bundle and its static IPs stay); the SaaS seats 250 -> 300, then suspended.
        const std::map<QString, std::pair<int, QStringList>> followed {
            { QStringLiteral("telecom-fiber/order.json"),
              { 2,
                { QStringLiteral("SO-10001/1 x1 active"), QStringLiteral("SO-10001/1.1 x1 disconnected 10G"),
                  QStringLiteral("SO-10001/1.2 x1 disconnected"), QStringLiteral("SO-10001/1.3 x2 active") } } },
            { QStringLiteral("saas-licence/order.json"),
              { 2,
                { QStringLiteral("SO-20417/S1 x1 active"), QStringLiteral("SO-20417/S1-A x1 active"),
                  QStringLiteral("SO-20417/S1-SSO x1 active"), QStringLiteral("SO-20417/S1-ST x4 active"),
                  QStringLiteral("SO-20417/S1-U x300 suspended") } } },
        };
        const QDir samples(QStringLiteral(FW_SAMPLES_DIR));
        for (const QString& scenario : samples.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            for (const QString& order : QDir(samples.filePath(scenario)).entryList({ QStringLiteral("order*.json") }, QDir::Files)) {
                const auto then = followed.find(scenario + QLatin1Char('/') + order);
                QTest::newRow(qPrintable(scenario + QLatin1Char('/') + order))
                    << scenario << order << (then == followed.end() ? 0 : then->second.first)
                    << (then == followed.end() ? QStringList() : then->second.second);
            }
        }
    }

    void sample()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, orderFile);
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC));
        Database database(dir.filePath(QStringLiteral("e2e.db")));
        QVERIFY(database.openStore());
        const QDir folder(QStringLiteral(FW_SAMPLES_DIR "/") + scenario);
        StoreImporter importer(database, clock);
        QVERIFY(importer.importCatalog(folder.filePath(QStringLiteral("catalog.json")), QStringLiteral("t")).ok());
        const ImportResult imported = importer.importOrder(folder.filePath(orderFile), QStringLiteral("t"));
        QVERIFY(imported.ok());
        const QString orderId = imported.id;

        HttpCalloutTransport transport;
        Executor executor(database, clock);
        executor.setCalloutTransport(&transport);
        QVERIFY(executor.load());
        const OrderRuntime* order = executor.order(orderId);
        for (const auto& endpoint : order->catalog->endpoints)
            executor.setEndpointBaseUrl(endpoint.id,
                                        QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(QUrl(endpoint.baseUrl).path()));

        const QString account = order->order.account.id;
        QStringList actions;
        const QString error = runToCompletion(executor, database, clock, orderId, actions);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(toString(executor.order(orderId)->execution->orderState()), toString(OrderState::Completed));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM steps WHERE state <> 'completed'")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        qInfo("%s: %s", qPrintable(orderId), qPrintable(actions.join(QStringLiteral(", "))));

        // The scenario's follow-up orders acting on this order's assets, in the order they were ordered
        // (orderedAt: the telecom upgrade comes before the disconnect), each run to completion.
        const QStringList followUps = followUpsOf(folder, orderId);
        QTEST(int(followUps.size()), "followUps");
        for (const QString& path : followUps) {
            const ImportResult next = executor.imports().importOrder(path, QStringLiteral("t"));
            QVERIFY2(next.ok(), qPrintable(path + QStringLiteral(": ") + problemsText(next.problems)));
            QStringList done;
            const QString failed = runToCompletion(executor, database, clock, next.id, done);
            QVERIFY2(failed.isEmpty(), qPrintable(next.id + QStringLiteral(": ") + failed));
            qInfo("%s: %s", qPrintable(next.id), qPrintable(done.join(QStringLiteral(", "))));
        }
        QStringList assets;
        const auto installed = AssetReader(database.connection()).ofAccount(account);
        QVERIFY2(installed, qPrintable(installed.message()));
        for (const Asset& asset : *installed) {
            if (asset.sourceOrder != orderId)
                continue;
            const QString bandwidth = asset.attributes.value(QStringLiteral("bandwidth")).toString();
            assets << QStringLiteral("%1 x%2 %3%4")
                          .arg(asset.id)
                          .arg(asset.quantity)
                          .arg(toString(asset.status), bandwidth.isEmpty() ? QString() : QStringLiteral(" ") + bandwidth);
        }
        QFETCH(QStringList, endState);
        if (!endState.isEmpty())
            QCOMPARE(assets, endState);
    }

private:
    // Drives the order like an operations desk until it completes; why it could not, else empty.
    static QString runToCompletion(Executor& executor, Database& database, ManualClock& clock, const QString& orderId, QStringList& actions)
    {
        for (int round = 0; round < 40; ++round) {
            const auto ran = executor.runUntilSettled(30000);
            if (!ran)
                return ran.message();
            const OrderRuntime* order = executor.order(orderId);
            if (!order)
                return QStringLiteral("order %1 is not running").arg(orderId);
            const OrderState state = order->execution->orderState();
            if (state == OrderState::Completed)
                return {};
            if (state == OrderState::Fallout) {
                const int failed = order->execution->stepsIn(StepState::Fallout).front();
                return QStringLiteral("%1 fell out: %2")
                    .arg(order->steps[std::size_t(failed)].id, order->steps[std::size_t(failed)].lastError);
            }
            const ScriptedOperator::Round turn = ScriptedOperator(QStringLiteral("operator")).actOn(executor, database, orderId);
            if (!turn.error.isEmpty())
                return turn.error;
            actions << turn.actions;
            bool acted = !turn.actions.isEmpty();
            if (!acted && turn.waitsForTime) {
                clock.advance(qint64(400) * 86400 * 1000);
                actions << QStringLiteral("time passes");
                acted = true;
            }
            if (!acted)
                return QStringLiteral("stuck with nothing to do after: ") + actions.join(QStringLiteral(", "));
        }
        return QStringLiteral("not completed after 40 rounds: ") + actions.join(QStringLiteral(", "));
    }

    // The scenario's follow-up orders (follow-up/order*.json) that act on assets of `orderId`, by orderedAt.
    static QStringList followUpsOf(const QDir& scenario, const QString& orderId)
    {
        const QDir dir(scenario.filePath(QStringLiteral("follow-up")));
        std::vector<std::pair<QString, QString>> found; // (orderedAt, path)
        for (const QString& file : dir.entryList({ QStringLiteral("order*.json") }, QDir::Files, QDir::Name)) {
            QFile input(dir.filePath(file));
            if (!input.open(QIODevice::ReadOnly))
                continue;
            const auto document = nlohmann::json::parse(input.readAll().toStdString(), nullptr, false);
            if (!document.is_object() || !document.contains("items"))
                continue;
            bool actsOnOrder = false;
            for (const auto& item : document["items"])
                actsOnOrder |= QString::fromStdString(item.value("assetRef", std::string())).startsWith(orderId + QLatin1Char('/'));
            if (actsOnOrder)
                found.emplace_back(QString::fromStdString(document.value("orderedAt", std::string())), dir.filePath(file));
        }
        std::sort(found.begin(), found.end());
        QStringList paths;
        for (const auto& entry : found)
            paths << entry.second;
        return paths;
    }
};

QTEST_GUILESS_MAIN(TestSamplesEndToEnd)
#include "tst_samplesendtoend.moc"
