// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "report/csvwriter.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLineEdit;

namespace fw {

// Asks where a CSV export goes and whether it starts with a byte-order mark (Excel needs one to read
// UTF-8; remembered in the settings as export/csvByteOrderMark). The file name defaults to the
// last export folder and a name for what is exported.
class CsvExportDialog final : public QDialog {
    Q_OBJECT

public:
    struct Choice {
        QString filePath;
        CsvWriter::Options options;
    };

    CsvExportDialog(const QString& title, const QString& fileName, QWidget* parent = nullptr);

    Choice choice() const;
    void accept() override; // remembers the folder and the byte-order mark choice

    // Runs the dialog; nothing when the user cancels.
    static std::optional<Choice> ask(QWidget* parent, const QString& title, const QString& fileName);

private:
    void browse();

    QLineEdit* m_path;
    QCheckBox* m_byteOrderMark;
};

} // namespace fw
