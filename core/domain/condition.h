// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QVariant>

#include <vector>

namespace fw {

// A predicate over order, account, item and delivery-group fields, used by decomposition rules
// (dynamic routing) and fulfillment scenarios. See docs/catalog-format.md, "Conditions".
struct Condition {
    enum class Kind { Always, All, Any, Not, Compare };
    enum class Op { Eq, Ne, In, NotIn, Exists, NotExists, Gt, Gte, Lt, Lte };

    Kind kind = Kind::Always;
    std::vector<Condition> children; // All, Any: the operands; Not: exactly one
    QString field; // Compare: a path such as "account.region" or "item.attributes.tier"
    Op op = Op::Eq;
    QVariant value; // Compare: a scalar, or a list for In/NotIn

    bool isAlways() const { return kind == Kind::Always; }
};

QString toString(Condition::Op op);

} // namespace fw
