// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// PgCopy::appendRow (core/sync/pgcopy.h): rows in COPY's text format, as the server reads them back
// (tst_remotestore pushes them to a real PostgreSQL): fields separated by tabs, a null text as \N,
// numbers as digits, and only backslash, tab, newline and carriage return escaped, also beyond ASCII.
#include "sync/pgcopy.h"

#include <QTest>

using namespace fw;

class TestPgCopy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rowsAreWrittenInCopyTextFormat_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("field");
        QTest::newRow("plain") << QStringLiteral("ORD-1") << QByteArray("ORD-1");
        QTest::newRow("empty") << QStringLiteral("") << QByteArray("");
        QTest::newRow("null") << QString() << QByteArray("\\N");
        QTest::newRow("special bytes") << QStringLiteral("a\\b\tc\nd\re") << QByteArray("a\\\\b\\tc\\nd\\re");
        QTest::newRow("beyond ASCII") << QStringLiteral("Zürich\t東京") << QByteArray("Z\xc3\xbcrich\\t\xe6\x9d\xb1\xe4\xba\xac");
        QTest::newRow("JSON") << QStringLiteral("{\"a\":\"x\\ny\"}") << QByteArray("{\"a\":\"x\\\\ny\"}");
    }

    void rowsAreWrittenInCopyTextFormat()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, field);
        QByteArray rows;
        const QString first = QStringLiteral("ws-a");
        PgCopy::appendRow(rows, { first, qint64(-42), text });
        PgCopy::appendRow(rows, { qint64(7) });
        QCOMPARE(rows, QByteArray("ws-a\t-42\t") + field + QByteArray("\n7\n"));
    }
};

QTEST_GUILESS_MAIN(TestPgCopy)
#include "tst_pgcopy.moc"
