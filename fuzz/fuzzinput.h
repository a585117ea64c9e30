// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Shared by the fuzz targets: the fuzzer's bytes as a QByteArray, and the sample catalogs and
// orders the order and change-order targets read against (loaded once).

#include "catalog/catalogreader.h"
#include "io/jsonfile.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>
#include <memory>

namespace fw::fuzz {

inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

inline std::shared_ptr<const Catalog> sampleCatalog(const char* relativePath)
{
    const CatalogLoad load = CatalogReader::readFile(QStringLiteral(FW_SOURCE_DIR "/") + QString::fromLatin1(relativePath));
    if (!load.ok())
        std::abort(); // the samples must load, or the target fuzzes nothing
    return load.catalog;
}

inline nlohmann::json sampleDocument(const char* relativePath)
{
    Problems problems;
    auto document = readJsonFile(QStringLiteral(FW_SOURCE_DIR "/") + QString::fromLatin1(relativePath), problems);
    if (!document)
        std::abort();
    return *document;
}

} // namespace fw::fuzz
