// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace fw {

// What a change order did to one commercial item: the audit trail's unit (the order summary and
// the journal entry show them).
struct ItemChange {
    QString item; // the item the action names
    QString action; // ChangeAction::Kind spelled out ("quantity", "remove", ...)
    QString product;
    int quantityBefore = 0; // the item's total (itself plus its supplements) before; 0 for add
    int quantityAfter = 0; // after; 0 for remove
    QString supplement; // quantity increase on started work: the supplement item that carries the delta
    QString detail; // one human line: "quantity 100 -> 150 (+50 as supplement 2+CHG-2041)"
};

} // namespace fw
