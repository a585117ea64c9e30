// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// OrderSearchLookup on a small store (orderstorefixture.h): how each kind of word is looked up in
// the trigram index (what the index proves, what is checked in the text, what cannot match), and
// OrderSearch::wordsOf's lower case, which must be SQLite's.

#include "orderstorefixture.h"
#include "store/database.h"
#include "store/ordersearch.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

class TestOrderSearch : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;

    QStringList matches(const OrderSearch& search)
    {
        QVariantList values;
        QSqlQuery query(m_database->connection());
        query.prepare(QStringLiteral("SELECT o.id FROM orders o WHERE o.rowid IN (") + search.matching(values)
                      + QStringLiteral(") ORDER BY o.id"));
        for (const QVariant& value : values)
            query.addBindValue(value);
        QStringList ids;
        if (!query.exec())
            return { QString(QStringLiteral("failed: ") + query.lastError().text()) };
        while (query.next())
            ids << query.value(0).toString();
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("search.db")));
        QVERIFY(m_database->openStore());
        QVERIFY(test::fillFixtureStore(m_database->connection(), 30)); // SO-1000..SO-1029
    }

    void wordsAreLowerCasedAsSqliteDoes()
    {
        QCOMPARE(OrderSearch::wordsOf(QStringLiteral("  ACME  Über-X ")),
                 QStringList({ QStringLiteral("acme"), QStringLiteral("Über-x") }));
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT lower('ACME Über-X')")) && query.next());
        QCOMPARE(OrderSearch::wordsOf(QStringLiteral("ACME Über-X")).join(QLatin1Char(' ')), query.value(0).toString());
    }

    void eachKindOfWord_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("none");
        QTest::addColumn<bool>("indexed"); // the FTS5 query has a part
        QTest::addColumn<QStringList>("verify");
        QTest::addColumn<int>("matches");
        QTest::addRow("three characters: the trigram proves it") << QStringLiteral("acm") << false << true << QStringList {} << 10;
        QTest::addRow("longer: trigrams, then the text")
            << QStringLiteral("router") << false << true << QStringList { QStringLiteral("router") } << 8;
        QTest::addRow("short and rare: the trigrams starting with it") << QStringLiteral("29") << false << true << QStringList {} << 1;
        QTest::addRow("short and common: the text") << QStringLiteral("so") << false << false << QStringList { QStringLiteral("so") } << 30;
        QTest::addRow("short, in no order") << QStringLiteral("qz") << true << false << QStringList {} << 0;
        QTest::addRow("id") << QStringLiteral("SO-1007") << false << true << QStringList { QStringLiteral("so-1007") } << 1;
        QTest::addRow("two words") << QStringLiteral("acme router") << false << true
                                   << QStringList { QStringLiteral("acme"), QStringLiteral("router") } << 3;
    }

    void eachKindOfWord()
    {
        QFETCH(QString, text);
        QFETCH(bool, none);
        QFETCH(bool, indexed);
        QFETCH(QStringList, verify);
        QFETCH(int, matches);
        const auto search = OrderSearchLookup(m_database->connection()).lookUp(text);
        QVERIFY2(search, qPrintable(search.message()));
        QVERIFY(search->active);
        QCOMPARE(search->none, none);
        QCOMPARE(!search->match.isEmpty(), indexed);
        QCOMPARE(search->verify, verify);
        QCOMPARE(search->words, OrderSearch::wordsOf(text));
        if (!none)
            QCOMPARE(this->matches(*search).size(), matches);
    }
};

QTEST_GUILESS_MAIN(TestOrderSearch)
#include "tst_ordersearch.moc"
