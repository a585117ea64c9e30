// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "syncworkstation.h"

#include "engine/executor.h"
#include "commands/commandprocessor.h"
#include "identity/userdirectory.h"
#include "store/database.h"
#include "sync/pgconnection.h"
#include "sync/remoteschema.h"
#include "sync/remotestore.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <algorithm>

namespace fw {

namespace {
    QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
} // namespace

SyncWorkstation::SyncWorkstation(SyncSettings settings, quint16 stubPort, const QString& storePath)
    : m_settings(std::move(settings))
    , m_stubPort(stubPort)
    , m_storePath(storePath.isEmpty() ? m_dir.filePath(QStringLiteral("store.db")) : storePath)
{
}

SyncWorkstation::~SyncWorkstation()
{
    m_agent.reset();
    m_executor.reset();
}

Status SyncWorkstation::start()
{
    m_database = std::make_unique<Database>(m_storePath);
    if (const Status opened = m_database->openStore(); !opened)
        return opened.error();
    // The team of the sync tests acts on every workstation (each person with every role).
    UserDirectory users(m_database->connection());
    for (const QString& person : { m_settings.user, QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"),
                                   QStringLiteral("olga"), QStringLiteral("otto") }) {
        if (Status added = users.ensure({ person, person, RoleSet::all(), {}, true, {}, {} }, QStringLiteral("test"), m_clock.now());
            !added)
            return added.error();
    }
    m_agent = std::make_unique<SyncAgent>(*m_database, m_clock, m_settings);
    if (const Status opened = m_agent->open(); !opened)
        return opened.error();
    m_executor = std::make_unique<Executor>(*m_database, m_clock);
    m_executor->setCalloutTransport(&m_transport);
    const QStringList systems { QStringLiteral("warehouse/inventory"), QStringLiteral("carrier/carrier"),
                                QStringLiteral("av-vendor/licensing"), QStringLiteral("mdm/provisioning"),
                                QStringLiteral("inventory/inventory"), QStringLiteral("provisioning/provisioning"),
                                QStringLiteral("billing/billing") };
    for (const QString& system : systems) {
        const QStringList parts = system.split(QLatin1Char('/'));
        m_executor->setEndpointBaseUrl(parts[0], QStringLiteral("http://127.0.0.1:%1/%2").arg(m_stubPort).arg(parts[1]));
    }
    if (const Status loaded = m_executor->load(); !loaded)
        return loaded.error();
    return {};
}

SyncStatus SyncWorkstation::round()
{
    QStringList errors;
    m_executor->adoptNewOrders(errors);
    if (const auto ran = m_executor->runUntilSettled(10000); !ran)
        qWarning("runUntilSettled: %s", qPrintable(ran.message()));
    return m_agent->round(m_executor.get());
}

CommandResult SyncWorkstation::act(const QString& action, const QVariantMap& args)
{
    return actAs(m_settings.user, action, args);
}

CommandResult SyncWorkstation::actAs(const QString& user, const QString& action, const QVariantMap& args)
{
    CommandProcessor processor(*m_database, m_clock);
    processor.setExecutor(m_executor.get());
    processor.setSync(m_agent.get());
    const CommandResult result
        = processor.process(Command::make(user, action, args, { m_settings.workstation, CommandOrigin::Channel::Gui }));
    const auto queued = m_agent->commandOutcome(result.queuedId);
    if (result.status != CommandResult::Status::Queued || !queued || m_agent->isReplica(queued->orderId))
        return result;
    // A claim of this workstation's order: the remote store decides it in the next round, as the
    // workbench's sync thread does moments after the click.
    for (int round = 0; round < 20; ++round) {
        m_agent->round(m_executor.get());
        const auto decided = m_agent->commandOutcome(result.queuedId);
        if (decided && decided->state == QStringLiteral("done"))
            return CommandResult::done(QStringLiteral("granted by the remote store"));
        if (decided && decided->state == QStringLiteral("failed"))
            return CommandResult::invalid(decided->error);
    }
    return result;
}

qint64 SyncWorkstation::taskId(const QString& orderId, const QString& stepKey) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT t.id FROM tasks t JOIN steps s ON s.order_id = t.order_id AND s.id = t.step_id "
                                 "WHERE t.order_id = ? AND s.step_key = ? AND t.state IN ('open', 'claimed')"));
    query.addBindValue(orderId);
    query.addBindValue(stepKey);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

Result<QStringList> publishSample(PgConnection& connection, const QString& sampleDirectory, const QString& idPrefix, int count,
                                  int firstNumber)
{
    if (Status migrated = RemoteSchema::migrate(connection); !migrated)
        return migrated.error();
    const QDir sample(sampleDirectory);
    RemoteStore store(connection, QStringLiteral("publisher"));
    try {
        const auto catalog = nlohmann::json::parse(readAll(sample.filePath(QStringLiteral("catalog.json"))).toStdString());
        const QString id = QString::fromStdString(catalog["id"]);
        const QString version = QString::fromStdString(catalog["version"]);
        bool published = false;
        if (const auto keys = store.catalogKeys(); keys)
            published = std::find(keys->begin(), keys->end(), std::make_pair(id, version)) != keys->end();
        if (!published) {
            if (const Status done
                = store.publishCatalog(id, version, QString::fromStdString(catalog["name"]), QString::fromStdString(catalog.dump()));
                !done)
                return done.error();
        }
        auto order = nlohmann::json::parse(readAll(sample.filePath(QStringLiteral("order.json"))).toStdString());
        QStringList ids;
        for (int i = firstNumber; i < firstNumber + count; ++i) {
            const QString orderId = QStringLiteral("%1-%2").arg(idPrefix).arg(i);
            order["id"] = orderId.toStdString();
            if (order.contains("account")) // an account of its own: account-scoped steps (and their tasks) per order
                order["account"]["id"] = QStringLiteral("ACC-%1-%2").arg(idPrefix).arg(i).toStdString();
            if (Status done = store.publishOrder(orderId, QString::fromStdString(order.dump())); !done)
                return done.error();
            ids << orderId;
        }
        return ids;
    } catch (const nlohmann::json::exception& e) {
        return failure(QString::fromUtf8(e.what()), sampleDirectory, QStringLiteral("publish the sample"));
    }
}

} // namespace fw
