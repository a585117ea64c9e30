// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/asset.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace fw {

// How assets and their history read in the Account page and the "Change..." dialog. Status
// colours follow the app's state palette (active like completed work, suspended like waiting,
// disconnected like cancelled); the label is always shown too.
class AssetPresentation {
    Q_DECLARE_TR_FUNCTIONS(fw::AssetPresentation)

public:
    static QString statusLabel(Asset::Status status);
    static QColor statusColor(Asset::Status status);
    static QString eventKindLabel(const QString& kind); // created, changed, suspended, resumed, disconnected
    static QString actionLabel(const QString& action); // what to do, for a choice: "Move to a new site"
    static QString actionName(const QString& action); // one word, for a table: "Move"
    // "bandwidth=1G, contractTermMonths=24" (sorted by name); empty for none.
    static QString attributesText(const QVariantMap& attributes);
    // "line1, postalCode city, country"; empty for none.
    static QString siteText(const QVariantMap& site);
    // What an event changed, readable: "quantity 250 → 300; edition full → pro"; for a first
    // event "quantity 250; edition full".
    static QString changeText(const QVariantMap& before, const QVariantMap& after);
    // A line's change for people: "+50 (increase)", "−50 (decrease)", "modify: bandwidth", "suspend".
    static QString lineDeltaText(const QString& action, const QString& changeKind, int quantityDelta, const QStringList& changedAttributes);
};

} // namespace fw
