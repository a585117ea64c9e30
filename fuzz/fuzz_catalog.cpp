// The catalog reader: bytes -> parseJsonText -> CatalogReader (structure, then cross-references).

#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fw::Problems problems;
    const auto document = fw::parseJsonText(fw::fuzz::bytes(data, size), QStringLiteral("catalog.json"), problems);
    if (document)
        (void)fw::CatalogReader::readJson(*document, QStringLiteral("catalog.json"));
    return 0;
}
