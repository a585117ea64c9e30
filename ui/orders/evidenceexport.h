// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>
#include <QThreadPool>

class QWidget;

namespace fw {

// "Export Evidence..." of the order page: reads the order's evidence bundle on a pool thread (its
// own store connection) and writes it as a PDF (EvidencePdf) or JSON (evidenceToJson), chosen by
// the file name's suffix. Ends with finished(): the error, empty on success.
class EvidenceExport final : public QObject {
    Q_OBJECT

public:
    explicit EvidenceExport(QObject* parent = nullptr);

    bool isRunning() const { return m_running; }
    void start(const QString& storePath, const QString& orderId, const QString& filePath);
    // Asks for the file (PDF or JSON) and starts; false when the user cancels.
    bool chooseAndStart(QWidget* parent, const QString& storePath, const QString& orderId);

Q_SIGNALS:
    void finished(const QString& filePath, const QString& error);

private:
    QThreadPool m_pool; // its own thread: the global pool's may all be busy with the workbench's long reads
    bool m_running = false;
};

} // namespace fw
