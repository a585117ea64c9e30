// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "orderarchive.h"

#include "database.h"
#include "queryerror.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace fw {

namespace {
    const QString pathSetting = QStringLiteral("archive.path");
}

QString OrderArchive::defaultPath(const QString& storePath)
{
    return storePath + QStringLiteral(".archive.db");
}

Result<QString> OrderArchive::pathOf(const Database& store)
{
    QSqlQuery query(store.connection());
    if (!query.prepare(QStringLiteral("SELECT value FROM store_settings WHERE name = ?")))
        return queryError(query, QStringLiteral("read where the archive is"));
    query.addBindValue(pathSetting);
    if (!query.exec())
        return queryError(query, QStringLiteral("read where the archive is"));
    if (query.next())
        return query.value(0).toString();
    const QString fallback = defaultPath(store.path());
    return QFileInfo::exists(fallback) ? fallback : QString();
}

Status OrderArchive::remember(const Database& store, const QString& archivePath)
{
    QSqlQuery query(store.connection());
    if (!query.prepare(QStringLiteral("INSERT INTO store_settings (name, value) VALUES (?, ?) "
                                      "ON CONFLICT (name) DO UPDATE SET value = excluded.value")))
        return queryError(query, QStringLiteral("remember the archive"), archivePath);
    query.addBindValue(pathSetting);
    query.addBindValue(QFileInfo(archivePath).absoluteFilePath());
    if (!query.exec())
        return queryError(query, QStringLiteral("remember the archive"), archivePath);
    return {};
}

Result<std::unique_ptr<Database>> OrderArchive::open(const QString& archivePath)
{
    if (!QFileInfo::exists(archivePath))
        return failure(QStringLiteral("no such file"), archivePath, QStringLiteral("open the archive"));
    auto archive = std::make_unique<Database>(archivePath);
    if (const Status opened = archive->openForReading(); !opened)
        return opened.error().in(QStringLiteral("open the archive"));
    return archive;
}

Result<bool> OrderArchive::holds(const QSqlDatabase& archive, const QString& orderId)
{
    QSqlQuery query(archive);
    if (!query.prepare(QStringLiteral("SELECT 1 FROM orders WHERE id = ?")))
        return queryError(query, QStringLiteral("look the order up in the archive"), orderId);
    query.addBindValue(orderId);
    if (!query.exec())
        return queryError(query, QStringLiteral("look the order up in the archive"), orderId);
    return query.next();
}

Result<std::unique_ptr<Database>> OrderArchive::holding(const Database& store, const QString& orderId)
{
    const auto path = pathOf(store);
    if (!path)
        return path.error();
    if (path->isEmpty())
        return std::unique_ptr<Database>();
    auto archive = open(*path);
    if (!archive)
        return archive.error();
    const auto held = holds((*archive)->connection(), orderId);
    if (!held)
        return held.error();
    return *held ? std::move(*archive) : std::unique_ptr<Database>();
}

} // namespace fw
