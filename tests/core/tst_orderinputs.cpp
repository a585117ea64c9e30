// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// OrderInputs on standard input ("-"): NDJSON, one document per line, or one pretty-printed order
// document (its first line a lone "{"); a broken first line of NDJSON stays one rejected line.

#include "io/orderinputs.h"

#include <QBuffer>
#include <QTest>

using fw::OrderInput;
using fw::OrderInputs;

class TestOrderInputs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsStandardInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("expected"); // per input: "LABEL ID" or "LABEL problem"
        QTest::addRow("NDJSON") << QByteArray("{\"id\": \"A\"}\n\n{\"id\": \"B\"}\n")
                                << QStringList { QStringLiteral("stdin:1 A"), QStringLiteral("stdin:3 B") };
        QTest::addRow("one pretty document") << QByteArray("{\n  \"id\": \"A\",\n  \"items\": []\n}\n")
                                             << QStringList { QStringLiteral("stdin A") };
        QTest::addRow("pretty after blank lines") << QByteArray("\n\n{\n  \"id\": \"A\"\n}") << QStringList { QStringLiteral("stdin A") };
        QTest::addRow("a broken pretty document") << QByteArray("{\n  \"id\": \"A\",\n") << QStringList { QStringLiteral("stdin problem") };
        QTest::addRow("broken first NDJSON line")
            << QByteArray("{\"id\": \n{\"id\": \"B\"}\n") << QStringList { QStringLiteral("stdin:1 problem"), QStringLiteral("stdin:2 B") };
        QTest::addRow("nothing") << QByteArray() << QStringList {};
    }

    void readsStandardInput()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, expected);
        QBuffer buffer(&text);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        OrderInputs inputs({ OrderInputs::stdinPath }, &buffer);
        QStringList got;
        while (const auto input = inputs.next()) {
            const QString what
                = input->document ? QString::fromStdString(input->document->value("id", std::string())) : QStringLiteral("problem");
            got << input->label + QLatin1Char(' ') + what;
        }
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TestOrderInputs)
#include "tst_orderinputs.moc"
