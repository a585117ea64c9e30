// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

// Golden-file helpers shared by the data-driven tests. Set FW_UPDATE_GOLDEN=1 to rewrite the
// expected files from the actual output (then review the diff before committing).
namespace fw::test {

inline bool updatingGolden()
{
    return qEnvironmentVariableIntValue("FW_UPDATE_GOLDEN") == 1;
}

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline void writeAll(const QString& path, const QByteArray& data)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(data);
}

inline QStringList lines(const QByteArray& text)
{
    QStringList result = QString::fromUtf8(text).split(QLatin1Char('\n'));
    while (!result.isEmpty() && result.constLast().isEmpty())
        result.removeLast();
    return result;
}

} // namespace fw::test
