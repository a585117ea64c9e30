#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <vector>

namespace fw {

// What an operations view shows, read from the store in one go on the engine's thread and handed
// to the GUI as plain values.
struct OrderSummary {
    QString id;
    QString account;
    QString state;
    int steps = 0;
    int completedSteps = 0;
    bool onHold = false;
    QString requestedDate;
};

struct TaskSummary {
    qint64 id = 0;
    QString queue;
    QString state;
    QString claimedBy;
    QString orderId;
    QString stepId;
    QString stepName;
};

struct FalloutSummary {
    qint64 id = 0;
    QString queue;
    QString orderId;
    QString stepId;
    QString classification;
    QString error;
    int attempts = 0;
};

struct EngineSnapshot {
    std::vector<OrderSummary> orders;
    std::vector<TaskSummary> tasks; // open and claimed
    std::vector<FalloutSummary> fallout; // open cases
    QDateTime at;
};

} // namespace fw

Q_DECLARE_METATYPE(fw::EngineSnapshot)
