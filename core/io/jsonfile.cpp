// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jsonfile.h"

#include "common/jsonparse.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

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

QString inputLabel(const QString& path)
{
    return path == kStandardInputPath ? QStringLiteral("stdin") : path;
}

namespace {
    // Standard input, read the first time "-" is asked for and kept: a command may read its input
    // twice (publish reads a catalog as a catalog and as JSON), and a stream can be read only once.
    struct StandardInput {
        QByteArray text;
        QString problem; // why it could not be read; empty when it was
    };

    const StandardInput& standardInput()
    {
        static const StandardInput input = [] {
            StandardInput read;
            QFile file;
            if (!file.open(stdin, QIODevice::ReadOnly)) {
                read.problem = QStringLiteral("cannot read standard input: %1").arg(file.errorString());
                return read;
            }
            while (read.text.size() <= kMaxInputFileBytes) { // one byte past the limit tells the limit from more
                const QByteArray chunk = file.read(std::min<qint64>(64 * 1024, kMaxInputFileBytes + 1 - read.text.size()));
                if (chunk.isEmpty())
                    break;
                read.text += chunk;
            }
            if (read.text.size() > kMaxInputFileBytes)
                read.problem = QStringLiteral("cannot read standard input: larger than %1 MiB").arg(kMaxInputFileBytes / (1024 * 1024));
            return read;
        }();
        return input;
    }
} // namespace

std::optional<QByteArray> readInputFile(const QString& path, Problems& problems)
{
    if (path == kStandardInputPath) {
        const StandardInput& input = standardInput();
        if (!input.problem.isEmpty()) {
            problems.push_back({ inputLabel(path), QString(), input.problem });
            return std::nullopt;
        }
        return input.text;
    }
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
    return parseJsonText(*text, inputLabel(path), problems);
}

} // namespace fw
