// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <nlohmann/json_fwd.hpp>

namespace fw {

// What a callout's successful response gives its lines: the fields its responseMapping
// ("line.fields.reservationId" -> "/id") found, and the pointers it did not find (the response is
// then a schema mismatch). Pure: no I/O, never throws, whatever the body holds.
struct MappedResponse {
    QVariantMap fields; // "reservationId" -> value
    QStringList missing; // "/id", in mapping order
};

[[nodiscard]] MappedResponse mapCalloutResponse(const QVariantMap& responseMapping, const QByteArray& body);

} // namespace fw
