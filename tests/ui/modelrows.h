// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Finding a row in a view's model by a role's value, for the window tests.
#include <QAbstractItemModel>
#include <QVariant>

namespace fw::test {

// The first row whose column 0 has `value` under `role`; -1 when there is none.
inline int rowWhere(const QAbstractItemModel* model, int role, const QVariant& value)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(role) == value)
            return row;
    }
    return -1;
}

} // namespace fw::test
