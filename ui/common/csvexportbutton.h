// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "csvexportjob.h"

#include <QToolButton>

#include <vector>

class QAction;
class QTableView;

namespace fw {

// "Export CSV..." for one table: writes what the user sees, the visible columns in their on-screen
// order under their header texts, and the rows the table shows (its filter and sort), through
// CsvExportJob. The rows are copied from the model on the GUI thread and written on a pool thread;
// a table whose model pages its rows in from the store gives a row source that reads them there
// instead. While an export runs the button cancels it. Ctrl+Shift+E in the table does the same.
class CsvExportButton final : public QToolButton {
    Q_OBJECT

public:
    // The rows for these logical columns, read on the pool thread.
    using RowSource = std::function<CsvExportJob::Producer(const std::vector<int>& columns)>;

    // `what` names the table in the dialog title and the accessible name ("tasks"), `fileName` is
    // the suggested file name ("tasks.csv").
    CsvExportButton(QTableView* table, const QString& what, const QString& fileName, QWidget* parent = nullptr);

    void setRowSource(RowSource source) { m_source = std::move(source); }
    bool isRunning() const { return m_job->isRunning(); }
    void chooseFileAndExport(); // the dialog, then the export
    void exportTo(const QString& filePath, CsvWriter::Options options = {});

    static std::vector<int> visibleColumns(const QTableView* table); // logical, in visual order
    static QStringList headerTexts(const QTableView* table, const std::vector<int>& columns);
    static std::vector<QStringList> rowTexts(const QTableView* table, const std::vector<int>& columns);

Q_SIGNALS:
    void exportFinished(qint64 rows, const QString& error); // rows -1: cancelled

private:
    void onFinished(qint64 rows, bool cancelled, const QString& error);

    QTableView* m_table;
    QString m_what;
    QString m_fileName;
    CsvExportJob* m_job;
    QAction* m_shortcut;
    RowSource m_source;
};

} // namespace fw
