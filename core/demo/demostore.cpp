// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demostore.h"

#include "common/clock.h"
#include "store/database.h"
#include "identity/userdirectory.h"
#include "io/jsonfile.h"
#include "store/storeimporter.h"

#include <QDir>

#include <nlohmann/json.hpp>

namespace fw {

namespace {
    QString firstProblem(const ImportResult& result)
    {
        return result.problems.empty() ? QString() : result.problems.front().toString();
    }
} // namespace

Status addDemoUsers(Database& database, const QDateTime& at)
{
    const auto queues = [](const char* list) { return QString::fromLatin1(list).split(QLatin1Char(',')); };
    const std::vector<User> team {
        { QStringLiteral("olivia"),
          QStringLiteral("Olivia Ortiz"),
          RoleSet { Role::Operator },
          queues("field-dispatch,field-technicians,it-onboarding,customer-success"),
          true,
          {},
          {} },
        { QStringLiteral("theo"),
          QStringLiteral("Theo Brandt"),
          RoleSet { Role::Operator },
          queues("eu-warehouse-floor,fitters,factory-floor,regional-office,clinical-education,trade-compliance"),
          true,
          {},
          {} },
        { QStringLiteral("rosa"), QStringLiteral("Rosa Lindqvist"), RoleSet { Role::Resolver }, {}, true, {}, {} },
        { QStringLiteral("sam"), QStringLiteral("Sam Okafor"), RoleSet { Role::Supervisor }, {}, true, {}, {} },
        { QStringLiteral("ada"), QStringLiteral("Ada Kowalski"), RoleSet { Role::Admin }, {}, true, {}, {} },
    };
    UserDirectory users(database.connection());
    for (const User& user : team) {
        if (const Status added = users.ensure(user, QStringLiteral("demo"), at); !added)
            return added.error().in(QStringLiteral("add the demo's user"), user.id);
    }
    return {};
}

QString demoStartUser()
{
    return QStringLiteral("olivia");
}

void redateDemoOrder(nlohmann::json& order, const QDateTime& orderedAt, const QDate& due)
{
    const QDate was = QDate::fromString(QString::fromStdString(order.value("requestedDate", std::string())), Qt::ISODate);
    const qint64 shift = was.isValid() ? was.daysTo(due) : 0;
    order["orderedAt"] = orderedAt.toUTC().toString(Qt::ISODate).toStdString();
    order["requestedDate"] = due.toString(Qt::ISODate).toStdString();
    if (!order.contains("deliveryGroups") || !order["deliveryGroups"].is_array())
        return;
    for (auto& group : order["deliveryGroups"]) {
        if (!group.contains("requestedDate") || !group["requestedDate"].is_string())
            continue;
        const QDate date = QDate::fromString(QString::fromStdString(group["requestedDate"].get<std::string>()), Qt::ISODate);
        group["requestedDate"] = (date.isValid() && was.isValid() ? date.addDays(shift) : due).toString(Qt::ISODate).toStdString();
    }
}

Status populateDemoStore(Database& database, const Clock& clock, const QString& samplesDirectory, int copies,
                         const std::function<Status()>& beforeOrders)
{
    const QDir samples(samplesDirectory);
    const QStringList scenarios = samples.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    if (scenarios.isEmpty())
        return failure(QStringLiteral("no sample scenarios in %1").arg(samplesDirectory));
    StoreImporter importer(database, clock);
    const QString actor = QStringLiteral("demo");
    QStringList catalogIds;
    for (const QString& scenario : scenarios) {
        const QDir dir(samples.filePath(scenario));
        const ImportResult catalog = importer.importCatalog(dir.filePath(QStringLiteral("catalog.json")), actor);
        if (!catalog.ok())
            return failure(firstProblem(catalog));
        catalogIds << catalog.id;
    }
    if (beforeOrders) {
        if (Status before = beforeOrders(); !before)
            return before;
    }
    if (Status team = addDemoUsers(database, clock.now()); !team)
        return team;
    for (qsizetype s = 0; s < scenarios.size(); ++s) {
        const QDir dir(samples.filePath(scenarios[s]));
        const QString catalogId = catalogIds[s];
        const QStringList orders = dir.entryList({ QStringLiteral("order*.json") }, QDir::Files, QDir::Name);
        for (const QString& orderFile : orders) {
            const QString path = dir.filePath(orderFile);
            Problems problems;
            const auto document = readJsonFile(path, problems);
            if (!document)
                return failure(problems.front().toString());
            for (int copy = 1; copy <= copies; ++copy) {
                nlohmann::json order = *document;
                const QString id
                    = QString::fromStdString(order.value("id", std::string())) + QStringLiteral("-%1").arg(copy, 3, 10, QLatin1Char('0'));
                order["id"] = id.toStdString();
                // Due in 1 to 9 days; every seventh copy today, so some orders cannot make it.
                redateDemoOrder(order, clock.now(), clock.now().date().addDays(copy % 7 == 0 ? 0 : 1 + copy % 9));
                const ImportResult imported = importer.importOrderDocument(order, path, actor, catalogId);
                if (!imported.ok())
                    return failure(firstProblem(imported));
            }
        }
    }
    return {};
}

} // namespace fw
