#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace fw {

// The open work of one queue: how long each open task (or fallout case) of it has waited.
struct QueueAges {
    QString kind; // "task" or "fallout"
    QString queue;
    std::vector<qint64> ageSeconds;
};

// The store reads of the KPI figures that are not the ledger's facts: open work per queue now,
// and the lane names of the stored catalogs. Read-only.
class KpiStoreReader {
public:
    explicit KpiStoreReader(QSqlDatabase database);

    // Open tasks and open fallout cases at `now`: tasks first, then fallout, each by queue name.
    Result<std::vector<QueueAges>> openWork(const QDateTime& now) const;
    // Lane id -> lane name from the stored catalogs (the newest import wins). A catalog document
    // that cannot be read is passed over (the KPI figures then show the lane's id).
    Result<QHash<QString, QString>> laneNames() const;

private:
    QSqlDatabase m_database;
};

} // namespace fw
