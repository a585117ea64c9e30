// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The change-order reader and amendment: see fw::fuzz::readChangeOrderBytes (fuzztargets.h).

#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fw::fuzz::readChangeOrderBytes(fw::fuzz::bytes(data, size));
    return 0;
}
