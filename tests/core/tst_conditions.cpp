// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Condition evaluation and field paths, the basis of dynamic routing.

#include "common/duration.h"
#include "decomposition/conditionevaluator.h"
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
