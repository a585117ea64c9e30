// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "orderimportdialog.h"

#include "orderimportjob.h"
#include "users/sessionuser.h"
#include "workspace/storesession.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace fw {

namespace {
    // "order-7.json: /items/0/product: unknown product" (the file's name; the details give its path).
    QString rejectionLine(const ImportRejection& rejection)
    {
        QString reason;
        if (!rejection.problems.empty()) {
            const Problem& first = rejection.problems.front();
            reason = first.pointer.isEmpty() ? first.message : first.pointer + QStringLiteral(": ") + first.message;
        }
        return QFileInfo(rejection.label).fileName() + QStringLiteral(": ") + reason;
    }
} // namespace

OrderImportDialog::OrderImportDialog(QWidget* parent)
    : QDialog(parent)
    , m_job(new OrderImportJob(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_rejections(new QLabel(this))
    , m_detailsButton(new QPushButton(tr("Show All Rejections"), this))
    , m_details(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import Orders"));
    setObjectName(QStringLiteral("orderImportDialog"));
    m_status->setObjectName(QStringLiteral("importStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("importProgressBar"));
    m_rejections->setObjectName(QStringLiteral("importRejectionsLabel"));
    m_rejections->setTextFormat(Qt::PlainText);
    m_rejections->setWordWrap(true);
    m_rejections->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rejections->hide();
    m_detailsButton->setObjectName(QStringLiteral("importDetailsButton"));
    m_detailsButton->hide();
    m_details->setObjectName(QStringLiteral("importDetailsText"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->hide();
    m_buttons->setObjectName(QStringLiteral("importButtons"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_rejections);
    layout->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::rejected, this, &OrderImportDialog::reject);
    connect(m_detailsButton, &QPushButton::clicked, this, &OrderImportDialog::toggleDetails);
    connect(m_job, &OrderImportJob::progress, this, &OrderImportDialog::showProgress);
    connect(m_job, &OrderImportJob::finished, this, &OrderImportDialog::showSummary);
}

void OrderImportDialog::start(const QString& storePath, const QString& user, const QStringList& files)
{
    m_files = int(files.size());
    m_progress->setRange(0, 0); // busy until the first group tells how many inputs there are
    m_status->setText(tr("Importing orders from %n file(s)\u2026", nullptr, m_files));
    m_job->start(storePath, user, files);
}

OrderImportDialog* OrderImportDialog::chooseAndStart(QWidget* parent, StoreSession* session, const QString& directory)
{
    if (!session || !session->identity()->allows(QStringLiteral("order.import")))
        return nullptr;
    const QStringList files
        = QFileDialog::getOpenFileNames(parent, tr("Import Orders"), directory, tr("JSON files (*.json);;All files (*)"));
    if (files.isEmpty())
        return nullptr;
    auto* dialog = new OrderImportDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->start(session->storePath(), session->user(), files);
    dialog->show();
    return dialog;
}

void OrderImportDialog::reject()
{
    if (!m_job->isRunning()) {
        QDialog::reject();
        return;
    }
    m_job->cancel();
    if (QPushButton* cancel = m_buttons->button(QDialogButtonBox::Cancel)) {
        cancel->setEnabled(false);
        cancel->setText(tr("Cancelling\u2026"));
    }
    m_status->setText(tr("Cancelling: the orders being written now are finished first\u2026"));
}

void OrderImportDialog::showProgress(int read, int total, int imported, int rejected)
{
    const QLocale locale;
    if (total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(read);
    }
    if (m_buttons->button(QDialogButtonBox::Cancel) && !m_buttons->button(QDialogButtonBox::Cancel)->isEnabled())
        return; // "Cancelling..." stays
    m_status->setText(tr("Importing orders\u2026 %1 of %2 files read: %3 imported, %4 rejected.")
                          .arg(locale.toString(read), locale.toString(total > 0 ? total : m_files), locale.toString(imported),
                               locale.toString(rejected)));
}

QString OrderImportDialog::summaryText() const
{
    const BulkImportReport& report = m_job->report();
    const CommandResult& result = m_job->result();
    if (result.status == CommandResult::Status::Refused)
        return tr("Nothing was imported: %1").arg(result.message);
    const int imported = int(report.imported.size());
    const int rejected = int(report.rejected.size());
    QStringList lines;
    lines << (rejected == 0 ? tr("Imported %n order(s); nothing was rejected.", nullptr, imported)
                            : tr("Imported %n order(s).", nullptr, imported) + QLatin1Char(' ')
                      + tr("Rejected %n file(s): they are not in the store.", nullptr, rejected));
    if (report.cancelled)
        lines << tr("Cancelled after %1 of %2 files: the orders imported so far stay in the store; the other files were not read.")
                     .arg(QLocale().toString(report.read), QLocale().toString(report.total > 0 ? report.total : m_files));
    if (report.storeFailed())
        lines << tr("The store could not be written for some orders: see the details, then import those files again.");
    return lines.join(QLatin1Char('\n'));
}

void OrderImportDialog::showSummary()
{
    const BulkImportReport& report = m_job->report();
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_progress->hide();
    m_status->setText(summaryText());
    QStringList preview;
    QStringList all;
    for (const ImportRejection& rejection : report.rejected) {
        if (int(preview.size()) < previewedRejections)
            preview << rejectionLine(rejection);
        all << problemsText(rejection.problems);
    }
    const int rest = int(report.rejected.size()) - int(preview.size());
    if (rest > 0)
        preview << tr("\u2026 and %n more.", nullptr, rest);
    m_rejections->setText(preview.join(QLatin1Char('\n')));
    m_rejections->setVisible(!preview.isEmpty());
    all << report.notes;
    m_details->setPlainText(all.join(QLatin1Char('\n')));
    m_detailsButton->setVisible(!all.isEmpty());
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    m_buttons->button(QDialogButtonBox::Close)->setDefault(true);
    layout()->activate();
    resize(width(), std::max(height(), heightForWidth(width()) > 0 ? heightForWidth(width()) : sizeHint().height()));
    Q_EMIT importFinished(int(report.imported.size()), int(report.rejected.size()));
}

void OrderImportDialog::toggleDetails()
{
    const bool show = !m_details->isVisible();
    m_details->setVisible(show);
    m_detailsButton->setText(show ? tr("Hide Details") : tr("Show All Rejections"));
    if (show)
        resize(width(), std::max(height(), 420));
}

} // namespace fw
