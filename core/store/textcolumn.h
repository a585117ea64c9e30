// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace fw {

// Text for a NOT NULL column: a null QString binds as SQL NULL, an empty one as ''.
inline QString textColumn(const QString& text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}

} // namespace fw
