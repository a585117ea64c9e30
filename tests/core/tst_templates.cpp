// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Templates over many items: a merged line's source items (line.sourceItems[*]) and the lines of
// a delivery group (deliveryGroup.lines[*]) render as JSON arrays; a hole is an error naming it.

#include "common/jsonparse.h"
#include "common/jsonvariant.h"
#include "domain/fulfillmentline.h"
#include "domain/order.h"
#include "engine/templates.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace fw;

class TestTemplates : public QObject {
    Q_OBJECT

    Order m_order;
    std::vector<FulfillmentLine> m_lines;

    FieldContext context() const
    {
        FieldContext c;
        c.order = &m_order;
        c.line = &m_lines.front();
        c.deliveryGroup = &m_order.deliveryGroups.front();
        c.lines = &m_lines;
        return c;
    }

    static OrderItem item(const char* id, const char* sku, int quantity, const char* vendor)
    {
        OrderItem i;
        i.id = QString::fromLatin1(id);
        i.product = QStringLiteral("PART");
        i.quantity = quantity;
        i.deliveryGroup = QStringLiteral("DG1");
        if (sku)
            i.attributes.insert(QStringLiteral("sku"), QString::fromLatin1(sku));
        i.attributes.insert(QStringLiteral("vendor"), QString::fromLatin1(vendor));
        return i;
    }

    static FulfillmentLine line(const char* id, const char* product, int quantity, const QStringList& sources, const char* group)
    {
        FulfillmentLine l;
        l.id = QString::fromLatin1(id);
        l.product = QString::fromLatin1(product);
        l.quantity = quantity;
        l.sourceItems = sources;
        l.deliveryGroup = QString::fromLatin1(group);
        return l;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_order.id = QStringLiteral("SO-1");
        DeliveryGroup group;
        group.id = QStringLiteral("DG1");
        m_order.deliveryGroups.push_back(group);
        m_order.items = { item("I1", "SKU-A", 2, "acme"), item("I2", "SKU-B", 1, "acme"), item("I3", "SKU-C", 5, "acme"),
                          item("I4", nullptr, 1, "acme") };
        m_lines = { line("order.F_PO_ACME", "F_PO_ACME", 8, { QStringLiteral("I1"), QStringLiteral("I2"), QStringLiteral("I3") }, "DG1"),
                    line("line:I4.F_SHIP", "F_SHIP", 1, { QStringLiteral("I4") }, "DG1"),
                    line("line:I9.F_SHIP", "F_SHIP", 1, { QStringLiteral("I9") }, "DG2") };
        m_lines[1].fields.insert(QStringLiteral("trackingNumber"), QStringLiteral("TN-4"));
        FulfillmentLine removed = line("line:I5.F_SHIP", "F_SHIP", 1, { QStringLiteral("I5") }, "DG1");
        removed.removedBy = QStringLiteral("CO-1");
        m_lines.push_back(removed);
    }

    void manyValues_data()
    {
        QTest::addColumn<QString>("templ"); // JSON
        QTest::addColumn<QString>("expected"); // the rendered JSON, or the problems joined by "; "
        QTest::newRow("ids of the source items") << R"({"ids": "{{line.sourceItems}}"})"
                                                 << R"({"ids":["I1","I2","I3"]})";
        QTest::newRow("one attribute per source item") << R"({"skus": "{{line.sourceItems[*].attributes.sku}}"})"
                                                       << R"({"skus":["SKU-A","SKU-B","SKU-C"]})";
        QTest::newRow("quantities keep their type") << R"({"q": "{{ line.sourceItems[*].quantity }}"})"
                                                    << R"({"q":[2,1,5]})";
        QTest::newRow("whole source items")
            << R"({"items": "{{line.sourceItems[*]}}"})"
            << R"({"items":[{"action":"add","attributes":{"sku":"SKU-A","vendor":"acme"},"deliveryGroup":"DG1","id":"I1","product":"PART","quantity":2},)"
               R"({"action":"add","attributes":{"sku":"SKU-B","vendor":"acme"},"deliveryGroup":"DG1","id":"I2","product":"PART","quantity":1},)"
               R"({"action":"add","attributes":{"sku":"SKU-C","vendor":"acme"},"deliveryGroup":"DG1","id":"I3","product":"PART","quantity":5}]})";
        QTest::newRow("active lines of the delivery group")
            << R"({"lines": "{{deliveryGroup.lines[*].id}}", "products": "{{deliveryGroup.lines[*].product}}"})"
            << R"({"lines":["order.F_PO_ACME","line:I4.F_SHIP"],"products":["F_PO_ACME","F_SHIP"]})";
        QTest::newRow("sources of each line of the group") << R"({"s": "{{deliveryGroup.lines[*].sourceItems}}"})"
                                                           << R"({"s":[["I1","I2","I3"],["I4"]]})";
        QTest::newRow("inside a longer string: joined") << R"({"note": "PO for {{line.sourceItems[*].attributes.sku}}"})"
                                                        << R"({"note":"PO for SKU-A, SKU-B, SKU-C"})";
        QTest::newRow("a hole names the line")
            << R"({"t": "{{deliveryGroup.lines[*].fields.trackingNumber}}"})"
            << "/t: '{{deliveryGroup.lines[*].fields.trackingNumber}}': line order.F_PO_ACME has no fields.trackingNumber";
        QTest::newRow("two stars") << R"({"x": "{{deliveryGroup.lines[*].sourceItems[*].id}}"})"
                                   << "/x: '{{deliveryGroup.lines[*].sourceItems[*].id}}': only one [*] per path";
        QTest::newRow("star on something else")
            << R"({"x": "{{order.items[*].id}}"})"
            << "/x: '{{order.items[*].id}}': [*] applies to line.sourceItems and deliveryGroup.lines only";
    }

    void manyValues()
    {
        QFETCH(QString, templ);
        QFETCH(QString, expected);
        const JsonParseResult parsed = parseJsonBounded(templ.toUtf8());
        QVERIFY(parsed.ok());
        const RenderedTemplate rendered = renderTemplate(jsonToVariant(*parsed.value), context());
        if (!rendered.problems.isEmpty())
            QCOMPARE(rendered.problems.join(QStringLiteral("; ")), expected);
        else
            QCOMPARE(QString::fromStdString(variantToJson(rendered.value).dump()), expected);
    }

    void aMissingSourceAttributeNamesTheItem()
    {
        FieldContext c = context();
        const FulfillmentLine merged = line("order.F_PO", "F_PO", 2, { QStringLiteral("I1"), QStringLiteral("I4") }, "DG1");
        c.line = &merged;
        const RenderedTemplate rendered = renderTemplate(QStringLiteral("{{line.sourceItems[*].attributes.sku}}"), c);
        QCOMPARE(rendered.problems,
                 QStringList { QStringLiteral(": '{{line.sourceItems[*].attributes.sku}}': item I4 has no attributes.sku") });
    }
};

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
