// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "evidenceexport.h"

#include "evidencepdf.h"
#include "report/evidencebuilder.h"
#include "report/evidencejson.h"
#include "store/database.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <nlohmann/json.hpp>

namespace fw {

namespace {
    struct EvidenceRead {
        std::optional<EvidenceBundle> bundle;
        QString error;
    };

    // Writes the bundle as JSON or PDF by the file's suffix; the error, empty on success.
    QString writeEvidenceFile(const EvidenceBundle& bundle, const QString& filePath)
    {
        if (QFileInfo(filePath).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) != 0) {
            const Status written = EvidencePdf::write(bundle, filePath);
            return written ? QString() : written.message();
        }
        const QByteArray text = QByteArray::fromStdString(evidenceToJson(bundle).dump(2)) + '\n';
        QSaveFile file(filePath);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
            return QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(filePath), file.errorString());
        return {};
    }
} // namespace

EvidenceExport::EvidenceExport(QObject* parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

bool EvidenceExport::chooseAndStart(QWidget* parent, const QString& storePath, const QString& orderId)
{
    if (m_running)
        return false;
    const QString folderKey = QStringLiteral("export/folder");
    const QString folder = QSettings().value(folderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString pdf = tr("PDF document (*.pdf)");
    const QString json = tr("JSON evidence bundle (*.json)");
    QString filter = pdf;
    QString path = QFileDialog::getSaveFileName(parent, tr("Export Evidence of Order %1").arg(orderId),
                                                QDir(folder).filePath(orderId + QStringLiteral("-evidence.pdf")),
                                                pdf + QStringLiteral(";;") + json, &filter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == json ? QStringLiteral(".json") : QStringLiteral(".pdf");
    QSettings().setValue(folderKey, QFileInfo(path).absolutePath());
    start(storePath, orderId, path);
    return true;
}

void EvidenceExport::start(const QString& storePath, const QString& orderId, const QString& filePath)
{
    if (m_running)
        return;
    m_running = true;
    // A watcher rather than QFuture::then(this, ...): Qt 6.4's then() can lose the continuation
    // when the task ends while it is being attached (seen as an export that never reports).
    auto* watcher = new QFutureWatcher<EvidenceRead>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, filePath] {
        const EvidenceRead bundle = watcher->result();
        watcher->deleteLater();
        // The PDF is laid out here, on the GUI thread (fonts and text layout); it takes a moment at most.
        const QString error = bundle.bundle ? writeEvidenceFile(*bundle.bundle, filePath) : bundle.error;
        m_running = false;
        Q_EMIT finished(filePath, error);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [storePath, orderId] {
        Database database(storePath); // this pool thread's connection, closed when done
        Result<EvidenceBundle> read = buildEvidenceBundle(database.connection(), orderId, QDateTime::currentDateTimeUtc());
        EvidenceRead outcome;
        if (read)
            outcome.bundle = std::move(*read);
        else
            outcome.error = read.message();
        return outcome;
    }));
}

} // namespace fw
