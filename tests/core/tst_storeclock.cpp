// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// StoreClock: a store's simulated clock position is kept in the store, read back exactly, used by
// every command on the store, and cleared when the store returns to the wall clock.

#include "store/database.h"
#include "store/storeclock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fw;

class TestStoreClock : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void positionIsKeptUntilTheWallClock()
    {
        Database database(m_dir.filePath(QStringLiteral("clock.db")));
        QVERIFY(database.openStore());
        const QSqlDatabase db = database.connection();
        auto read = StoreClock::simulatedPosition(db);
        QVERIFY2(read, qPrintable(read.message()));
        QVERIFY(!*read); // a new store runs on the wall clock
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QVERIFY(StoreClock::forStore(db)->now() >= before);

        const QDateTime at(QDate(2031, 3, 4), QTime(5, 6, 7, 89), QTimeZone::utc());
        QVERIFY(StoreClock::setSimulatedPosition(db, at));
        QVERIFY(StoreClock::setSimulatedPosition(db, at.addDays(1))); // moved on, not added twice
        const auto moved = StoreClock::simulatedPosition(db);
        QVERIFY2(moved, qPrintable(moved.message()));
        QCOMPARE(moved->value(), at.addDays(1));
        QCOMPARE(StoreClock::forStore(db)->now(), at.addDays(1));

        QVERIFY(StoreClock::useWallClock(db));
        const auto left = StoreClock::simulatedPosition(db);
        QVERIFY2(left, qPrintable(left.message()));
        QVERIFY(!*left);
        QVERIFY(StoreClock::forStore(db)->now() >= before);
    }
};

QTEST_GUILESS_MAIN(TestStoreClock)
#include "tst_storeclock.moc"
