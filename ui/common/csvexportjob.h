// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "report/csvwriter.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace fw {

// Writes a CSV file on a pool thread (CsvWriter; QSaveFile, so a failed or cancelled export leaves
// no half file): the header row, then the rows a producer hands over. The producer runs on the pool
// thread (a store query opens its own connection there; a table snapshot is copied beforehand) and
// calls `row` for each row until it returns false (cancelled or the file failed). Reports progress
// every 1,000 rows and ends with finished() (rows written without the header, or the error).
class CsvExportJob final : public QObject {
    Q_OBJECT

public:
    using RowSink = std::function<bool(const QStringList& fields)>;
    using Producer = std::function<Status(const RowSink& row)>;

    explicit CsvExportJob(QObject* parent = nullptr);
    ~CsvExportJob() override;

    bool isRunning() const { return m_running; }
    void start(const QString& filePath, const QStringList& header, Producer producer, CsvWriter::Options options = {});
    void cancel();

Q_SIGNALS:
    void progress(qint64 rows);
    void finished(qint64 rows, bool cancelled, const QString& error);

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

} // namespace fw
