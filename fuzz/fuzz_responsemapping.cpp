// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Callout response mapping: see fw::fuzz::mapResponseBytes (fuzztargets.h).

#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fw::fuzz::mapResponseBytes(fw::fuzz::bytes(data, size));
    return 0;
}
