// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Change orders (docs/change-orders.md, "Change order format"): reading the document, and what each
// action does to the order document it amends.

#include "change/orderamendment.h"
#include "changesamples.h"

#include <QDir>
#include <QTest>

using namespace fw;
using fw::test::toStrings;

class TestChangeOrder : public QObject {
    Q_OBJECT

    QHash<QString, test::ChangeSample> m_samples; // by order id

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QDir::setCurrent(QStringLiteral(FW_TEST_DATA_DIR "/change")));
        m_samples = test::loadChangeSamples();
    }

    void readsTheExamples()
    {
        const ChangeOrderLoad seats = ChangeOrderReader::readFile(QStringLiteral("more-seats.json"));
        QVERIFY2(seats.ok(), qPrintable(toStrings(seats.problems).join(u'\n')));
        QCOMPARE(seats.changeOrder->id, QStringLiteral("CHG-2041"));
        QCOMPARE(seats.changeOrder->order, QStringLiteral("SO-20417"));
        QCOMPARE(seats.changeOrder->requestedBy, QStringLiteral("customer portal"));
        QCOMPARE(seats.changeOrder->sourceLabel, QStringLiteral("more-seats.json"));
        QCOMPARE(seats.changeOrder->actions.size(), std::size_t(1));
        const ChangeAction& quantity = seats.changeOrder->actions.front();
        QCOMPARE(toString(quantity.kind), QStringLiteral("quantity"));
        QCOMPARE(quantity.pointer, QStringLiteral("/actions/0"));
        QCOMPARE(quantity.item, QStringLiteral("S1-U"));
        QCOMPARE(quantity.quantity, 300);
        QVERIFY(!seats.changeOrder->cancelsOrder());

        const ChangeOrderLoad cancel = ChangeOrderReader::readFile(QStringLiteral("cancel-order.json"));
        QVERIFY(cancel.ok());
        QVERIFY(cancel.changeOrder->cancelsOrder());
        QCOMPARE(toString(cancel.changeOrder->actions.front().kind), QStringLiteral("cancelOrder"));

        const ChangeOrderLoad address = ChangeOrderReader::readFile(QStringLiteral("address-change.json"));
        QVERIFY(address.ok());
        const ChangeAction& group = address.changeOrder->actions.front();
        QCOMPARE(toString(group.kind), QStringLiteral("deliveryGroup"));
        QCOMPARE(group.group, QStringLiteral("VENLO"));
        QVERIFY(!group.createGroup);
        QCOMPARE(group.address.value_or(QVariantMap()).value(QStringLiteral("line1")).toString(), QStringLiteral("Noorderpoort 21"));
        QCOMPARE(group.requestedDate.value_or(QString()), QStringLiteral("2026-12-22"));
    }

    // The examples amend their sample orders (seats on started work become a supplement).
    void amendsWithTheExamples()
    {
        const ChangeOrder seats = *ChangeOrderReader::readFile(QStringLiteral("more-seats.json")).changeOrder;
        const test::ChangeSample& saas = m_samples[QStringLiteral("SO-20417")];
        const AmendedOrder amended = amendOrder(saas.document, seats, *saas.catalog, [](const QString& item) { return item == u"S1-U"; });
        QVERIFY2(amended.ok(), qPrintable(toStrings(amended.problems).join(u'\n')));
        QCOMPARE(amended.order->items.size(), std::size_t(6));
        QCOMPARE(amended.order->items.back().supplementOf, QStringLiteral("S1-U"));
        QCOMPARE(amended.order->items.back().quantity, 50);
        QCOMPARE(amended.changes.front().detail, QStringLiteral("quantity 250 -> 300 (+50 as supplement S1-U+CHG-2041)"));

        const ChangeOrder cancel = *ChangeOrderReader::readFile(QStringLiteral("cancel-order.json")).changeOrder;
        const test::ChangeSample& telecom = m_samples[QStringLiteral("SO-10002")];
        const AmendedOrder cancelled = amendOrder(telecom.document, cancel, *telecom.catalog, {});
        QVERIFY(cancelled.ok());
        QVERIFY2(cancelled.document == telecom.document, "cancelOrder leaves the document as it is");
        QVERIFY(cancelled.changes.empty());

        const ChangeOrder address = *ChangeOrderReader::readFile(QStringLiteral("address-change.json")).changeOrder;
        const AmendedOrder moved = amendOrder(telecom.document, address, *telecom.catalog, {});
        QVERIFY2(moved.ok(), qPrintable(toStrings(moved.problems).join(u'\n')));
        QCOMPARE(moved.order->deliveryGroup(QStringLiteral("VENLO"))->address.line1, QStringLiteral("Noorderpoort 21"));
        QCOMPARE(moved.order->deliveryGroup(QStringLiteral("VENLO"))->requestedDate, QStringLiteral("2026-12-22"));
        QCOMPARE(moved.changes.front().detail, QStringLiteral("delivery group VENLO: address changed, requested date 2026-12-22"));

        const ChangeOrder site = *ChangeOrderReader::readFile(QStringLiteral("third-site.json")).changeOrder;
        const AmendedOrder extended = amendOrder(telecom.document, site, *telecom.catalog, {});
        QVERIFY2(extended.ok(), qPrintable(toStrings(extended.problems).join(u'\n')));
        QStringList details;
        for (const ItemChange& change : extended.changes)
            details << change.detail;
        QCOMPARE(details,
                 (QStringList { QStringLiteral("new delivery group EINDHOVEN: address set, requested date 2027-01-11"),
                                QStringLiteral("added BUSINESS_FIBER_BUNDLE x1 in group EINDHOVEN"),
                                QStringLiteral("added FIBER_ACCESS x1 to bundle item C"),
                                QStringLiteral("added MANAGED_ROUTER x1 to bundle item C"),
                                QStringLiteral("attributes bandwidth: 300M -> 1G"), QStringLiteral("removed") }));
        QVERIFY(extended.order->item(QStringLiteral("C.2")) && !extended.order->item(QStringLiteral("A.3")));
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("unknown item") << QStringLiteral("bad/unknown-item.json")
                                      << QStringList { QStringLiteral("bad/unknown-item.json:/actions/1/item: unknown item 'S9' in order "
                                                                      "SO-20417 (items: S1, S1-U, S1-A, S1-SSO, S1-ST)") };
        QTest::addRow("negative quantity") << QStringLiteral("bad/negative-quantity.json")
                                           << QStringList { QStringLiteral("bad/negative-quantity.json:/actions/0/quantity: "
                                                                           "quantity must be greater than 0, got -5") };
        QTest::addRow("cancelOrder with other actions")
            << QStringLiteral("bad/cancel-with-other-actions.json")
            << QStringList { QStringLiteral("bad/cancel-with-other-actions.json:/actions/1: cancelOrder must be the only action "
                                            "(this change order has 2)") };
        QTest::addRow("two actions on one item")
            << QStringLiteral("bad/two-actions-one-item.json")
            << QStringList { QStringLiteral("bad/two-actions-one-item.json:/actions/2/item: item 'S1-U' is already changed by "
                                            "/actions/0 (one action per item)") };
        QTest::addRow("unknown product in add")
            << QStringLiteral("bad/unknown-product.json")
            << QStringList { QStringLiteral("bad/unknown-product.json:/actions/0/item/product: unknown product 'ROUTER-X' (not in "
                                            "catalog 'telecom-business-fiber')"),
                             QStringLiteral("bad/unknown-product.json:/actions/0/item/deliveryGroup: unknown delivery group "
                                            "'EINDHOVEN' in order SO-10002 (delivery groups: ROTTERDAM, VENLO)") };
        QTest::addRow("unknown field")
            << QStringLiteral("bad/unknown-field.json")
            << QStringList { QStringLiteral("bad/unknown-field.json:/requestor: unknown field 'requestor'"),
                             QStringLiteral("bad/unknown-field.json:/actions/0/effective: unknown field 'effective'"),
                             QStringLiteral("bad/unknown-field.json:/actions/1/action: unknown action 'cancel' (expected one "
                                            "of quantity, attributes, remove, add, deliveryGroup, cancelOrder)") };
        // Issue 14: numbers out of range and nesting past the limit are reported, never thrown.
        QTest::addRow("quantity 1e400") << QStringLiteral("bad/number-out-of-range.json")
                                        << QStringList { QStringLiteral("bad/number-out-of-range.json:/actions/0/quantity: number "
                                                                        "'1e400' is out of range (line 2, column 68)") };
        QTest::addRow("quantity 2^63") << QStringLiteral("bad/quantity-too-large.json")
                                       << QStringList { QStringLiteral("bad/quantity-too-large.json:/actions/0/quantity: must be at "
                                                                       "most 2147483647, found 9223372036854775808") };
        QTest::addRow("600 levels deep") << QStringLiteral("bad/deep-nesting.json")
                                         << QStringList { QStringLiteral("bad/deep-nesting.json:: nested deeper than 512 levels "
                                                                         "(line 2, column 525)") };
        QTest::addRow("malformed JSON") << QStringLiteral("bad/malformed-json.json")
                                        << QStringList { QStringLiteral("bad/malformed-json.json:: malformed JSON at line 4, "
                                                                        "column 5: syntax error while parsing array - unexpected "
                                                                        "'{'; expected ']'") };
    }

    // Structural problems come from the reader, reference problems from amendOrder: a user sees both
    // in one form, and a bad change order yields no order.
    void badFiles()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        const ChangeOrderLoad load = ChangeOrderReader::readFile(file);
        if (!load.ok()) {
            QVERIFY(!load.changeOrder.has_value());
            QCOMPARE(toStrings(load.problems), expected);
            return;
        }
        QVERIFY2(m_samples.contains(load.changeOrder->order), "no sample order for this change order");
        const test::ChangeSample& sample = m_samples[load.changeOrder->order];
        const AmendedOrder amended = amendOrder(sample.document, *load.changeOrder, *sample.catalog, {});
        QVERIFY(!amended.order.has_value());
        QVERIFY(amended.changes.empty());
        QVERIFY2(amended.document == sample.document, "a bad change order changes nothing");
        QCOMPARE(toStrings(amended.problems), expected);
    }

    void rejectsStructure_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char* name, const char* actions, QStringList expected) {
            QTest::addRow("%s", name) << QStringLiteral(R"({ "formatVersion": 1, "id": "CHG-1", "order": "SO-1", "actions": %1 })")
                                             .arg(QString::fromUtf8(actions))
                                      << expected;
        };
        row("zero quantity", R"([ { "action": "quantity", "item": "2", "quantity": 0 } ])",
            { QStringLiteral("/actions/0/quantity: quantity must be greater than 0, got 0") });
        row("quantity not an integer", R"([ { "action": "quantity", "item": "2", "quantity": "150" } ])",
            { QStringLiteral("/actions/0/quantity: expected an integer, found a string") });
        row("quantity without item", R"([ { "action": "quantity", "quantity": 3 } ])",
            { QStringLiteral("/actions/0/item: required field is missing") });
        row("attributes action with neither", R"([ { "action": "attributes", "item": "1" } ])",
            { QStringLiteral("/actions/0: an attributes action needs 'attributes', 'deliveryGroup' or both") });
        row("attributes empty", R"([ { "action": "attributes", "item": "1", "attributes": {} } ])",
            { QStringLiteral("/actions/0/attributes: must name at least one attribute") });
        row("deliveryGroup with neither", R"([ { "action": "deliveryGroup", "group": "SITE-1", "new": true } ])",
            { QStringLiteral("/actions/0: a deliveryGroup action needs 'address', 'requestedDate' or both") });
        row("deliveryGroup bad date and address field",
            R"([ { "action": "deliveryGroup", "group": "SITE-1", "requestedDate": "2026-02-30", "address": { "street": "x" } } ])",
            { QStringLiteral("/actions/0/address/street: unknown field 'street'"),
              QStringLiteral("/actions/0/requestedDate: '2026-02-30' is not an ISO date (YYYY-MM-DD)") });
        row("add item not an object", R"([ { "action": "add", "item": "4" } ])",
            { QStringLiteral("/actions/0/item: expected the new order item as an object {\"id\", \"product\", ...}, "
                             "found a string") });
        row("add item without product, with supplementOf",
            R"([ { "action": "add", "item": { "id": "4", "supplementOf": "2", "quantity": 0 } } ])",
            { QStringLiteral("/actions/0/item/supplementOf: unknown field 'supplementOf'"),
              QStringLiteral("/actions/0/item/product: required field is missing"),
              QStringLiteral("/actions/0/item/quantity: must be at least 1, found 0") });
        row("no actions", "[]", { QStringLiteral("/actions: a change order needs at least one action") });
        row("action not an object", "[ 7 ]", { QStringLiteral("/actions/0: expected an object, found an integer") });
        row("add then quantity of the same item",
            R"([ { "action": "add", "item": { "id": "4", "product": "P" } }, { "action": "quantity", "item": "4", "quantity": 2 } ])",
            { QStringLiteral("/actions/1/item: item '4' is already changed by /actions/0 (one action per item)") });
        row("two actions on one group",
            R"([ { "action": "deliveryGroup", "group": "G", "requestedDate": "2026-12-01" },
                 { "action": "deliveryGroup", "group": "G", "requestedDate": "2026-12-02" } ])",
            { QStringLiteral("/actions/1/group: delivery group 'G' is already changed by /actions/0 (one action per group)") });
        QTest::addRow("header fields") << QStringLiteral(R"({ "formatVersion": 2, "order": 10001, "actions": {} })")
                                       << QStringList { QStringLiteral(
                                                            "/formatVersion: unsupported format version 2 (this build reads version 1)"),
                                                        QStringLiteral("/id: required field is missing"),
                                                        QStringLiteral("/order: expected a string, found an integer"),
                                                        QStringLiteral("/actions: expected an array, found an object") };
    }

    void rejectsStructure()
    {
        QFETCH(QString, document);
        QFETCH(QStringList, expected);
        const ChangeOrderLoad load
            = ChangeOrderReader::readJson(nlohmann::json::parse(document.toStdString()), QStringLiteral("change.json"));
        QVERIFY(!load.changeOrder.has_value());
        QStringList actual = toStrings(load.problems);
        for (QString& line : actual)
            line.remove(0, QStringLiteral("change.json:").size());
        QCOMPARE(actual, expected);
    }
};

QTEST_GUILESS_MAIN(TestChangeOrder)
#include "tst_changeorder.moc"
