// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/orderbrowser.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace fw {

// Writes the orders a query selects to a CSV file on a pool thread (its own store connection,
// rows streamed from the store; QSaveFile, so a failed or cancelled export leaves no half file).
// Reports progress in rows and ends with finished() (rows written, or the error).
class OrdersExportJob final : public QObject {
    Q_OBJECT

public:
    explicit OrdersExportJob(QObject* parent = nullptr);
    ~OrdersExportJob() override;

    bool isRunning() const { return m_running; }
    void start(const QString& storePath, const OrderQuery& query, const QString& filePath);
    void cancel();

Q_SIGNALS:
    void progress(qint64 rows);
    void finished(qint64 rows, bool cancelled, const QString& error);

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

} // namespace fw
