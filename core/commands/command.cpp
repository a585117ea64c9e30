// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "command.h"

#include "common/jsonparse.h"
#include "common/jsonvariant.h"

#include <QUuid>

#include <nlohmann/json.hpp>

namespace fw {

namespace {
    constexpr std::pair<CommandOrigin::Channel, const char*> channelNames[] {
        { CommandOrigin::Channel::Gui, "gui" },
        { CommandOrigin::Channel::Cli, "cli" },
        { CommandOrigin::Channel::Remote, "remote" },
        { CommandOrigin::Channel::Engine, "engine" },
    };
    constexpr std::pair<CommandResult::Status, const char*> statusNames[] {
        { CommandResult::Status::Done, "done" },       { CommandResult::Status::Queued, "queued" },
        { CommandResult::Status::Refused, "refused" }, { CommandResult::Status::Invalid, "invalid" },
        { CommandResult::Status::Failed, "failed" },
    };

    QString text(const nlohmann::json& object, const char* key)
    {
        const auto it = object.find(key);
        return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
    }
} // namespace

QString CommandOrigin::channelName() const
{
    for (const auto& [value, name] : channelNames) {
        if (value == channel)
            return QString::fromLatin1(name);
    }
    return {};
}

CommandOrigin::Channel CommandOrigin::channelFrom(const QString& name)
{
    for (const auto& [value, text] : channelNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return Channel::Cli;
}

QString CommandResult::statusName(Status status)
{
    for (const auto& [value, name] : statusNames) {
        if (value == status)
            return QString::fromLatin1(name);
    }
    return {};
}

CommandResult::Status CommandResult::statusFrom(const QString& name)
{
    for (const auto& [value, text] : statusNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return Status::Failed;
}

Command Command::make(const QString& actor, const QString& action, const QVariantMap& args, CommandOrigin origin)
{
    return { QUuid::createUuid().toString(QUuid::WithoutBraces), actor, action, args, std::move(origin) };
}

QString Command::target() const
{
    static const std::pair<const char*, const char*> targets[] {
        { "task", "task" },   { "case", "fallout case" },      { "escalation", "escalation" }, { "user", "user" },
        { "order", "order" }, { "conflict", "sync conflict" }, { "renewal", "renewal" },
    };
    for (const auto& [key, noun] : targets) {
        const QVariant value = args.value(QString::fromLatin1(key));
        if (value.isValid() && !value.toString().isEmpty())
            return QStringLiteral("%1 %2").arg(QString::fromLatin1(noun), value.toString());
    }
    if (args.contains(QStringLiteral("signature")))
        return QStringLiteral("signature %1").arg(args.value(QStringLiteral("signature")).toString());
    if (args.contains(QStringLiteral("queue")))
        return QStringLiteral("queue %1").arg(args.value(QStringLiteral("queue")).toString());
    return {};
}

QString Command::toJson() const
{
    const nlohmann::json document {
        { "requestId", requestId.toStdString() },
        { "actor", actor.toStdString() },
        { "action", action.toStdString() },
        { "args", variantToJson(args) },
        { "origin", { { "workstation", origin.workstation.toStdString() }, { "channel", origin.channelName().toStdString() } } },
    };
    return QString::fromStdString(document.dump());
}

std::optional<Command> Command::fromJson(const QString& json)
{
    const JsonParseResult parsed = parseJsonBounded(json.toUtf8()); // a stored request: never throws
    if (!parsed.ok() || !parsed.value->is_object() || text(*parsed.value, "action").isEmpty())
        return std::nullopt;
    const nlohmann::json& document = *parsed.value;
    Command command;
    command.requestId = text(document, "requestId");
    command.actor = text(document, "actor");
    command.action = text(document, "action");
    if (const auto args = document.find("args"); args != document.end())
        command.args = jsonToVariant(*args).toMap();
    if (const auto origin = document.find("origin"); origin != document.end() && origin->is_object()) {
        command.origin.workstation = text(*origin, "workstation");
        command.origin.channel = CommandOrigin::channelFrom(text(*origin, "channel"));
    }
    return command;
}

} // namespace fw
