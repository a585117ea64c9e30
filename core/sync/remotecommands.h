#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>
#include <vector>

namespace fw {

class PgConnection;

struct ClaimOutcome {
    bool granted = false;
    QString holder; // who holds it when not granted
    QString holderWorkstation;
    QDateTime claimedAt;
};

struct RemoteCommand {
    qint64 id = 0;
    QString orderId;
    QString request; // Command JSON in portable form (see PortableRequest)
    QString actor;
    QString issuedBy;
};

struct RemoteCommandResult {
    qint64 localId = 0;
    QString state; // pending, done, failed
    QString error;
    QString doneBy;
};

// Claims decided in the remote store and commands for orders another workstation owns (docs/sync.md,
// "Claims" and "Commands"), for one workstation. Errors are "remote store: REASON".
class RemoteCommands {
public:
    RemoteCommands(PgConnection& connection, QString workstation);

    // A claim idle (untouched) for idleSeconds may be taken by someone else; claiming again touches it.
    std::variant<ClaimOutcome, QString> claim(const QString& item, const QString& orderId, const QString& user,
                                              int idleSeconds = defaultClaimIdleSeconds);
    static constexpr int defaultClaimIdleSeconds = 8 * 3600;
    std::optional<QString> releaseClaim(const QString& item, const QString& user);
    std::optional<QString> clearClaim(const QString& item);
    std::variant<qint64, QString> sendCommand(const QString& orderId, const QString& request, const QString& actor, qint64 localId);
    std::variant<std::vector<RemoteCommandResult>, QString> commandResults(const std::vector<qint64>& localIds);
    // Commands for orders this workstation owns: each is handed to apply (nullopt: done, else the
    // reason it failed) and its outcome recorded, in one transaction.
    template <typename Apply> std::variant<int, QString> processCommands(int limit, Apply apply);

private:
    std::variant<std::vector<RemoteCommand>, QString> lockPendingCommands(int limit);
    std::optional<QString> finishCommand(qint64 id, const std::optional<QString>& error);
    std::optional<QString> beginCommands();
    std::optional<QString> endCommands(bool commit);

    PgConnection& m_connection;
    QString m_workstation;
};

template <typename Apply> std::variant<int, QString> RemoteCommands::processCommands(int limit, Apply apply)
{
    if (auto error = beginCommands())
        return *error;
    auto pending = lockPendingCommands(limit);
    if (auto* error = std::get_if<QString>(&pending)) {
        endCommands(false);
        return *error;
    }
    int done = 0;
    for (const RemoteCommand& command : std::get<0>(pending)) {
        if (auto error = finishCommand(command.id, apply(command))) {
            endCommands(false);
            return *error;
        }
        ++done;
    }
    if (auto error = endCommands(true))
        return *error;
    return done;
}

} // namespace fw
