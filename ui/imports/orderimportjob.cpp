// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "orderimportjob.h"
#include "common/whenready.h"

#include "commands/commandprocessor.h"
#include "common/clock.h"
#include "io/orderinputs.h"
#include "store/database.h"
#include "store/storeclock.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace fw {

namespace {
    struct ImportOutcome {
        BulkImportReport report;
        CommandResult result;
    };
} // namespace

OrderImportJob::OrderImportJob(QObject* parent)
    : QObject(parent)
{
}

OrderImportJob::~OrderImportJob()
{
    if (m_cancel)
        m_cancel->store(true); // the pool thread stops after its current group
}

void OrderImportJob::start(const QString& storePath, const QString& user, const QStringList& files)
{
    if (m_running)
        return;
    m_running = true;
    m_report = {};
    m_result = {};
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancel = m_cancel;
    QPointer<OrderImportJob> self(this);
    // Runs on a pool thread: its own store connection (Database), closed when done.
    const int groupSize = m_groupSize;
    whenReady(this, QtConcurrent::run([storePath, user, files, cancel, self, groupSize] {
                  ImportOutcome outcome;
                  Database database(storePath);
                  const auto clock = StoreClock::forStore(database.connection()); // simulated time when the store runs in it
                  OrderInputs inputs(files);
                  BulkImportControl control;
                  control.cancelRequested = [cancel] { return cancel->load(); };
                  control.progress = [self](const BulkImportReport& report) {
                      const int read = report.read;
                      const int total = report.total;
                      const int imported = int(report.imported.size());
                      const int rejected = int(report.rejected.size());
                      if (self) // a queued emission: the job lives on the GUI thread
                          QMetaObject::invokeMethod(self.data(), [self, read, total, imported, rejected] {
                              if (self)
                                  Q_EMIT self->progress(read, total, imported, rejected);
                          });
                  };
                  const Command command = Command::make(
                      user, QStringLiteral("order.import"),
                      { { QStringLiteral("path"), files.join(QLatin1Char(' ')) }, { QStringLiteral("groupSize"), groupSize } },
                      { QString(), CommandOrigin::Channel::Gui });
                  outcome.result = CommandProcessor(database, *clock).importOrders(command, inputs, outcome.report, control);
                  return outcome;
              }),
              [this](ImportOutcome outcome) {
                  m_running = false;
                  m_report = std::move(outcome.report);
                  m_result = std::move(outcome.result);
                  Q_EMIT finished();
              });
}

void OrderImportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace fw
