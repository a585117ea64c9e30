// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The CLI's JSON options: see fw::fuzz::parseOptionBytes (fuzztargets.h).

#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fw::fuzz::parseOptionBytes(fw::fuzz::bytes(data, size));
    return 0;
}
