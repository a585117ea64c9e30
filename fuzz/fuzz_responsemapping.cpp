// Callout response mapping: see fw::fuzz::mapResponseBytes (fuzztargets.h).

#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fw::fuzz::mapResponseBytes(fw::fuzz::bytes(data, size));
    return 0;
}
