// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What each fuzz target does with its bytes, shared by the libFuzzer targets (fuzz_*.cpp) and by
// tst_fuzzregressions, which replays every saved crash input (tests/data/fuzz/<target>/) in the
// ordinary build. Each function must survive any bytes: no crash, no exception, no hang.

#include "fuzzinput.h"

#include "change/changeorder.h"
#include "change/orderamendment.h"
#include "common/jsonparse.h"
#include "common/jsonvariant.h"
#include "decomposition/decomposer.h"
#include "engine/responsemapping.h"
#include "order/orderreader.h"
#include "planning/planner.h"

#include <vector>

namespace fw::fuzz {

// fuzz_catalog: bytes -> parseJsonText -> CatalogReader (structure, then cross-references).
inline void readCatalogBytes(const QByteArray& input)
{
    Problems problems;
    const auto document = parseJsonText(input, QStringLiteral("catalog.json"), problems);
    if (document)
        (void)CatalogReader::readJson(*document, QStringLiteral("catalog.json"));
}

// fuzz_order: the order reader against each sample catalog (and the tests' shared catalog), then
// decomposition and planning of every order a catalog accepts (what `fwctl plan` and `fwctl import
// order` do). Each seed order plans against its own catalog, so mutations reach the planner.
inline void readOrderBytes(const QByteArray& input)
{
    static const std::vector<std::shared_ptr<const Catalog>> catalogs {
        sampleCatalog("resources/samples/telecom-fiber/catalog.json"),     sampleCatalog("resources/samples/saas-licence/catalog.json"),
        sampleCatalog("resources/samples/emea-routing/catalog.json"),      sampleCatalog("resources/samples/laptop-bundle/catalog.json"),
        sampleCatalog("resources/samples/medical-equipment/catalog.json"), sampleCatalog("tests/data/plan/shared-catalog.json")
    };
    const QString label = QStringLiteral("order.json");
    Problems problems;
    const auto document = parseJsonText(input, label, problems);
    if (!document)
        return;
    for (const auto& catalog : catalogs) {
        OrderLoad load = OrderReader::readJson(*document, label, *catalog);
        if (!load.ok())
            continue;
        InMemoryAccountLineRegistry accountLines;
        Decomposition decomposition = Decomposer(*catalog, &accountLines).decompose(*load.order, label);
        if (decomposition.problems.empty())
            (void)Planner(*catalog).plan(*load.order, std::move(decomposition.lines), label);
    }
}

// fuzz_changeorder: the change-order reader, then amendment of the sample order it names
// (SO-20417, saas-licence; otherwise SO-10002, the telecom multisite order) with every change
// order it accepts (what `fwctl change preview` does before planning).
inline void readChangeOrderBytes(const QByteArray& input)
{
    struct Sample {
        std::shared_ptr<const Catalog> catalog;
        nlohmann::json order;
    };
    static const Sample saas { sampleCatalog("resources/samples/saas-licence/catalog.json"),
                               sampleDocument("resources/samples/saas-licence/order.json") };
    static const Sample telecom { sampleCatalog("resources/samples/telecom-fiber/catalog.json"),
                                  sampleDocument("resources/samples/telecom-fiber/order-multisite.json") };
    const QString label = QStringLiteral("change.json");
    Problems problems;
    const auto document = parseJsonText(input, label, problems);
    if (!document)
        return;
    const ChangeOrderLoad load = ChangeOrderReader::readJson(*document, label);
    if (!load.ok())
        return;
    const Sample& sample = load.changeOrder->order == QLatin1String("SO-20417") ? saas : telecom;
    const bool started = input.size() % 2 == 0; // both sides of "has fulfilment started" (supplements or not)
    (void)amendOrder(sample.order, *load.changeOrder, *sample.catalog, [started](const QString&) { return started; });
}

// fuzz_responsemapping: the first line of the input is a JSON pointer the mapping names, the rest
// the response body; a few fixed pointers are mapped as well.
inline void mapResponseBytes(const QByteArray& input)
{
    const qsizetype newline = input.indexOf('\n');
    const QString pointer = QString::fromUtf8(newline < 0 ? QByteArray() : input.left(newline));
    const QByteArray body = newline < 0 ? input : input.mid(newline + 1);
    const QVariantMap mapping { { QStringLiteral("line.fields.fuzzed"), pointer },
                                { QStringLiteral("line.fields.id"), QStringLiteral("/id") },
                                { QStringLiteral("line.fields.first"), QStringLiteral("/items/0") },
                                { QStringLiteral("line.fields.whole"), QString() } };
    const MappedResponse mapped = mapCalloutResponse(mapping, body);
    (void)variantToJson(mapped.fields).dump(); // as the executor journals them
}

// fuzz_jsonoptions: the CLI's JSON options, --data and --fields (a JSON object), --payload,
// set-field VALUE (any JSON value), and the variant round trip the request inbox stores them through.
inline void parseOptionBytes(const QByteArray& input)
{
    const QString text = QString::fromUtf8(input);
    if (const auto object = jsonObjectOption(QStringLiteral("--data"), text))
        (void)variantToJson(*object).dump();
    if (const auto value = jsonValueOption(QStringLiteral("VALUE"), text))
        (void)variantToJson(*value).dump();
}

} // namespace fw::fuzz
