// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The sample orders the change order tests amend (tests/data/change/*.json name them by id).

#include "catalog/catalogreader.h"
#include "change/changeorder.h"
#include "io/jsonfile.h"

#include <QHash>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <memory>

namespace fw::test {

struct ChangeSample {
    std::shared_ptr<const Catalog> catalog;
    nlohmann::json document; // the order document as shipped in resources/samples
};

inline QStringList toStrings(const Problems& problems)
{
    QStringList lines;
    for (const auto& problem : problems)
        lines << problem.toString();
    return lines;
}

// SO-20417 (saas-licence: a suite bundle with 250 seats) and SO-10002 (telecom-fiber multisite:
// bundles A and B in delivery groups ROTTERDAM and VENLO), by order id.
inline QHash<QString, ChangeSample> loadChangeSamples()
{
    QHash<QString, ChangeSample> samples;
    const auto load = [&samples](const char* directory, const char* orderFile) {
        const QString base = QStringLiteral(FW_SAMPLES_DIR "/") + QString::fromLatin1(directory) + QLatin1Char('/');
        const CatalogLoad catalog = CatalogReader::readFile(base + QStringLiteral("catalog.json"));
        Problems problems = catalog.problems;
        const auto document = readJsonFile(base + QString::fromLatin1(orderFile), problems);
        if (!catalog.ok() || !document)
            qFatal("cannot load sample %s: %s", directory, qPrintable(toStrings(problems).join(u'\n')));
        samples.insert(QString::fromStdString(document->at("id").get<std::string>()), { catalog.catalog, *document });
    };
    load("saas-licence", "order.json");
    load("telecom-fiber", "order-multisite.json");
    return samples;
}

// A change order "CHG-T" of the given actions (JSON text), read as change.json.
inline ChangeOrderLoad readTestChangeOrder(const QString& order, const QString& actions)
{
    nlohmann::json document = { { "formatVersion", 1 }, { "id", "CHG-T" }, { "order", order.toStdString() } };
    document["actions"] = nlohmann::json::parse(actions.toStdString());
    return ChangeOrderReader::readJson(document, QStringLiteral("change.json"));
}

} // namespace fw::test
