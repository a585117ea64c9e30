#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <vector>

namespace fw {

// One action of a change order being composed in the workbench (docs/change-orders.md, "Actions").
struct ChangeActionDraft {
    enum class Kind { CancelOrder, Remove, Quantity, Attributes, DeliveryGroup };
    struct Address {
        QString line1;
        QString line2;
        QString city;
        QString postalCode;
        QString region;
        QString country;
        bool isEmpty() const;
        bool operator==(const Address&) const = default;
    };

    Kind kind = Kind::Remove;
    QString item; // Remove, Quantity, Attributes
    int quantity = 1; // Quantity: the item's new total
    QList<QPair<QString, QString>> attributes; // Attributes: key, value; an empty value removes the attribute
    QString group; // DeliveryGroup
    Address address; // DeliveryGroup: only the fields given; all empty: the address stays
    QString requestedDate; // DeliveryGroup: ISO date; empty: the date stays
    bool operator==(const ChangeActionDraft&) const = default;
};

// A change order as the operator composes it: its fields and actions, and the JSON the engine
// reads (formatVersion 1, fields in the documented order; blank optional fields left out).
class ChangeOrderDraft {
    Q_DECLARE_TR_FUNCTIONS(fw::ChangeOrderDraft)

public:
    QString id;
    QString order;
    QString requestedBy;
    QString reason;
    std::vector<ChangeActionDraft> actions;

    QString toJson() const; // indented, as a file would be written
    // One line per action for the list: "Remove item B (BUSINESS_FIBER_BUNDLE)".
    static QString summary(const ChangeActionDraft& action);
    static QString kindLabel(ChangeActionDraft::Kind kind);
    // What keeps it from being previewed, one line each (empty: ready). The engine checks the rest.
    QStringList incomplete() const;
    bool cancelsOrder() const;
};

} // namespace fw
