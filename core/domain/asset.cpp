// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "asset.h"

namespace fw {

QString toString(Asset::Status status)
{
    switch (status) {
    case Asset::Status::Active:
        return QStringLiteral("active");
    case Asset::Status::Suspended:
        return QStringLiteral("suspended");
    case Asset::Status::Disconnected:
        return QStringLiteral("disconnected");
    }
    return {};
}

bool assetStatusFromString(const QString& text, Asset::Status& status)
{
    for (const Asset::Status s : { Asset::Status::Active, Asset::Status::Suspended, Asset::Status::Disconnected }) {
        if (toString(s) == text) {
            status = s;
            return true;
        }
    }
    return false;
}

} // namespace fw
