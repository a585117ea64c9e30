// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jsonfile.h"

#include "common/jsonparse.h"

#include <QFile>
#include <QFileInfo>

namespace fw {

std::optional<nlohmann::json> parseJsonText(const QByteArray& text, const QString& fileLabel, Problems& problems)
{
    JsonParseResult parsed = parseJsonBounded(text);
    if (!parsed.ok()) {
        problems.push_back({ fileLabel, parsed.pointer, parsed.message });
        return std::nullopt;
    }
    return std::move(parsed.value);
}

std::optional<QByteArray> readInputFile(const QString& path, Problems& problems)
{
    // Checked before opening: opening a FIFO for reading blocks until a writer comes, and a
    // device such as /dev/zero never ends.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        problems.push_back({ path, QString(),
                             info.isDir() ? QStringLiteral("cannot read file: it is a directory")
                                          : QStringLiteral("cannot read file: not a regular file (a FIFO, socket or device)") });
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems.push_back({ path, QString(), QStringLiteral("cannot read file: %1").arg(file.errorString()) });
        return std::nullopt;
    }
    // One byte past the limit tells a file at the limit from a larger one, also when it grows meanwhile.
    QByteArray text = file.read(kMaxInputFileBytes + 1);
    if (text.size() > kMaxInputFileBytes) {
        problems.push_back(
            { path, QString(), QStringLiteral("cannot read file: larger than %1 MiB").arg(kMaxInputFileBytes / (1024 * 1024)) });
        return std::nullopt;
    }
    if (file.error() != QFileDevice::NoError) {
        problems.push_back({ path, QString(), QStringLiteral("cannot read file: %1").arg(file.errorString()) });
        return std::nullopt;
    }
    return text;
}

std::optional<nlohmann::json> readJsonFile(const QString& path, Problems& problems)
{
    const auto text = readInputFile(path, problems);
    if (!text)
        return std::nullopt;
    return parseJsonText(*text, path, problems);
}

} // namespace fw
