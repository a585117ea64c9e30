// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "commands/command.h"
#include "store/bulkimporter.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace fw {

// Imports many order files on a pool thread: one bulk "order.import" command through the command
// processor (the user's role checked, refusals journalled, an "order.imported" journal entry per
// order) on the thread's own store connection, as `fwctl import order` does while the workbench
// runs; the workbench's engine takes the new orders up on its next tick. Progress after every
// group; cancel() stops after the current group (what was committed stays). No widgets.
class OrderImportJob final : public QObject {
    Q_OBJECT

public:
    explicit OrderImportJob(QObject* parent = nullptr);
    ~OrderImportJob() override; // a running import is cancelled after its current group

    bool isRunning() const { return m_running; }
    void setGroupSize(int orders) { m_groupSize = orders; } // orders per transaction (tests: 1)
    // files: order files and directories (their *.json files).
    void start(const QString& storePath, const QString& user, const QStringList& files);
    void cancel();

    // After finished(): what was imported and rejected, and the command's answer.
    const BulkImportReport& report() const { return m_report; }
    const CommandResult& result() const { return m_result; }

Q_SIGNALS:
    // total: inputs in all (-1 when unknown).
    void progress(int read, int total, int imported, int rejected);
    void finished();

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
    int m_groupSize = BulkImporter::defaultGroupSize;
    BulkImportReport m_report;
    CommandResult m_result;
};

} // namespace fw
