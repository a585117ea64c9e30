// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The one CSV writer of every export: RFC 4180 quoting, cells a spreadsheet would run as a formula
// written as text (OWASP CSV injection), and the optional byte-order mark for Excel.

#include "report/csvwriter.h"

#include <QBuffer>
#include <QTest>

using namespace fw;

class TestCsvWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void field_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written");
        QTest::addRow("plain") << QStringLiteral("SO-10001") << QStringLiteral("SO-10001");
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("comma quoted") << QStringLiteral("Hansen, Partner") << QStringLiteral("\"Hansen, Partner\"");
        QTest::addRow("quotes doubled") << QStringLiteral("Blue \"Sky\"") << QStringLiteral("\"Blue \"\"Sky\"\"\"");
        QTest::addRow("line break quoted") << QStringLiteral("two\nlines") << QStringLiteral("\"two\nlines\"");
        QTest::addRow("equals") << QStringLiteral("=HYPERLINK(\"http://x\")") << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
        QTest::addRow("plus") << QStringLiteral("+SUM(A1:A9)") << QStringLiteral("'+SUM(A1:A9)");
        QTest::addRow("minus formula") << QStringLiteral("-2+3+cmd|' /C calc'!A0") << QStringLiteral("'-2+3+cmd|' /C calc'!A0");
        QTest::addRow("at") << QStringLiteral("@SUM(1)") << QStringLiteral("'@SUM(1)");
        QTest::addRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::addRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::addRow("formula after a comma stays quoted") << QStringLiteral("=A1,B1") << QStringLiteral("\"'=A1,B1\"");
        QTest::addRow("negative number is data") << QStringLiteral("-18.5") << QStringLiteral("-18.5");
        QTest::addRow("signed integer is data") << QStringLiteral("+3") << QStringLiteral("+3");
        QTest::addRow("equals inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::addRow("unicode") << QStringLiteral("Müller & Söhne") << QStringLiteral("Müller & Söhne");
    }
    void field()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::field(text), written);
    }

    void rows_data()
    {
        QTest::addColumn<bool>("byteOrderMark");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray body = QByteArrayLiteral("Order,Error\r\n'=SO-1,\"'+SUM(1,2)\"\r\nSO-2,Gr\xc3\xbc\xc3\x9f"
                                                  "e\r\n");
        QTest::addRow("no byte-order mark") << false << body;
        QTest::addRow("byte-order mark") << true << QByteArrayLiteral("\xEF\xBB\xBF") + body;
    }
    void rows()
    {
        QFETCH(bool, byteOrderMark);
        QFETCH(QByteArray, expected);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvOptions options;
        options.byteOrderMark = byteOrderMark;
        CsvWriter csv(buffer, options);
        QVERIFY(csv.writeRow({ QStringLiteral("Order"), QStringLiteral("Error") }));
        QVERIFY(csv.writeRow({ QStringLiteral("=SO-1"), QStringLiteral("+SUM(1,2)") }));
        QVERIFY(csv.writeRow({ QStringLiteral("SO-2"), QStringLiteral("Grüße") }));
        QCOMPARE(csv.rowsWritten(), 3);
        QCOMPARE(buffer.data(), expected);
    }

    void failedWriteNamesTheRow()
    {
        QBuffer closed; // not open: every write fails
        CsvWriter csv(closed);
        const Status written = csv.writeRow({ QStringLiteral("a") });
        QVERIFY(!written);
        QVERIFY2(written.message().startsWith(QStringLiteral("write CSV row 1")), qPrintable(written.message()));
        QCOMPARE(csv.rowsWritten(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
