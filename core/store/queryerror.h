// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QSqlError>
#include <QSqlQuery>

namespace fw {

// The Error of a failed statement: what was being read or written, on which record, and the
// database's reason ("read the new orders: database is locked").
inline Error queryError(const QSqlQuery& query, QString what, QString where = {})
{
    QString why = query.lastError().text();
    if (why.trimmed().isEmpty())
        why = QStringLiteral("the statement failed");
    return Error { std::move(what), std::move(where), std::move(why) };
}

// Prepares `sql` on `query`, binds `values` in order and runs it: a statement that cannot be
// prepared (a table missing) fails like one that cannot run, with the database's reason.
inline Status runQuery(QSqlQuery& query, const QString& sql, const QVariantList& values, const QString& what = {})
{
    if (!query.prepare(sql))
        return queryError(query, what);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return queryError(query, what);
    return {};
}

} // namespace fw
