// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// summarizeOrder on hand-made rows: an item and its supplement count apart, so +50 seats on 250
// delivered read 250 of 300 delivered and the item is not "delivered" while the 50 are not
// (issue 19: the summary said "300 Delivered" while the added step was pending).

#include "change/ordersummaryreader.h"
#include "store/ordersummaryrows.h"

#include <QTest>

using namespace fw;

class TestOrderSummary : public QObject {
    Q_OBJECT

    // SO-20417 after CHG-2041: S1-U (250 seats, assigned) and its supplement S1-U+CHG-2041 (50).
    static OrderSummaryRows seatsRows(const QString& supplementStep, bool supplementHasSteps = true)
    {
        OrderSummaryRows rows;
        rows.account = QStringLiteral("Lumière Retail SAS");
        rows.state = QStringLiteral("in-progress");
        rows.revision = 1;
        rows.catalogId = QStringLiteral("saas-enterprise-licence");
        rows.document = QStringLiteral(R"({"items":[{"id":"S1-U","product":"USER_LICENCE","quantity":250}]})");
        rows.currentDocument = QStringLiteral(R"({"items":[{"id":"S1-U","product":"USER_LICENCE","quantity":250},)"
                                              R"({"id":"S1-U+CHG-2041","product":"USER_LICENCE","quantity":50,"supplementOf":"S1-U"}]})");
        rows.lines = { { QStringLiteral("S1-U.SEAT_ASSIGNMENT"), { QStringLiteral("S1-U") }, {}, false },
                       { QStringLiteral("S1-U+CHG-2041.SEAT_ASSIGNMENT"), { QStringLiteral("S1-U+CHG-2041") }, {}, false } };
        rows.steps = { { QStringLiteral("licensing"),
                         QStringLiteral("callout"),
                         QStringLiteral("lineItem"),
                         QStringLiteral("completed"),
                         { QStringLiteral("S1-U.SEAT_ASSIGNMENT") } },
                       { QStringLiteral("billing"),
                         QStringLiteral("callout"),
                         QStringLiteral("lineItem"),
                         QStringLiteral("pending"),
                         { QStringLiteral("S1-U.SEAT_ASSIGNMENT") } } };
        if (supplementHasSteps)
            rows.steps.push_back({ QStringLiteral("licensing"),
                                   QStringLiteral("callout"),
                                   QStringLiteral("lineItem"),
                                   supplementStep,
                                   { QStringLiteral("S1-U+CHG-2041.SEAT_ASSIGNMENT") } });
        return rows;
    }

private Q_SLOTS:
    void seatsAddedToDeliveredSeats_data()
    {
        QTest::addColumn<QString>("supplementStep");
        QTest::addColumn<bool>("supplementHasSteps");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("delivered");
        QTest::addColumn<int>("pending");
        QTest::addRow("added step pending") << "pending" << true << "active" << 250 << 50;
        QTest::addRow("added step ready") << "ready" << true << "active" << 250 << 50;
        QTest::addRow("added step running") << "running" << true << "active" << 250 << 0;
        QTest::addRow("added step retrying") << "retrying" << true << "active" << 250 << 0;
        QTest::addRow("added step done") << "completed" << true << "delivered" << 300 << 0;
        QTest::addRow("added step not planned yet") << "" << false << "active" << 250 << 50;
    }
    void seatsAddedToDeliveredSeats()
    {
        QFETCH(QString, supplementStep);
        QFETCH(bool, supplementHasSteps);
        QFETCH(QString, status);
        QFETCH(int, delivered);
        QFETCH(int, pending);
        const OrderSummaryReport report = summarizeOrder(QStringLiteral("SO-20417"), seatsRows(supplementStep, supplementHasSteps));
        QCOMPARE(report.items.size(), std::size_t(1)); // the supplement is part of its item
        const ItemPosition& seats = report.items.front();
        QCOMPARE(seats.quantityOrdered, 250);
        QCOMPARE(seats.quantityNow, 300);
        QCOMPARE(seats.status, status);
        QCOMPARE(seats.quantityDelivered, delivered);
        QCOMPARE(seats.quantityPending, pending);
        QCOMPARE(report.catalog, QStringLiteral("saas-enterprise-licence"));
    }

    void nothingStartedIsAllPending()
    {
        OrderSummaryRows rows = seatsRows(QStringLiteral("pending"));
        rows.steps[0].state = QStringLiteral("ready");
        const ItemPosition seats = summarizeOrder(QStringLiteral("SO-20417"), rows).items.front();
        QCOMPARE(seats.status, QStringLiteral("pending"));
        QCOMPARE(seats.quantityDelivered, 0);
        QCOMPARE(seats.quantityPending, 300);
    }
};

QTEST_GUILESS_MAIN(TestOrderSummary)
#include "tst_ordersummary.moc"
