// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Business Fiber sample end to end against fw-stubs: a carrier rejection falls out, an
// operator retries and resumes, the router is delivered, the technician's tasks are completed,
// and the order completes with billing started.

#include "common/clock.h"
#include "engine/callouttransport.h"
#include "engine/executor.h"
#include "store/database.h"
#include "store/storeimporter.h"
#include "stubserver.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

class TestTelecomEndToEnd : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;
    StubServer m_stubs { 3 };
    HttpCalloutTransport m_transport;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Executor> m_executor;

    QString scalar(const QString& sql) const
    {
        QSqlQuery query(m_database->connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }

    void settle()
    {
        const auto result = m_executor->runUntilSettled(30000);
        QVERIFY2(result, qPrintable(result.message()));
    }

    qint64 openTask(const char* stepKeySuffix) const
    {
        return scalar(QStringLiteral("SELECT id FROM tasks WHERE state = 'open' AND step_id LIKE '%%1'").arg(QLatin1String(stepKeySuffix)))
            .toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const quint16 port = m_stubs.listenLocal(0);
        QVERIFY(port);
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("telecom.db")));
        QCOMPARE(m_database->openStore().message(), QString());
        StoreImporter importer(*m_database, m_clock);
        QVERIFY(importer.importCatalog(QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/catalog.json"), QStringLiteral("t")).ok());
        QVERIFY(importer.importOrder(QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/order.json"), QStringLiteral("t")).ok());
        m_executor = std::make_unique<Executor>(*m_database, m_clock);
        m_executor->setCalloutTransport(&m_transport);
        for (const char* system : { "inventory", "carrier", "provisioning", "billing" })
            m_executor->setEndpointBaseUrl(QLatin1String(system),
                                           QStringLiteral("http://127.0.0.1:%1/%2").arg(port).arg(QLatin1String(system)));
        QVERIFY(m_executor->load());
    }

    void carrierRejectionFallsOut()
    {
        StubBehaviour rejecting;
        rejecting.badRequestRate = 1.0;
        m_stubs.configure(QStringLiteral("carrier"), rejecting);
        settle();
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM orders")), QStringLiteral("fallout"));
        QCOMPARE(scalar(QStringLiteral("SELECT queue || ' ' || classification || ' ' || rule FROM fallout_cases")),
                 QStringLiteral("shipping-fallout fatal carrier-bad-address"));
        QVERIFY(scalar(QStringLiteral("SELECT error FROM fallout_cases")).contains(QStringLiteral("carrier-bad-address")));
        QVERIFY(scalar(QStringLiteral("SELECT response FROM fallout_cases")).contains(QStringLiteral("VALIDATION_FAILED")));
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM steps WHERE step_key = 'reserve-router'")), QStringLiteral("completed"));
    }

    void operatorRetriesAndResumes()
    {
        m_stubs.configure(QStringLiteral("carrier"), StubBehaviour {});
        const qint64 caseId = scalar(QStringLiteral("SELECT id FROM fallout_cases WHERE state = 'open'")).toLongLong();
        QVERIFY(m_executor->fallout().retry(caseId, QStringLiteral("resolver")));
        settle();
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM steps WHERE step_key = 'ship-router'")), QStringLiteral("completed"));
        QVERIFY(scalar(QStringLiteral("SELECT fields FROM fulfillment_lines WHERE product = 'ROUTER_SHIPMENT'"))
                    .contains(QStringLiteral("\"trackingNumber\":\"1Z")));
        // The order's last case: the retry resumed the order (no separate resume).
        QCOMPARE(scalar(QStringLiteral("SELECT on_hold FROM orders WHERE id = 'SO-10001'")), QStringLiteral("0"));
        QCOMPARE(scalar(QStringLiteral("SELECT actor FROM journal WHERE kind = 'order.resumed'")), QStringLiteral("resolver"));
        settle();
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM steps WHERE step_key = 'router-delivered'")), QStringLiteral("waiting"));
    }

    void deliveryAndTechnicianFinishTheOrder()
    {
        QVERIFY(m_executor->tasks().signal(QStringLiteral("SO-10001"), QStringLiteral("router-delivered"), QStringLiteral("carrier")));
        settle();
        const qint64 schedule = openTask("schedule-technician");
        QVERIFY(schedule > 0);
        QVERIFY(m_executor->tasks().claim(schedule, QStringLiteral("dispatcher")));
        QVERIFY(m_executor->tasks().complete(schedule, QStringLiteral("dispatcher"),
                                             { { QStringLiteral("visitDate"), QStringLiteral("2026-12-03") },
                                               { QStringLiteral("technician"), QStringLiteral("K. Jansen") },
                                               { QStringLiteral("timeWindow"), QStringLiteral("08-12") } }));
        settle();
        const qint64 install = openTask("install-complete");
        QVERIFY(m_executor->tasks().claim(install, QStringLiteral("tech")));
        QVERIFY(m_executor->tasks().complete(install, QStringLiteral("tech"),
                                             { { QStringLiteral("opticalLevelDbm"), -18.5 }, { QStringLiteral("routerOnline"), true } }));
        settle();
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM orders")), QStringLiteral("completed"));
        QVERIFY(scalar(QStringLiteral("SELECT fields FROM fulfillment_lines WHERE product = 'MONTHLY_BILLING'"))
                    .contains(QStringLiteral("\"subscriptionId\":\"SUB-")));
        QVERIFY(scalar(QStringLiteral("SELECT fields FROM fulfillment_lines WHERE product = 'MONTHLY_BILLING'"))
                    .contains(QStringLiteral("\"billingStartDate\":\"")));
        // The billing subscription started after the installation: its callout carried the start date.
        QVERIFY(scalar(QStringLiteral("SELECT request FROM attempts WHERE step_id LIKE '%start-monthly-billing'"))
                    .contains(QStringLiteral("\"startDate\":\"20")));
    }
};

QTEST_GUILESS_MAIN(TestTelecomEndToEnd)
#include "tst_telecomendtoend.moc"
