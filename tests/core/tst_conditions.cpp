// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Condition evaluation and field paths, the basis of dynamic routing.

#include "common/duration.h"
#include "decomposition/conditionevaluator.h"
#include "domain/assetstate.h"
#include "domain/fulfillmentline.h"
#include "domain/order.h"

#include <QTest>

using namespace fw;

namespace {
Condition compare(const QString& field, Condition::Op op, const QVariant& value = {})
{
    Condition c;
    c.kind = Condition::Kind::Compare;
    c.field = field;
    c.op = op;
    c.value = value;
    return c;
}
} // namespace

class TestConditions : public QObject {
    Q_OBJECT

    Order m_order;
    OrderItem m_item;
    AssetState m_asset;

private Q_SLOTS:
    void initTestCase()
    {
        m_order.id = QStringLiteral("SO-1");
        m_order.requestedDate = QStringLiteral("2026-12-01");
        m_order.fields.insert(QStringLiteral("priority"), QVariant::fromValue<qint64>(2));
        m_order.account.id = QStringLiteral("A1");
        m_order.account.region = QStringLiteral("EMEA");
        m_order.deliveryGroups.push_back(
            { QStringLiteral("DG1"), { {}, {}, QStringLiteral("Hamburg"), {}, {}, QStringLiteral("DE") }, {} });
        m_item.id = QStringLiteral("I1");
        m_item.product = QStringLiteral("ROUTER");
        m_item.quantity = 3;
        m_item.attributes.insert(QStringLiteral("tier"), QStringLiteral("gold"));
        m_item.attributes.insert(QStringLiteral("opts"), QVariantMap { { QStringLiteral("wifi"), true } });
        m_item.action = QStringLiteral("change");
        m_item.assetRef = QStringLiteral("AS-1");
        m_asset.id = QStringLiteral("AS-1");
        m_asset.product = QStringLiteral("ROUTER");
        m_asset.quantity = 100;
        m_asset.status = AssetState::Status::Suspended;
        m_asset.attributes.insert(QStringLiteral("bandwidth"), QStringLiteral("100M"));
        m_asset.site.address.city = QStringLiteral("Kiel");
    }

    // The asset an asset-based item acts on, and the action (the item's; a line's in scenarios).
    void assetFields_data()
    {
        using Op = Condition::Op;
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("op");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("expected");
        QTest::addRow("action eq") << "action" << int(Op::Eq) << QVariant(QStringLiteral("change")) << true;
        QTest::addRow("action other") << "action" << int(Op::Eq) << QVariant(QStringLiteral("add")) << false;
        QTest::addRow("asset attribute") << "asset.attributes.bandwidth" << int(Op::Eq) << QVariant(QStringLiteral("100M")) << true;
        QTest::addRow("asset attribute in") << "asset.attributes.bandwidth" << int(Op::In)
                                            << QVariant(QVariantList { QStringLiteral("1G") }) << false;
        QTest::addRow("asset missing attribute") << "asset.attributes.colour" << int(Op::NotExists) << QVariant() << true;
        QTest::addRow("asset quantity gte") << "asset.quantity" << int(Op::Gte) << QVariant(100) << true;
        QTest::addRow("asset quantity lt") << "asset.quantity" << int(Op::Lt) << QVariant(50) << false;
        QTest::addRow("asset status") << "asset.status" << int(Op::Eq) << QVariant(QStringLiteral("suspended")) << true;
        QTest::addRow("asset status not active") << "asset.status" << int(Op::Ne) << QVariant(QStringLiteral("active")) << true;
        QTest::addRow("asset id") << "asset.id" << int(Op::Eq) << QVariant(QStringLiteral("AS-1")) << true;
        QTest::addRow("asset site city") << "asset.site.address.city" << int(Op::Eq) << QVariant(QStringLiteral("Kiel")) << true;
    }

    void assetFields()
    {
        QFETCH(QString, field);
        QFETCH(int, op);
        QFETCH(QVariant, value);
        QFETCH(bool, expected);
        FieldContext context { &m_order, &m_item, nullptr, nullptr, nullptr, nullptr, &m_asset };
        QCOMPARE(evaluateCondition(compare(field, Condition::Op(op), value), context), expected);
    }

    // A new item has no asset: every asset field is missing, so only the absent-tests hold.
    void assetFieldsOfANewItemAreMissing()
    {
        OrderItem added = m_item;
        added.action = QStringLiteral("add");
        FieldContext context { &m_order, &added, nullptr, nullptr, nullptr, nullptr, nullptr };
        QVERIFY(evaluateCondition(compare(QStringLiteral("action"), Condition::Op::Eq, QStringLiteral("add")), context));
        QVERIFY(!evaluateCondition(compare(QStringLiteral("asset.status"), Condition::Op::Eq, QStringLiteral("active")), context));
        QVERIFY(evaluateCondition(compare(QStringLiteral("asset.quantity"), Condition::Op::NotExists), context));
    }

    // In a scenario the action is the line's: a move without a move plan is a disconnect line.
    void actionOfALine()
    {
        FulfillmentLine line;
        line.action = QStringLiteral("disconnect");
        line.changeKind = QStringLiteral("decrease");
        line.quantityDelta = -40;
        FieldContext context { &m_order, &m_item, nullptr, nullptr, nullptr, &line, nullptr };
        QVERIFY(evaluateCondition(compare(QStringLiteral("action"), Condition::Op::Eq, QStringLiteral("disconnect")), context));
        QVERIFY(evaluateCondition(compare(QStringLiteral("line.changeKind"), Condition::Op::Eq, QStringLiteral("decrease")), context));
        QVERIFY(evaluateCondition(compare(QStringLiteral("line.quantityDelta"), Condition::Op::Lt, 0), context));
    }

    void evaluate_data()
    {
        using Op = Condition::Op;
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("op");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("expected");
        QTest::addRow("region eq") << "account.region" << int(Op::Eq) << QVariant(QStringLiteral("EMEA")) << true;
        QTest::addRow("region eq other") << "account.region" << int(Op::Eq) << QVariant(QStringLiteral("NA")) << false;
        QTest::addRow("region ne") << "account.region" << int(Op::Ne) << QVariant(QStringLiteral("NA")) << true;
        QTest::addRow("tier in") << "item.attributes.tier" << int(Op::In)
                                 << QVariant(QVariantList { QStringLiteral("silver"), QStringLiteral("gold") }) << true;
        QTest::addRow("tier notIn") << "item.attributes.tier" << int(Op::NotIn) << QVariant(QVariantList { QStringLiteral("gold") })
                                    << false;
        QTest::addRow("nested attribute") << "item.attributes.opts.wifi" << int(Op::Eq) << QVariant(true) << true;
        QTest::addRow("quantity gt int") << "item.quantity" << int(Op::Gt) << QVariant(2) << true;
        QTest::addRow("quantity gte double") << "item.quantity" << int(Op::Gte) << QVariant(3.0) << true;
        QTest::addRow("quantity lt") << "item.quantity" << int(Op::Lt) << QVariant(3) << false;
        QTest::addRow("order field lte") << "order.fields.priority" << int(Op::Lte) << QVariant(2) << true;
        QTest::addRow("date compares as text") << "order.requestedDate" << int(Op::Lt) << QVariant(QStringLiteral("2027-01-01")) << true;
        QTest::addRow("delivery country") << "deliveryGroup.address.country" << int(Op::Eq) << QVariant(QStringLiteral("DE")) << true;
        QTest::addRow("exists") << "account.region" << int(Op::Exists) << QVariant() << true;
        QTest::addRow("missing exists") << "account.segment" << int(Op::Exists) << QVariant() << false;
        QTest::addRow("missing notExists") << "item.attributes.colour" << int(Op::NotExists) << QVariant() << true;
        QTest::addRow("missing eq") << "item.attributes.colour" << int(Op::Eq) << QVariant(QStringLiteral("red")) << false;
        QTest::addRow("missing ne") << "item.attributes.colour" << int(Op::Ne) << QVariant(QStringLiteral("red")) << true;
        QTest::addRow("missing gt") << "parent.quantity" << int(Op::Gt) << QVariant(0) << false;
        QTest::addRow("string vs number") << "account.region" << int(Op::Gt) << QVariant(1) << false;
    }

    void evaluate()
    {
        QFETCH(QString, field);
        QFETCH(int, op);
        QFETCH(QVariant, value);
        QFETCH(bool, expected);
        FieldContext context { &m_order, &m_item, nullptr, nullptr, &m_order.deliveryGroups.front(), nullptr };
        QCOMPARE(evaluateCondition(compare(field, Condition::Op(op), value), context), expected);
    }

    void combinators()
    {
        FieldContext context { &m_order, &m_item, nullptr, nullptr, nullptr, nullptr };
        const Condition yes = compare(QStringLiteral("account.region"), Condition::Op::Eq, QStringLiteral("EMEA"));
        const Condition no = compare(QStringLiteral("account.region"), Condition::Op::Eq, QStringLiteral("APAC"));
        Condition all { Condition::Kind::All, { yes, no }, {}, {}, {} };
        Condition any { Condition::Kind::Any, { no, yes }, {}, {}, {} };
        Condition notNo { Condition::Kind::Not, { no }, {}, {}, {} };
        QVERIFY(!evaluateCondition(all, context));
        QVERIFY(evaluateCondition(any, context));
        QVERIFY(evaluateCondition(notNo, context));
        QVERIFY(evaluateCondition(Condition {}, context)); // no "when": always
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds");
        QTest::addRow("seconds") << "45s" << qint64(45);
        QTest::addRow("combined") << "1d4h30m" << qint64(86400 + 4 * 3600 + 1800);
        QTest::addRow("days") << "2d" << qint64(172800);
        QTest::addRow("empty") << "" << qint64(-1);
        QTest::addRow("words") << "5 minutes" << qint64(-1);
        QTest::addRow("wrong order") << "30m1h" << qint64(-1);
    }

    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        QCOMPARE(parseDurationSeconds(text).value_or(-1), seconds);
        if (seconds > 0)
            QCOMPARE(parseDurationSeconds(formatDuration(seconds)).value_or(-1), seconds);
    }
};

QTEST_GUILESS_MAIN(TestConditions)
#include "tst_conditions.moc"
