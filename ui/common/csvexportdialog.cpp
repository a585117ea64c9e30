// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "csvexportdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace fw {

namespace {
    const QString bomKey = QStringLiteral("export/csvByteOrderMark");
    const QString folderKey = QStringLiteral("export/folder");
} // namespace

CsvExportDialog::CsvExportDialog(const QString& title, const QString& fileName, QWidget* parent)
    : QDialog(parent)
    , m_path(new QLineEdit(this))
    , m_byteOrderMark(new QCheckBox(tr("Start with a byte-order mark (for Microsoft Excel)"), this))
{
    setObjectName(QStringLiteral("csvExportDialog"));
    setWindowTitle(title);
    const QSettings settings;
    const QString folder = settings.value(folderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    m_path->setObjectName(QStringLiteral("csvExportPath"));
    m_path->setAccessibleName(tr("CSV file"));
    m_path->setText(QDir(folder).filePath(fileName));
    m_path->setMinimumWidth(360);
    auto* browse = new QPushButton(tr("Browse\u2026"), this);
    browse->setObjectName(QStringLiteral("csvExportBrowse"));
    browse->setAccessibleName(tr("Choose the CSV file"));
    connect(browse, &QPushButton::clicked, this, &CsvExportDialog::browse);
    m_byteOrderMark->setObjectName(QStringLiteral("csvExportByteOrderMark"));
    m_byteOrderMark->setAccessibleName(m_byteOrderMark->text());
    m_byteOrderMark->setToolTip(tr("Excel reads a CSV file as UTF-8 only when it starts with a byte-order mark; other "
                                   "programs may show it as stray characters"));
    m_byteOrderMark->setChecked(settings.value(bomKey, false).toBool());

    auto* note = new QLabel(tr("Cells that start with = + - or @ are written with a leading ' so that spreadsheets "
                               "show them as text instead of running them as formulas."),
                            this);
    note->setWordWrap(true);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CsvExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CsvExportDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("File:"), pathRow);
    form->addRow(m_byteOrderMark);
    form->addRow(note);
    form->addRow(buttons);
}

CsvExportDialog::Choice CsvExportDialog::choice() const
{
    Choice choice;
    choice.filePath = m_path->text().trimmed();
    choice.options.byteOrderMark = m_byteOrderMark->isChecked();
    return choice;
}

void CsvExportDialog::accept()
{
    if (m_path->text().trimmed().isEmpty())
        return;
    QSettings settings;
    settings.setValue(bomKey, m_byteOrderMark->isChecked());
    settings.setValue(folderKey, QFileInfo(m_path->text().trimmed()).absolutePath());
    QDialog::accept();
}

void CsvExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, windowTitle(), m_path->text(), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

std::optional<CsvExportDialog::Choice> CsvExportDialog::ask(QWidget* parent, const QString& title, const QString& fileName)
{
    CsvExportDialog dialog(title, fileName, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choice();
}

} // namespace fw
