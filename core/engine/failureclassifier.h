// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace fw {

struct Catalog;

// What went wrong with a callout (or any external call).
struct CallFailure {
    enum class Transport { None, Timeout, ConnectionRefused, Other };
    QString endpoint;
    int httpStatus = 0; // 0: no HTTP response
    QString errorCode; // from the response body ("OUT_OF_STOCK") or the engine ("SCHEMA_MISMATCH")
    Transport transport = Transport::None;
    QString message;
};

struct FailureClass {
    bool retriable = false;
    QString queue; // the fallout queue a case opens in when it is not (or no longer) retried
    QString rule; // the catalog fallout rule that decided, empty for the defaults
    QString reason; // human text for the inspector and the journal
};

// Classifies a failure: the catalog's fallout rules first (first match wins: same endpoint or
// none named, status listed or none listed, code listed or none listed), then the defaults:
// timeouts, refused connections, 5xx and 429 are retriable; other 4xx and schema mismatches
// are fatal. The queue is the rule's, else the step's fallout queue, else "fallout".
FailureClass classifyFailure(const Catalog& catalog, const CallFailure& failure, const QString& stepFalloutQueue);

} // namespace fw
