// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Payload templates and the built-in auto-task handlers.

#include "domain/fulfillmentline.h"
#include "domain/order.h"
#include "engine/autotaskhandlers.h"
#include "engine/templates.h"

#include <QTest>

using namespace fw;

class TestAutoTasks : public QObject {
    Q_OBJECT

    Order m_order;
    FulfillmentLine m_line;
    const QDateTime m_now { QDate(2026, 11, 24), QTime(10, 0), Qt::UTC };

    FieldContext context() const { return { &m_order, nullptr, nullptr, nullptr, nullptr, &m_line }; }

    AutoTaskOutcome run(const QString& handler, const QVariantMap& params) const
    {
        static const AutoTaskRegistry registry = AutoTaskRegistry::withBuiltIns();
        const AutoTaskHandler* h = registry.find(handler);
        if (!h)
            return { QStringLiteral("no handler"), {}, {} };
        AutoTaskRequest request { m_order.id, QStringLiteral("step"), params, m_now, [this](const QString& key) {
                                     return key == QStringLiteral("install-complete") ? m_now.addDays(-2) : QDateTime();
                                 } };
        return (*h)(request);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_order.id = QStringLiteral("SO-1");
        m_order.account.id = QStringLiteral("ACC-9");
        m_line.id = QStringLiteral("L1");
        m_line.quantity = 3;
        m_line.attributes.insert(QStringLiteral("model"), QStringLiteral("edge-500"));
        m_line.fields.insert(QStringLiteral("reservationId"), QStringLiteral("RES-7"));
    }

    void templatesKeepTypesAndInterpolate()
    {
        const QVariantMap templ { { QStringLiteral("orderId"), QStringLiteral("{{order.id}}") },
                                  { QStringLiteral("quantity"), QStringLiteral("{{ line.quantity }}") },
                                  { QStringLiteral("ref"), QStringLiteral("{{account.id}}/{{line.fields.reservationId}}") },
                                  { QStringLiteral("fixed"), 42 },
                                  { QStringLiteral("items"), QVariantList { QStringLiteral("{{line.attributes.model}}") } } };
        const RenderedTemplate rendered = renderTemplate(templ, context());
        QVERIFY(rendered.problems.isEmpty());
        const QVariantMap out = rendered.value.toMap();
        QCOMPARE(out.value(QStringLiteral("orderId")).toString(), QStringLiteral("SO-1"));
        QCOMPARE(out.value(QStringLiteral("quantity")).typeId(), int(QMetaType::LongLong));
        QCOMPARE(out.value(QStringLiteral("quantity")).toInt(), 3);
        QCOMPARE(out.value(QStringLiteral("ref")).toString(), QStringLiteral("ACC-9/RES-7"));
        QCOMPARE(out.value(QStringLiteral("fixed")).toInt(), 42);
        QCOMPARE(out.value(QStringLiteral("items")).toList().value(0).toString(), QStringLiteral("edge-500"));
    }

    void missingValuesAreReportedWithTheirPointer()
    {
        const QVariantMap templ { { QStringLiteral("a"),
                                    QVariantMap { { QStringLiteral("b"), QStringLiteral("{{line.fields.trackingNumber}}") } } },
                                  { QStringLiteral("c"), QStringLiteral("x-{{order.fields.nope}}") } };
        const RenderedTemplate rendered = renderTemplate(templ, context());
        QCOMPARE(rendered.problems,
                 (QStringList { QStringLiteral("/a/b: '{{line.fields.trackingNumber}}' has no value"),
                                QStringLiteral("/c: '{{order.fields.nope}}' has no value") }));
    }

    void setField()
    {
        const auto ok = run(QStringLiteral("setField"),
                            { { QStringLiteral("field"), QStringLiteral("line.fields.routed") }, { QStringLiteral("value"), true } });
        QVERIFY(ok.ok());
        QCOMPARE(ok.fieldUpdates.value(QStringLiteral("line.fields.routed")).toBool(), true);
        const auto bad
            = run(QStringLiteral("setField"), { { QStringLiteral("field"), QStringLiteral("order.id") }, { QStringLiteral("value"), 1 } });
        QCOMPARE(bad.error, QStringLiteral("parameter 'field' must name a line field (line.fields.NAME), not 'order.id'"));
        QCOMPARE(run(QStringLiteral("setField"), { { QStringLiteral("field"), QStringLiteral("line.fields.x") } }).error,
                 QStringLiteral("parameter 'value' is missing"));
    }

    void computeDate_data()
    {
        QTest::addColumn<QVariantMap>("params");
        QTest::addColumn<QString>("expected"); // a date, or "error: ..." prefix
        const QString field = QStringLiteral("line.fields.d");
        QTest::addRow("now") << QVariantMap { { QStringLiteral("field"), field }, { QStringLiteral("from"), QStringLiteral("now") } }
                             << QStringLiteral("2026-11-24");
        QTest::addRow("completion + 30 days") << QVariantMap { { QStringLiteral("field"), field },
                                                               { QStringLiteral("from"), QStringLiteral("completion:install-complete") },
                                                               { QStringLiteral("addDays"), 30 } }
                                              << QStringLiteral("2026-12-22");
        QTest::addRow("fixed date + 3 years (template string)") << QVariantMap { { QStringLiteral("field"), field },
                                                                                 { QStringLiteral("from"), QStringLiteral("2026-02-28") },
                                                                                 { QStringLiteral("addYears"), QStringLiteral("3") } }
                                                                << QStringLiteral("2029-02-28");
        QTest::addRow("not completed") << QVariantMap { { QStringLiteral("field"), field },
                                                        { QStringLiteral("from"), QStringLiteral("completion:ship") } }
                                       << QStringLiteral("error: step 'ship' has not completed");
        QTest::addRow("bad amount") << QVariantMap { { QStringLiteral("field"), field },
                                                     { QStringLiteral("addDays"), QStringLiteral("soon") } }
                                    << QStringLiteral("error: addDays, addMonths and addYears must be whole numbers");
    }

    void computeDate()
    {
        QFETCH(QVariantMap, params);
        QFETCH(QString, expected);
        const auto outcome = run(QStringLiteral("computeDate"), params);
        if (expected.startsWith(QStringLiteral("error: "))) {
            QVERIFY2(outcome.error.startsWith(expected.mid(7)), qPrintable(outcome.error));
            QVERIFY(outcome.fieldUpdates.isEmpty());
        } else {
            QVERIFY2(outcome.ok(), qPrintable(outcome.error));
            QCOMPARE(outcome.fieldUpdates.value(QStringLiteral("line.fields.d")).toString(), expected);
        }
    }

    void emitEvent()
    {
        const auto outcome = run(QStringLiteral("emitEvent"),
                                 { { QStringLiteral("event"), QStringLiteral("welcome-kit-email") },
                                   { QStringLiteral("template"), QStringLiteral("welcome-enterprise") } });
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.events.size(), 1);
        QCOMPARE(outcome.events[0].first, QStringLiteral("welcome-kit-email"));
        QCOMPARE(outcome.events[0].second.value(QStringLiteral("template")).toString(), QStringLiteral("welcome-enterprise"));
        QVERIFY(!run(QStringLiteral("emitEvent"), {}).ok());
    }

    void registryNamesMatchTheValidator()
    {
        QCOMPARE(AutoTaskRegistry::withBuiltIns().names(),
                 (QStringList { QStringLiteral("computeDate"), QStringLiteral("emitEvent"), QStringLiteral("noop"),
                                QStringLiteral("setField") }));
    }
};

QTEST_GUILESS_MAIN(TestAutoTasks)
#include "tst_autotasks.moc"
