#pragma once

#include "sla/jeopardy.h"

#include <QHash>
#include <QSqlDatabase>

#include <memory>
#include "common/result.h"
#include <vector>

namespace fw {

// Reads the open orders of a store (not completed, not cancelled) as the jeopardy evaluator
// sees them: every step with its dependencies, times and task, the due date and the catalog.
// Replicas of other workstations' orders are included (runsOn set), so every workstation sees
// the same jeopardy; only the owner acts on it (JeopardyMonitor). Defined in
// store/slareader.cpp: all SQL lives in core/store.
class SlaReader {
public:
    explicit SlaReader(const QSqlDatabase& database);

    Result<std::vector<SlaOrder>> openOrders();

    // The instant an order is due: the end of its requested day (UTC), or the requested instant
    // when it carries a time. Invalid when empty or unreadable.
    static QDateTime dueAt(const QString& requestedDate);

private:
    std::shared_ptr<const Catalog> catalog(const QString& id, const QString& version);

    QSqlDatabase m_database;
    QHash<QString, std::shared_ptr<const Catalog>> m_catalogs; // "id@version"; kept across calls
};

} // namespace fw
