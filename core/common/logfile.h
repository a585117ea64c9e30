// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFile>
#include <QMutex>
#include <QString>

namespace fw {

// An append-only log file that rotates: when a line would take it past maxBytes, NAME is renamed
// NAME.1 (NAME.1 becomes NAME.2, ...; the oldest beyond keepFiles - 1 is deleted) and a new NAME is
// started, so at most keepFiles files exist. append() is thread-safe: each line is written whole.
class LogFile {
public:
    explicit LogFile(QString path, qint64 maxBytes = 1024 * 1024, int keepFiles = 5);

    const QString& path() const { return m_path; }
    // Appends the line (a newline is added); false when the file cannot be written (a file that
    // cannot be opened is not tried again).
    bool append(const QString& line);

private:
    void rotate();

    QString m_path;
    qint64 m_maxBytes;
    int m_keepFiles;
    QMutex m_mutex;
    QFile m_file;
    bool m_unwritable = false;
};

} // namespace fw
