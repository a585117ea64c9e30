// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// amendOrder: what each change order action does to the order document and what it reports
// (core/change/orderamendment.h). Orders: SO-20417 (saas-licence: S1 suite, S1-U 250 seats, S1-A,
// S1-SSO, S1-ST; no delivery groups) and SO-10002 (telecom-fiber multisite: bundle A with A.1-A.3 in
// ROTTERDAM, bundle B with B.1, B.2 in VENLO).

#include "change/orderamendment.h"
#include "changesamples.h"

#include <QTest>

using namespace fw;
using fw::test::toStrings;

namespace {

// An earlier change order's supplement of 50 seats (after it the item's total is 300).
const char* const seatSupplement = R"([ { "op": "add", "path": "/items/-", "value": { "id": "S1-U+CHG-1",
        "product": "USER_LICENCE", "parentItem": "S1", "quantity": 50, "supplementOf": "S1-U" } } ])";
// An earlier supplement of 2 for the static IP item A.3 (its total becomes 3).
const char* const ipSupplement = R"([ { "op": "add", "path": "/items/-", "value": { "id": "A.3+CHG-1",
        "product": "STATIC_IP_ADDON", "parentItem": "A", "quantity": 2, "supplementOf": "A.3",
        "attributes": { "blockSize": "/28" } } } ])";

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

class TestOrderAmendment : public QObject {
    Q_OBJECT

    QHash<QString, test::ChangeSample> m_samples;

    // The sample order after the JSON patch given (RFC 6902), e.g. with an earlier supplement.
    nlohmann::json givenDocument(const QString& order, const QString& given)
    {
        const nlohmann::json& document = m_samples[order].document;
        return given.isEmpty() ? document : document.patch(nlohmann::json::parse(given.toStdString()));
    }

    AmendedOrder amend(const QString& order, const QString& given, const QString& actions, const QStringList& started)
    {
        const ChangeOrderLoad change = test::readTestChangeOrder(order, actions);
        if (!change.ok())
            qFatal("test change order does not read: %s", qPrintable(toStrings(change.problems).join(u'\n')));
        return amendOrder(givenDocument(order, given), *change.changeOrder, *m_samples[order].catalog,
                          [started](const QString& item) { return started.contains(item); });
    }

private Q_SLOTS:
    void initTestCase() { m_samples = test::loadChangeSamples(); }

    void amends_data()
    {
        QTest::addColumn<QString>("order");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("actions");
        QTest::addColumn<QStringList>("started");
        QTest::addColumn<QString>("patch"); // expected document = given document + this JSON patch
        QTest::addColumn<QStringList>("details"); // ItemChange::detail, one per action
        QTest::addColumn<int>("before"); // the first ItemChange's quantities and supplement
        QTest::addColumn<int>("after");
        QTest::addColumn<QString>("supplement");
        const QString saas = QStringLiteral("SO-20417");
        const QString telecom = QStringLiteral("SO-10002");
        const QStringList seatsStarted { QStringLiteral("S1-U") };

        QTest::addRow("increase on started work adds a supplement")
            << saas << QString() << text(R"([ { "action": "quantity", "item": "S1-U", "quantity": 300 } ])") << seatsStarted
            << text(R"([ { "op": "add", "path": "/items/-", "value": { "id": "S1-U+CHG-T", "product": "USER_LICENCE",
                   "parentItem": "S1", "quantity": 50, "supplementOf": "S1-U" } } ])")
            << QStringList { QStringLiteral("quantity 250 -> 300 (+50 as supplement S1-U+CHG-T)") } << 250 << 300
            << QStringLiteral("S1-U+CHG-T");
        QTest::addRow("increase before fulfilment grows the item")
            << saas << QString() << text(R"([ { "action": "quantity", "item": "S1-U", "quantity": 300 } ])") << QStringList()
            << text(R"([ { "op": "replace", "path": "/items/1/quantity", "value": 300 } ])")
            << QStringList { QStringLiteral("quantity 250 -> 300") } << 250 << 300 << QString();
        QTest::addRow("increase counts earlier supplements")
            << saas << text(seatSupplement) << text(R"([ { "action": "quantity", "item": "S1-U", "quantity": 320 } ])") << seatsStarted
            << text(R"([ { "op": "add", "path": "/items/-", "value": { "id": "S1-U+CHG-T", "product": "USER_LICENCE",
                   "parentItem": "S1", "quantity": 20, "supplementOf": "S1-U" } } ])")
            << QStringList { QStringLiteral("quantity 300 -> 320 (+20 as supplement S1-U+CHG-T)") } << 300 << 320
            << QStringLiteral("S1-U+CHG-T");
        QTest::addRow("decrease sets the total and drops supplements")
            << saas << text(seatSupplement) << text(R"([ { "action": "quantity", "item": "S1-U", "quantity": 280 } ])") << seatsStarted
            << text(R"([ { "op": "replace", "path": "/items/1/quantity", "value": 280 }, { "op": "remove", "path": "/items/5" } ])")
            << QStringList { QStringLiteral("quantity 300 -> 280 (supplement removed: S1-U+CHG-1)") } << 300 << 280 << QString();
        QTest::addRow("attributes reach the supplements")
            << saas << text(seatSupplement)
            << text(R"([ { "action": "attributes", "item": "S1-U", "attributes": { "edition": "read-only" } } ])") << QStringList()
            << text(R"([ { "op": "add", "path": "/items/1/attributes", "value": { "edition": "read-only" } },
                         { "op": "add", "path": "/items/5/attributes", "value": { "edition": "read-only" } } ])")
            << QStringList { QStringLiteral("attributes edition: full (default) -> read-only") } << 300 << 300 << QString();
        QTest::addRow("attributes merge and null removes")
            << saas << QString()
            << text(R"([ { "action": "attributes", "item": "S1", "attributes": { "tier": "professional", "termMonths": null } } ])")
            << QStringList() << text(R"([ { "op": "replace", "path": "/items/0/attributes/tier", "value": "professional" },
                         { "op": "remove", "path": "/items/0/attributes/termMonths" } ])")
            << QStringList { QStringLiteral("attributes termMonths: 36 -> (removed), tier: enterprise -> professional") } << 1 << 1
            << QString();
        QTest::addRow("attributes and moveToGroup")
            << telecom << QString()
            << text(R"([ { "action": "attributes", "item": "A.2", "attributes": { "model": "edge-100" }, "deliveryGroup": "VENLO" } ])")
            << QStringList() << text(R"([ { "op": "replace", "path": "/items/2/attributes/model", "value": "edge-100" },
                         { "op": "add", "path": "/items/2/deliveryGroup", "value": "VENLO" } ])")
            << QStringList { QStringLiteral("attributes model: edge-500 -> edge-100; delivery group (inherited) -> VENLO") } << 1 << 1
            << QString();
        QTest::addRow("remove takes children and their supplements")
            << telecom << text(ipSupplement) << text(R"([ { "action": "remove", "item": "A" } ])") << QStringList()
            << text(R"([ { "op": "remove", "path": "/items/7" }, { "op": "remove", "path": "/items/3" },
                         { "op": "remove", "path": "/items/2" }, { "op": "remove", "path": "/items/1" },
                         { "op": "remove", "path": "/items/0" } ])")
            << QStringList { QStringLiteral("removed (with 3 child items and 1 supplement)") } << 1 << 0 << QString();
        QTest::addRow("remove takes the item's supplements")
            << telecom << text(ipSupplement) << text(R"([ { "action": "remove", "item": "A.3" } ])") << QStringList()
            << text(R"([ { "op": "remove", "path": "/items/7" }, { "op": "remove", "path": "/items/3" } ])")
            << QStringList { QStringLiteral("removed (with 1 supplement)") } << 3 << 0 << QString();
        QTest::addRow("add to a bundle")
            << telecom << QString()
            << text(R"([ { "action": "add", "item": { "id": "A.4", "product": "STATIC_IP_ADDON", "parentItem": "A", "quantity": 2 } } ])")
            << QStringList()
            << text(
                   R"([ { "op": "add", "path": "/items/-", "value": { "id": "A.4", "product": "STATIC_IP_ADDON", "parentItem": "A", "quantity": 2 } } ])")
            << QStringList { QStringLiteral("added STATIC_IP_ADDON x2 to bundle item A") } << 0 << 2 << QString();
        QTest::addRow("new group, then a bundle in it")
            << telecom << QString()
            << text(
                   R"([ { "action": "deliveryGroup", "group": "EINDHOVEN", "new": true, "address": { "line1": "Kastanjelaan 4", "city": "Eindhoven" } },
                         { "action": "add", "item": { "id": "C", "product": "BUSINESS_FIBER_BUNDLE", "deliveryGroup": "EINDHOVEN" } },
                         { "action": "add", "item": { "id": "C.1", "product": "FIBER_ACCESS", "parentItem": "C", "attributes": { "bandwidth": "1G" } } },
                         { "action": "add", "item": { "id": "C.2", "product": "MANAGED_ROUTER", "parentItem": "C" } } ])")
            << QStringList()
            << text(
                   R"([ { "op": "add", "path": "/deliveryGroups/-", "value": { "id": "EINDHOVEN", "address": { "line1": "Kastanjelaan 4", "city": "Eindhoven" } } },
                         { "op": "add", "path": "/items/-", "value": { "id": "C", "product": "BUSINESS_FIBER_BUNDLE", "deliveryGroup": "EINDHOVEN" } },
                         { "op": "add", "path": "/items/-", "value": { "id": "C.1", "product": "FIBER_ACCESS", "parentItem": "C", "attributes": { "bandwidth": "1G" } } },
                         { "op": "add", "path": "/items/-", "value": { "id": "C.2", "product": "MANAGED_ROUTER", "parentItem": "C" } } ])")
            << QStringList { QStringLiteral("new delivery group EINDHOVEN: address set"),
                             QStringLiteral("added BUSINESS_FIBER_BUNDLE x1 in group EINDHOVEN"),
                             QStringLiteral("added FIBER_ACCESS x1 to bundle item C"),
                             QStringLiteral("added MANAGED_ROUTER x1 to bundle item C") }
            << 0 << 0 << QString();
        QTest::addRow("requested date of a group")
            << telecom << QString() << text(R"([ { "action": "deliveryGroup", "group": "ROTTERDAM", "requestedDate": "2026-12-20" } ])")
            << QStringList() << text(R"([ { "op": "add", "path": "/deliveryGroups/0/requestedDate", "value": "2026-12-20" } ])")
            << QStringList { QStringLiteral("delivery group ROTTERDAM: requested date 2026-12-20") } << 0 << 0 << QString();
        QTest::addRow("cancelOrder leaves the document") << telecom << QString() << text(R"([ { "action": "cancelOrder" } ])")
                                                         << QStringList() << QStringLiteral("[]") << QStringList() << 0 << 0 << QString();
    }

    void amends()
    {
        QFETCH(QString, order);
        QFETCH(QString, given);
        QFETCH(QString, actions);
        QFETCH(QStringList, started);
        QFETCH(QString, patch);
        QFETCH(QStringList, details);
        const AmendedOrder amended = amend(order, given, actions, started);
        QVERIFY2(amended.ok(), qPrintable(toStrings(amended.problems).join(u'\n')));

        const nlohmann::json expected = givenDocument(order, given).patch(nlohmann::json::parse(patch.toStdString()));
        QVERIFY2(amended.document == expected,
                 qPrintable(QStringLiteral("JSON patch expected -> actual: ")
                            + QString::fromStdString(nlohmann::json::diff(expected, amended.document).dump())));
        QCOMPARE(amended.order->items.size(), amended.document.at("items").size());

        QStringList actualDetails;
        for (const ItemChange& change : amended.changes)
            actualDetails << change.detail;
        QCOMPARE(actualDetails, details);
        const ChangeOrder change = *test::readTestChangeOrder(order, actions).changeOrder;
        for (std::size_t i = 0; i < amended.changes.size(); ++i) {
            QCOMPARE(amended.changes[i].action, toString(change.actions[i].kind));
            QCOMPARE(amended.changes[i].item, change.actions[i].item);
        }
        if (amended.changes.empty())
            return;
        QTEST(amended.changes.front().quantityBefore, "before");
        QTEST(amended.changes.front().quantityAfter, "after");
        QTEST(amended.changes.front().supplement, "supplement");
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("order");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("actions");
        QTest::addColumn<QStringList>("started");
        QTest::addColumn<QStringList>("expected"); // Problem::toString() without "change.json:"
        const QString saas = QStringLiteral("SO-20417");
        const QString telecom = QStringLiteral("SO-10002");
        const auto row
            = [](const char* name, const QString& order, const char* given, const char* actions, QStringList expected,
                 QStringList started = {}) { QTest::addRow("%s", name) << order << text(given) << text(actions) << started << expected; };
        row("every problem is reported", saas, "",
            R"([ { "action": "quantity", "item": "S9", "quantity": 3 }, { "action": "remove", "item": "Q" } ])",
            { QStringLiteral("/actions/0/item: unknown item 'S9' in order SO-20417 (items: S1, S1-U, S1-A, S1-SSO, S1-ST)"),
              QStringLiteral("/actions/1/item: unknown item 'Q' in order SO-20417 (items: S1, S1-U, S1-A, S1-SSO, S1-ST)") });
        row("actions apply in order", telecom, "",
            R"([ { "action": "remove", "item": "A" }, { "action": "attributes", "item": "A.2", "attributes": { "model": "edge-100" } } ])",
            { QStringLiteral("/actions/1/item: unknown item 'A.2' in order SO-10002 (items: B, B.1, B.2)") });
        row("quantity equal to the total", saas, seatSupplement, R"([ { "action": "quantity", "item": "S1-U", "quantity": 300 } ])",
            { QStringLiteral("/actions/0/quantity: the quantity of item 'S1-U' is already 300") });
        row("a supplement is named by its base", saas, seatSupplement,
            R"([ { "action": "quantity", "item": "S1-U+CHG-1", "quantity": 10 } ])",
            { QStringLiteral("/actions/0/item: item 'S1-U+CHG-1' is a supplement of item 'S1-U'; name 'S1-U'") });
        row("the same change applied twice", saas,
            R"([ { "op": "add", "path": "/items/-", "value": { "id": "S1-U+CHG-T", "product": "USER_LICENCE",
                "parentItem": "S1", "quantity": 50, "supplementOf": "S1-U" } } ])",
            R"([ { "action": "quantity", "item": "S1-U", "quantity": 400 } ])",
            { QStringLiteral("/actions/0/item: supplement item 'S1-U+CHG-T' already exists: change order CHG-T was "
                             "applied already") },
            { QStringLiteral("S1-U") });
        row("add with an unknown parent", telecom, "",
            R"([ { "action": "add", "item": { "id": "A.4", "product": "STATIC_IP_ADDON", "parentItem": "Z" } } ])",
            { QStringLiteral("/actions/0/item/parentItem: unknown parent item 'Z' in order SO-10002 (items: A, A.1, "
                             "A.2, A.3, B, B.1, B.2)") });
        row("add with an unknown group", saas, "",
            R"([ { "action": "add", "item": { "id": "S1-X", "product": "ADDON_STORAGE", "parentItem": "S1", "deliveryGroup": "HQ" } } ])",
            { QStringLiteral("/actions/0/item/deliveryGroup: unknown delivery group 'HQ' in order SO-20417 (the order "
                             "has no delivery groups)") });
        row("add with an existing id", telecom, "",
            R"([ { "action": "add", "item": { "id": "B.2", "product": "MANAGED_ROUTER", "parentItem": "B" } } ])",
            { QStringLiteral("/actions/0/item/id: item 'B.2' already exists in order SO-10002") });
        row("add a fulfillment product", saas, "", R"([ { "action": "add", "item": { "id": "T2", "product": "TENANT" } } ])",
            { QStringLiteral("/actions/0/item/product: 'TENANT' is a fulfillment product; orders contain commercial products") });
        row("new group without an address", telecom, "",
            R"([ { "action": "deliveryGroup", "group": "EINDHOVEN", "new": true, "requestedDate": "2026-12-20" } ])",
            { QStringLiteral("/actions/0: a new delivery group needs an address") });
        row("new group that exists", telecom, "",
            R"([ { "action": "deliveryGroup", "group": "VENLO", "new": true, "address": { "city": "Venlo" } } ])",
            { QStringLiteral("/actions/0/new: delivery group 'VENLO' already exists in order SO-10002") });
        row("unknown group without new", telecom, "",
            R"([ { "action": "deliveryGroup", "group": "EINDHOVEN", "requestedDate": "2026-12-20" } ])",
            { QStringLiteral("/actions/0/group: unknown delivery group 'EINDHOVEN' in order SO-10002 (delivery groups: ROTTERDAM, "
                             "VENLO); to create it, add \"new\": true") });
        row("group change that changes nothing", telecom, "",
            R"([ { "action": "deliveryGroup", "group": "VENLO", "address": { "line1": "Celsiusweg 7", "city": "Venlo",
                   "postalCode": "5928", "country": "NL" } } ])",
            { QStringLiteral("/actions/0: changes nothing: delivery group 'VENLO' already has this address and date") });
        row("attributes that change nothing", saas, "",
            R"([ { "action": "attributes", "item": "S1", "attributes": { "tier": "enterprise" } } ])",
            { QStringLiteral("/actions/0: changes nothing: item 'S1' already has these values") });
        row("move to an unknown group", telecom, "", R"([ { "action": "attributes", "item": "B.2", "deliveryGroup": "NOPE" } ])",
            { QStringLiteral("/actions/0/deliveryGroup: unknown delivery group 'NOPE' in order SO-10002 (delivery "
                             "groups: ROTTERDAM, VENLO)") });
        row("an attribute the product lacks", saas, "",
            R"([ { "action": "attributes", "item": "S1", "attributes": { "colour": "red" } } ])",
            { QStringLiteral("/actions/0: the order as amended: item 'S1': product 'ENTERPRISE_SUITE' has no attribute 'colour'") });
        row("a bundle left without a required component", saas, "", R"([ { "action": "remove", "item": "S1-U" } ])",
            { QStringLiteral(": the order as amended: item 'S1': bundle 'S1' (ENTERPRISE_SUITE) has 0 item(s) of component "
                             "'USER_LICENCE', allowed 1 to 1") });
    }

    // A refused change order changes nothing and reports every problem at its action.
    void refuses()
    {
        QFETCH(QString, order);
        QFETCH(QString, given);
        QFETCH(QString, actions);
        QFETCH(QStringList, started);
        QFETCH(QStringList, expected);
        const AmendedOrder amended = amend(order, given, actions, started);
        QVERIFY(!amended.ok());
        QVERIFY(!amended.order.has_value());
        QVERIFY(amended.changes.empty());
        QVERIFY2(amended.document == givenDocument(order, given), "a bad change order changes nothing");
        QStringList actual = toStrings(amended.problems);
        for (QString& line : actual)
            line.remove(0, QStringLiteral("change.json:").size());
        QCOMPARE(actual, expected);
    }

    void refusesAChangeForAnotherOrder()
    {
        const ChangeOrder change
            = *test::readTestChangeOrder(QStringLiteral("SO-20417"), text(R"([ { "action": "remove", "item": "S1-A" } ])")).changeOrder;
        const test::ChangeSample& telecom = m_samples[QStringLiteral("SO-10002")];
        const AmendedOrder amended = amendOrder(telecom.document, change, *telecom.catalog, {});
        QCOMPARE(
            toStrings(amended.problems),
            QStringList { QStringLiteral("change.json:/order: change order CHG-T is for order 'SO-20417', not for order 'SO-10002'") });
        QVERIFY(!amended.order.has_value());
    }
};

QTEST_GUILESS_MAIN(TestOrderAmendment)
#include "tst_orderamendment.moc"
