// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "orderinputs.h"

#include "jsonfile.h"

#include <QDir>
#include <QFileInfo>
#include <QIODevice>

namespace fw {

OrderInputs::OrderInputs(const QStringList& paths, QIODevice* standardInput)
    : m_stdin(standardInput)
{
    for (const QString& path : paths) {
        if (path == stdinPath) {
            m_hasStream = true;
            m_entries.push_back({ path, standardInput ? QString() : QStringLiteral("no standard input to read NDJSON from") });
            continue;
        }
        const QFileInfo info(path);
        if (!info.isDir()) {
            m_entries.push_back({ path, {} }); // a missing or unreadable file says so when it is read
            continue;
        }
        const QStringList files = QDir(path).entryList({ QStringLiteral("*.json") }, QDir::Files | QDir::Readable, QDir::Name);
        if (files.isEmpty())
            m_entries.push_back({ path, QStringLiteral("the directory holds no *.json files") });
        for (const QString& file : files)
            m_entries.push_back({ QDir(path).filePath(file), {} });
    }
}

OrderInputs::~OrderInputs() = default;

std::optional<OrderInput> OrderInputs::nextLine()
{
    // Read in chunks until a read gives nothing (atEnd() of a pipe may say "end" while the writer is
    // still busy); QIODevice::readLine(maxSize) would allocate maxSize bytes for every line.
    char chunk[64 * 1024];
    for (;;) {
        QByteArray line;
        bool tooLong = false;
        qint64 read = 0;
        while ((read = m_stdin->readLine(chunk, sizeof chunk)) > 0) {
            if (line.size() + read > kMaxInputFileBytes)
                tooLong = true; // the rest of the line is skipped
            else
                line.append(chunk, read);
            if (chunk[read - 1] == '\n')
                break;
        }
        if (line.isEmpty() && !tooLong)
            break;
        ++m_line;
        OrderInput input { QStringLiteral("stdin:%1").arg(m_line), {}, {} };
        if (tooLong) {
            input.problems.push_back(
                { input.label, {}, QStringLiteral("line longer than %1 MiB").arg(kMaxInputFileBytes / (1024 * 1024)) });
            return input;
        }
        if (line.trimmed().isEmpty())
            continue;
        if (!m_documentSeen && line.trimmed() == "{")
            return wholeDocument(line); // one pretty-printed order (its first line opens it), not NDJSON
        m_documentSeen = true;
        input.document = parseJsonText(line, input.label, input.problems);
        return input;
    }
    ++m_position;
    return std::nullopt;
}

OrderInput OrderInputs::wholeDocument(QByteArray text)
{
    m_documentSeen = true;
    char chunk[64 * 1024];
    qint64 read = 0;
    while (text.size() <= kMaxInputFileBytes && (read = m_stdin->read(chunk, sizeof chunk)) > 0)
        text.append(chunk, read);
    OrderInput input { QStringLiteral("stdin"), {}, {} };
    if (text.size() > kMaxInputFileBytes) {
        input.problems.push_back({ input.label, {}, QStringLiteral("larger than %1 MiB").arg(kMaxInputFileBytes / (1024 * 1024)) });
        while (m_stdin->read(chunk, sizeof chunk) > 0) { } // the rest is skipped
        return input;
    }
    input.document = parseJsonText(text, input.label, input.problems);
    return input;
}

std::optional<OrderInput> OrderInputs::next()
{
    while (m_position < m_entries.size()) {
        const Entry& entry = m_entries[m_position];
        if (!entry.problem.isEmpty()) {
            ++m_position;
            return OrderInput { entry.path, {}, { Problem { entry.path, {}, entry.problem } } };
        }
        if (entry.path == stdinPath) {
            if (auto line = nextLine())
                return line;
            continue;
        }
        ++m_position;
        OrderInput input { entry.path, {}, {} };
        input.document = readJsonFile(entry.path, input.problems);
        return input;
    }
    return std::nullopt;
}

} // namespace fw
