// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "responsemapping.h"

#include "common/jsonparse.h"
#include "common/jsonpointer.h"
#include "common/jsonvariant.h"

#include <nlohmann/json.hpp>

namespace fw {

MappedResponse mapCalloutResponse(const QVariantMap& responseMapping, const QByteArray& body)
{
    MappedResponse mapped;
    const JsonParseResult parsed = parseJsonBounded(body);
    for (auto it = responseMapping.cbegin(); it != responseMapping.cend(); ++it) {
        const QString pointer = it.value().toString();
        const nlohmann::json* value = parsed.ok() ? findJsonPointer(*parsed.value, pointer) : nullptr;
        if (!value)
            mapped.missing << pointer;
        else
            mapped.fields.insert(it.key().mid(QStringLiteral("line.fields.").size()), jsonToVariant(*value));
    }
    return mapped;
}

} // namespace fw
