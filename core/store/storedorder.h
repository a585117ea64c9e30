// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <algorithm>
#include <numeric>
#include <utility>
#include <vector>

namespace fw {

// Rows read in one order (an index's) and wanted in another (a stored sequence): the positions that
// put `keys` in ascending order (stable), and a vector rearranged by them.
template <typename Key> std::vector<std::size_t> sortedOrder(const std::vector<Key>& keys)
{
    std::vector<std::size_t> order(keys.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&keys](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
    return order;
}

// values[i] becomes values[order[i]] (order: a permutation of 0..values.size()).
template <typename T> void permute(std::vector<T>& values, const std::vector<std::size_t>& order)
{
    if (std::is_sorted(order.begin(), order.end()))
        return;
    std::vector<T> arranged;
    arranged.reserve(values.size());
    for (std::size_t from : order)
        arranged.push_back(std::move(values[from]));
    values = std::move(arranged);
}

} // namespace fw
