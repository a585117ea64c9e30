// The order reader, decomposition and planning: see fw::fuzz::readOrderBytes (fuzztargets.h).

#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fw::fuzz::readOrderBytes(fw::fuzz::bytes(data, size));
    return 0;
}
