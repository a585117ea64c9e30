// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace fw {

class OrderImportJob;
class StoreSession;

// File > Import Order into Store...: imports many order files off the GUI thread (OrderImportJob)
// with a progress bar and Cancel (which stops after the current group: what was committed stays),
// then shows the summary in place: how many orders were imported and rejected, the first few
// rejections with their file and reason, and all of them (and what happened to a group the store
// could not write) in a details text. Never a widget per order.
class OrderImportDialog final : public QDialog {
    Q_OBJECT

public:
    static constexpr int previewedRejections = 5;

    explicit OrderImportDialog(QWidget* parent = nullptr);

    // Imports `files` (order files, directories) into the store at storePath as `user`.
    void start(const QString& storePath, const QString& user, const QStringList& files);
    // Asks for the order files and shows a dialog importing them (deleted when closed); nullptr
    // when the signed-in user may not import orders or chose no file.
    static OrderImportDialog* chooseAndStart(QWidget* parent, StoreSession* session, const QString& directory);

    OrderImportJob* job() const { return m_job; }

public Q_SLOTS:
    void reject() override; // while importing: cancel after the current group, and stay open

Q_SIGNALS:
    void importFinished(int imported, int rejected);

private:
    void showProgress(int read, int total, int imported, int rejected);
    void showSummary();
    QString summaryText() const;
    void toggleDetails();

    OrderImportJob* m_job;
    QLabel* m_status;
    QProgressBar* m_progress;
    QLabel* m_rejections;
    QPushButton* m_detailsButton;
    QPlainTextEdit* m_details;
    QDialogButtonBox* m_buttons;
    int m_files = 0;
};

} // namespace fw
