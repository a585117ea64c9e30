#pragma once

#include <QString>

namespace fw {

// Text for a NOT NULL column: a null QString binds as SQL NULL, an empty one as ''.
inline QString textColumn(const QString& text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}

} // namespace fw
