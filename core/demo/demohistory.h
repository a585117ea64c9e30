// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>

namespace fw {

class Database;

struct DemoHistoryOptions {
    int days = 14; // how far back the history starts
    int ordersPerWorkday = 14; // imported on weekdays between 08:00 and 18:00 UTC
    int stuckPercent = 12; // orders the simulated colleagues never touch: they are what is in jeopardy now
    QHash<QString, QString> endpointBaseUrls; // endpoint id -> the stand-in systems' base URL
    quint32 seed = 2026;
    // Called as each simulated day begins (day 1 to days; on the calling thread): a start-up that
    // takes seconds says how far it is.
    std::function<void(int day, int days)> progress;
};

// Gives a new demo store a past: the real engine runs the bundled sample orders over the last
// days on a simulated clock, up to `until` (now), with the catalogs already in the store and the
// callouts sent to the stand-in systems. Simulated colleagues complete most manual tasks within a
// few working hours, resolvers retry or skip most fallout, and a share of orders is left stuck,
// so the supervisor views open on realistic cycle times, fallout, SLA adherence and jeopardy.
// Every transition is journalled like live work (actors "demo-colleague", "demo-resolver").
Status simulateDemoHistory(Database& database, const QString& samplesDirectory, const QDateTime& until,
                           const DemoHistoryOptions& options = {});

} // namespace fw
