// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ordercsvwriter.h"

#include "operationsreader.h"
#include "report/csvwriter.h"

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
    return CsvWriter::field(text);
}

QStringList OrderCsvWriter::header()
{
    return { QStringLiteral("id"),         QStringLiteral("account"),        QStringLiteral("state"),
             QStringLiteral("on_hold"),    QStringLiteral("requested_date"), QStringLiteral("created_at"),
             QStringLiteral("updated_at"), QStringLiteral("steps_done"),     QStringLiteral("steps_total"),
             QStringLiteral("open_tasks"), QStringLiteral("open_fallout") };
}

QStringList OrderCsvWriter::row(const OrderSummary& o)
{
    return { o.id,
             o.account,
             o.state,
             o.onHold ? QStringLiteral("1") : QStringLiteral("0"),
             o.requestedDate,
             timeText(o.createdAt),
             timeText(o.updatedAt),
             QString::number(o.completedSteps),
             QString::number(o.steps),
             QString::number(o.openTasks),
             QString::number(o.openFallout) };
}

Result<OrderCsvWriter::Written> OrderCsvWriter::write(const OrderQuery& query, QIODevice& out, const std::function<void(qint64)>& progress,
                                                      const std::atomic_bool* cancel, CsvWriter::Options options) const
{
    Written result;
    CsvWriter csv(out, options);
    if (const Status written = csv.writeRow(header()); !written)
        return written.error();
    QString error;
    const Result<bool> complete = OrderBrowser(m_database).forEach(query, [&](const OrderSummary& order) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            return false;
        }
        if (const Status written = csv.writeRow(row(order)); !written) {
            error = written.message();
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
