// The order reader against the telecom sample catalog, then decomposition and planning of every
// order it accepts (what `fwctl plan` and `fwctl import order` do).

#include "fuzzinput.h"

#include "decomposition/decomposer.h"
#include "order/orderreader.h"
#include "planning/planner.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const auto catalog = fw::fuzz::sampleCatalog("resources/samples/telecom-fiber/catalog.json");
    const QString label = QStringLiteral("order.json");
    fw::Problems problems;
    const auto document = fw::parseJsonText(fw::fuzz::bytes(data, size), label, problems);
    if (!document)
        return 0;
    fw::OrderLoad load = fw::OrderReader::readJson(*document, label, *catalog);
    if (!load.ok())
        return 0;
    fw::InMemoryAccountLineRegistry accountLines;
    fw::Decomposition decomposition = fw::Decomposer(*catalog, &accountLines).decompose(*load.order, label);
    if (decomposition.problems.empty())
        (void)fw::Planner(*catalog).plan(*load.order, std::move(decomposition.lines), label);
    return 0;
}
