// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ordercsvwriter.h"

#include "operationsreader.h"

#include <QIODevice>

namespace fw {

namespace {
    QString timeText(const QDateTime& time)
    {
        return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")) : QString();
    }
} // namespace

OrderCsvWriter::OrderCsvWriter(QSqlDatabase database)
    : m_database(std::move(database))
{
}

QString OrderCsvWriter::field(const QString& text)
{
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'));
    if (!quote)
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}

QString OrderCsvWriter::header()
{
    return QStringLiteral("id,account,state,on_hold,requested_date,created_at,updated_at,steps_done,steps_total,"
                          "open_tasks,open_fallout\r\n");
}

QString OrderCsvWriter::line(const OrderSummary& o)
{
    const QStringList fields { field(o.id),
                               field(o.account),
                               field(o.state),
                               o.onHold ? QStringLiteral("1") : QStringLiteral("0"),
                               field(o.requestedDate),
                               timeText(o.createdAt),
                               timeText(o.updatedAt),
                               QString::number(o.completedSteps),
                               QString::number(o.steps),
                               QString::number(o.openTasks),
                               QString::number(o.openFallout) };
    return fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

Result<OrderCsvWriter::Written> OrderCsvWriter::write(const OrderQuery& query, QIODevice& out, const std::function<void(qint64)>& progress,
                                                      const std::atomic_bool* cancel) const
{
    Written result;
    if (out.write(header().toUtf8()) < 0)
        return failure(out.errorString());
    QString error;
    const Result<bool> complete = OrderBrowser(m_database).forEach(query, [&](const OrderSummary& order) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            return false;
        }
        if (out.write(line(order).toUtf8()) < 0) {
            error = out.errorString();
            return false;
        }
        if (++result.rows % 1000 == 0 && progress)
            progress(result.rows);
        return true;
    });
    if (!complete)
        return complete.error();
    if (!*complete && !result.cancelled)
        return failure(error); // the file could not be written
    if (progress)
        progress(result.rows);
    return result;
}

} // namespace fw
