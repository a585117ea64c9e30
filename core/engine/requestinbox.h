#pragma once

#include "operatorrequest.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>
#include <variant>

namespace fw {

class Executor;

// The store's inbox of operator requests (table `requests`): a process that cannot run the engine
// itself, because another engine holds the store (the workbench, `fwctl run`), leaves its request
// here and waits; the running engine carries pending requests out on every tick, in order, and
// records each outcome. The request and its outcome stay as an audit record.
class RequestInbox {
public:
    struct Outcome {
        bool finished = false; // false: still waiting for the engine
        QString error; // empty when it succeeded
    };

    explicit RequestInbox(QSqlDatabase database);

    // The new request's id, or the store error.
    std::variant<qint64, QString> enqueue(const OperatorRequest& request, const QDateTime& now);
    // Carries out every pending request on the executor; returns how many ran.
    int processPending(Executor& executor, const QDateTime& now);
    std::optional<Outcome> outcome(qint64 requestId) const; // nullopt: no such request

private:
    QSqlDatabase m_database;
};

} // namespace fw
