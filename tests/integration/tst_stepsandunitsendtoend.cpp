// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Step conditions and per-unit lines end to end against fw-stubs (tests/data/plan/step-conditions-per-unit):
// 3 devices without a survey and 1 with make 4 installation lines; the survey callout is skipped by
// its condition on the 3 (nothing sent) and runs on the 1, every installation callout runs, with its
// unit number. A change order 3 -> 5 adds the lines u4 and u5, 5 -> 3 removes them again.

#include "change/changepreview.h"
#include "common/clock.h"
#include "engine/callouttransport.h"
#include "engine/executor.h"
#include "engine/handlers/changecommands.h"
#include "store/database.h"
#include "store/storeimporter.h"
#include "stubserver.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace fw;

class TestStepsAndUnitsEndToEnd : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock { QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc()) };
    StubServer m_stubs { 3 };
    quint16 m_port = 0;
    HttpCalloutTransport m_transport;
    std::unique_ptr<Database> m_database;

    std::unique_ptr<Executor> executor(bool withTransport)
    {
        auto e = std::make_unique<Executor>(*m_database, m_clock);
        if (withTransport) {
            e->setCalloutTransport(&m_transport);
            for (const char* system : { "carrier", "provisioning", "erp" })
                e->setEndpointBaseUrl(QLatin1String(system),
                                      QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(QLatin1String(system)));
        }
        if (const Status loaded = e->load(); !loaded)
            qWarning("%s", qPrintable(loaded.message()));
        return e;
    }

    static bool settle(Executor& e)
    {
        const Result<int> result = e.runUntilSettled(60000);
        if (!result)
            qWarning("%s", qPrintable(result.message()));
        return bool(result);
    }

    QString scalar(const QString& sql) const
    {
        QSqlQuery query(m_database->connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }

    QStringList column(const QString& sql) const
    {
        QStringList values;
        QSqlQuery query(m_database->connection());
        query.exec(sql);
        while (query.next())
            values << query.value(0).toString();
        return values;
    }

    int requests(const char* system) const { return m_stubs.stats().value(QLatin1String(system)).requests; }

    static nlohmann::json quantityChange(const char* id, const char* order, int quantity)
    {
        return { { "formatVersion", 1 },
                 { "id", id },
                 { "order", order },
                 { "requestedBy", "customer portal" },
                 { "actions", { { { "action", "quantity" }, { "item", "1" }, { "quantity", quantity } } } } };
    }

    static QStringList changedLines(const ChangePreview& preview)
    {
        QStringList lines;
        for (const LineChange& line : preview.lines) {
            if (line.change == QLatin1String("added") || line.change == QLatin1String("removed"))
                lines << line.change + QLatin1Char(' ') + line.id;
        }
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_port = m_stubs.listenLocal(0);
        QVERIFY(m_port);
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("units.db")));
        QCOMPARE(m_database->openStore().message(), QString());
        StoreImporter importer(*m_database, m_clock);
        const QString dir = QStringLiteral(FW_TEST_DATA_DIR "/plan/step-conditions-per-unit/");
        QVERIFY(importer.importCatalog(dir + QStringLiteral("catalog.json"), QStringLiteral("t")).ok());
        QVERIFY(importer.importOrder(dir + QStringLiteral("order.json"), QStringLiteral("t")).ok());
    }

    void skippedSurveysAndOneInstallationPerDevice()
    {
        auto e = executor(true);
        QVERIFY(settle(*e));
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM orders WHERE id = 'SO-UNITS-1'")), QStringLiteral("completed"));
        QCOMPARE(
            column(QStringLiteral("SELECT id || ' ' || state FROM steps WHERE order_id = 'SO-UNITS-1' AND id LIKE '%/survey' ORDER BY id")),
            (QStringList { QStringLiteral("line:1.F_DEVICE_INSTALL.u1/survey skipped"),
                           QStringLiteral("line:1.F_DEVICE_INSTALL.u2/survey skipped"),
                           QStringLiteral("line:1.F_DEVICE_INSTALL.u3/survey skipped"),
                           QStringLiteral("line:2.F_DEVICE_INSTALL.u1/survey completed") }));
        QCOMPARE(requests("provisioning"), 1); // only the device that needs a survey
        QCOMPARE(requests("erp"), 4); // one installation per device
        QCOMPARE(requests("carrier"), 2); // one shipment per item: not per unit
        QCOMPARE(column(QStringLiteral("SELECT request FROM attempts WHERE order_id = 'SO-UNITS-1' AND step_id LIKE 'line:1.%/install' "
                                       "ORDER BY step_id")),
                 (QStringList { QStringLiteral("{\"model\":\"cam-4k\",\"of\":3,\"order\":\"SO-UNITS-1\",\"unit\":1}"),
                                QStringLiteral("{\"model\":\"cam-4k\",\"of\":3,\"order\":\"SO-UNITS-1\",\"unit\":2}"),
                                QStringLiteral("{\"model\":\"cam-4k\",\"of\":3,\"order\":\"SO-UNITS-1\",\"unit\":3}") }));
        // Each activation waited for its own unit's installation (sourceItem, unit to unit).
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM steps WHERE order_id = 'SO-UNITS-1' AND id LIKE '%.u_/activated' "
                                       "AND state = 'completed'")),
                 QStringLiteral("4"));
        // The hand-over's condition saw the work order each installation wrote into its line.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM steps WHERE order_id = 'SO-UNITS-1' AND id LIKE '%/handover' "
                                       "AND state = 'completed'")),
                 QStringLiteral("4"));
        const QString why = scalar(QStringLiteral("SELECT actor || ' ' || payload FROM journal WHERE order_id = 'SO-UNITS-1' "
                                                  "AND step_id = 'line:1.F_DEVICE_INSTALL.u2/survey' AND after_state = 'skipped'"));
        QVERIFY2(why.startsWith(QStringLiteral("engine {")) && why.contains(QStringLiteral("\"by\":\"condition\""))
                     && why.contains(QStringLiteral("\"values\":{\"1.F_DEVICE_INSTALL.u2\":{\"line.attributes.needsSurvey\":false}}")),
                 qPrintable(why));
    }

    // Nothing started (no transport): 3 -> 5 adds the lines u4 and u5, 5 -> 3 removes them; the three
    // installations then run.
    void changeOrdersAddAndRemoveTheLastUnits()
    {
        QFile order(m_dir.filePath(QStringLiteral("order-2.json")));
        QVERIFY(order.open(QIODevice::WriteOnly));
        order.write(R"({ "formatVersion": 1, "id": "SO-UNITS-2", "account": { "id": "ACC-UNITS", "region": "EMEA" },
                         "items": [ { "id": "1", "product": "DEVICE", "quantity": 3 } ] })");
        order.close();
        QVERIFY(StoreImporter(*m_database, m_clock).importOrder(order.fileName(), QStringLiteral("t")).ok());
        const int installsBefore = requests("erp");
        {
            auto e = executor(false);
            QVERIFY(settle(*e));
            const nlohmann::json more = quantityChange("CHG-UP", "SO-UNITS-2", 5);
            // The skipped surveys count as started work: the 2 units come as supplement item 1+CHG-UP, which
            // continues the per-unit numbering and ships on its own (its shipment line is not per unit).
            QCOMPARE(changedLines(e->changes().preview(more, QStringLiteral("up.json"))),
                     (QStringList { QStringLiteral("added 1.F_DEVICE_INSTALL.u4"), QStringLiteral("added 1.F_DEVICE_INSTALL.u5"),
                                    QStringLiteral("added 1.F_DEVICE_ACTIVATE.u4"), QStringLiteral("added 1.F_DEVICE_ACTIVATE.u5"),
                                    QStringLiteral("added 1+CHG-UP.F_DEVICE_SHIP") }));
            const Status up = e->changes().submit(more, QStringLiteral("up.json"), QStringLiteral("ops"));
            QVERIFY2(up, qPrintable(up.message()));
            QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM steps WHERE order_id = 'SO-UNITS-2' AND id LIKE '%/install'")),
                     QStringLiteral("5"));
            const nlohmann::json fewer = quantityChange("CHG-DOWN", "SO-UNITS-2", 3);
            QCOMPARE(changedLines(e->changes().preview(fewer, QStringLiteral("down.json"))),
                     (QStringList { QStringLiteral("removed 1.F_DEVICE_INSTALL.u4"), QStringLiteral("removed 1.F_DEVICE_INSTALL.u5"),
                                    QStringLiteral("removed 1.F_DEVICE_ACTIVATE.u4"), QStringLiteral("removed 1.F_DEVICE_ACTIVATE.u5"),
                                    QStringLiteral("removed 1+CHG-UP.F_DEVICE_SHIP") }));
            const Status down = e->changes().submit(fewer, QStringLiteral("down.json"), QStringLiteral("ops"));
            QVERIFY2(down, qPrintable(down.message()));
        }
        auto e = executor(true);
        QVERIFY(settle(*e));
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM orders WHERE id = 'SO-UNITS-2'")), QStringLiteral("completed"));
        QCOMPARE(requests("erp") - installsBefore, 3);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM attempts WHERE order_id = 'SO-UNITS-2' AND step_id LIKE '%/ship'")),
                 QStringLiteral("1"));
        QCOMPARE(column(QStringLiteral("SELECT id || ' ' || state FROM steps WHERE order_id = 'SO-UNITS-2' AND id LIKE '%.u_/install' "
                                       "ORDER BY id")),
                 (QStringList { QStringLiteral("line:1.F_DEVICE_INSTALL.u1/install completed"),
                                QStringLiteral("line:1.F_DEVICE_INSTALL.u2/install completed"),
                                QStringLiteral("line:1.F_DEVICE_INSTALL.u3/install completed"),
                                QStringLiteral("line:1.F_DEVICE_INSTALL.u4/install cancelled"),
                                QStringLiteral("line:1.F_DEVICE_INSTALL.u5/install cancelled") }));
    }
};

QTEST_GUILESS_MAIN(TestStepsAndUnitsEndToEnd)
#include "tst_stepsandunitsendtoend.moc"
