// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ordersexportjob.h"

#include "store/database.h"
#include "store/ordercsvwriter.h"

#include <QPointer>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace fw {

namespace {
    struct Outcome {
        qint64 rows = 0;
        bool cancelled = false;
        QString error;
    };
} // namespace

OrdersExportJob::OrdersExportJob(QObject* parent)
    : QObject(parent)
{
}

OrdersExportJob::~OrdersExportJob()
{
    if (m_cancel)
        m_cancel->store(true); // the pool thread stops at the next row and discards the file
}

void OrdersExportJob::start(const QString& storePath, const OrderQuery& query, const QString& filePath)
{
    if (m_running)
        return;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancel = m_cancel;
    QPointer<OrdersExportJob> self(this);
    QtConcurrent::run([storePath, query, filePath, cancel, self] {
        Outcome outcome;
        QSaveFile file(filePath);
        if (!file.open(QIODevice::WriteOnly)) {
            outcome.error = QStringLiteral("%1: %2").arg(filePath, file.errorString());
            return outcome;
        }
        Database database(storePath); // this pool thread's connection, closed when done
        const auto result = OrderCsvWriter(database.connection())
                                .write(
                                    query, file,
                                    [self](qint64 rows) {
                                        if (self) // a queued emission: the job lives on the GUI thread
                                            QMetaObject::invokeMethod(self.data(), [self, rows] {
                                                if (self)
                                                    Q_EMIT self->progress(rows);
                                            });
                                    },
                                    cancel.get());
        if (!result) {
            outcome.error = QStringLiteral("%1: %2").arg(filePath, result.message());
            return outcome;
        }
        outcome.rows = result->rows;
        outcome.cancelled = result->cancelled;
        if (!result->cancelled && !file.commit())
            outcome.error = QStringLiteral("%1: %2").arg(filePath, file.errorString());
        return outcome;
    }).then(this, [this](const Outcome& outcome) {
        m_running = false;
        Q_EMIT finished(outcome.rows, outcome.cancelled, outcome.error);
    });
}

void OrdersExportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace fw
