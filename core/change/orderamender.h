// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "orderamendment.h"
#include "orderdocumenteditor.h"

#include <QHash>

namespace fw {

// The work of amendOrder (orderamendment.h): applies a change order's actions in order to a copy of
// the order document, checking each reference against the document as the earlier actions left it,
// and records one ItemChange per action. Problems go to the result; the caller discards the
// document when there are any.
class OrderAmender {
public:
    OrderAmender(nlohmann::json& document, const ChangeOrder& change, const Catalog& catalog,
                 const std::function<bool(const QString&)>& fulfilmentStarted, AmendedOrder& result);

    void apply();
    // Reads the amended document back with OrderReader; its problems are located at the action that
    // changed or added the item or delivery group they concern (the whole change file otherwise).
    void readBack();

private:
    void changeQuantity(const ChangeAction& action); // orderamender.cpp
    void changeAttributes(const ChangeAction& action);
    void remove(const ChangeAction& action);
    void add(const ChangeAction& action); // orderamenderadditions.cpp
    void changeDeliveryGroup(const ChangeAction& action);

    void error(const QString& pointer, const QString& message);
    void record(const ChangeAction& action, ItemChange change);
    nlohmann::json* namedItem(const ChangeAction& action);
    ItemChange itemChange(const ChangeAction& action, const nlohmann::json& item) const;
    QString unsetValue(const QString& productId, const QString& attribute) const;
    QString unknownItemMessage(const QString& what, const QString& item) const;
    QString unknownGroupMessage(const QString& group) const;

    OrderDocumentEditor m_editor;
    nlohmann::json& m_document;
    const ChangeOrder& m_change;
    const Catalog& m_catalog;
    const std::function<bool(const QString&)>& m_started;
    AmendedOrder& m_result;
    QHash<QString, QString> m_touchedItems; // item id -> pointer of the action that changed or added it
    QHash<QString, QString> m_touchedGroups;
};

} // namespace fw
