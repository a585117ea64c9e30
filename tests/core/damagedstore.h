// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Test helpers for stores damaged on purpose (tst_storeopen, tst_fwctlstore). Both fail the
// running test through QVERIFY; callers check QTest::currentTestFailed() where it matters.

#include "store/database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

namespace fw::test {

// Fills a store with enough rows that a page in the middle of the file belongs to a table or index.
inline void fillStore(const QString& path)
{
    Database database(path);
    QVERIFY(database.openStore());
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")));
    QVERIFY(query.exec(QStringLiteral("CREATE INDEX filler_text ON filler(text)")));
    QVERIFY(database.connection().transaction());
    query.prepare(QStringLiteral("INSERT INTO filler (text) VALUES (?)"));
    for (int i = 0; i < 4000; ++i) {
        query.addBindValue(QStringLiteral("customer %1, 12 Example Street, Springfield").arg(i).repeated(3));
        QVERIFY(query.exec());
    }
    QVERIFY(database.connection().commit());
    QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
}

// Overwrites one 4 KiB page in the middle of the file (never the header) with garbage.
inline void damageMiddlePage(const QString& path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 pageSize = 4096;
    const qint64 middle = (file.size() / pageSize / 2) * pageSize;
    QVERIFY(middle > pageSize * 10);
    QVERIFY(file.seek(middle));
    file.write(QByteArray(int(pageSize), char(0xA5)));
}

} // namespace fw::test
