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

} // namespace fw
