// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Result<T> and Status, the one error form outside the input readers (issue 17): what a caller
// reads from a failure (its message with action, place and reason) and from a success.

#include "common/result.h"

#include <QTest>

using namespace fw;

namespace {
Result<int> parsePort(const QString& text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port <= 0 || port > 65535)
        return failure(QStringLiteral("'%1' is not a port number").arg(text), QStringLiteral("field port"));
    return port;
}

Status connectTo(const QString& portText)
{
    const auto port = parsePort(portText);
    if (!port)
        return port.error().in(QStringLiteral("connect to the remote store"));
    return {};
}
} // namespace

class TestResult : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void message_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("why");
        QTest::addColumn<QString>("message");
        QTest::addRow("all three") << QStringLiteral("open the store") << QStringLiteral("/x.db") << QStringLiteral("the disk is full")
                                   << QStringLiteral("open the store /x.db: the disk is full");
        QTest::addRow("no place") << QStringLiteral("claim task 12") << QString() << QStringLiteral("it is done")
                                  << QStringLiteral("claim task 12: it is done");
        QTest::addRow("no action") << QString() << QStringLiteral("order ORD-1") << QStringLiteral("unknown")
                                   << QStringLiteral("order ORD-1: unknown");
        QTest::addRow("reason only") << QString() << QString() << QStringLiteral("unknown") << QStringLiteral("unknown");
        QTest::addRow("no reason") << QStringLiteral("stop") << QString() << QString() << QStringLiteral("stop");
    }
    void message()
    {
        QFETCH(QString, what);
        QFETCH(QString, where);
        QFETCH(QString, why);
        QFETCH(QString, message);
        QCOMPARE((Error { what, where, why }.message()), message);
    }

    void valueOrError()
    {
        const auto good = parsePort(QStringLiteral("5432"));
        QVERIFY(good.ok());
        QVERIFY(bool(good));
        QCOMPARE(*good, 5432);
        QCOMPARE(good.message(), QString());

        const auto bad = parsePort(QStringLiteral("http"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().where, QStringLiteral("field port"));
        QCOMPARE(bad.message(), QStringLiteral("field port: 'http' is not a port number"));
        QCOMPARE(bad.valueOr(-1), -1);
    }

    // A caller adds its action to an error and keeps the place and reason it was given.
    void statusCarriesContext()
    {
        QVERIFY(connectTo(QStringLiteral("5432")).ok());
        const Status failed = connectTo(QStringLiteral("0"));
        QVERIFY(!failed);
        QCOMPARE(failed.message(), QStringLiteral("connect to the remote store field port: '0' is not a port number"));
        const Error outer = failed.error().in(QStringLiteral("sync"), QStringLiteral("elsewhere"));
        QCOMPARE(outer, failed.error()); // already has both: unchanged
    }

    void movesItsValueOut()
    {
        Result<QString> text = QStringLiteral("payload");
        const QString taken = std::move(text).value();
        QCOMPARE(taken, QStringLiteral("payload"));
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
