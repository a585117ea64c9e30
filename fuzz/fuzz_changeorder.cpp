// The change-order reader, then amendment of the telecom multisite sample order (SO-10002) with
// every change order it accepts (what `fwctl change preview` does before planning).

#include "fuzzinput.h"

#include "change/changeorder.h"
#include "change/orderamendment.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const auto catalog = fw::fuzz::sampleCatalog("resources/samples/telecom-fiber/catalog.json");
    static const auto order = fw::fuzz::sampleDocument("resources/samples/telecom-fiber/order-multisite.json");
    const QString label = QStringLiteral("change.json");
    fw::Problems problems;
    const auto document = fw::parseJsonText(fw::fuzz::bytes(data, size), label, problems);
    if (!document)
        return 0;
    const fw::ChangeOrderLoad load = fw::ChangeOrderReader::readJson(*document, label);
    if (!load.ok())
        return 0;
    const bool started = size % 2 == 0; // both sides of "has fulfilment started" (supplements or not)
    (void)fw::amendOrder(order, *load.changeOrder, *catalog, [started](const QString&) { return started; });
    return 0;
}
