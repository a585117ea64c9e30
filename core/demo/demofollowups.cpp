// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demofollowups.h"

#include "common/logging.h"
#include "demostore.h"
#include "io/jsonfile.h"
#include "store/assetreader.h"
#include "store/database.h"
#include "store/storeimporter.h"

#include <QDir>
#include <QSet>

#include <nlohmann/json.hpp>

namespace fw {

namespace {
    // The history copies ("SO-20417-H0007") of `order` whose asset `item` is recorded (the copy
    // completed), oldest first, leaving out those already used.
    QString completedCopy(const QSqlDatabase& db, const QString& order, const QString& item, int historyOrders, const QSet<QString>& used)
    {
        const AssetReader assets(db);
        for (int n = 1; n <= historyOrders; ++n) {
            const QString copy = QStringLiteral("%1-H%2").arg(order).arg(n, 4, 10, QLatin1Char('0'));
            if (used.contains(copy))
                continue;
            const auto found = assets.asset(copy + QLatin1Char('/') + item);
            if (found && *found && (*found)->status == Asset::Status::Active)
                return copy;
        }
        return {};
    }
} // namespace

Result<int> importDemoFollowUps(Database& database, StoreImporter& importer, const QString& samplesDirectory, const QDateTime& now,
                                int historyOrders)
{
    const QDir root(samplesDirectory);
    QSet<QString> used; // one follow-up per completed copy: no two open orders on one asset
    int imported = 0;
    for (const QString& scenario : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir dir(root.filePath(scenario) + QStringLiteral("/follow-up"));
        for (const QString& file : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
            Problems problems;
            auto document = readJsonFile(dir.filePath(file), problems);
            if (!document)
                return failure(problems.front().toString(), dir.filePath(file), QStringLiteral("demo follow-up"));
            if (!document->contains("items") || !(*document)["items"].is_array() || (*document)["items"].empty())
                continue;
            // Every item names an asset of the same sample order: "<order>/<item>".
            const QString first = QString::fromStdString((*document)["items"][0].value("assetRef", std::string()));
            const QString order = first.section(QLatin1Char('/'), 0, 0);
            const QString copy = completedCopy(database.connection(), order, first.section(QLatin1Char('/'), 1), historyOrders, used);
            if (copy.isEmpty())
                continue;
            used.insert(copy);
            for (auto& item : (*document)["items"]) {
                const QString ref = QString::fromStdString(item.value("assetRef", std::string()));
                item["assetRef"] = QString(copy + QLatin1Char('/') + ref.section(QLatin1Char('/'), 1)).toStdString();
            }
            const QString id = QString::fromStdString(document->value("id", std::string())) + copy.mid(order.size());
            (*document)["id"] = id.toStdString();
            redateDemoOrder(*document, now, now.date().addDays(3));
            const ImportResult result = importer.importOrderDocument(*document, dir.filePath(file), QStringLiteral("demo"));
            if (!result.ok()) { // the demo goes on without it
                qCWarning(lcEngine, "demo history: follow-up %s not imported: %s", qPrintable(id),
                          qPrintable(result.problems.empty() ? QStringLiteral("store write failed") : result.problems.front().toString()));
                continue;
            }
            ++imported;
        }
    }
    return imported;
}

} // namespace fw
