// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// One callout carries many items (docs/catalog-format.md#many-items-in-one-template): the order
// of tests/data/plan/po-per-vendor has three acme parts and one globex part; each vendor gets one
// purchase order listing its items, and fw-stubs receives exactly that body.

#include "common/clock.h"
#include "engine/callouttransport.h"
#include "engine/executor.h"
#include "store/database.h"
#include "store/storeimporter.h"
#include "stubserver.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace fw;

class TestCalloutManyItems : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;
    StubServer m_stubs { 3 };
    HttpCalloutTransport m_transport;
    std::unique_ptr<Database> m_database;

    QString scalar(const QString& sql) const
    {
        QSqlQuery query(m_database->connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const quint16 port = m_stubs.listenLocal(0);
        QVERIFY(port);
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("po.db")));
        QCOMPARE(m_database->openStore().message(), QString());
        StoreImporter importer(*m_database, m_clock);
        QVERIFY(importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/plan/po-per-vendor/catalog.json"), QStringLiteral("t")).ok());
        QVERIFY(importer.importOrder(QStringLiteral(FW_TEST_DATA_DIR "/plan/po-per-vendor/order.json"), QStringLiteral("t")).ok());
        Executor executor(*m_database, m_clock);
        executor.setCalloutTransport(&m_transport);
        executor.setEndpointBaseUrl(QStringLiteral("erp"), QStringLiteral("http://127.0.0.1:%1/erp").arg(port));
        QCOMPARE(executor.load().message(), QString());
        const Result<int> settled = executor.runUntilSettled(30000);
        QVERIFY2(settled, qPrintable(settled.message()));
    }

    void onePurchaseOrderCarriesTheVendorsThreeItems()
    {
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM orders WHERE id = 'SO-PO-1'")), QStringLiteral("completed"));
        const QString response = scalar(
            QStringLiteral("SELECT response FROM attempts WHERE order_id = 'SO-PO-1' AND step_id = 'line:order.F_PO_ACME/purchase-order'"));
        const auto reply = nlohmann::json::parse(response.toStdString(), nullptr, false);
        QVERIFY2(reply.is_object(), qPrintable(response));
        QCOMPARE(QString::fromStdString(reply.value("path", std::string())), QStringLiteral("purchase-orders/acme"));
        const auto expected = nlohmann::json::parse(R"({
            "order": "SO-PO-1", "vendor": "acme", "shipTo": "Hamburg",
            "skus": ["BOLT-10", "WASHER-10", "SCREW-4"], "quantities": [2, 1, 6],
            "items": [
              {"id": "P1", "product": "PART", "quantity": 2, "action": "add", "attributes": {"sku": "BOLT-10", "vendor": "acme"}},
              {"id": "P3", "product": "PART", "quantity": 1, "action": "add", "attributes": {"sku": "WASHER-10", "vendor": "acme"}},
              {"id": "P4", "product": "PART", "quantity": 6, "action": "add", "attributes": {"sku": "SCREW-4", "vendor": "acme"}}],
            "deliveryLines": ["order.F_PO_ACME", "order.F_PO_GLOBEX"] })");
        const auto received = reply.value("received", nlohmann::json());
        if (received != expected)
            QFAIL(qPrintable(QStringLiteral("fw-stubs received %1").arg(QString::fromStdString(received.dump()))));
    }

    void theOtherVendorGetsItsOneItemAndEachLineItsNumber()
    {
        const QString response = scalar(QStringLiteral(
            "SELECT response FROM attempts WHERE order_id = 'SO-PO-1' AND step_id = 'line:order.F_PO_GLOBEX/purchase-order'"));
        const auto received = nlohmann::json::parse(response.toStdString(), nullptr, false).value("received", nlohmann::json());
        QCOMPARE(QString::fromStdString(received.value("skus", nlohmann::json()).dump()), QStringLiteral("[\"NUT-10\"]"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM attempts WHERE order_id = 'SO-PO-1'")), QStringLiteral("2"));
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT fields FROM fulfillment_lines WHERE order_id = 'SO-PO-1'")));
        int numbered = 0;
        while (query.next())
            numbered += query.value(0).toString().contains(QLatin1String("\"poNumber\"")) ? 1 : 0;
        QCOMPARE(numbered, 2);
    }
};

QTEST_GUILESS_MAIN(TestCalloutManyItems)
#include "tst_calloutmanyitems.moc"
