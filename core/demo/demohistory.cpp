// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demohistory.h"

#include <algorithm>

#include "commands/commandprocessor.h"
#include "engine/callouttransport.h"
#include "common/clock.h"
#include "demofollowups.h"
#include "demostore.h"
#include "engine/executor.h"
#include "identity/userdirectory.h"
#include "io/jsonfile.h"
#include "scriptedoperator.h"
#include "store/database.h"
#include "store/openwork.h"
#include "store/storeimporter.h"

#include <QDir>
#include <QRandomGenerator>

#include <nlohmann/json.hpp>

namespace fw {

namespace {
    constexpr qint64 slotSeconds = 20 * 60;

    struct SampleOrder {
        QString catalogId;
        QString path;
        nlohmann::json document;
    };

    Result<std::vector<SampleOrder>> sampleOrders(const QSqlDatabase& db, const QString& samplesDirectory)
    {
        std::vector<SampleOrder> samples;
        const QDir root(samplesDirectory);
        for (const QString& scenario : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QDir dir(root.filePath(scenario));
            Problems problems;
            const auto catalog = readJsonFile(dir.filePath(QStringLiteral("catalog.json")), problems);
            if (!catalog)
                return failure(problems.front().toString());
            const QString catalogId = QString::fromStdString(catalog->value("id", std::string()));
            const auto known = OpenWork(db).hasCatalog(catalogId);
            if (!known)
                return known.error();
            if (!*known)
                return failure(QStringLiteral("demo history: catalog '%1' is not in the store yet").arg(catalogId));
            for (const QString& file : dir.entryList({ QStringLiteral("order*.json") }, QDir::Files, QDir::Name)) {
                const auto document = readJsonFile(dir.filePath(file), problems);
                if (!document)
                    return failure(problems.front().toString());
                samples.push_back({ catalogId, dir.filePath(file), *document });
            }
        }
        if (samples.empty())
            return failure(QStringLiteral("demo history: no sample orders in %1").arg(samplesDirectory));
        return samples;
    }

    bool workingHours(const QDateTime& at)
    {
        const QDateTime utc = at.toUTC();
        return utc.date().dayOfWeek() <= 5 && utc.time().hour() >= 8 && utc.time().hour() < 18;
    }

    // The resolver who works the history's fallout, added to the store the first time.
    Status enrolResolver(Database& database, const QString& id, const QDateTime& at)
    {
        return UserDirectory(database.connection())
            .ensure({ id, QStringLiteral("%1 (scripted)").arg(id), RoleSet { Role::Resolver }, {}, true, {}, {} }, QStringLiteral("demo"),
                    at);
    }
} // namespace

Status simulateDemoHistory(Database& database, const QString& samplesDirectory, const QDateTime& until, const DemoHistoryOptions& options)
{
    const auto loaded = sampleOrders(database.connection(), samplesDirectory);
    if (!loaded)
        return loaded.error();
    const std::vector<SampleOrder>& samples = *loaded;

    ManualClock clock(QDateTime(until.toUTC().date().addDays(-options.days), QTime(7, 0), QTimeZone::utc()));
    HttpCalloutTransport transport;
    Executor executor(database, clock);
    executor.setCalloutTransport(&transport);
    for (auto it = options.endpointBaseUrls.cbegin(); it != options.endpointBaseUrls.cend(); ++it)
        executor.setEndpointBaseUrl(it.key(), it.value());
    if (const Status loadedOrders = executor.load(); !loadedOrders)
        return failure(QStringLiteral("demo history: ") + loadedOrders.message());
    CommandProcessor processor(database, clock); // the colleagues and resolvers act like anyone, through commands
    processor.setExecutor(&executor);
    const QString resolver = QStringLiteral("demo-resolver");
    if (const Status enrolled = enrolResolver(database, resolver, clock.now()); !enrolled)
        return failure(QStringLiteral("demo history: ") + enrolled.message());
    const auto resolve = [&processor, &resolver](const QString& action, const QVariantMap& args) {
        return processor.process(Command::make(resolver, action, args, { {}, CommandOrigin::Channel::Engine })).ok();
    };
    StoreImporter importer(database, clock);
    QRandomGenerator random(options.seed);
    const ScriptedOperator colleague(QStringLiteral("demo-colleague"));
    const double importChance = options.ordersPerWorkday / 30.0; // 30 slots in a working day
    int imported = 0;
    QStringList adoptProblems;

    const QDate firstDay = clock.now().date();
    int reportedDay = 0;
    bool followUpsDone = false;
    for (; clock.now() < until; clock.advance(slotSeconds * 1000)) {
        const QDateTime now = clock.now();
        if (const int day = int(firstDay.daysTo(now.date())) + 1; options.progress && day != reportedDay) {
            reportedDay = day;
            options.progress(std::min(day, options.days), options.days);
        }
        const bool working = workingHours(now);
        // Once, when two thirds of the history have passed: asset-based orders on what it left.
        if (!followUpsDone && working && firstDay.daysTo(now.date()) * 3 >= options.days * 2) {
            followUpsDone = true;
            if (const Result<int> followUps = importDemoFollowUps(database, importer, samplesDirectory, now, imported); !followUps)
                return failure(QStringLiteral("demo history: ") + followUps.message());
            executor.adoptNewOrders(adoptProblems);
        }
        if (working && random.generateDouble() < importChance) {
            const SampleOrder& sample = samples[random.bounded(int(samples.size()))];
            nlohmann::json order = sample.document;
            order["id"] = QStringLiteral("%1-H%2")
                              .arg(QString::fromStdString(order.value("id", std::string())))
                              .arg(++imported, 4, 10, QLatin1Char('0'))
                              .toStdString();
            redateDemoOrder(order, now, now.date().addDays(2 + random.bounded(6)));
            const ImportResult result = importer.importOrderDocument(order, sample.path, QStringLiteral("demo"), sample.catalogId);
            if (!result.ok())
                return failure(QStringLiteral("demo history: ") + result.problems.front().toString());
            executor.adoptNewOrders(adoptProblems);
        }
        if (working) {
            // Colleagues pick each order's open work up with a chance per slot: a task waits a
            // geometric time (about an hour on average), some orders are never touched.
            for (const QString& id : executor.orderIds()) {
                if (int(qHash(id, options.seed) % 100) < options.stuckPercent || random.generateDouble() > 0.3)
                    continue;
                const OrderRuntime* order = executor.order(id);
                if (order && !order->onHold)
                    colleague.actOn(processor, executor, database, id);
            }
            // Resolvers work fallout older than two hours, but not the last day's: that is left for
            // the person at the workbench.
            const auto cases = OpenWork(database.connection()).falloutCases();
            if (!cases)
                return failure(QStringLiteral("demo history: ") + cases.message());
            for (const OpenWork::FalloutCase& open : *cases) {
                if (open.openedAt.secsTo(now) < 2 * 3600 || open.openedAt.secsTo(until) < 24 * 3600 || random.generateDouble() > 0.25)
                    continue;
                const bool skip = random.generateDouble() < 0.3;
                const QVariantMap which { { QStringLiteral("case"), open.id } };
                if (skip) {
                    QVariantMap args = which;
                    args.insert(QStringLiteral("reason"), QStringLiteral("done by hand in the partner portal"));
                    if (resolve(QStringLiteral("fallout.skip"), args)) // a retry resumes the order itself, a skip does not
                        resolve(QStringLiteral("order.resume"), { { QStringLiteral("order"), open.orderId } });
                } else {
                    resolve(QStringLiteral("fallout.retry"), which);
                }
            }
        }
        if (const Result<int> ran = executor.runUntilSettled(30000); !ran)
            return failure(QStringLiteral("demo history at %1: %2").arg(now.toString(Qt::ISODate), ran.message()));
    }
    return {};
}

} // namespace fw
