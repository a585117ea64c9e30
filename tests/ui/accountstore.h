// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A store file with an account that has an installed base with history, for the Account page's
// tests: the saas-licence sample's catalog and order SO-20417 (account ACC-FR-3310), and the assets
// its completion leaves, of which the seats were changed 250 -> 300 by SO-20417-SEATS and the
// single sign-on add-on was suspended by SO-20417-SUSPEND.
#include "common/clock.h"
#include "store/assetwriter.h"
#include "store/database.h"
#include "store/storeimporter.h"

namespace fw::test {

inline const QString accountId = QStringLiteral("ACC-FR-3310");
inline const QString seatsAsset = QStringLiteral("SO-20417/S1-U");
inline const QString suiteAsset = QStringLiteral("SO-20417/S1");
inline const QString ssoAsset = QStringLiteral("SO-20417/S1-SSO");

inline Asset accountAsset(const QString& item, const QString& product, int quantity, const QVariantMap& attributes, const QString& parent)
{
    const QDateTime at(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
    Asset asset;
    asset.id = QStringLiteral("SO-20417/") + item;
    asset.accountId = accountId;
    asset.product = product;
    asset.parentAsset = parent.isEmpty() ? QString() : QStringLiteral("SO-20417/") + parent;
    asset.attributes = attributes;
    asset.quantity = quantity;
    asset.sourceOrder = QStringLiteral("SO-20417");
    asset.sourceItem = item;
    asset.termStart = at.date();
    asset.termEnd = at.date().addMonths(12);
    asset.renewalLeadDays = 90;
    asset.createdAt = asset.updatedAt = at;
    return asset;
}

inline bool makeAccountStore(const QString& path)
{
    Database database(path);
    if (!database.openStore())
        return false;
    SystemClock clock;
    StoreImporter importer(database, clock);
    if (!importer.importCatalog(QStringLiteral(FW_SAMPLES_DIR "/saas-licence/catalog.json"), QStringLiteral("t")).ok())
        return false;
    if (!importer.importOrder(QStringLiteral(FW_SAMPLES_DIR "/saas-licence/order.json"), QStringLiteral("t")).ok())
        return false;
    Asset suite = accountAsset(QStringLiteral("S1"), QStringLiteral("ENTERPRISE_SUITE"), 1,
                               { { QStringLiteral("tier"), QStringLiteral("enterprise") } }, {});
    Asset seats = accountAsset(QStringLiteral("S1-U"), QStringLiteral("USER_LICENCE"), 300,
                               { { QStringLiteral("edition"), QStringLiteral("full") } }, QStringLiteral("S1"));
    Asset sso = accountAsset(QStringLiteral("S1-SSO"), QStringLiteral("ADDON_SSO"), 1,
                             { { QStringLiteral("identityProvider"), QStringLiteral("azure-ad") } }, QStringLiteral("S1"));
    sso.status = Asset::Status::Suspended;
    const QString engine = QStringLiteral("engine");
    const auto state = [](const Asset& a, int quantity) {
        return QVariantMap { { QStringLiteral("attributes"), a.attributes }, { QStringLiteral("quantity"), quantity } };
    };
    const QDateTime later = suite.createdAt.addDays(20);
    std::vector<AssetEvent> events {
        { suite.id, 1, suite.createdAt, QStringLiteral("created"), QStringLiteral("SO-20417"), {}, engine, {}, state(suite, 1) },
        { seats.id, 1, seats.createdAt, QStringLiteral("created"), QStringLiteral("SO-20417"), {}, engine, {}, state(seats, 250) },
        { seats.id,
          2,
          later,
          QStringLiteral("changed"),
          QStringLiteral("SO-20417-SEATS"),
          {},
          engine,
          state(seats, 250),
          state(seats, 300) },
        { sso.id, 1, sso.createdAt, QStringLiteral("created"), QStringLiteral("SO-20417"), {}, engine, {}, state(sso, 1) },
        { sso.id, 2, later, QStringLiteral("suspended"), QStringLiteral("SO-20417-SUSPEND"), {}, engine, state(sso, 1), state(sso, 1) },
    };
    return bool(AssetWriter(database.connection()).record({ suite, seats, sso }, events));
}

} // namespace fw::test
