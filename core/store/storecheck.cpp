// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storecheck.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace fw {

namespace {
    QAtomicInteger<quint64> nextCheck = 0;

    void collectCheckRows(QSqlQuery& query, const QString& text, StoreCheckResult& result, int maxProblems,
                          const std::function<QString(const QSqlQuery&)>& describe)
    {
        if (!query.exec(text)) {
            result.problems << query.lastError().text();
            return;
        }
        while (query.next() && result.problems.size() < maxProblems) {
            for (const QString& line : describe(query).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                if (line != QStringLiteral("ok") && !line.startsWith(QStringLiteral("*** ")))
                    result.problems << line.trimmed();
            }
        }
    }
}

StoreCheckResult StoreCheck::run(const QString& path, int maxProblems)
{
    StoreCheckResult result;
    const QFileInfo file(path);
    if (!file.exists()) {
        result.problems << QStringLiteral("no such file");
        return result;
    }
    if (file.size() == 0) {
        result.problems << QStringLiteral("the file is empty (0 bytes), not a store");
        return result;
    }
    const QString name = QStringLiteral("fw-check-%1").arg(nextCheck.fetchAndAddRelaxed(1));
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(path);
        database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"));
        if (!database.open()) {
            result.problems << database.lastError().text();
        } else {
            QSqlQuery query(database);
            if (!query.exec(QStringLiteral("PRAGMA page_count")) || !query.next()) {
                result.problems << query.lastError().text(); // e.g. "file is not a database"
            } else {
                result.opened = true;
                result.pages = query.value(0).toLongLong();
                collectCheckRows(query, QStringLiteral("PRAGMA integrity_check(%1)").arg(maxProblems), result, maxProblems,
                                 [](const QSqlQuery& q) { return q.value(0).toString(); });
                collectCheckRows(query, QStringLiteral("PRAGMA foreign_key_check"), result, maxProblems, [](const QSqlQuery& q) {
                    return QStringLiteral("foreign key: row %1 of table %2 refers to a missing row of %3")
                        .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
                });
            }
            query.finish();
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace fw
