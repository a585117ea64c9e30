// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "followerstatus.h"

#include "common/clock.h"
#include "store/syncledger.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fw {

namespace {
    QJsonValue timeValue(const QDateTime& time)
    {
        return time.isValid() ? QJsonValue(toStoreTime(time)) : QJsonValue();
    }
    QDateTime timeOf(const QJsonObject& object, const char* key)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        return value.isString() ? fromStoreTimeText(value.toString()) : QDateTime();
    }
} // namespace

QString FollowerStatus::toJson(const FollowerRecord& r)
{
    const QJsonObject object {
        { QStringLiteral("state"), r.state },
        { QStringLiteral("recordedAt"), timeValue(r.recordedAt) },
        { QStringLiteral("lastSync"), timeValue(r.lastSync) },
        { QStringLiteral("offlineSince"), timeValue(r.offlineSince) },
        { QStringLiteral("retryAt"), timeValue(r.retryAt) },
        { QStringLiteral("lastError"), r.lastError },
        { QStringLiteral("backlog"), double(r.backlog) },
        { QStringLiteral("queuedEvents"), double(r.queuedEvents) },
        { QStringLiteral("queuedCommands"), r.queuedCommands },
        { QStringLiteral("pid"), double(r.pid) },
        { QStringLiteral("link"), r.link },
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<FollowerRecord> FollowerStatus::fromJson(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject o = document.object();
    if (!o.value(QStringLiteral("state")).isString())
        return std::nullopt;
    FollowerRecord r;
    r.state = o.value(QStringLiteral("state")).toString();
    r.recordedAt = timeOf(o, "recordedAt");
    r.lastSync = timeOf(o, "lastSync");
    r.offlineSince = timeOf(o, "offlineSince");
    r.retryAt = timeOf(o, "retryAt");
    r.lastError = o.value(QStringLiteral("lastError")).toString();
    r.backlog = qint64(o.value(QStringLiteral("backlog")).toDouble());
    r.queuedEvents = qint64(o.value(QStringLiteral("queuedEvents")).toDouble());
    r.queuedCommands = o.value(QStringLiteral("queuedCommands")).toInt();
    r.pid = qint64(o.value(QStringLiteral("pid")).toDouble());
    r.link = o.value(QStringLiteral("link")).toString();
    return r;
}

Status FollowerStatus::write(SyncLedger& ledger, const FollowerRecord& record)
{
    return ledger.setValue(key(), toJson(record));
}

Result<std::optional<FollowerRecord>> FollowerStatus::read(const SyncLedger& ledger)
{
    const Result<QString> text = ledger.value(key());
    if (!text)
        return text.error();
    return text->isEmpty() ? std::nullopt : fromJson(*text);
}

} // namespace fw
