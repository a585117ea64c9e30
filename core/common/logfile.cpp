// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "logfile.h"

#include <QDir>
#include <QFileInfo>

namespace fw {

LogFile::LogFile(QString path, qint64 maxBytes, int keepFiles)
    : m_path(std::move(path))
    , m_maxBytes(qMax<qint64>(1, maxBytes))
    , m_keepFiles(qMax(1, keepFiles))
{
}

bool LogFile::append(const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    const QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen()) {
        if (m_unwritable)
            return false; // tried once: not again for every message
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        m_file.setFileName(m_path);
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
            m_unwritable = true;
            return false;
        }
        m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (m_file.size() > 0 && m_file.size() + bytes.size() > m_maxBytes) {
        rotate();
        if (!m_file.isOpen())
            return false;
    }
    const bool written = m_file.write(bytes) == bytes.size();
    m_file.flush(); // a crash loses nothing logged before it
    return written;
}

void LogFile::rotate()
{
    m_file.close();
    const auto numbered = [this](int n) { return n == 0 ? m_path : m_path + QLatin1Char('.') + QString::number(n); };
    QFile::remove(numbered(m_keepFiles - 1));
    for (int n = m_keepFiles - 2; n >= 0; --n)
        if (QFile::exists(numbered(n)))
            QFile::rename(numbered(n), numbered(n + 1));
    if (m_keepFiles == 1)
        QFile::remove(m_path);
    m_file.setFileName(m_path);
    if (m_file.open(QIODevice::WriteOnly | QIODevice::Append))
        m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace fw
