// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Paths of the UI tests' own data (tests/data/ui-mini), independent of the bundled samples.
#include <QDir>
#include <QString>

namespace fw::test {

inline QString miniFile(const char* name)
{
    return QDir(QStringLiteral(FW_TEST_DATA_DIR "/ui-mini")).filePath(QString::fromLatin1(name));
}
inline QString miniCatalog()
{
    return miniFile("catalog.json");
}
inline QString miniOrder()
{
    return miniFile("order.json");
}
// The mini catalog with one step in lane 'finance', which the catalog does not define.
inline QString brokenCatalog()
{
    return miniFile("broken-catalog.json");
}

} // namespace fw::test
