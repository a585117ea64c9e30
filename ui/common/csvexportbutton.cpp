// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "csvexportbutton.h"

#include "csvexportdialog.h"

#include <QAction>
#include <QHeaderView>
#include <QMessageBox>
#include <QTableView>

#include <memory>

namespace fw {

CsvExportButton::CsvExportButton(QTableView* table, const QString& what, const QString& fileName, QWidget* parent)
    : QToolButton(parent)
    , m_table(table)
    , m_what(what)
    , m_fileName(fileName)
    , m_job(new CsvExportJob(this))
    , m_shortcut(new QAction(this))
{
    setObjectName(table->objectName() + QStringLiteral("Export"));
    setText(tr("Export CSV\u2026"));
    setAccessibleName(tr("Export %1 to CSV").arg(what));
    setToolTip(tr("Write the %1 as shown (visible columns, filter and sort) to a CSV file (Ctrl+Shift+E in the table)").arg(what));
    setFocusPolicy(Qt::StrongFocus);
    connect(this, &QToolButton::clicked, this, [this] {
        if (m_job->isRunning())
            m_job->cancel();
        else
            chooseFileAndExport();
    });
    m_shortcut->setText(tr("Export %1 to CSV\u2026").arg(what));
    m_shortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_shortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    table->addAction(m_shortcut);
    connect(m_shortcut, &QAction::triggered, this, [this] {
        if (!m_job->isRunning())
            chooseFileAndExport();
    });
    connect(m_job, &CsvExportJob::finished, this, &CsvExportButton::onFinished);
}

std::vector<int> CsvExportButton::visibleColumns(const QTableView* table)
{
    std::vector<int> columns;
    const QHeaderView* header = table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!table->isColumnHidden(logical))
            columns.push_back(logical);
    }
    return columns;
}

QStringList CsvExportButton::headerTexts(const QTableView* table, const std::vector<int>& columns)
{
    QStringList texts;
    for (const int column : columns)
        texts << table->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    return texts;
}

std::vector<QStringList> CsvExportButton::rowTexts(const QTableView* table, const std::vector<int>& columns)
{
    const QAbstractItemModel* model = table->model();
    std::vector<QStringList> rows;
    const int count = model->rowCount();
    rows.reserve(size_t(count));
    for (int row = 0; row < count; ++row) {
        QStringList fields;
        fields.reserve(qsizetype(columns.size()));
        for (const int column : columns)
            fields << model->data(model->index(row, column), Qt::DisplayRole).toString();
        rows.push_back(std::move(fields));
    }
    return rows;
}

void CsvExportButton::chooseFileAndExport()
{
    if (const auto choice = CsvExportDialog::ask(window(), tr("Export %1 to CSV").arg(m_what), m_fileName))
        exportTo(choice->filePath, choice->options);
}

void CsvExportButton::exportTo(const QString& filePath, CsvWriter::Options options)
{
    if (m_job->isRunning() || !m_table->model())
        return;
    const std::vector<int> columns = visibleColumns(m_table);
    CsvExportJob::Producer producer;
    if (m_source) {
        producer = m_source(columns);
    } else {
        auto rows = std::make_shared<const std::vector<QStringList>>(rowTexts(m_table, columns));
        producer = [rows](const CsvExportJob::RowSink& row) -> Status {
            for (const QStringList& fields : *rows) {
                if (!row(fields))
                    break;
            }
            return {};
        };
    }
    setText(tr("Cancel Export"));
    m_job->start(filePath, headerTexts(m_table, columns), std::move(producer), options);
}

void CsvExportButton::onFinished(qint64 rows, bool cancelled, const QString& error)
{
    setText(tr("Export CSV\u2026"));
    if (!error.isEmpty())
        QMessageBox::warning(window(), tr("Export %1 to CSV").arg(m_what), tr("The export failed: %1").arg(error));
    else if (!cancelled)
        setStatusTip(tr("Exported %Ln row(s)", nullptr, int(std::min<qint64>(rows, INT_MAX))));
    Q_EMIT exportFinished(cancelled ? -1 : rows, error);
}

} // namespace fw
