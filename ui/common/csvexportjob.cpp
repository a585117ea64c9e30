// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "csvexportjob.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace fw {

namespace {
    struct CsvExportOutcome {
        qint64 rows = 0;
        bool cancelled = false;
        QString error;
    };
} // namespace

CsvExportJob::CsvExportJob(QObject* parent)
    : QObject(parent)
{
}

CsvExportJob::~CsvExportJob()
{
    if (m_cancel)
        m_cancel->store(true); // the pool thread stops at the next row and discards the file
}

void CsvExportJob::start(const QString& filePath, const QStringList& header, Producer producer, CsvWriter::Options options)
{
    if (m_running)
        return;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancel = m_cancel;
    QPointer<CsvExportJob> self(this);
    // A watcher rather than QFuture::then(this, ...): Qt 6.4's then() can lose the continuation
    // when the task ends while it is being attached.
    auto* watcher = new QFutureWatcher<CsvExportOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const CsvExportOutcome outcome = watcher->result();
        watcher->deleteLater();
        m_running = false;
        Q_EMIT finished(outcome.rows, outcome.cancelled, outcome.error);
    });
    watcher->setFuture(QtConcurrent::run([filePath, header, producer = std::move(producer), options, cancel, self] {
        CsvExportOutcome outcome;
        QSaveFile file(filePath);
        if (!file.open(QIODevice::WriteOnly)) {
            outcome.error = QStringLiteral("%1: %2").arg(filePath, file.errorString());
            return outcome;
        }
        CsvWriter csv(file, options);
        Status written = csv.writeRow(header);
        const auto reportProgress = [self](qint64 rows) {
            QMetaObject::invokeMethod(self.data(), [self, rows] { // queued: the job lives on the GUI thread
                if (self)
                    Q_EMIT self->progress(rows);
            });
        };
        const Status produced = written ? producer([&](const QStringList& fields) {
            if (cancel->load()) {
                outcome.cancelled = true;
                return false;
            }
            written = csv.writeRow(fields);
            if (!written)
                return false;
            if (++outcome.rows % 1000 == 0 && self)
                reportProgress(outcome.rows);
            return true;
        })
                                        : Status();
        const QString error = !written ? written.message() : !produced ? produced.message() : QString();
        if (!error.isEmpty()) {
            outcome.error = QStringLiteral("%1: %2").arg(filePath, error);
            return outcome;
        }
        if (self)
            reportProgress(outcome.rows);
        if (!outcome.cancelled && !file.commit())
            outcome.error = QStringLiteral("%1: %2").arg(filePath, file.errorString());
        return outcome;
    }));
}

void CsvExportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace fw
