#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace fw {

// One append-only journal entry: every state change, import and operator action. The order
// timeline shows them; sync ships them to the remote store.
struct JournalEvent {
    qint64 seq = 0; // assigned by the store
    QDateTime at;
    QString orderId;
    QString stepId; // empty for order-level events
    QString kind; // e.g. "order.imported", "step.state"
    QString actor; // a user name or "engine"
    QString beforeState;
    QString afterState;
    QString payload; // JSON text, may be empty
    QString origin = QStringLiteral("local");
};

// Appends and reads journal entries on the given connection (the caller owns the transaction).
class Journal {
public:
    static std::optional<QString> append(QSqlDatabase& database, const JournalEvent& event);
    static std::vector<JournalEvent> forOrder(const QSqlDatabase& database, const QString& orderId);
};

} // namespace fw
