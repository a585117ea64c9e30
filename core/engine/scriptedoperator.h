#pragma once

#include "domain/catalog.h"

#include <QStringList>
#include <QVariantMap>

namespace fw {

class Database;
class Executor;

// Plays the people and partners an order waits for: completes its open manual tasks with example
// form data, sends the signals its pauses wait for, and reports the line fields they wait for. The
// demo store uses it to keep orders moving while the workbench is watched; the end-to-end test of
// every sample drives its orders with it.
class ScriptedOperator {
public:
    struct Round {
        QStringList actions; // "task schedule-technician", "signal router-delivered", "field line.fields.x"
        bool waitsForTime = false; // a time pause is open: only the clock can move it
        QString error; // an action the engine refused
    };

    explicit ScriptedOperator(QString user = QStringLiteral("demo-operator"));

    // One round over one loaded order.
    Round actOn(Executor& executor, Database& database, const QString& orderId) const;

    // Valid example values for a form: text, 3, -18.5, true, a date, a date-time, the first option.
    static QVariantMap exampleFormData(const ManualTaskSpec& spec);

private:
    QString m_user;
};

} // namespace fw
