// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// An order item's recurring price and a term taken from an item attribute (docs/order-format.md
// "Prices", docs/catalog-format.md "term"): what is read, and each bad input's error naming the
// file, the JSON pointer and the reason. On the SaaS sample catalog (term from "termMonths").

#include "catalog/catalogreader.h"
#include "domain/fulfillmentline.h"
#include "engine/assetrecording.h"
#include "order/orderreader.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace fw;

class TestOrderPrice : public QObject {
    Q_OBJECT

    std::shared_ptr<const Catalog> m_catalog;

    OrderLoad read(const QString& currency, const QString& suite)
    {
        nlohmann::json order = nlohmann::json::parse(R"({"formatVersion": 1, "id": "SO-P", "account": {"id": "ACC-1"},
            "items": [{"id": "S1-U", "product": "USER_LICENCE", "parentItem": "S1", "quantity": 10}]})");
        if (!currency.isEmpty())
            order["currency"] = currency.toStdString();
        order["items"].push_back(nlohmann::json::parse(suite.toStdString()));
        return OrderReader::readJson(order, QStringLiteral("order.json"), *m_catalog);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const CatalogLoad load = CatalogReader::readFile(QStringLiteral(FW_SOURCE_DIR "/resources/samples/saas-licence/catalog.json"));
        QVERIFY(load.ok());
        m_catalog = load.catalog;
        const Product* suite = m_catalog->product(QStringLiteral("ENTERPRISE_SUITE"));
        QVERIFY(suite);
        QCOMPARE(suite->termAttribute, QStringLiteral("termMonths"));
        QCOMPARE(suite->renewalLeadDays, 90);
    }

    void reads_data()
    {
        QTest::addColumn<QString>("currency"); // the order's
        QTest::addColumn<QString>("suite"); // the suite item
        QTest::addColumn<QString>("expected"); // "amount currency period", or the errors
        const QString tier = QStringLiteral(R"("id": "S1", "product": "ENTERPRISE_SUITE", "attributes": {"tier": "standard"})");
        const auto suite
            = [&tier](const char* more) -> QString { return QStringLiteral("{") + tier + QLatin1String(more) + QStringLiteral("}"); };
        QTest::addRow("order currency") << QStringLiteral("EUR") << suite(R"(, "price": {"recurring": 12.5})")
                                        << QStringLiteral("12.5 EUR month");
        QTest::addRow("own currency, yearly") << QStringLiteral("EUR")
                                              << suite(R"(, "price": {"recurring": 1200, "currency": "USD", "period": "year"})")
                                              << QStringLiteral("1200 USD year");
        QTest::addRow("no price") << QStringLiteral("EUR") << suite("") << QStringLiteral("0  month");
        QTest::addRow("no currency anywhere")
            << QString() << suite(R"(, "price": {"recurring": 12.5})")
            << QStringLiteral(R"(order.json:/items/1/price/currency: a price needs a currency: give "currency" here or on the order)");
        QTest::addRow("bad currency")
            << QStringLiteral("EUR") << suite(R"(, "price": {"recurring": 1, "currency": "euro"})")
            << QStringLiteral(
                   "order.json:/items/1/price/currency: 'euro' is not an ISO 4217 currency code (three capital letters, e.g. EUR)");
        QTest::addRow("negative") << QStringLiteral("EUR") << suite(R"(, "price": {"recurring": -3})")
                                  << QStringLiteral("order.json:/items/1/price/recurring: a price cannot be negative, found -3");
        QTest::addRow("period") << QStringLiteral("EUR") << suite(R"(, "price": {"recurring": 3, "period": "week"})")
                                << QStringLiteral("order.json:/items/1/price/period: unknown value 'week' (expected one of month, year)");
        QTest::addRow("unknown key") << QStringLiteral("EUR") << suite(R"(, "price": {"recurring": 3, "oneOff": 50})")
                                     << QStringLiteral("order.json:/items/1/price/oneOff: unknown field 'oneOff'");
        QTest::addRow("term out of range")
            << QStringLiteral("EUR")
            << QStringLiteral(R"({"id": "S1", "product": "ENTERPRISE_SUITE", "attributes": {"tier": "standard", "termMonths": 0}})")
            << QStringLiteral("order.json:/items/1/attributes/termMonths: attribute 'termMonths' is the term of product "
                              "'ENTERPRISE_SUITE' in months: it must be 1 to 1200, found 0");
    }
    void reads()
    {
        QFETCH(QString, currency);
        QFETCH(QString, suite);
        QFETCH(QString, expected);
        const OrderLoad load = read(currency, suite);
        QStringList actual;
        for (const Problem& problem : load.problems)
            actual << problem.toString();
        if (load.order) {
            const RecurringPrice& price = load.order->items.back().price;
            actual << QStringLiteral("%1 %2 %3").arg(price.amount).arg(price.currency, price.period);
        }
        QCOMPARE(actual.join(u'\n'), expected);
    }

    // The asset's term: the item's termMonths, else the attribute's default (12).
    void termFromAttribute_data()
    {
        QTest::addColumn<QString>("suite");
        QTest::addColumn<QDate>("termEnd");
        QTest::addRow("36 months") << QStringLiteral(
            R"({"id": "S1", "product": "ENTERPRISE_SUITE", "attributes": {"tier": "standard", "termMonths": 36}})")
                                   << QDate(2029, 12, 7);
        QTest::addRow("default") << QStringLiteral(R"({"id": "S1", "product": "ENTERPRISE_SUITE", "attributes": {"tier": "standard"}})")
                                 << QDate(2027, 12, 7);
    }
    void termFromAttribute()
    {
        QFETCH(QString, suite);
        QFETCH(QDate, termEnd);
        const OrderLoad load = read(QStringLiteral("EUR"), suite);
        QVERIFY(load.ok());
        const RecordedAssets recorded = assetsOfCompletedOrder(
            *load.order, {}, *m_catalog, QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC), QStringLiteral("engine"));
        QCOMPARE(recorded.assets.size(), std::size_t(2));
        for (const Asset& asset : recorded.assets) { // the seats share the suite's term
            QCOMPARE(asset.termStart, QDate(2026, 12, 7));
            QCOMPARE(asset.termEnd, termEnd);
            QCOMPARE(asset.renewalLeadDays, 90);
        }
    }
};

QTEST_GUILESS_MAIN(TestOrderPrice)
#include "tst_orderprice.moc"
