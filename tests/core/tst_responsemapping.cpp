// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A callout's 2xx response mapped onto line fields (mapCalloutResponse): found values, missing
// pointers, and bodies or pointers that used to throw out of the executor (issue 14).

#include "engine/responsemapping.h"

#include <QTest>

using namespace fw;

class TestResponseMapping : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void map_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QVariant>("value"); // invalid: the pointer is missing
        QTest::addRow("member") << QStringLiteral("/id") << QByteArray(R"({"id": "R-1"})") << QVariant(QStringLiteral("R-1"));
        QTest::addRow("array element") << QStringLiteral("/items/1/serial")
                                       << QByteArray(R"({"items": [{"serial": "A"}, {"serial": "B"}]})") << QVariant(QStringLiteral("B"));
        QTest::addRow("escaped") << QStringLiteral("/a~1b/c~0d") << QByteArray(R"({"a/b": {"c~d": 7}})") << QVariant(qint64(7));
        QTest::addRow("absent") << QStringLiteral("/id") << QByteArray(R"({"code": "X"})") << QVariant();
        QTest::addRow("not JSON") << QStringLiteral("/id") << QByteArray("<html>") << QVariant();
        QTest::addRow("empty body") << QStringLiteral("/id") << QByteArray() << QVariant();
        QTest::addRow("1e400 in the body") << QStringLiteral("/id") << QByteArray(R"({"id": 1, "x": 1e400})") << QVariant();
        QTest::addRow("nested 60,000 deep") << QStringLiteral("/id")
                                            << QByteArray(R"({"id": 1, "x": )") + QByteArray(60000, '[') + QByteArray(60000, ']') + '}'
                                            << QVariant();
        QTest::addRow("bad escape ~2") << QStringLiteral("/a~2") << QByteArray(R"({"a~2": 1})") << QVariant();
        QTest::addRow("index past qint64") << QStringLiteral("/items/99999999999999999999") << QByteArray(R"({"items": [1]})")
                                           << QVariant();
        QTest::addRow("index with a leading zero") << QStringLiteral("/items/01") << QByteArray(R"({"items": [1, 2]})") << QVariant();
        QTest::addRow("index past the end") << QStringLiteral("/items/2") << QByteArray(R"({"items": [1, 2]})") << QVariant();
        QTest::addRow("dash") << QStringLiteral("/items/-") << QByteArray(R"({"items": [1, 2]})") << QVariant();
        QTest::addRow("into a scalar") << QStringLiteral("/id/x") << QByteArray(R"({"id": 1})") << QVariant();
        QTest::addRow("unsigned past qint64") << QStringLiteral("/n") << QByteArray(R"({"n": 18446744073709551615})")
                                              << QVariant(18446744073709551615.0);
    }

    void map()
    {
        QFETCH(QString, pointer);
        QFETCH(QByteArray, body);
        QFETCH(QVariant, value);
        const MappedResponse mapped = mapCalloutResponse({ { QStringLiteral("line.fields.x"), pointer } }, body);
        if (!value.isValid()) {
            QVERIFY(mapped.fields.isEmpty());
            QCOMPARE(mapped.missing, QStringList { pointer });
            return;
        }
        QVERIFY(mapped.missing.isEmpty());
        QCOMPARE(mapped.fields.value(QStringLiteral("x")), value);
    }
};

QTEST_GUILESS_MAIN(TestResponseMapping)
#include "tst_responsemapping.moc"
