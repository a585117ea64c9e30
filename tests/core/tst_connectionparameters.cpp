// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The remote store settings as libpq reads them: the fields make a keyword/value conninfo that
// libpq parses back to the same fields (quoting spaces and quotes), URIs are understood, and a
// password in a conninfo is never taken over into the settings.

#include "sync/connectionparameters.h"

#include <QTest>

Q_DECLARE_METATYPE(fw::ConnectionParameters)

using namespace fw;

class TestConnectionParameters : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTripsThroughLibpq_data()
    {
        QTest::addColumn<ConnectionParameters>("parameters");
        QTest::addRow("plain") << ConnectionParameters { QStringLiteral("db.example.com"), 5432, QStringLiteral("fw"),
                                                         QStringLiteral("anna"), QStringLiteral("require") };
        QTest::addRow("quoted") << ConnectionParameters { QStringLiteral("10.0.0.5"), 6543, QStringLiteral("fulfil ment"),
                                                          QStringLiteral("o'neil\\x"), QStringLiteral("verify-full") };
    }

    void roundTripsThroughLibpq()
    {
        QFETCH(ConnectionParameters, parameters);
        const QString conninfo = parameters.toConninfo();
        QVERIFY2(conninfo.contains(QStringLiteral("connect_timeout=5")), qPrintable(conninfo));
        const auto parsed = ConnectionParameters::fromConninfo(conninfo);
        QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
        QCOMPARE(*parsed, parameters);
    }

    void readsUrisAndIgnoresPasswords()
    {
        const auto parsed
            = ConnectionParameters::fromConninfo(QStringLiteral("postgresql://anna:secret@db.example.com:5433/fw?sslmode=disable"));
        QVERIFY(parsed);
        QCOMPARE(*parsed,
                 (ConnectionParameters { QStringLiteral("db.example.com"), 5433, QStringLiteral("fw"), QStringLiteral("anna"),
                                         QStringLiteral("disable") }));
        QVERIFY(!parsed->toConninfo().contains(QStringLiteral("secret")));
    }

    void reportsWhatLibpqCannotParse()
    {
        const auto parsed = ConnectionParameters::fromConninfo(QStringLiteral("host=db port"));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.message().startsWith(QStringLiteral("read the connection string: "))
                     && parsed.error().why.contains(QStringLiteral("port")),
                 qPrintable(parsed.message()));
    }

    void knowsTheTlsModesTheDialogOffers()
    {
        QCOMPARE(
            ConnectionParameters::sslModes(),
            QStringList({ QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require"), QStringLiteral("verify-full") }));
        QVERIFY(!ConnectionParameters {}.isComplete());
    }
};

QTEST_GUILESS_MAIN(TestConnectionParameters)
#include "tst_connectionparameters.moc"
